import type { Canvas, Fill } from './renderPlan';

/** Source shapes within 1 % of the canvas's are only scaled: no bars, no crop, no blur pass. */
const SAME_SHAPE = 0.01;
/** The blurred fill is blurred at 1/8 of the canvas size and scaled back up: ~30x less work than a full-size blur. */
const BLUR_SHRINK = 8;
/**
 * The blurred fill is dimmed so the picture stands out: scaled toward black (luma above video black times 0.8), not
 * shifted down, which turned the fill of a dark-theme recording into black bars while the reply said "blurred".
 */
const DIM = 'lutyuv=y=16+(val-16)*0.8,eq=saturation=0.8';

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * Filters that fit a picture of `source` size into the canvas, from `[input]` to `[output]`. Footage of the
 * canvas's shape is scaled; other shapes are letterboxed, centre-cropped, or shown whole over a blurred, darkened
 * copy of themselves (the usual look of 16:9 footage in a 9:16 frame). Lanczos keeps screen text crisp when a
 * 1080p recording is shrunk into a 1080-wide portrait frame.
 */
export function reframe(input: string, output: string, source: { width: number; height: number }, canvas: Canvas, fill: Fill): string {
  const { width: w, height: h } = canvas;
  const fit = `scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos`;
  const known = source.width > 0 && source.height > 0;
  if (known && Math.abs(source.width / source.height / (w / h) - 1) < SAME_SHAPE) {
    return `${input}scale=${w}:${h}:flags=lanczos,setsar=1${output}`;
  }
  if (fill === 'crop') return `${input}scale=${w}:${h}:force_original_aspect_ratio=increase:flags=lanczos,crop=${w}:${h},setsar=1${output}`;
  if (fill === 'letterbox' || !known) return `${input}${fit},pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1${output}`;
  const id = output.slice(1, -1);
  const [bw, bh] = [even(w / BLUR_SHRINK), even(h / BLUR_SHRINK)];
  return `${input}split=2[${id}bg][${id}fg];` +
    `[${id}bg]scale=${bw}:${bh}:force_original_aspect_ratio=increase,crop=${bw}:${bh},boxblur=4:2,${DIM},scale=${w}:${h}[${id}bl];` +
    `[${id}fg]${fit}[${id}fit];[${id}bl][${id}fit]overlay=(W-w)/2:(H-h)/2,setsar=1${output}`;
}
