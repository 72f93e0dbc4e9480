import type { Span } from './signals';

/**
 * Speech from loudness alone, with a threshold set per file: recordings differ by 20 dB and more in both room noise
 * and voice level, so a fixed level that works on one file hears nothing (or everything) on the next.
 *
 * Measured on generated walkthroughs (espeak narration over room tone, 50 ms RMS frames): the noise floor sits at
 * -64 dBFS, 95% of speech frames are above -43, and no frame outside speech rises above -56. Pauses inside a
 * sentence (commas) drop below the threshold for at most 150 ms; sentences are at least 600 ms apart.
 */

/** Frames at or below this are digital silence (a gated microphone, or no audio at all). */
export const DIGITAL_SILENCE_DB = -120;
/** Less spread than this between quiet and loud frames means there is no voice over the noise (or only noise). */
const MIN_DYNAMIC_RANGE_DB = 12;
/** The threshold sits this share of the way from the noise floor to the loud level, within the clamp below. */
const THRESHOLD_POSITION = 0.35;
const THRESHOLD_OVER_FLOOR_DB = { min: 8, max: 20 };
/** Speech is never more than this below the file's loud level (keeps a gated, digitally silent floor from counting breaths). */
const MAX_BELOW_LOUD_DB = 35;
/** Quieter gaps up to this long are pauses inside a phrase, not silence between phrases. */
const MAX_PAUSE_MS = 350;
/** Shorter sounds are clicks (mouse, keyboard), not speech. */
const MIN_PHRASE_MS = 150;

/** The level above which a frame counts as speech, or undefined when the file has no voice over its noise. */
function speechThresholdDb(levelsDb: number[]): number | undefined {
  const floor = percentile(levelsDb, 0.1);
  const loud = percentile(levelsDb, 0.95);
  if (loud - floor < MIN_DYNAMIC_RANGE_DB) return undefined;
  const overFloor = Math.min(THRESHOLD_OVER_FLOOR_DB.max, Math.max(THRESHOLD_OVER_FLOOR_DB.min, (loud - floor) * THRESHOLD_POSITION));
  return Math.max(floor + overFloor, loud - MAX_BELOW_LOUD_DB);
}

/** Phrases in a list of RMS levels (dBFS, one per `frameMs`). */
export function detectSpeech(levelsDb: number[], frameMs: number): Span[] {
  const threshold = speechThresholdDb(levelsDb);
  if (threshold === undefined) return [];
  const phrases: Span[] = [];
  levelsDb.forEach((db, i) => {
    if (db <= threshold) return;
    const startMs = i * frameMs;
    const last = phrases.at(-1);
    if (last && startMs - last.endMs <= MAX_PAUSE_MS) last.endMs = startMs + frameMs;
    else phrases.push({ startMs, endMs: startMs + frameMs });
  });
  return phrases.filter((phrase) => phrase.endMs - phrase.startMs >= MIN_PHRASE_MS);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? DIGITAL_SILENCE_DB;
}
