/**
 * How a segment shows the part of its source it plays: the filmstrip (one image of evenly spaced thumbnails of the
 * whole file) scaled and shifted so the segment's width covers exactly its range, and the waveform's peaks of that
 * range as one SVG path. Plain numbers, tested in Node.
 */

/** CSS background-size and background-position (percentages) that show [inMs, inMs + spanMs] of the strip. */
export function filmstripWindow(inMs: number, spanMs: number, sourceMs: number): { sizePct: number; positionPct: number } {
  if (spanMs <= 0 || sourceMs <= 0) return { sizePct: 100, positionPct: 0 };
  const sizePct = (sourceMs / spanMs) * 100;
  // A percentage position p places the image at (box - image) * p: solving for an offset of -inMs/spanMs boxes.
  const positionPct = sourceMs > spanMs ? (inMs / (sourceMs - spanMs)) * 100 : 0;
  return { sizePct: round(sizePct), positionPct: round(Math.min(100, Math.max(0, positionPct))) };
}

/**
 * An SVG path (in a viewBox of `peaks-in-range` × 1, drawn from the bottom) of the peaks between inMs and
 * inMs + spanMs of a source sourceMs long; empty when there is nothing to draw.
 */
export function waveformPath(peaks: number[], inMs: number, spanMs: number, sourceMs: number): { path: string; width: number } {
  if (peaks.length === 0 || sourceMs <= 0 || spanMs <= 0) return { path: '', width: 0 };
  const from = Math.max(0, Math.floor((inMs / sourceMs) * peaks.length));
  const to = Math.min(peaks.length, Math.max(from + 1, Math.ceil(((inMs + spanMs) / sourceMs) * peaks.length)));
  const part = peaks.slice(from, to);
  const path = part.map((peak, x) => `M${x} 1V${round(1 - peak)}`).join('');
  return { path, width: part.length };
}

const round = (value: number) => Math.round(value * 100) / 100;
