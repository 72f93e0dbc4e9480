import { backgroundStill, cornerMask, type Rect } from './backgrounds';
import { filterValue, sec } from './filterEscape';
import type { GraphInputs } from './graphInputs';
import type { Canvas, RenderPlan } from './renderPlan';

const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);

/**
 * Where the recording sits in a framed clip: the canvas minus the padding, at the footage's own shape (the first
 * piece of footage's), centred. Even sizes and offsets keep the 4:2:0 chroma of the overlay aligned.
 */
export function insetOf(plan: RenderPlan): Rect | undefined {
  if (!plan.look) return undefined;
  const { width: w, height: h } = plan.canvas;
  const short = Math.min(w, h);
  const pad = Math.round(short * plan.look.padding);
  const aspect = plan.footage ? plan.footage.width / plan.footage.height : w / h;
  const [roomW, roomH] = [w - 2 * pad, h - 2 * pad];
  const width = even(Math.min(roomW, roomH * aspect));
  const height = even(Math.min(roomH, width / aspect));
  // Offsets may be 0 (no padding): `even` keeps sizes at least 2, not positions.
  const offset = (n: number) => Math.floor(n / 4) * 2;
  return { x: offset(w - width), y: offset(h - height), width, height, radius: Math.round(short * plan.look.radius) };
}

/** The plan the picture timeline is built from: when framed, footage is fitted to the inset, not the canvas. */
export function timelinePlan(plan: RenderPlan): RenderPlan {
  const inset = insetOf(plan);
  return inset ? { ...plan, canvas: { ...plan.canvas, width: inset.width, height: inset.height } } : plan;
}

/**
 * The stage the timeline plays on, after the timeline (and any zoom of the recording) and before the texts:
 * framed, the recording is set on the background still (the shadow already drawn in) and its corners rounded;
 * during intro and outro cards, the card's background covers the frame.
 *
 * Framing costs one copy a frame. The background around the inset is cut into strips once, and xstack copies the
 * strips and the recording side by side into the frame; only the four small corner patches are alpha-blended (the
 * background, with a cached mask of what the curve cuts off, over the recording). Overlaying the whole recording
 * with an alpha mask on the background instead cost ~6 CPU-s per minute of 1080p: overlay takes its picture as
 * yuva420p, blends every pixel, and copies the shared background frame each time. The background and corner
 * patches are single frames that stack and overlay repeat to the end, so they are decoded and converted once; so
 * is a card's background. A still that ends at once also spares each frame a copy: while an overlay's picture
 * stream is still running, ffmpeg's overlay copies the frame beneath before drawing on it.
 */
export async function stage(plan: RenderPlan, video: string, inputs: GraphInputs, options: { ffmpeg: string; cacheDir: string }): Promise<{ filters: string[]; video: string }> {
  const inset = insetOf(plan);
  const filters: string[] = [];
  const { canvas } = plan;
  let out = video;
  if (plan.look && inset) {
    const strips = stripsAround(inset, canvas);
    const corner = inset.radius > 0 ? cornersOf(inset) : undefined;
    const pieces = [...strips.map((_, k) => `[stbg${k}]`), ...(corner ? corner.at.map((_, k) => `[stbgc${k}]`) : [])];
    if (pieces.length > 0) {
      const background = await backgroundStill(options.ffmpeg, options.cacheDir, plan.look.background, canvas, plan.look.shadow ? inset : undefined);
      const index = inputs.add(background, ['-framerate', String(canvas.fps)]);
      filters.push(`[${index}:v]${toVideo('yuv420p')},split=${pieces.length}${pieces.join('')}`);
    }
    strips.forEach((strip, k) => filters.push(`[stbg${k}]crop=${strip.width}:${strip.height}:${strip.x}:${strip.y}[ststrip${k}]`));
    if (strips.length > 0) {
      const layout = [...strips, inset].map((r) => `${r.x}_${r.y}`).join('|');
      filters.push(`${strips.map((_, k) => `[ststrip${k}]`).join('')}${out}xstack=inputs=${strips.length + 1}:layout=${layout}[stplaced]`);
      out = '[stplaced]';
    }
    if (corner) {
      const { size } = corner;
      const mask = inputs.add(await cornerMask(options.ffmpeg, options.cacheDir, inset.radius, size));
      filters.push(`[${mask}:v]format=gray,split=4${corner.at.map((_, k) => `[stmask${k}]`).join('')}`);
      corner.at.forEach(({ x, y, quadrant }, k) => {
        filters.push(
          `[stbgc${k}]crop=${size}:${size}:${x}:${y},format=yuva420p[stpatch${k}]`,
          `[stmask${k}]crop=${size}:${size}:${quadrant.x * size}:${quadrant.y * size}[stcut${k}]`,
          `[stpatch${k}][stcut${k}]alphamerge[stcorner${k}]`,
          `${out}[stcorner${k}]overlay=x=${x}:y=${y}:format=yuv420[stround${k}]`,
        );
        out = `[stround${k}]`;
      });
    }
  }
  for (const [k, card] of plan.cards.entries()) {
    const index = inputs.add(await backgroundStill(options.ffmpeg, options.cacheDir, card.background, canvas), ['-framerate', String(canvas.fps)]);
    filters.push(`[${index}:v]${toVideo('yuva420p')}[stcard${k}]`);
    const during = `between(t,${sec(card.atMs)},${sec(card.atMs + card.durationMs)})`;
    filters.push(`${out}[stcard${k}]overlay=0:0:enable=${filterValue(during)}[stcarded${k}]`);
    out = `[stcarded${k}]`;
  }
  return { filters, video: out };
}

