import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planZooms } from '../../../src/engine/analysis/zoomPlan';
import { renderCommand } from '../../../src/engine/render/renderGraph';
import { renderPlan } from '../../../src/engine/render/renderPlan';
import { cameraAt, cameraMoves, EASE_MS, type Rect, type TimedRect } from '../../../src/engine/render/zoomTrack';
import type { MediaRecord } from '../../../src/engine/store/records';
import { runTool } from '../../../src/engine/tools/runTool';
import type { Draft, RenderOutput } from '../../../src/protocol';
import { actionAt } from '../../fixtures/footage/actionTruth';
import { footage, type Footage } from '../../helpers/footage';
import { analyzeFootage } from '../analysis/analyzeFootage';

const run = promisify(execFile);

/** SSIM (0-1, 1 = identical) of a rendered frame against the source frame at the same time, cropped and scaled. */
async function similarity(rendered: string, atSec: number, source: string, crop: Rect, size: { width: number; height: number }): Promise<number> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-ss', atSec.toFixed(3), '-i', rendered, '-ss', atSec.toFixed(3), '-i', source,
    '-filter_complex', `[1:v]crop=${Math.round(crop.w)}:${Math.round(crop.h)}:${Math.round(crop.x)}:${Math.round(crop.y)},scale=${size.width}:${size.height}:flags=bicubic[ref];[0:v][ref]ssim`,
    '-frames:v', '1', '-f', 'null', '-']);
  const match = /All:([\d.]+)/.exec(stderr);
  if (!match) throw new Error(`no SSIM in: ${stderr.slice(-300)}`);
  return Number(match[1]);
}

const contains = (rect: Rect, box: [number, number, number, number]) =>
  box[0] >= rect.x - 1 && box[1] >= rect.y - 1 && box[0] + box[2] <= rect.x + rect.w + 1 && box[1] + box[3] <= rect.y + rect.h + 1;

