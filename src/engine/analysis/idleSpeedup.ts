import { findActivity, type SourceSignals } from './findMoments';
import type { Span } from './signals';

/** A stretch of a source and how it plays: "keep everything but make it faster" (as Screen Studio and Cap do). */
export interface PacedSpan {
  src: string;
  inMs: number;
  outMs: number;
  /** 1 where something happens or someone speaks; the factor over idle stretches. */
  speed: number;
  /** Idle stretches play silent by default: sped-up room tone is only noise. */
  muted: boolean;
}

export interface IdleSpeedupOptions {
  /** 'mute' (default) silences idle stretches; 'keep' keeps their sound, pitch-kept by the renderer's tempo filter. */
  idleAudio?: 'mute' | 'keep';
}

/** Shorter idle stretches play at normal speed: a second sped up is a stutter, not a saving. */
const MIN_IDLE_MS = 2000;

/**
 * Every source from start to end, in order, with idle stretches (no speech, nothing new on screen) sped up by
 * `factor` instead of cut. The clip lasts the sum of (outMs - inMs) / speed.
 */
export function idleSpeedup(sources: SourceSignals[], factor: number, options: IdleSpeedupOptions = {}): PacedSpan[] {
  if (!(factor > 1)) throw new RangeError(`The speed-up factor must be above 1, got ${factor}.`);
  const muted = (options.idleAudio ?? 'mute') === 'mute';
  return sources.flatMap(({ src, signals }) => {
    const idle = gapsBetween(findActivity(signals).regions, signals.durationMs).filter((gap) => gap.endMs - gap.startMs >= MIN_IDLE_MS);
    const spans: PacedSpan[] = [];
    let at = 0;
    for (const gap of idle) {
      if (gap.startMs > at) spans.push({ src, inMs: at, outMs: gap.startMs, speed: 1, muted: false });
      spans.push({ src, inMs: gap.startMs, outMs: gap.endMs, speed: factor, muted });
      at = gap.endMs;
    }
    if (at < signals.durationMs) spans.push({ src, inMs: at, outMs: signals.durationMs, speed: 1, muted: false });
    return spans;
  });
}

/** How long paced spans play. */
export function pacedDurationMs(spans: PacedSpan[]): number {
  return Math.round(spans.reduce((sum, span) => sum + (span.outMs - span.inMs) / span.speed, 0));
}

function gapsBetween(regions: Span[], durationMs: number): Span[] {
  const edges = [0, ...regions.flatMap((r) => [r.startMs, r.endMs]), durationMs];
  const gaps: Span[] = [];
  for (let i = 0; i < edges.length; i += 2) if (edges[i + 1] > edges[i]) gaps.push({ startMs: edges[i], endMs: edges[i + 1] });
  return gaps;
}
