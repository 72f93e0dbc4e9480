/**
 * The camera over one piece of footage: the whole frame, or a zoom rectangle, with critically damped spring moves
 * between them (the motion of a hand-made zoom: fast start, no overshoot, a soft landing). One list of moves is
 * evaluated two ways that must agree: as ffmpeg expressions of the frame time (the render) and in JS (the checks).
 */

/** A rectangle of the source, in source pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A zoom rectangle held from `inMs` to `outMs` (after easing onto it). */
export interface TimedRect extends Rect {
  inMs: number;
  outMs: number;
}

/** The camera moves from `from` to `to` over [atMs, atMs + EASE_MS]; before the first move it shows `from`. */
interface Move {
  atMs: number;
  from: Rect;
  to: Rect;
}

/** How long a move takes. */
export const EASE_MS = 600;
/** Zooms closer than this are joined by a pan instead of zooming out and in again. */
const PAN_GAP_MS = 1000;
/** Spring stiffness: (1 + ωT)e^(−ωT) = 2 % at T = EASE_MS, and the remaining 2 % is scaled away. */
const OMEGA = 5.83 / (EASE_MS / 1000);

/** The moves of the camera for zooms in time order (a source of `width` x `height`). */
export function cameraMoves(zooms: readonly TimedRect[], width: number, height: number): Move[] {
  const whole: Rect = { x: 0, y: 0, w: width, h: height };
  const moves: Move[] = [];
  let at: Rect = whole;
  zooms.forEach((zoom, i) => {
    const rect = { x: zoom.x, y: zoom.y, w: zoom.w, h: zoom.h };
    moves.push({ atMs: zoom.inMs, from: at, to: rect });
    at = rect;
    const next = zooms[i + 1];
    if (next && next.inMs - zoom.outMs < PAN_GAP_MS) return;
    moves.push({ atMs: zoom.outMs, from: rect, to: whole });
    at = whole;
  });
  return moves;
}

/** Progress of a move (0-1) `ms` after it started: a critically damped spring, normalised to land exactly. */
function eased(ms: number): number {
  const spring = (s: number) => 1 - (1 + OMEGA * s) * Math.exp(-OMEGA * s);
  return Math.min(1, Math.max(0, spring(ms / 1000) / spring(EASE_MS / 1000)));
}

/** Where the camera is `ms` into the piece. */
export function cameraAt(moves: readonly Move[], ms: number, width: number, height: number): Rect {
  const started = moves.filter((m) => m.atMs <= ms);
  const move = started.at(-1);
  if (!move) return moves[0]?.from ?? { x: 0, y: 0, w: width, h: height };
  const p = eased(ms - move.atMs);
  const mix = (key: keyof Rect) => move.from[key] + (move.to[key] - move.from[key]) * p;
  return { x: mix('x'), y: mix('y'), w: mix('w'), h: mix('h') };
}

/**
 * One coordinate of the camera as an ffmpeg expression of `time` (an expression in seconds). Moves are nested
 * `if`s from the last one back; each holds its target once finished, so the expression is piecewise exact.
 */
export function cameraExpression(moves: readonly Move[], key: keyof Rect, time: string, width: number, height: number): string {
  const fallback = key === 'w' ? width : key === 'h' ? height : 0;
  let expression = String(moves[0]?.from[key] ?? fallback);
  for (const move of moves) {
    const t0 = (move.atMs / 1000).toFixed(3);
    const delta = move.to[key] - move.from[key];
    const s = `(${time}-${t0})`;
    const spring = `(1-(1+${OMEGA.toFixed(4)}*${s})*exp(-${OMEGA.toFixed(4)}*${s}))`;
    const norm = (1 - (1 + (OMEGA * EASE_MS) / 1000) * Math.exp((-OMEGA * EASE_MS) / 1000)).toFixed(6);
    const during = delta === 0 ? String(move.to[key]) : `${move.from[key]}+${delta}*min(1,${spring}/${norm})`;
    expression = `if(lt(${time},${t0}),${expression},${during})`;
  }
  return expression;
}
