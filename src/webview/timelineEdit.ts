import { SHORTEST_MOMENT_MS, type EditOp } from '../protocol';
import type { Lane, LaidSegment } from './timelineLayout';

/**
 * What the panel's mouse and keys do to the timeline, as plain functions of numbers (tested in Node): pixels ↔ ms,
 * which part of which segment is under the pointer, snapping, and the EditOp a finished gesture sends. The panel
 * never changes the draft itself: every edit goes to the engine, whose history undoes it like a chat edit.
 */

/** How wide a track is on screen, and how long the timeline it shows. */
export interface Scale {
  widthPx: number;
  durationMs: number;
}

/** An edge this close to the pointer is gripped for trimming rather than the segment for moving. */
const EDGE_GRIP_PX = 6;
/** A moving edge this close to another edge, the playhead or either end jumps to it. */
const SNAP_PX = 8;

export const msToPx = (ms: number, scale: Scale): number => (scale.durationMs > 0 ? (ms / scale.durationMs) * scale.widthPx : 0);
export const pxToMs = (px: number, scale: Scale): number => (scale.widthPx > 0 ? Math.round((px / scale.widthPx) * scale.durationMs) : 0);

export type Grip = 'start' | 'end' | 'body';
export interface Hit {
  segment: LaidSegment;
  grip: Grip;
}

/**
 * The segment under `xPx` (from the track's left edge) and the part gripped. Edges win over bodies, so a short
 * segment can still be trimmed; of two touching edges, the nearer one is taken.
 */
export function hitTest(segments: LaidSegment[], xPx: number, scale: Scale): Hit | undefined {
  let best: (Hit & { distance: number }) | undefined;
  for (const segment of segments) {
    const left = msToPx(segment.atMs, scale);
    const right = msToPx(segment.atMs + segment.durationMs, scale);
    for (const [grip, edge] of [['start', left], ['end', right]] as const) {
      const distance = Math.abs(xPx - edge);
      // Of two touching edges at the same distance, the segment the pointer is over wins.
      const inside = xPx > left && xPx < right;
      if (distance <= EDGE_GRIP_PX && (!best || distance < best.distance || (distance === best.distance && inside))) best = { segment, grip, distance };
    }
    if (!best && xPx > left && xPx < right) best = { segment, grip: 'body', distance: EDGE_GRIP_PX + 1 };
  }
  return best && { segment: best.segment, grip: best.grip };
}

/** Every edge a moving edge may snap to: the other segments' edges, both ends of the timeline, the playhead. */
export function snapTargets(lanes: Lane[], moving: LaidSegment, durationMs: number, playheadMs: number): number[] {
  const edges = lanes.flatMap((lane) => lane.segments.filter((s) => s.key !== moving.key).flatMap((s) => [s.atMs, s.atMs + s.durationMs]));
  return [0, durationMs, playheadMs, ...edges];
}

/** `ms` moved onto the nearest target within SNAP_PX, or left where it is. */
export function snap(ms: number, targets: number[], scale: Scale): number {
  let best = ms;
  let nearest = pxToMs(SNAP_PX, scale);
  for (const target of targets) {
    const distance = Math.abs(target - ms);
    if (distance <= nearest) [best, nearest] = [target, distance];
  }
  return best;
}

