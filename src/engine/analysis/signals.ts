/** A stretch of a source, in milliseconds from its start. */
export interface Span {
  startMs: number;
  endMs: number;
}

/** What one reduced-cost ffmpeg pass measured about a source: what changes on screen and when someone speaks. */
export interface Signals {
  durationMs: number;
  /** Length of one screen bin (one sampled frame interval). */
  binMs: number;
  /**
   * Per bin: the share of pixels (0-1) that changed into something not seen in the previous two seconds. A blinking
   * caret or a looping spinner returns to a recent state, so it counts as no change; typing, scrolling, a moving
   * cursor or a new page do count.
   */
  change: number[];
  /** Per bin: a new screen (a large change that then holds still, unlike scrolling or a video playing). */
  sceneCut: boolean[];
  /** Phrases: sound above this file's own noise floor, with the short pauses inside a phrase bridged. */
  speech: Span[];
}
