import type { RenderPlan } from './renderPlan';
import { crossfades } from './timeline';

/** A stretch of the clip whose picture is rendered on its own for the preview: its own plan, and where it starts. */
export interface PreviewPart {
  startMs: number;
  plan: RenderPlan;
}

/**
 * The preview's picture cut into parts at the clip's hard cuts, each part a plan of its own: its pieces of footage
 * and every text and card shown during it, moved to the part's own time. A cut is only a part boundary when nothing
 * runs across it (a crossfade, a text, a card, the clip's fade in or out), so each part draws exactly what the whole
 * clip draws there. A part's plan has no sound (the preview's sound is rendered whole, apart: `soundOfPlan`), so a
 * part is the same plan, and its render can be reused, for as long as what shows during it does not change.
 */
export function previewParts(plan: RenderPlan): PreviewPart[] {
  const overlaps = crossfades(plan);
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
    if (!last && (overlaps[k] > 0 || crossed)) return;
    const partEnd = Math.min(endMs, plan.durationMs);
    if (partEnd > startMs) parts.push({ startMs, plan: partOf(plan, plan.video.slice(first, k + 1), startMs, partEnd) });
    [first, startMs] = [k + 1, endMs];
  });
  return parts;
}

function partOf(plan: RenderPlan, video: RenderPlan['video'], startMs: number, endMs: number): RenderPlan {
  const during = (item: { atMs: number; durationMs: number }) => item.atMs < endMs && item.atMs + item.durationMs > startMs;
  const moved = <T extends { atMs: number }>(item: T): T => ({ ...item, atMs: item.atMs - startMs });
  return {
    ...plan,
    durationMs: endMs - startMs,
    video,
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
