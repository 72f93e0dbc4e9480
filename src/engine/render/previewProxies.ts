import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mediaInput } from '../media/mediaInput';
import type { runTool } from '../tools/runTool';
import { cachedFile, sweepUnused, touched } from './cachedFile';
import type { RenderPlan, VideoPiece } from './renderPlan';
import { toneMappingOf, toSdr } from './toneMap';

/** Bumped when what a proxy looks like changes: older proxies are then made again. */
const PROXY_FORMAT = 2;
/** The proxy's short side: a zoom or a 9:16 crop of it still fills the 540p preview with little upscaling. */
const PROXY_SHORT_SIDE = 720;
/** Proxies nobody used for this long are deleted; made again, one costs about a third of its footage's length. */
const UNUSED_PROXY_MS = 3 * 24 * 3600 * 1000;

type Footage = Exclude<VideoPiece['source'], { kind: 'black' }>;

export interface ProxyOptions {
  ffmpeg: string;
  tool: typeof runTool;
  cacheDir: string;
}

/**
 * Stand-ins for footage in the preview's parts, as video editors make them: each source once, at ≤ 720p, with a
 * keyframe every second. A part read from its source decodes full-size frames from the keyframe before its start,
 * seconds away in screen recordings (8.3 s in OBS's default, the whole file in a browser's live WebM); read from the
 * proxy, it decodes a second at most, of frames a quarter the size. Measured on an 8 s part of 1080p footage: 2.3
 * CPU s from the source, 1.4 from the proxy. x264's superfast, not ultrafast: a quarter of the size (0.13 MB per
 * second of 1080p screen recording) for a third more time to make; tuned for fast decoding (no CABAC, no deblocking),
 * which halves what reading 7 s of it costs (0.40 → 0.17 CPU s) for a fifth more size. A proxy costs decoding its
 * whole source once, so it is made in the background after a preview, one at a time on one core at the lowest
 * priority (a preview someone waits for takes the cores first), and parts use it once it is there; until then they
 * read the source, as exports always do. A part's cache key is its plan with the source, not the proxy:
 * either makes it.
 */
export class PreviewProxies {
  private readonly dir: string;
  private queue = Promise.resolve();
  private readonly queued = new Set<string>();
  private readonly stop = new AbortController();

  constructor(private readonly options: ProxyOptions) {
    this.dir = join(options.cacheDir, 'preview-proxies');
  }

  /** The plan with each footage source whose proxy is made read from that proxy instead, camera moves scaled to it. */
  async standIns(plan: RenderPlan): Promise<RenderPlan> {
    const video = await Promise.all(plan.video.map(async (piece) => {
      const { source } = piece;
      if (source.kind !== 'video') return piece;
      const path = join(this.dir, `${await this.keyOf(source, plan.canvas.fps)}.mp4`);
      if (!(await touched(path))) return piece;
      const proxy = proxySize(source);
      const scale = proxy.width / source.width;
      return {
        ...piece,
        source: { ...source, path, ...proxy, audioTracks: [], hdr: null },
        zooms: piece.zooms.map((zoom) => ({ ...zoom, x: zoom.x * scale, y: zoom.y * scale, w: zoom.w * scale, h: zoom.h * scale })),
      };
    }));
    return { ...plan, video };
  }

  /** Starts making, one after another in the background, the proxies of the plan's footage that are not made yet. */
  prepare(plan: RenderPlan): void {
    for (const piece of plan.video) {
      const { source } = piece;
      if (source.kind !== 'video' || !(source.width > 0 && source.height > 0)) continue;
      const key = `${source.path}@${plan.canvas.fps}`;
      if (this.queued.has(key)) continue;
      this.queued.add(key);
      this.queue = this.queue.then(() => this.make(source, plan.canvas.fps)).catch(() => {
        this.queued.delete(key); // a source that fails here fails as a part too, with the reason said there
      });
    }
  }

  /** Stops the proxy being made (its partial file is removed) and waits for it. */
  async shutdown(): Promise<void> {
    this.stop.abort();
    await this.queue;
  }

  private async make(source: Footage, fps: number): Promise<void> {
    this.stop.signal.throwIfAborted();
    await mkdir(this.dir, { recursive: true });
    const { width, height } = proxySize(source);
    const sdr = source.hdr ? toSdr(source.hdr, await toneMappingOf(this.options.ffmpeg)) : '';
    await cachedFile(this.dir, await this.keyOf(source, fps), 'mp4', async (partPath) => {
      await this.options.tool(this.options.ffmpeg, [
        '-hide_banner', '-nostdin', '-y', '-v', 'error', '-threads', '1', ...mediaInput(source.path), '-map', '0:v:0',
        '-vf', `${sdr}fps=${fps},scale=${width}:${height}:flags=bicubic,setsar=1,format=yuv420p`,
        '-an', '-sn', '-dn', '-c:v', 'libx264', '-preset', 'superfast', '-tune', 'fastdecode', '-crf', '23', '-g', String(fps),
        '-threads', '1', '-f', 'mp4', partPath,
      ], { signal: this.stop.signal, collectStdout: false, background: true });
    });
    await sweepUnused(this.dir, UNUSED_PROXY_MS);
  }

  /** A source's proxy is named after the file as it is now: a changed file gets a new proxy. */
  private async keyOf(source: Footage, fps: number): Promise<string> {
    const info = await stat(source.path).catch(() => undefined);
    return createHash('sha256')
      .update(JSON.stringify([PROXY_FORMAT, source.path, info?.size, info?.mtimeMs, fps, proxySize(source)]))
      .digest('hex').slice(0, 40);
  }
}

/** The source's size brought down to a short side of at most 720, in even numbers (what 4:2:0 pictures need). */
function proxySize(source: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, PROXY_SHORT_SIDE / Math.min(source.width, source.height));
  const even = (n: number) => Math.max(2, 2 * Math.round((n * scale) / 2));
  return { width: even(source.width), height: even(source.height) };
}
