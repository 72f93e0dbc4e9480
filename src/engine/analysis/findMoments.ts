import type { Signals, Span } from './signals';

export type Why = 'speech' | 'screen-change' | 'motion';

export interface Moment {
  /** Media id of the source. */
  src: string;
  inMs: number;
  outMs: number;
  /** 0-1: narration weighs most, then on-screen action, then a new screen. */
  score: number;
  why: Why[];
}

export interface SourceSignals {
  src: string;
  signals: Signals;
}

/** A candidate moment, with the points inside it where it may be cut short. */
export interface Piece extends Moment {
  cuts: number[];
  /** From its first to its last speech or action: where it starts and ends when its neighbours are not kept. */
  core: Span;
}

/** Kept before and after speech, so that no word is clipped (detection trims the soft edges of words). */
const SPEECH_LEAD_MS = 200;
const SPEECH_TAIL_MS = 300;
/** No cut falls nearer to a phrase than this. */
const CUT_CLEARANCE_MS = 200;
/** Quiet gaps shorter than this between kept stretches are kept too: cutting them would make a jump cut a second. */
const JOIN_GAP_MS = 1000;
/** On-screen change in fewer samples than this (joined as above) is a blip: the last frame of a blink, noise. */
const MIN_CHANGED_BINS = 2;
export const MIN_MOMENT_MS = 1000;
/** Long stretches are offered in pieces of at most this, so that the fitting can keep the best part of each. */
const MAX_PIECE_MS = 8000;
/**
 * Narration weighs most, then on-screen action; what a person does on screen adds to that: typing and clicks much
 * (typing without narration then ranks above narration over a still screen instead of being cut as idle), pointer
 * travel a little (a wandering pointer is often just a hand resting on the mouse).
 */
const WEIGHTS = { speech: 0.55, screen: 0.35, input: 0.4, pointer: 0.1, sceneCut: 0.1 };

/** What is worth keeping in one source: phrases, on-screen action, and the stretches they make together. */
export interface Activity {
  speech: Span[];
  screen: Span[];
  /** Typing and clicks (part of `screen`). */
  input: Span[];
  /** Pointer travel (part of `screen`). */
  pointer: Span[];
  /** Speech with its margins, and on-screen action. */
  content: Span[];
  /** Speech (with margins) and on-screen action, joined across short gaps; everything else is idle. */
  regions: Span[];
}

export function findActivity(signals: Signals): Activity {
  const speech = signals.speech;
  const screen = screenSpans(signals, (k) => signals.change[k] > 0 || signals.sceneCut[k]);
  const input = screenSpans(signals, (k) => signals.action[k] === 'typing' || signals.action[k] === 'click');
  const pointer = screenSpans(signals, (k) => signals.action[k] === 'cursor');
  const guarded = speech.map((p) => ({ startMs: p.startMs - SPEECH_LEAD_MS, endMs: p.endMs + SPEECH_TAIL_MS }));
  const content = [...guarded, ...screen];
  const joined = union(content, JOIN_GAP_MS)
    .map((r) => ({ startMs: Math.max(0, r.startMs), endMs: Math.min(signals.durationMs, r.endMs) }));
  const regions = joined
    .filter((r) => r.endMs - r.startMs >= MIN_MOMENT_MS || overlap(r, speech) > 0)
    .map((r) => widen(r, MIN_MOMENT_MS, signals.durationMs));
  return { speech, screen, input, pointer, content, regions };
}

/** The candidate moments of one source, in source order, each scored and explained. */
export function findPieces({ src, signals }: SourceSignals): Piece[] {
  const activity = findActivity(signals);
  return activity.regions.flatMap((region) => {
    const cuts = cutPoints(region, activity.speech, signals.binMs);
    return splitRegion(region, cuts, signals.sceneCut, signals.binMs).map((piece) => {
      const length = piece.endMs - piece.startMs;
      const speechShare = overlap(piece, activity.speech) / length;
      const screenShare = overlap(piece, activity.screen) / length;
      const inputShare = overlap(piece, activity.input) / length;
      const pointerShare = overlap(piece, activity.pointer) / length;
      const hasSceneCut = binsOf(piece, signals.binMs).some((k) => signals.sceneCut[k]);
      const why: Why[] = [];
      if (speechShare > 0) why.push('speech');
      if (hasSceneCut) why.push('screen-change');
      if (screenShare > 0) why.push('motion');
      const score = WEIGHTS.speech * speechShare + WEIGHTS.screen * screenShare + WEIGHTS.input * inputShare + WEIGHTS.pointer * pointerShare +
        (hasSceneCut ? WEIGHTS.sceneCut : 0);
      return {
        src,
        inMs: piece.startMs,
        outMs: piece.endMs,
        score: Math.round(Math.min(1, score) * 1000) / 1000,
        why,
        cuts: cuts.filter((cut) => cut > piece.startMs && cut < piece.endMs),
        core: extentWithin(piece, activity.content),
      };
    });
  });
}