/** The background's parts around the inset, as rectangles of the canvas: above, left, right, below (empty ones left out). */
export function stripsAround(inset: Rect, canvas: Canvas): Rect[] {
  const { width: w, height: h } = canvas;
  const strips: Rect[] = [
    { x: 0, y: 0, width: w, height: inset.y, radius: 0 },
    { x: 0, y: inset.y, width: inset.x, height: inset.height, radius: 0 },
    { x: inset.x + inset.width, y: inset.y, width: w - inset.x - inset.width, height: inset.height, radius: 0 },
    { x: 0, y: inset.y + inset.height, width: w, height: h - inset.y - inset.height, radius: 0 },
  ];
  return strips.filter((strip) => strip.width > 0 && strip.height > 0);
}

/**
 * The inset's four corner patches: squares as large as the radius (rounded up to even, for 4:2:0 chroma), where they
 * sit on the canvas, and which quadrant of the corner mask (cornerMask) is theirs.
 */
export function cornersOf(inset: Rect): { size: number; at: { x: number; y: number; quadrant: { x: number; y: number } }[] } {
  const size = Math.min(2 * Math.ceil(inset.radius / 2), Math.floor(inset.width / 4) * 2, Math.floor(inset.height / 4) * 2);
  const [left, top, right, bottom] = [inset.x, inset.y, inset.x + inset.width - size, inset.y + inset.height - size];
  return {
    size,
    at: [
      { x: left, y: top, quadrant: { x: 0, y: 0 } }, { x: right, y: top, quadrant: { x: 1, y: 0 } },
      { x: left, y: bottom, quadrant: { x: 0, y: 1 } }, { x: right, y: bottom, quadrant: { x: 1, y: 1 } },
    ],
  };
}

/** An RGB still into the clip's pixel format with BT.709 colours, as the encoder tags the output (not swscale's default BT.601). */
export const toVideo = (format: string): string => (format === 'gray' ? 'format=gray' : `scale=out_color_matrix=bt709:out_range=tv,format=${format}`);

/** Where the recording shows on the canvas: the inset when framed, else the footage fitted to the frame. */
export function recordingArea(plan: RenderPlan): { top: number; bottom: number } {
  const inset = insetOf(plan);
  if (inset) return { top: inset.y, bottom: inset.y + inset.height };
  const { width: w, height: h } = plan.canvas;
  const { footage } = plan;
  if (!footage || plan.fill === 'crop') return { top: 0, bottom: h };
  const shown = Math.min(h, (w * footage.height) / footage.width);
  return { top: Math.round((h - shown) / 2), bottom: Math.round((h + shown) / 2) };
}
