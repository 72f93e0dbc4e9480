import type { RenderPlan, VideoPiece } from './renderPlan';
import { crossfades } from './timeline';

/** A stretch of the clip whose picture is rendered on its own for the preview: its own plan, and where it starts. */
export interface PreviewPart {
  startMs: number;
  plan: RenderPlan;
}

/**
 * Footage is cut into cells this long (at its speed): an edit then re-renders seconds of picture, not a whole long
 * moment. Not shorter: each cell seeks into its source, which decodes from the keyframe before, and screen
 * recordings have keyframes seconds apart (8.3 s in the bench's footage). Measured on a 60 s clip of ~10 s moments,
 * 4 s cells cost 48.7 CPU s for the first preview against 30.8 s for whole moments, and saved little after an edit.
 */
const CELL_MS = 8000;
/** No cell shorter than this at a piece's ends: a seek and a process for a sliver cost more than they save. */
const MIN_CELL_MS = 2000;

/**
 * The preview's picture cut into parts at the clip's hard cuts and into cells within footage, each part a plan of
 * its own: its pieces of footage and every text and card shown during it, moved to the part's own time. A cut is only a part boundary when nothing
 * runs across it (a crossfade, a text, a card, the clip's fade in or out), so each part draws exactly what the whole
 * clip draws there. A part's plan has no sound (the preview's sound is rendered whole, apart: `soundOfPlan`), so a
 * part is the same plan, and its render can be reused, for as long as what shows during it does not change.
 */
export function previewParts(whole: RenderPlan): PreviewPart[] {
  const overlaps = crossfades(whole);
  // Crossfaded pieces are one part anyway; footage between hard cuts is cut further, into cells.
  const crossfaded = overlaps.some((ms) => ms > 0);
  const plan = crossfaded ? whole : { ...whole, video: whole.video.flatMap((piece) => cellsOf(piece, whole.canvas.fps)) };
  const spans = [
    ...plan.text.map((text) => [text.atMs, text.atMs + text.durationMs]),
    ...plan.cards.map((card) => [card.atMs, card.atMs + card.durationMs]),
    [0, plan.fadeInMs],
    [plan.durationMs - plan.fadeOutMs, plan.durationMs],
  ];
  const parts: PreviewPart[] = [];
  let first = 0;
  let startMs = 0;
  let endMs = 0;
  plan.video.forEach((piece, k) => {
    endMs += piece.durationMs;
    const last = k === plan.video.length - 1;
    const crossed = spans.some(([from, to]) => from < endMs && endMs < to);
    if (!last && ((crossfaded && overlaps[k] > 0) || crossed)) return;
    const partEnd = Math.min(endMs, plan.durationMs);
    if (partEnd > startMs) parts.push({ startMs, plan: partOf(plan, plan.video.slice(first, k + 1), startMs, partEnd) });
    [first, startMs] = [k + 1, endMs];
  });
  return parts;
}

/**
 * A piece of footage as consecutive cells, cut where its source crosses a multiple of a cell: the same stretch of a
 * source is the same cell wherever its moment starts, so trimming either edge re-renders only the cell at that edge.
 * Cuts fall on frames that are whole milliseconds (every 100 ms at 30 fps), so the cells' frames add up to the
 * piece's; the zooms move with each cell's start, so the camera is where it is in the whole piece.
 */
function cellsOf(piece: VideoPiece, fps: number): VideoPiece[] {
  if (piece.source.kind !== 'video' || !Number.isInteger(fps)) return [piece];
  const step = 1000 / gcd(1000, fps);
  const cuts = [0];
  const cell = CELL_MS * piece.speed; // in the source: sped-up footage still makes cells of seconds
  for (let src = (Math.floor(piece.inMs / cell) + 1) * cell; ; src += cell) {
    const at = Math.round((src - piece.inMs) / piece.speed / step) * step;
    if (at > piece.durationMs - Math.max(piece.fadeOutMs, MIN_CELL_MS)) break;
    if (at >= Math.max(piece.fadeInMs, MIN_CELL_MS)) cuts.push(at);
  }
  return cuts.map((start, k) => {
    const end = cuts[k + 1] ?? piece.durationMs;
    return {
      ...piece, inMs: piece.inMs + start * piece.speed, durationMs: end - start,
      zooms: piece.zooms.map((zoom) => ({ ...zoom, inMs: zoom.inMs - start, outMs: zoom.outMs - start })),
      fadeInMs: k === 0 ? piece.fadeInMs : 0, fadeOutMs: end === piece.durationMs ? piece.fadeOutMs : 0,
    };
  });
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function partOf(plan: RenderPlan, video: RenderPlan['video'], startMs: number, endMs: number): RenderPlan {
  const during = (item: { atMs: number; durationMs: number }) => item.atMs < endMs && item.atMs + item.durationMs > startMs;
  const moved = <T extends { atMs: number }>(item: T): T => ({ ...item, atMs: item.atMs - startMs });
  return {
    ...plan,
    durationMs: endMs - startMs,
    // The picture only: the pieces' sound is the sound render's, so a volume change leaves the parts as they were.
    video: video.map((piece) => ({ ...piece, volume: 0 })),
    audio: [],
    text: plan.text.filter(during).map(moved),
    cards: plan.cards.filter(during).map((card) => ({ ...moved(card), words: moved(card.words) })),
    fadeInMs: startMs === 0 ? plan.fadeInMs : 0,
    fadeOutMs: endMs >= plan.durationMs ? plan.fadeOutMs : 0,
  };
}

/**
 * What the preview's sound depends on, and nothing else: the pieces' sound (not their zooms or framing), the audio
 * track, the length and fades. Moving a title or zooming leaves it, and its render, as it was.
 */
export function soundOfPlan(plan: RenderPlan): unknown {
  return {
    video: plan.video.map(({ source, inMs, durationMs, speed, volume, fadeInMs, fadeOutMs }) =>
      ({ source: source.kind === 'black' ? source : { path: source.path, audioTracks: source.audioTracks }, inMs, durationMs, speed, volume, fadeInMs, fadeOutMs })),
    overlaps: crossfades(plan),
    audio: plan.audio,
    durationMs: plan.durationMs,
    fadeInMs: plan.fadeInMs,
    fadeOutMs: plan.fadeOutMs,
  };
}
