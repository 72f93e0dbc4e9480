import type { Action } from './activity';
import type { Box } from './screenChange';

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
  /** Per bin: the box around the pixels that changed, [x, y, w, h] in fractions of the frame; null when none did. */
  region: (Box | null)[];
  /** Per bin: what the change is (typing, a cursor, a click, or a broad change such as scrolling); null when none. */
  action: (Action | null)[];
  /** Per bin: a new screen (a large change that then holds still, unlike scrolling or a video playing). */
  sceneCut: boolean[];
  /** Phrases: sound above this file's own noise floor, with the short pauses inside a phrase bridged. */
  speech: Span[];
}