/**
 * Runs of bins where `counts` holds, joined across short still gaps, without blips. A bin holds the change between two samples,
 * so the change began somewhere inside it: a run starts at its first bin's middle (the unbiased estimate), and
 * ends where the last change is first seen (when it ended cannot be narrowed: what disappears is not new).
 */
function screenSpans(signals: Signals, counts: (k: number) => boolean): Span[] {
  const joinBins = JOIN_GAP_MS / signals.binMs;
  const runs: { first: number; last: number; changed: number }[] = [];
  signals.change.forEach((_, k) => {
    if (!counts(k)) return;
    const run = runs.at(-1);
    if (run && k - run.last <= joinBins) Object.assign(run, { last: k, changed: run.changed + 1 });
    else runs.push({ first: k, last: k, changed: 1 });
  });
  return runs
    .filter((run) => run.changed >= MIN_CHANGED_BINS)
    .map((run) => ({ startMs: (run.first + 0.5) * signals.binMs, endMs: Math.min(signals.durationMs, (run.last + 1) * signals.binMs) }));
}

/**
 * Where a region may be cut: points on the bin grid clear of every phrase, and the middle of each pause between
 * phrases (pauses between sentences are often too short to hold a grid point with clearance on both sides).
 */
function cutPoints(region: Span, speech: Span[], binMs: number): number[] {
  const clear = (t: number) => speech.every((p) => t <= p.startMs - CUT_CLEARANCE_MS || t >= p.endMs + CUT_CLEARANCE_MS);
  const points = new Set<number>();
  for (let t = Math.ceil(region.startMs / binMs) * binMs; t < region.endMs; t += binMs) points.add(t);
  speech.slice(1).forEach((p, i) => points.add(Math.round((speech[i].endMs + p.startMs) / 2)));
  return [...points].filter((t) => t > region.startMs && t < region.endMs && clear(t)).sort((a, b) => a - b);
}

/**
 * Splits a long region into pieces of at most MAX_PIECE_MS at allowed cut points, preferring the first sample of a
 * new screen. A phrase longer than the limit stays whole.
 */
function splitRegion(region: Span, cuts: number[], sceneCut: boolean[], binMs: number): Span[] {
  const pieces: Span[] = [];
  let start = region.startMs;
  while (region.endMs - start > MAX_PIECE_MS) {
    const usable = cuts.filter((t) => t - start >= MIN_MOMENT_MS && region.endMs - t >= MIN_MOMENT_MS);
    const within = usable.filter((t) => t - start <= MAX_PIECE_MS);
    const cut = within.find((t) => sceneCut[t / binMs - 1]) ?? within.at(-1) ?? usable.find((t) => t - start > MAX_PIECE_MS);
    if (cut === undefined) break;
    pieces.push({ startMs: start, endMs: cut });
    start = cut;
  }
  pieces.push({ startMs: start, endMs: region.endMs });
  return pieces;
}

/** Sorted, overlapping spans (or spans closer than `gapMs`) merged. */
function union(spans: Span[], gapMs: number): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.startMs - b.startMs)) {
    const last = merged.at(-1);
    if (last && span.startMs - last.endMs <= gapMs) last.endMs = Math.max(last.endMs, span.endMs);
    else merged.push({ ...span });
  }
  return merged;
}

/** Total length of `spans` inside `span`. */
export function overlap(span: Span, spans: Span[]): number {
  return spans.reduce((sum, s) => sum + Math.max(0, Math.min(span.endMs, s.endMs) - Math.max(span.startMs, s.startMs)), 0);
}

/** From the first to the last of `spans` inside `span` (clipped to it). */
function extentWithin(span: Span, spans: Span[]): Span {
  const inside = spans.filter((s) => s.endMs > span.startMs && s.startMs < span.endMs);
  if (inside.length === 0) return span;
  return {
    startMs: Math.max(span.startMs, Math.min(...inside.map((s) => s.startMs))),
    endMs: Math.min(span.endMs, Math.max(...inside.map((s) => s.endMs))),
  };
}

/** Grows a span around its middle to at least `minMs`, within the source. */
function widen(span: Span, minMs: number, durationMs: number): Span {
  const missing = minMs - (span.endMs - span.startMs);
  if (missing <= 0) return span;
  const startMs = Math.max(0, Math.min(Math.round(span.startMs - missing / 2), durationMs - minMs));
  return { startMs, endMs: Math.min(durationMs, startMs + minMs) };
}

function binsOf(span: Span, binMs: number): number[] {
  const first = Math.floor(span.startMs / binMs);
  const last = Math.ceil(span.endMs / binMs);
  return Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
}
