import { gradientOf, isGradientSrc, type BackgroundName, type Draft } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { MediaLookup, TextPiece } from './renderPlan';

/** What a framed recording or a card stands on: a built-in gradient, or the user's uploaded picture. */
export type Backdrop = { kind: 'gradient'; name: BackgroundName } | { kind: 'image'; path: string };

/** The recording inset on a background: sizes as shares of the frame's short side. */
export interface Look {
  background: Backdrop;
  padding: number;
  radius: number;
  shadow: boolean;
}

/** An intro or outro card: its stretch of the timeline shows `background` and its words, not footage. */
export interface Card {
  atMs: number;
  durationMs: number;
  background: Backdrop;
  words: TextPiece;
}

const DEFAULT_PADDING = 0.06;
const DEFAULT_RADIUS = 0.022;
/** Cards of a clip without a background stand on this gradient. */
const CARD_BACKDROP: Backdrop = { kind: 'gradient', name: 'aurora' };
const CARD_FADE_MS = 400;

/** The draft's background and cards, with defaults applied and an uploaded picture resolved to its file. */
export async function lookOf(draft: Draft, durationMs: number, lookup: MediaLookup): Promise<{ look?: Look; cards: Card[] }> {
  const wanted = draft.m?.background;
  const look = wanted ? {
    background: await backdropOf(wanted.src, lookup),
    padding: clamp(wanted.padding ?? DEFAULT_PADDING, 0, 0.25),
    radius: clamp(wanted.radius ?? DEFAULT_RADIUS, 0, 0.1),
    shadow: wanted.shadow !== false,
  } : undefined;
  const cards: Card[] = [];
  for (const kind of ['intro', 'outro'] as const) {
    const card = draft.m?.[kind];
    const text = card?.text.trim();
    const length = Math.min(card?.d ?? 0, durationMs);
    if (!text || !(length > 0)) continue;
    const atMs = kind === 'intro' ? 0 : durationMs - length;
    cards.push({
      atMs, durationMs: length, background: look?.background ?? CARD_BACKDROP,
      words: { text, atMs, durationMs: length, position: 'center', style: 'card', motion: 'fade', fadeInMs: CARD_FADE_MS, fadeOutMs: CARD_FADE_MS },
    });
  }
  return { look, cards };
}

async function backdropOf(src: string, lookup: MediaLookup): Promise<Backdrop> {
  const name = gradientOf(src);
  if (name) return { kind: 'gradient', name };
  if (isGradientSrc(src)) throw new EngineError(400, { en: `There is no built-in background "${src.slice(0, 60)}".`, zh: `没有名为“${src.slice(0, 60)}”的内置背景。` });
  const found = await lookup(src);
  if (!found || found.media.fileType !== 'image') {
    throw new EngineError(400, {
      en: `The background "${src.slice(0, 60)}" is not an image in this session: upload the picture again, or say "add a background" for a built-in one.`,
      zh: `背景“${src.slice(0, 60)}”不是这个会话里的图片：请重新上传图片，或者说“加背景”来用内置背景。`,
    });
  }
  return { kind: 'image', path: found.path };
}

const clamp = (value: number, low: number, high: number): number => (Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low);
