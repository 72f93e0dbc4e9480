import { backgroundStill, cornerMask, type Rect } from './backgrounds';
import { filterValue, sec } from './filterEscape';
import type { GraphInputs } from './graphInputs';
import type { RenderPlan } from './renderPlan';

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
  return { x: even((w - width) / 2), y: even((h - height) / 2), width, height, radius: Math.round(short * plan.look.radius) };
}

/** The plan the picture timeline is built from: when framed, footage is fitted to the inset, not the canvas. */
export function timelinePlan(plan: RenderPlan): RenderPlan {
  const inset = insetOf(plan);
  return inset ? { ...plan, canvas: { ...plan.canvas, width: inset.width, height: inset.height } } : plan;
}

/**
 * The stage the timeline plays on, after the timeline (and any zoom of the recording) and before the texts:
 * framed, the recording gets its rounded corners (a cached mask) and is overlaid on the background still with the
 * shadow already drawn in; during intro and outro cards, the card's background covers the frame. Stills are decoded
 * once and looped inside the graph, so each frame costs one overlay, not a gradient, a blur and a decode.
 */
export async function stage(plan: RenderPlan, video: string, inputs: GraphInputs, options: { ffmpeg: string; cacheDir: string }): Promise<{ filters: string[]; video: string }> {
  const inset = insetOf(plan);
  const filters: string[] = [];
  const { canvas } = plan;
  let out = video;
  // As many frames as the clip has (an endless loop would keep alphamerge waiting for its end).
  const frames = Math.ceil((plan.durationMs / 1000) * canvas.fps) + 1;
  const still = (path: string, format: string, label: string) => {
    const index = inputs.add(path, ['-framerate', String(canvas.fps)]);
    filters.push(`[${index}:v]${toVideo(format)},loop=loop=${frames - 1}:size=1:start=0,setpts=N/(${canvas.fps}*TB)${label}`);
  };
  if (plan.look && inset) {
    still(await backgroundStill(options.ffmpeg, options.cacheDir, plan.look.background, canvas, plan.look.shadow ? inset : undefined), 'yuv420p', '[stbg]');
    still(await cornerMask(options.ffmpeg, options.cacheDir, inset), 'gray', '[stmask]');
    filters.push(
      `${out}format=yuva420p[strec];[strec][stmask]alphamerge[strnd]`,
      `[stbg][strnd]overlay=x=${inset.x}:y=${inset.y}:shortest=1:format=yuv420[stframed]`,
    );
    out = '[stframed]';
  }
  for (const [k, card] of plan.cards.entries()) {
    still(await backgroundStill(options.ffmpeg, options.cacheDir, card.background, canvas), 'yuva420p', `[stcard${k}]`);
    const during = `between(t,${sec(card.atMs)},${sec(card.atMs + card.durationMs)})`;
    filters.push(`${out}[stcard${k}]overlay=0:0:shortest=1:enable=${filterValue(during)}[stcarded${k}]`);
    out = `[stcarded${k}]`;
  }
  return { filters, video: out };
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
