/** Per-interval signals of one source, from one reduced-cost ffmpeg pass. */
export interface Signals {
  /** Seconds per bin. */
  binSec: number;
  durationMs: number;
  /** Per bin: share of pixels (0-255 scale of a thresholded difference) that changed since the previous sample. */
  motion: number[];
  /** Per bin: RMS level in dBFS (-120 for digital silence or no audio). */
  loudnessDb: number[];
  /** Per bin: a scene cut (a new screen) starts here. */
  sceneCut: boolean[];
}

export const SILENCE_DB = -120;