describe('auto-zoom in the render', function () {
  this.timeout(240_000);
  let work: string;
  let clip: Footage;
  let zooms: TimedRect[];
  let draft: Draft;

  async function render(canvas: { width: number; height: number }, fill?: string): Promise<string> {
    const media = { fileType: 'video', durationMs: clip.truth.durationSec * 1000, width: clip.truth.width, height: clip.truth.height, hasAudio: true, hasVideo: true, filename: 'clip.mp4' } as MediaRecord;
    const output: RenderOutput = { format: 'mp4', quality: 'high', resolution: '540p' };
    const plan = await renderPlan({ ...draft, m: { ...draft.m, ...canvas, ...(fill ? { fill } : {}) } }, output.resolution, async () => ({ media, path: clip.path }));
    const outPath = join(work, `out-${canvas.width}x${canvas.height}-${fill ?? 'follow'}.mp4`);
    await runTool('ffmpeg', await renderCommand(plan, output, { ffmpeg: 'ffmpeg', preset: 'veryfast', cacheDir: work, workDir: work, outPath }), { collectStdout: false });
    return outPath;
  }

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-zoom-render-'));
    clip = await footage('zoom-walkthrough', [
      { visual: 'static', seconds: 1 },
      { visual: 'typing', seconds: 6, screen: 'form' },
      { visual: 'static', seconds: 1, screen: 'form' },
      { visual: 'cursor', seconds: 5 },
    ]);
    const signals = await analyzeFootage(clip, work);
    zooms = planZooms(signals, clip.truth.width, clip.truth.height);
    const durationMs = clip.truth.durationSec * 1000;
    draft = {
      m: { width: 1920, height: 1080, fps: 30, zoom: 'auto', fill: 'follow', zooms: zooms.map(({ inMs, outMs, ...rect }) => ({ src: 'clip', in: inMs, out: outMs, ...rect })) },
      d: durationMs,
      t: [{ tt: 0, sg: [{ src: 'clip', in: 0, at: 0, d: durationMs }] }],
    };
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('shows the zoomed region of the source, scaled up, while a zoom holds', async () => {
    const typing = zooms.find((z) => z.inMs < 3000 && z.outMs > 5000);
    assert.ok(typing, `a zoom holds over the typing: ${JSON.stringify(zooms)}`);
    const out = await render({ width: 1920, height: 1080 });
    const atSec = (typing.inMs + EASE_MS + 1000) / 1000;
    const size = { width: 960, height: 540 };
    const zoomed = await similarity(out, atSec, clip.path, typing, size);
    const whole = await similarity(out, atSec, clip.path, { x: 0, y: 0, w: clip.truth.width, h: clip.truth.height }, size);
    assert.ok(zoomed >= 0.9, `SSIM against the zoomed source region: ${zoomed.toFixed(3)}`);
    assert.ok(whole < zoomed - 0.1, `SSIM against the whole frame: ${whole.toFixed(3)} (zoomed ${zoomed.toFixed(3)})`);
  });

  it('moves the camera smoothly: still while a zoom holds, a few pixels a frame at most while it moves', () => {
    const { width, height } = clip.truth;
    const moves = cameraMoves(zooms, width, height);
    const frameMs = 1000 / 30;
    let fastest = 0;
    for (let ms = frameMs; ms < clip.truth.durationSec * 1000; ms += frameMs) {
      const [a, b] = [cameraAt(moves, ms - frameMs, width, height), cameraAt(moves, ms, width, height)];
      const step = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.w - b.w)) * (1920 / width);
      const moving = moves.some((m) => ms > m.atMs && ms - frameMs < m.atMs + EASE_MS);
      if (!moving) assert.equal(step, 0, `the camera moves at ${ms.toFixed(0)} ms, outside a move`);
      fastest = Math.max(fastest, step);
    }
    // A full zoom-in over 0.6 s covers up to ~1000 px of 1080p: the spring's fastest frame is then well under 200 px.
    assert.ok(fastest < 200, `fastest step ${fastest.toFixed(0)} px a frame`);
  });

  it('in 9:16 follows the typing: the crop window holds the typed text while it is typed', async () => {
    const { width, height } = clip.truth;
    const cropW = Math.round((height * 9) / 16 / 2) * 2;
    const held = zooms.map((z, i) => ({ ...z, outMs: zooms[i + 1]?.inMs ?? Number.MAX_SAFE_INTEGER }));
    const moves = cameraMoves(held, width, height);
    const windowAt = (ms: number): Rect => {
      const camera = cameraAt(moves, ms, width, height);
      const x = Math.max(0, Math.min(width - cropW, camera.x + camera.w / 2 - cropW / 2));
      return { x, y: 0, w: cropW, h: height };
    };
    const typing = clip.truth.segments.find((s) => s.visual === 'typing')!;
    for (let ms = typing.start * 1000 + 1000; ms < typing.end * 1000; ms += 100) {
      const action = actionAt(clip.truth, ms / 1000)!;
      assert.ok(contains(windowAt(ms), action.box), `typed text outside the 9:16 window at ${ms} ms`);
    }
    const out = await render({ width: 1080, height: 1920 });
    const atSec = typing.start + 4;
    const ssim = await similarity(out, atSec, clip.path, windowAt(atSec * 1000), { width: 540, height: 960 });
    assert.ok(ssim >= 0.9, `SSIM of the 9:16 frame against the window the track says: ${ssim.toFixed(3)}`);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', '-select_streams', 'v', out]);
    assert.equal(stdout.trim(), '540,960');
  });

  it('"fit the whole screen" keeps the whole recording, fitted, over the blurred background in 9:16', async () => {
    const out = await render({ width: 1080, height: 1920 }, 'blur');
    // Before the first zoom: the middle band of the 540x960 frame is the whole 16:9 recording at 540x304.
    const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-ss', '0.3', '-i', out, '-ss', '0.3', '-i', clip.path,
      '-filter_complex', '[0:v]crop=540:304:0:328[band];[1:v]scale=540:304:flags=bicubic[ref];[band][ref]ssim', '-frames:v', '1', '-f', 'null', '-']);
    const ssim = Number(/All:([\d.]+)/.exec(stderr)?.[1]);
    assert.ok(ssim >= 0.85, `SSIM of the middle band against the whole recording: ${ssim}`);
  });
});
