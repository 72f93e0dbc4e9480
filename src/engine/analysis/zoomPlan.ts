/**
 * Auto-zoom from the frames alone: where a person types, moves the pointer or clicks, held long enough to read.
 * Pure: one source's signals in, zoom rectangles (source pixels, source milliseconds) out. The renderer eases the
 * camera onto each rectangle and back (zoomTrack.ts); this decides only where and when.
 */
import type { Zoom } from '../../protocol';
import { isInteraction } from './activity';
import type { SourceSignals } from './findMoments';
import { EASE_MS, type TimedRect } from '../render/zoomTrack';
import type { Box } from './screenChange';
import type { Signals } from './signals';

/** Zoom factors: less than 1.4x reads as a mistake, more than 2.2x loses the context around the action. */
export const MIN_ZOOM = 1.4;
export const MAX_ZOOM = 2.2;
/** Space kept around the action, as a share of the frame's width (height for the vertical margin). */
const MARGIN = 0.06;
/** A zoom stays at least this long: shorter ones make the picture pump. */
export const MIN_HOLD_MS = 2000;
/** Action closer in time than this is one zoom (typing with pauses between words). */
const JOIN_GAP_MS = 1500;
/** Less action than this (in sampled time) is a blip, not worth a zoom. */
const MIN_ACTION_MS = 750;
/** The camera starts moving this long before the action, so that it has arrived when the action starts. */
const LEAD_MS = 300;
/** ...and stays this long after it. */
const TAIL_MS = 700;

/** Zoom rectangles for one source of `width` x `height` pixels, in time order, never overlapping. */
export function planZooms(signals: Signals, width: number, height: number): TimedRect[] {
  const { binMs } = signals;
  const groups = actionGroups(signals);
  const barriers = signals.action.flatMap((action, k) => (action === 'broad' || signals.sceneCut[k] ? [k * binMs] : []));
  const zooms: TimedRect[] = [];
  for (const group of groups) {
    const startMs = group.first * binMs;
    const endMs = (group.last + 1) * binMs;
    if (group.bins * binMs < MIN_ACTION_MS) continue;
    const before = Math.max(0, ...barriers.filter((b) => b <= startMs).map((b) => b + binMs));
    const after = Math.min(signals.durationMs, ...barriers.filter((b) => b >= endMs).map((b) => b - EASE_MS));
    const previousOut = zooms.at(-1)?.outMs ?? 0;
    const inMs = Math.max(before, previousOut, startMs - LEAD_MS);
    const outMs = Math.min(after, Math.max(endMs + TAIL_MS, inMs + MIN_HOLD_MS));
    if (outMs - inMs < MIN_HOLD_MS) continue;
    zooms.push({ inMs: Math.round(inMs), outMs: Math.round(outMs), ...frameAround(group.box, width, height) });
  }
  return zooms;
}

/** The zoom rectangle around the action (typing, pointer, clicks) between `fromMs` and `toMs`; undefined when there is none. */
export function zoomOnto(signals: Signals, fromMs: number, toMs: number, width: number, height: number): Omit<TimedRect, 'inMs' | 'outMs'> | undefined {
  let box: Box | undefined;
  signals.action.forEach((action, k) => {
    const region = signals.region[k];
    const ms = k * signals.binMs;
    if (region && isInteraction(action) && ms >= fromMs && ms < toMs) box = box ? union(box, region) : region;
  });
  return box && frameAround(box, width, height);
}

/** The zooms of every analysed source (of the given sizes), as draft data: source ms and pixels. */
export function zoomsOf(sources: SourceSignals[], sizes: { mediaId: string; width: number | null; height: number | null }[]): Zoom[] {
  return sources.flatMap(({ src, signals }) => {
    const size = sizes.find((m) => m.mediaId === src);
    if (!size?.width || !size.height) return [];
    return planZooms(signals, size.width, size.height).map(({ inMs, outMs, ...rect }) => ({ src, in: inMs, out: outMs, ...rect }));
  });
}

interface Group {
  first: number;
  last: number;
  bins: number;
  box: Box;
}

/**
 * Runs of interaction (typing, pointer, clicks) whose boxes together still fit a zoom of at least MIN_ZOOM, split
 * by broad changes and new screens. A box grows as text is typed, so the whole typed text stays in the picture.
 */
function actionGroups(signals: Signals): Group[] {
  const joinBins = JOIN_GAP_MS / signals.binMs;
  const groups: Group[] = [];
  let open: Group | undefined;
  signals.action.forEach((action, k) => {
    const box = signals.region[k];
    if (action === 'broad' || signals.sceneCut[k]) {
      open = undefined;
      return;
    }
    if (!box || !isInteraction(action)) return;
    const joined = open && k - open.last <= joinBins ? union(open.box, box) : undefined;
    if (open && joined && fits(joined)) {
      Object.assign(open, { last: k, bins: open.bins + 1, box: joined });
      return;
    }
    open = { first: k, last: k, bins: 1, box };
    groups.push(open);
  });
  return groups;
}

function union(a: Box, b: Box): Box {
  const [x, y] = [Math.min(a[0], b[0]), Math.min(a[1], b[1])];
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}

/** The box with its margins fits in a frame-shaped rectangle of 1/MIN_ZOOM of the frame. */
const fits = (box: Box) => Math.max(box[2] + 2 * MARGIN, box[3] + 2 * MARGIN) <= 1 / MIN_ZOOM;

/** The frame-shaped rectangle around `box` (with margins), zoomed between MIN_ZOOM and MAX_ZOOM, inside the frame. */
function frameAround(box: Box, width: number, height: number): Omit<TimedRect, 'inMs' | 'outMs'> {
  const share = Math.min(1 / MIN_ZOOM, Math.max(1 / MAX_ZOOM, box[2] + 2 * MARGIN, box[3] + 2 * MARGIN));
  const even = (n: number) => 2 * Math.round(n / 2);
  const w = even(width * share);
  const h = even(height * share);
  const cx = (box[0] + box[2] / 2) * width;
  const cy = (box[1] + box[3] / 2) * height;
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)));
  return { x: clamp(cx - w / 2, width - w), y: clamp(cy - h / 2, height - h), w, h };
}
