import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackgroundName } from '../../protocol';
import { mediaInput } from '../media/mediaInput';
import { runTool } from '../tools/runTool';
import { filterValue } from './filterEscape';
import type { Backdrop } from './look';
import type { Canvas } from './renderPlan';

/** Bumped whenever a gradient or the way stills are drawn changes, so cached stills are made again. */
const STILL_VERSION = 2;

/**
 * The built-in gradients: three stops along the diagonal, washed with a second two-stop gradient across the other
 * diagonal, so the colour moves like a mesh gradient rather than a flat ramp.
 */
const GRADIENTS: Record<BackgroundName, { stops: [string, string, string]; wash: [string, string] }> = {
  aurora: { stops: ['0x2e1065', '0x6d28d9', '0x0ea5e9'], wash: ['0xdb2777', '0x1e1b4b'] },
  sunset: { stops: ['0x7c2d12', '0xf97316', '0xdb2777'], wash: ['0xfacc15', '0x581c87'] },
  ocean: { stops: ['0x082f49', '0x0369a1', '0x2dd4bf'], wash: ['0x1e3a8a', '0x0e7490'] },
  midnight: { stops: ['0x020617', '0x1e293b', '0x334155'], wash: ['0x312e81', '0x0f172a'] },
  mint: { stops: ['0x064e3b', '0x10b981', '0xa7f3d0'], wash: ['0x0f766e', '0x14532d'] },
};

/** A rectangle in canvas pixels; `radius` rounds its corners. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
}

const pending = new Map<string, Promise<string>>();

/**
 * The background as one still of the canvas's size, with the soft shadow of the inset recording drawn in when
 * `shadowUnder` is given: made once by ffmpeg and cached (a render then overlays the recording on a still instead
 * of drawing gradients and blurs every frame).
 */
export function backgroundStill(ffmpeg: string, cacheDir: string, backdrop: Backdrop, canvas: Canvas, shadowUnder?: Rect): Promise<string> {
  const { width: w, height: h } = canvas;
  const source = backdrop.kind === 'gradient' ? gradientSource(backdrop.name, w, h) : `[0:v]scale=${w}:${h}:force_original_aspect_ratio=increase:flags=lanczos,crop=${w}:${h},setsar=1`;
  const shadow = shadowUnder ? shadowFilters(shadowUnder, canvas) : undefined;
  const graph = shadow ? `${source},format=rgb24[bg];${shadow}[sh];[bg][sh]overlay=0:0:format=rgb` : `${source},format=rgb24`;
  const inputs = backdrop.kind === 'image' ? mediaInput(backdrop.path) : [];
  return still(ffmpeg, cacheDir, inputs, graph, `bg-${w}x${h}`);
}

/**
 * What rounded corners cut off the recording: a 2·`size` square whose quadrants are the masks of the inset's four
 * `size`×`size` corner patches, white outside the curve (the background shows), black inside (the recording),
 * anti-aliased between: a rounded rectangle of the inset's radius, `size` from each corner as in the inset.
 */
export function cornerMask(ffmpeg: string, cacheDir: string, radius: number, size: number): Promise<string> {
  const graph = `color=c=black:s=${2 * size}x${2 * size}:d=1,format=gray,geq=lum=${filterValue(`255*(1-${roundedAlpha(2 * size, 2 * size, radius)})`)}`;
  return still(ffmpeg, cacheDir, [], graph, `corners-${size}`);
}

/** A text's backdrop: a rounded rectangle of `color` (hex) at `opacity`, with an accent bar down its left edge if asked. */
export function backdropStill(ffmpeg: string, cacheDir: string, box: { width: number; height: number; radius: number; color: string; opacity: number; accent?: string; accentWidth: number }): Promise<string> {
  const { width: w, height: h } = box;
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  const pick = (at: number) => (box.accent ? `if(lt(X,${box.accentWidth}),${channel(box.accent, at)},${channel(box.color, at)})` : String(channel(box.color, at)));
  const alpha = `${Math.round(box.opacity * 255)}*${roundedAlpha(w, h, box.radius)}`;
  const graph = `color=c=black:s=${w}x${h}:d=1,format=rgba,geq=r=${filterValue(pick(0))}:g=${filterValue(pick(2))}:b=${filterValue(pick(4))}:a=${filterValue(alpha)}`;
  return still(ffmpeg, cacheDir, [], graph, `box-${w}x${h}`);
}

