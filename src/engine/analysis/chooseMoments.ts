import { findPieces, MIN_MOMENT_MS, type Moment, type Piece, type SourceSignals, type Why } from './findMoments';

export type { Moment, SourceSignals, Why } from './findMoments';

export interface Choice {
  /** In source order (sources in the order given, then time); neighbouring pieces joined into one moment. */
  moments: Moment[];
  totalMs: number;
  /** Everything worth keeping across the sources (speech and on-screen action); the rest is idle. */
  availableMs: number;
  /** True when the footage had less worth keeping than the target: the clip is shorter rather than padded. */
  short: boolean;
}

/** The product promise: a "60-second" clip is 59-61 s long. */
export const FIT_TOLERANCE_MS = 1000;

interface Ranked extends Piece {
  order: number;
}

const WHY_ORDER: readonly Why[] = ['speech', 'screen-change', 'motion'];
const lengthOf = (span: { inMs: number; outMs: number }) => span.outMs - span.inMs;
const totalOf = (spans: { inMs: number; outMs: number }[]) => spans.reduce((sum, s) => sum + lengthOf(s), 0);

/**
 * Picks the best moments across all sources, fits them to `targetMs` (±1 s), and returns them in source order.
 * An infinite target keeps everything worth keeping: the dead air removed.
 */
export function chooseMoments(sources: SourceSignals[], targetMs: number): Choice {
  const pieces = sources.flatMap((source, order) => findPieces(source).map((piece) => ({ ...piece, order })));
  const availableMs = totalOf(pieces);
  const chosen = availableMs <= targetMs + FIT_TOLERANCE_MS ? pieces : fit(pieces, targetMs);
  const moments = joinNeighbours(inPlace(chosen));
  const totalMs = totalOf(moments);
  return { moments, totalMs, availableMs, short: Number.isFinite(targetMs) && totalMs < targetMs - FIT_TOLERANCE_MS };
}

/**
 * Best pieces first while they fit whole; the first that does not is cut short at one of its silent points to fill
 * what is left (or, when it cannot be, the next one is tried). Ranking wins over filling: a small low-scoring piece
 * is not taken just because it fits.
 */
function fit(pieces: Ranked[], targetMs: number): Ranked[] {
  const ranked = [...pieces].sort((a, b) => b.score - a.score || a.order - b.order || a.inMs - b.inMs);
  const clipMs = (list: Ranked[]) => totalOf(inPlace(list));
  let chosen: Ranked[] = [];
  for (const piece of ranked) {
    if (clipMs([...chosen, piece]) <= targetMs + FIT_TOLERANCE_MS) chosen = [...chosen, piece];
    else {
      const part = shortened(piece, chosen, targetMs, clipMs);
      if (part) return [...chosen, part];
    }
    if (Math.abs(targetMs - clipMs(chosen)) <= FIT_TOLERANCE_MS) return chosen;
  }
  // Only pieces longer than the target, with no pause to cut them at: a phrase is never cut, so the best one is
  // kept whole (the clip is then longer than asked, which the reply shows).
  return chosen.length > 0 ? chosen : ranked.slice(0, 1);
}

/** The piece cut at one of its silent points so that the clip lands within the tolerance, touching a kept piece when it can. */
function shortened(piece: Ranked, chosen: Ranked[], targetMs: number, clipMs: (list: Ranked[]) => number): Ranked | undefined {
  const touches = (part: Ranked) => chosen.some((c) => c.order === part.order && (c.outMs === part.inMs || c.inMs === part.outMs));
  const parts = piece.cuts
    .flatMap((cut) => [{ ...piece, outMs: cut }, { ...piece, inMs: cut }])
    .filter((part) => lengthOf(part) >= MIN_MOMENT_MS)
    .map((part) => ({ part, error: Math.abs(clipMs([...chosen, part]) - targetMs), jump: touches(part) ? 0 : 1 }))
    .filter(({ error }) => error <= FIT_TOLERANCE_MS)
    .sort((a, b) => a.jump - b.jump || a.error - b.error);
  return parts[0]?.part;
}

/**
 * The chosen pieces in source order, as they will play: a piece whose neighbour in the source is not kept starts
 * (or ends) at its own first (or last) speech or action rather than in the quiet gap it was split in.
 */
function inPlace(chosen: Ranked[]): Ranked[] {
  const sorted = [...chosen].sort((a, b) => a.order - b.order || a.inMs - b.inMs);
  return sorted.map((piece, i) => {
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    const inMs = before?.order === piece.order && before.outMs === piece.inMs ? piece.inMs : Math.max(piece.inMs, piece.core.startMs);
    const outMs = after?.order === piece.order && after.inMs === piece.outMs ? piece.outMs : Math.min(piece.outMs, piece.core.endMs);
    return outMs - inMs >= MIN_MOMENT_MS ? { ...piece, inMs, outMs } : piece;
  });
}

/** Pieces that follow each other in the source become one moment (length-weighted score, all reasons). */
function joinNeighbours(pieces: Ranked[]): Moment[] {
  const moments: (Moment & { order: number })[] = [];
  for (const { src, inMs, outMs, score, why, order } of pieces) {
    const last = moments.at(-1);
    if (last && last.order === order && last.outMs === inMs) {
      last.score = Math.round(((last.score * lengthOf(last) + score * (outMs - inMs)) / (outMs - last.inMs)) * 1000) / 1000;
      last.why = WHY_ORDER.filter((w) => last.why.includes(w) || why.includes(w));
      last.outMs = outMs;
    } else moments.push({ src, inMs, outMs, score, why: [...why], order });
  }
  return moments.map(({ src, inMs, outMs, score, why }) => ({ src, inMs, outMs, score, why }));
}