export interface DragContext {
  lanes: Lane[];
  durationMs: number;
  /** The source file's length, when known: a moment's end cannot be dragged past it. */
  sourceMs?: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The operation a finished drag of `grip` by `deltaMs` (already snapped) sends, or undefined when it changes
 * nothing. Video: an edge sets the moment's range in its source (its speed applied), the body reorders it. Text: the
 * body moves it in time, an edge changes when it starts or ends. Music spans the clip: it has no drag.
 */
export function dragOp(kind: Lane['kind'], segment: LaidSegment, grip: Grip, deltaMs: number, context: DragContext): EditOp | undefined {
  if (deltaMs === 0) return undefined;
  if (kind === 'video') return grip === 'body' ? reorderOp(segment, deltaMs, context) : trimOp(segment, grip, deltaMs, context.sourceMs);
  if (kind === 'text') return textTimeOp(segment, grip, deltaMs, context.durationMs);
  return undefined;
}

function trimOp(segment: LaidSegment, edge: 'start' | 'end', deltaMs: number, sourceMs = Infinity): EditOp | undefined {
  const inMs = segment.inMs;
  const outMs = inMs + Math.round(segment.durationMs * segment.speed);
  const shortest = Math.ceil(SHORTEST_MOMENT_MS * segment.speed);
  const moved = Math.round(deltaMs * segment.speed);
  const range = edge === 'start'
    ? { in_ms: clamp(inMs + moved, 0, outMs - shortest), out_ms: outMs }
    : { in_ms: inMs, out_ms: clamp(outMs + moved, inMs + shortest, Math.max(outMs, sourceMs)) };
  if (range.in_ms === inMs && range.out_ms === outMs) return undefined;
  return { op: 'set_moment_range', index: segment.index, ...range };
}

/** The place a moment dropped at its centre plus `deltaMs` takes: after every other moment whose centre is before it. */
function reorderOp(segment: LaidSegment, deltaMs: number, context: DragContext): EditOp | undefined {
  const video = context.lanes.filter((lane) => lane.kind === 'video').flatMap((lane) => lane.segments);
  const centre = (s: LaidSegment) => s.atMs + s.durationMs / 2;
  const dropped = centre(segment) + deltaMs;
  const to = video.filter((s) => s.key !== segment.key && centre(s) < dropped).length + 1;
  return to === segment.index ? undefined : { op: 'move_moment', index: segment.index, to };
}

function textTimeOp(segment: LaidSegment, grip: Grip, deltaMs: number, durationMs: number): EditOp | undefined {
  const start = segment.atMs;
  const end = start + segment.durationMs;
  let next: [number, number];
  if (grip === 'body') {
    const at = clamp(start + deltaMs, 0, Math.max(0, durationMs - segment.durationMs));
    next = [at, at + segment.durationMs];
  } else if (grip === 'start') {
    next = [clamp(start + deltaMs, 0, end - SHORTEST_MOMENT_MS), end];
  } else {
    next = [start, clamp(end + deltaMs, start + SHORTEST_MOMENT_MS, Math.max(end, durationMs))];
  }
  if (next[0] === start && next[1] === end) return undefined;
  return { op: 'edit_text', index: segment.index, start_ms: next[0], end_ms: next[1] };
}

/** The change `deltaMs` of a dragged grip, with the moving edge (or, for a body, its nearer edge) snapped. */
export function snappedDelta(segment: LaidSegment, grip: Grip, deltaMs: number, targets: number[], scale: Scale): number {
  const start = segment.atMs + deltaMs;
  const end = start + segment.durationMs;
  if (grip === 'start') return snap(segment.atMs + deltaMs, targets, scale) - segment.atMs;
  if (grip === 'end') return snap(segment.atMs + segment.durationMs + deltaMs, targets, scale) - segment.atMs - segment.durationMs;
  const byStart = snap(start, targets, scale) - start;
  const byEnd = snap(end, targets, scale) - end;
  const shift = byStart === 0 ? byEnd : byEnd === 0 ? byStart : Math.abs(byStart) <= Math.abs(byEnd) ? byStart : byEnd;
  return deltaMs + shift;
}

/** What Delete removes: a moment, a text, or the music. */
export function deleteOp(kind: Lane['kind'], segment: LaidSegment): EditOp | undefined {
  if (kind === 'video') return { op: 'remove_moment', index: segment.index };
  if (kind === 'text') return { op: 'remove_text', index: segment.index };
  if (kind === 'audio') return { op: 'remove_music' };
  return undefined;
}

/**
 * The keyboard's trims: `[` and `]` move the selected segment's start or end to the playhead (a moment's edges in
 * its source, a text's in time), the same operations a drag of that edge sends.
 */
export function trimToPlayheadOp(kind: Lane['kind'], segment: LaidSegment, edge: 'start' | 'end', playheadMs: number, context: DragContext): EditOp | undefined {
  const edgeMs = edge === 'start' ? segment.atMs : segment.atMs + segment.durationMs;
  return dragOp(kind, segment, edge, Math.round(playheadMs - edgeMs), context);
}

/** Alt+←/→ on a moment moves it one place; on a text, half a second (the keyboard's drag). */
export function nudgeOp(kind: Lane['kind'], segment: LaidSegment, direction: -1 | 1, context: DragContext): EditOp | undefined {
  if (kind === 'video') {
    const count = context.lanes.filter((lane) => lane.kind === 'video').reduce((n, lane) => n + lane.segments.length, 0);
    const to = clamp(segment.index + direction, 1, count);
    return to === segment.index ? undefined : { op: 'move_moment', index: segment.index, to };
  }
  return dragOp(kind, segment, 'body', direction * SHORTEST_MOMENT_MS, context);
}