/** Coverage (0-1) of pixel X,Y by a w×h rectangle with corners of radius r: the signed distance, anti-aliased over a pixel. */
function roundedAlpha(w: number, h: number, r: number): string {
  const dx = `max(abs(X+0.5-${w / 2})-${w / 2 - r},0)`;
  const dy = `max(abs(Y+0.5-${h / 2})-${h / 2 - r},0)`;
  return `clip(${r}+0.5-hypot(${dx},${dy}),0,1)`;
}

function gradientSource(name: BackgroundName, w: number, h: number): string {
  const { stops, wash } = GRADIENTS[name];
  // Drawn at a quarter of the size (gradients are smooth) and scaled up; a little grain keeps the ramps from banding.
  const [gw, gh] = [Math.ceil(w / 4), Math.ceil(h / 4)];
  const along = `gradients=s=${gw}x${gh}:n=3:c0=${stops[0]}:c1=${stops[1]}:c2=${stops[2]}:x0=0:y0=0:x1=${gw}:y1=${gh}:d=0.04:r=25:seed=1,format=gbrp`;
  const across = `gradients=s=${gw}x${gh}:n=2:c0=${wash[0]}:c1=${wash[1]}:x0=${gw}:y0=0:x1=0:y1=${gh}:d=0.04:r=25:seed=1,format=gbrp`;
  return `${along}[ga];${across}[gb];[ga][gb]blend=all_mode=normal:all_opacity=0.35,scale=${w}:${h}:flags=bicubic,noise=alls=3:allf=u:all_seed=1,setsar=1`;
}

/** A blurred dark copy of the inset's rectangle, a little lower than it: the recording seems to float. */
function shadowFilters(rect: Rect, canvas: Canvas): string {
  const short = Math.min(canvas.width, canvas.height);
  const blur = Math.max(4, Math.round(short * 0.022));
  const drop = Math.round(short * 0.012);
  return `color=c=black:s=${canvas.width}x${canvas.height}:d=0.04,format=gray,drawbox=x=${rect.x}:y=${rect.y + drop}:w=${rect.width}:h=${rect.height}:color=white:t=fill,gblur=sigma=${blur}[shm];` +
    `color=c=black:s=${canvas.width}x${canvas.height}:d=0.04,format=rgba[shk];[shk][shm]alphamerge,colorchannelmixer=aa=0.55`;
}

/** One PNG made by ffmpeg from a filtergraph, cached by everything that went into it. */
function still(ffmpeg: string, cacheDir: string, inputs: string[], graph: string, label: string): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify([STILL_VERSION, inputs, graph])).digest('hex').slice(0, 16);
  const path = join(cacheDir, 'looks', `${label}-${key}.png`);
  let job = pending.get(path);
  if (!job) {
    job = make(ffmpeg, inputs, graph, path).catch((error: unknown) => {
      pending.delete(path);
      throw error;
    });
    pending.set(path, job);
  }
  return job;
}

async function make(ffmpeg: string, inputs: string[], graph: string, path: string): Promise<string> {
  if (existsSync(path)) return path;
  await mkdir(join(path, '..'), { recursive: true });
  const part = `${path}.${process.pid}.part.png`;
  try {
    await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-y', '-v', 'error', ...inputs, '-filter_complex', graph, '-frames:v', '1', '-update', '1', part], { collectStdout: false });
    await rename(part, path);
    return path;
  } finally {
    await rm(part, { force: true });
  }
}
