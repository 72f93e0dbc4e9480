import type { FootageTruth } from '../../fixtures/footage/scene';

/** What the ground truth calls worth keeping: something moving on screen, or someone speaking. */
const ACTIVE_VISUALS = new Set(['cursor', 'scroll', 'typing', 'video']);
const STEP_MS = 10;

export interface KeptSpan {
  src: string;
  inMs: number;
  outMs: number;
}

export interface TruthFigures {
  /** Share of the truth's activity-or-speech time that was kept. */
  activityKept: number;
  /** Share of the kept time that is dead air (a still or caret-only screen, and silence). */
  deadAir: number;
  /** Moment edges that fall strictly inside a spoken sentence. */
  cutsInPhrase: number;
  keptMs: number;
}

/** Scores kept spans against the truth of each source (keyed like `KeptSpan.src`), on a 10 ms grid. */
export function truthFigures(kept: KeptSpan[], truths: Record<string, FootageTruth>): TruthFigures {
  let activeMs = 0;
  let activeKeptMs = 0;
  let keptMs = 0;
  let deadKeptMs = 0;
  for (const [src, truth] of Object.entries(truths)) {
    const mine = kept.filter((k) => k.src === src);
    for (let t = 0; t < truth.durationSec * 1000; t += STEP_MS) {
      const sec = (t + STEP_MS / 2) / 1000;
      const active =
        truth.speech.some((s) => s.start <= sec && sec < s.end) ||
        truth.segments.some((s) => s.start <= sec && sec < s.end && ACTIVE_VISUALS.has(s.visual));
      const isKept = mine.some((k) => k.inMs <= t && t < k.outMs);
      if (active) activeMs += STEP_MS;
      if (active && isKept) activeKeptMs += STEP_MS;
      if (isKept) keptMs += STEP_MS;
      if (isKept && !active) deadKeptMs += STEP_MS;
    }
  }
  const inPhrase = (src: string, ms: number) => truths[src].speech.some((s) => s.start * 1000 < ms && ms < s.end * 1000);
  const cutsInPhrase = kept.reduce((n, k) => n + (inPhrase(k.src, k.inMs) ? 1 : 0) + (inPhrase(k.src, k.outMs) ? 1 : 0), 0);
  return { activityKept: activeKeptMs / activeMs, deadAir: keptMs ? deadKeptMs / keptMs : 0, cutsInPhrase, keptMs };
}
