import type { Signals } from './signals';

export type Why = 'speech' | 'screen-change' | 'motion';

export interface Moment {
  /** Media id of the source. */
  src: string;
  inMs: number;
  outMs: number;
  score: number;
  why: Why[];
}

/** A moment with the points inside it where it may be cut short (silent bins). */
interface Candidate extends Moment {
  cuts: number[];
}

export interface SourceSignals {
  src: string;
  signals: Signals;
}

export interface Choice {
  moments: Moment[];
  totalMs: number;
  /** True when the footage had fewer good moments than the target asked for. */
  short: boolean;
}

/** Above the file's own noise floor by this much is sound worth keeping (speech); a fixed level fails across files. */
const SPEECH_OVER_FLOOR_DB = 12;
/** Motion values (0-255 share of changed pixels): static screens measure exactly 0, a moving cursor about 0.1. */
const MOTION_MIN = 0.01;
const MARGIN_MS = 250;
const JOIN_GAP_MS = 1000;
const MIN_MOMENT_MS = 1000;
const FIT_TOLERANCE_MS = 1000;
/** Long active stretches are split into pieces of at most this, so the best parts of each can be kept. */
const MAX_MOMENT_MS = 8000;

/** Picks the best moments across all sources, fits them to `targetMs`, and returns them in source order. */
export function chooseMoments(sources: SourceSignals[], targetMs: number): Choice {
  const candidates = sources.flatMap((source, order) => findMoments(source).map((m) => ({ ...m, order })));
  const total = (list: Moment[]) => list.reduce((sum, m) => sum + (m.outMs - m.inMs), 0);
  let chosen = candidates;
  if (total(candidates) > targetMs + FIT_TOLERANCE_MS) {
    chosen = [];
    let used = 0;
    for (const moment of [...candidates].sort((x, y) => y.score - x.score)) {
      const room = targetMs - used;
      if (room < MIN_MOMENT_MS) break;
      const outMs = moment.outMs - moment.inMs <= room ? moment.outMs : lastCutBefore(moment, moment.inMs + room);
      if (outMs === undefined) continue;
      chosen.push({ ...moment, outMs });
      used += outMs - moment.inMs;
    }
  }
  chosen.sort((a, b) => a.order - b.order || a.inMs - b.inMs);
  const moments: Moment[] = chosen.map(({ src, inMs, outMs, score, why }) => ({ src, inMs, outMs, score, why }));
  const totalMs = total(moments);
  return { moments, totalMs, short: totalMs < targetMs - FIT_TOLERANCE_MS };
}

/** Where a moment may be shortened to end by `limit`: a silent point, never inside a phrase. */
function lastCutBefore(moment: Candidate, limit: number): number | undefined {
  const fits = moment.cuts.filter((cut) => cut <= limit && cut - moment.inMs >= MIN_MOMENT_MS);
  return fits.length ? fits[fits.length - 1] : undefined;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Runs of active bins (speech or on-screen change), widened by a margin, joined across short gaps. */
function findMoments({ src, signals }: SourceSignals): Candidate[] {
  const binMs = signals.binSec * 1000;
  const floor = percentile(signals.loudnessDb, 0.1);
  const speech = signals.loudnessDb.map((db) => db > floor + SPEECH_OVER_FLOOR_DB && db > -60);
  const motion = signals.motion.map((value) => value > MOTION_MIN);
  const active = speech.map((s, i) => s || motion[i] || signals.sceneCut[i]);
  const runs: { start: number; end: number }[] = [];
  active.forEach((on, i) => {
    if (!on) return;
    const last = runs[runs.length - 1];
    const start = i * binMs;
    if (last && start - last.end <= JOIN_GAP_MS) last.end = start + binMs;
    else runs.push({ start, end: start + binMs });
  });
  return runs
    .map(({ start, end }) => ({ start: Math.max(0, start - MARGIN_MS), end: Math.min(signals.durationMs, end + MARGIN_MS) }))
    .filter(({ start, end }) => end - start >= MIN_MOMENT_MS)
    .flatMap((run) => splitRun(run, speech, signals.sceneCut, binMs))
    .map(({ start, end }) => {
      const from = Math.floor(start / binMs);
      const to = Math.min(active.length, Math.ceil(end / binMs));
      const span = Math.max(1, to - from);
      let speechBins = 0;
      let motionSum = 0;
      let sceneCuts = 0;
      for (let i = from; i < to; i++) {
        if (speech[i]) speechBins++;
        motionSum += Math.min(1, signals.motion[i] / 5);
        if (signals.sceneCut[i]) sceneCuts++;
      }
      const why: Why[] = [];
      if (speechBins > 0) why.push('speech');
      if (sceneCuts > 0) why.push('screen-change');
      if (motionSum > 0) why.push('motion');
      const score = Math.min(1, 0.6 * (speechBins / span) + 0.3 * (motionSum / span) + 0.1 * Math.min(1, sceneCuts));
      const cuts: number[] = [];
      for (let i = from + 1; i <= to; i++) if (!speech[i] && !speech[i - 1]) cuts.push(i * binMs);
      return { src, inMs: Math.round(start), outMs: Math.round(end), score: Math.round(score * 1000) / 1000, why, cuts };
    });
}

/**
 * Splits a long run into pieces, cutting only where nobody speaks: at a scene cut when there is one, otherwise at
 * the last silent bin before the length limit. A phrase longer than the limit stays whole.
 */
function splitRun(run: { start: number; end: number }, speech: boolean[], sceneCut: boolean[], binMs: number) {
  const pieces: { start: number; end: number }[] = [];
  let start = run.start;
  while (run.end - start > MAX_MOMENT_MS) {
    const from = Math.ceil((start + MIN_MOMENT_MS) / binMs);
    const to = Math.floor((start + MAX_MOMENT_MS) / binMs);
    const silent = (i: number) => !speech[i] && !speech[i - 1];
    let cut = -1;
    for (let i = to; i >= from && cut < 0; i--) if (sceneCut[i] && silent(i)) cut = i;
    for (let i = to; i >= from && cut < 0; i--) if (silent(i)) cut = i;
    for (let i = to + 1; i * binMs < run.end - MIN_MOMENT_MS && cut < 0; i++) if (silent(i)) cut = i;
    if (cut < 0) break;
    pieces.push({ start, end: cut * binMs });
    start = cut * binMs;
  }
  pieces.push({ start, end: run.end });
  return pieces;
}
