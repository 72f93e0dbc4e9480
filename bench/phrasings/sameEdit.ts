import { isDeepStrictEqual } from 'node:util';
import type { EditOp } from '../../src/protocol';

/**
 * The part of the draft each operation writes. Operations on different parts leave alone what the other reads, so
 * said in either order they make the same draft ("a 15 second vertical clip": the shape and the moments). The
 * timeline is one part: moments are addressed by their number (remove, move, trim, speed one), texts and zooms are
 * timed on the clip the moments make (a text past a shorter clip's end is dropped, "at the end" is where it ends),
 * cards and crossfades move where every moment starts. A part's operations keep their order ("remove moment 2, then
 * move moment 3 first" is not the other way round; a second shape replaces the first).
 */
const PART: Record<Exclude<EditOp['op'], Barrier | 'fade'>, string> = {
  compile_best_moments: 'timeline', remove_dead_air: 'timeline', speed_up_idle: 'timeline', keep_everything: 'timeline',
  use_sources: 'timeline', remove_moment: 'timeline', move_moment: 'timeline', trim_moment: 'timeline',
  set_moment_range: 'timeline', cut_range: 'timeline', set_speed: 'timeline', crossfade: 'timeline',
  add_text: 'timeline', edit_text: 'timeline', remove_text: 'timeline', add_card: 'timeline', remove_card: 'timeline',
  set_zoom: 'timeline', zoom_at: 'timeline',
  set_aspect: 'frame', set_fill: 'frame', set_resolution: 'frame',
  add_music: 'music', set_music_volume: 'music', set_ducking: 'music', remove_music: 'music',
  set_source_volume: 'sound',
  set_background: 'background', remove_background: 'background',
};

/**
 * Operations that stand where they are said: history steps act on everything before them ("add music, undo" is not
 * "undo, add music"), and showing or exporting reads the draft as it is at that point.
 */
const BARRIERS = ['undo', 'redo', 'start_over', 'show_tracks', 'export'] as const;
type Barrier = (typeof BARRIERS)[number];
const isBarrier = (op: EditOp): boolean => (BARRIERS as readonly string[]).includes(op.op);
const partOf = (op: EditOp): string =>
  isBarrier(op) ? op.op : op.op === 'fade' ? `fade ${op.target}` : PART[op.op as keyof typeof PART];

/** newText's default length, when a text's timing gives none. */
const TEXT_MS = 3000;

/**
 * A text's timing as where it lands: "for the first 4 seconds" (anchored at the start, 4 s) and "0-4s" put it at the
 * same place. Only a text at the end depends on the clip's length, so it stays anchored.
 */
function placed(op: EditOp): object {
  if (op.op !== 'add_text') return op;
  const { start_ms: start, end_ms: end, duration_ms: duration, anchor, ...rest } = op;
  const length = duration ?? (end !== undefined && start !== undefined ? end - start : TEXT_MS);
  if (start === undefined && anchor === 'end') return { ...rest, at: 'end', d: length };
  const at = start ?? 0;
  return { ...rest, at, d: end !== undefined ? end - at : length };
}

/**
 * Moving a moment to its neighbour's place swaps the two, whichever of them is named as the one moved ("swap the first
 * two clips": moving 1 to 2 and moving 2 to 1 make the same draft).
 */
function swapped(op: EditOp): EditOp {
  if (op.op !== 'move_moment' || Math.abs(op.index - op.to) !== 1) return op;
  return { ...op, index: Math.min(op.index, op.to), to: Math.max(op.index, op.to) };
}

/**
 * A detail said right after the operation it belongs to is part of it: a fill after its shape is the shape's fill,
 * ducking or a level after music just added is that music's ("add music at 25%, no ducking").
 */
function folded(ops: EditOp[]): EditOp[] {
  return ops.reduce<EditOp[]>((out, op) => {
    const last = out[out.length - 1];
    if (op.op === 'set_fill' && last?.op === 'set_aspect' && last.fill === undefined) out[out.length - 1] = { ...last, fill: op.fill };
    else if (op.op === 'set_ducking' && last?.op === 'add_music') out[out.length - 1] = { ...last, duck: op.duck };
    else if (op.op === 'set_music_volume' && op.volume !== undefined && last?.op === 'add_music') out[out.length - 1] = { ...last, volume: op.volume };
    else out.push(op);
    return out;
  }, []);
}

/**
 * A text named by no number when the draft has exactly one is that one: edit_text then edits the last added and
 * remove_text removes every text, which is the same draft as naming text 1. The count is followed through the
 * message; after a history step it is not known.
 */
function numbered(ops: EditOp[], texts: number): EditOp[] {
  let count: number | undefined = texts;
  return ops.map((op) => {
    const named = (op.op === 'edit_text' || op.op === 'remove_text') && op.index === undefined && count === 1 ? { ...op, index: 1 } : op;
    if (count !== undefined) {
      if (op.op === 'add_text') count++;
      else if (op.op === 'remove_text') count = op.index === undefined ? 0 : count - 1;
      else if (op.op === 'undo' || op.op === 'redo' || op.op === 'start_over') count = undefined;
    }
    return named;
  });
}

/**
 * Removing music from a draft without music changes nothing (the engine answers that there is none to remove), so
 * "no music" read as remove_music and read as nothing make the same draft. Whether the draft has music is followed
 * through the message, from none (the benches' draft); after a history step it is not known.
 */
function musicKept(ops: EditOp[]): EditOp[] {
  let music: boolean | undefined = false;
  return ops.filter((op) => {
    if (op.op === 'add_music') music = true;
    else if (op.op === 'undo' || op.op === 'redo' || op.op === 'start_over') music = undefined;
    else if (op.op === 'remove_music') {
      const none = music === false;
      if (music === true) music = false;
      return !none;
    }
    return true;
  });
}

/** The operations between barriers, in order: [ops before the first barrier, the barrier, ops after it, …]. */
function runs(ops: EditOp[]): EditOp[][] {
  const out: EditOp[][] = [[]];
  for (const op of ops) {
    if (isBarrier(op)) out.push([op], []);
    else out[out.length - 1].push(op);
  }
  return out;
}

/**
 * Whether two lists of operations make the same draft, one with `texts` texts and no music before the message: the same
 * barriers in the same places and, between them, the same operations on each part of the draft in the same order (a
 * text's timing compared by where it lands, neighbours swapped either way, a detail said after its operation as part of
 * it, the only text by its number); operations on different parts may come in any order.
 */
export function sameEdit(got: EditOp[], want: EditOp[], texts = 0): boolean {
  const [a, b] = [runs(numbered(musicKept(got), texts)), runs(numbered(musicKept(want), texts))];
  if (a.length !== b.length) return false;
  return a.every((run, i) => {
    const other = b[i];
    const parts = new Set([...run, ...other].map(partOf));
    const on = (ops: EditOp[], part: string) => folded(ops.filter((op) => partOf(op) === part)).map(swapped).map(placed);
    return [...parts].every((part) => isDeepStrictEqual(on(run, part), on(other, part)));
  });
}
