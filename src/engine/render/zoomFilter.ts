import type { Draft, Segment } from '../../protocol';
import { filterValue } from './filterEscape';
import { reframe } from './reframe';
import type { Canvas, Fill } from './renderPlan';
import { cameraExpression, cameraMoves, EASE_MS, type TimedRect } from './zoomTrack';

/** Source shapes within 1 % of the canvas's are the same shape (as in reframe). */
const SAME_SHAPE = 0.01;

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * The draft's zooms that touch one piece of footage, on the piece's own timeline (ms from its first frame, after
 * its speed). Zooms just before the piece count too: the camera may still be on them when the piece starts.
 */
export function zoomsOfPiece(draft: Draft, segment: Segment, inMs: number, durationMs: number, speed: number): TimedRect[] {
  if (draft.m?.zoom !== 'auto' || !segment.src) return [];
  const endMs = inMs + durationMs * speed;
  const local = (ms: number) => Math.round((ms - inMs) / speed);
  return (draft.m.zooms ?? [])
    .filter((z) => z.src === segment.src && z.out + EASE_MS > inMs && z.in < endMs && z.out > z.in)
    .sort((a, b) => a.in - b.in)
    .map((z) => ({ inMs: local(z.in), outMs: local(z.out), x: z.x, y: z.y, w: z.w, h: z.h }));
}

/**
 * Filters from `[input]` (a piece's frames at the canvas's rate, at the source's size) to `[output]`, fitted to
 * the canvas, with the camera following `zooms`.
 *
 * Same shape as the canvas: zoompan, whose zoom and position are per-frame expressions of the spring moves; it
 * scales only the window it shows (measured ~3 ms a 1080p frame, against ~18 ms for scaling the whole frame up
 * and cropping, and ~25 ms for a sub-pixel perspective warp). Its window lands on whole source pixels: at 2x that
 * is a 2-pixel step, only while the camera moves fast. Other shapes with fill "follow": a crop window of the
 * canvas's shape, as large as the source allows, that follows the centre of the same moves and stays where the
 * last zoom was (a vertical clip of a screen never falls back to the middle of it, where nothing happens).
 */
export function framePiece(input: string, output: string, source: { width: number; height: number }, canvas: Canvas, fill: Fill, zooms: readonly TimedRect[]): string {
  const { width, height } = source;
  const known = width > 0 && height > 0;
  const sameShape = known && Math.abs(width / height / (canvas.width / canvas.height) - 1) < SAME_SHAPE;
  // Without zooms, footage of the canvas's shape is only scaled: zoompan would redo its scaler every frame for nothing.
  if (!known || (zooms.length === 0 && (fill !== 'follow' || sameShape))) return reframe(input, output, source, canvas, fill === 'follow' ? 'crop' : fill);
  const id = output.slice(1, -1);
  if (fill === 'follow' && !sameShape) {
    // Between zooms the window stays on the last one: each zoom is held until the next starts.
    const held = zooms.map((zoom, i) => ({ ...zoom, outMs: zooms[i + 1]?.inMs ?? Number.MAX_SAFE_INTEGER }));
    const moves = cameraMoves(held, width, height);
    const scale = Math.min(width / canvas.width, height / canvas.height);
    const [cropW, cropH] = [Math.min(width, even(canvas.width * scale)), Math.min(height, even(canvas.height * scale))];
    const centre = (pos: 'x' | 'y', size: 'w' | 'h', room: number, crop: number) =>
      filterValue(`max(0,min(${room - crop},(${cameraExpression(moves, pos, 't', width, height)})+(${cameraExpression(moves, size, 't', width, height)})/2-${crop / 2}))`);
    return `${input}crop=w=${cropW}:h=${cropH}:x=${centre('x', 'w', width, cropW)}:y=${centre('y', 'h', height, cropH)}:exact=1,` +
      `scale=${canvas.width}:${canvas.height}:flags=lanczos,setsar=1${output}`;
  }
  const moves = cameraMoves(zooms, width, height);
  const time = `in/${canvas.fps}`;
  const size = sameShape ? { width: canvas.width, height: canvas.height } : source;
  const zoom = `zoompan=z=${filterValue(`${width}/(${cameraExpression(moves, 'w', time, width, height)})`)}` +
    `:x=${filterValue(cameraExpression(moves, 'x', time, width, height))}:y=${filterValue(cameraExpression(moves, 'y', time, width, height))}` +
    `:d=1:s=${size.width}x${size.height}:fps=${canvas.fps}`;
  return `${input}${zoom}[${id}z];${reframe(`[${id}z]`, output, size, canvas, fill === 'follow' ? 'blur' : fill)}`;
}
