import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { backgroundStill } from '../../../src/engine/render/backgrounds';
import { cornersOf, insetOf, stage, stripsAround, toVideo } from '../../../src/engine/render/framing';
import { GraphInputs } from '../../../src/engine/render/graphInputs';
import { renderPlan, type RenderPlan } from '../../../src/engine/render/renderPlan';
import type { MediaRecord } from '../../../src/engine/store/records';
import type { Draft } from '../../../src/protocol';

const run = promisify(execFile);

/** A framed clip of 640x360 footage; the footage file is never opened (only the stage is built and run). */
async function framedPlan(m: Draft['m'], resolution: '540p' | '1080p'): Promise<RenderPlan> {
  const media = { fileType: 'video', width: 640, height: 360, durationMs: 9000, filename: 'screen.mp4' } as MediaRecord;
  const draft: Draft = { m: { width: 1920, height: 1080, fps: 30, ...m }, d: 3000, t: [{ tt: 0, sg: [{ src: 'screen', in: 0, at: 0, d: 3000 }] }] };
  return renderPlan(draft, resolution, async () => ({ media, path: '/nonexistent/screen.mp4' }));
}

/** One frame of a filtergraph's `[out]`, as raw yuv420p bytes. */
async function rawFrame(inputArgs: string[], graph: string): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', ...inputArgs, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-'],
    { encoding: 'buffer', maxBuffer: 64 << 20 });
  return stdout;
}

describe('renderer: framing the recording on its background', function () {
  this.timeout(120_000);
  let cache: string;
  before(async () => {
    cache = await mkdtemp(join(tmpdir(), 'democlip-framing-test-'));
  });
  after(() => rm(cache, { recursive: true, force: true }));

  it('per frame, the recording is copied into place and only the corner patches are blended; the background is a still that is not looped', async () => {
    const plan = await framedPlan({ background: { src: 'gradient:ocean' }, intro: { text: 'Acme', d: 1000 } }, '1080p');
    const inset = insetOf(plan)!;
    const inputs = new GraphInputs();
    const { filters, video } = await stage(plan, '[rec]', inputs, { ffmpeg: 'ffmpeg', cacheDir: cache });
    const graph = filters.join(';');
    // Looping a still makes a stream that never ends, and overlay copies the whole frame beneath while it runs.
    assert.doesNotMatch(graph, /loop=/);
    // The recording goes into xstack (a copy), never into an alpha merge or an overlay of the whole inset.
    const uses = filters.filter((f) => f.includes('[rec]'));
    assert.equal(uses.length, 1);
    assert.match(uses[0], /xstack=inputs=5:layout=/);
    const { size } = cornersOf(inset);
    assert.ok(size >= inset.radius && size <= inset.radius + 2, `corner patches of ${size} px for a radius of ${inset.radius}`);
    const blended = filters.filter((f) => /\boverlay=/.test(f));
    assert.equal(blended.length, 5, 'four corners and the intro card');
    for (const crop of graph.match(/crop=\d+:\d+:\d+:\d+,format=yuva420p/g) ?? []) assert.ok(crop.startsWith(`crop=${size}:${size}:`), crop);
    assert.equal((graph.match(/alphamerge/g) ?? []).length, 4);
    assert.match(video, /^\[stcarded0\]$/);
  });

  it('the strips around the inset and the inset tile the frame exactly', async () => {
    for (const m of [{ background: { src: 'gradient:aurora' } }, { width: 1080, height: 1920, background: { src: 'gradient:mint', padding: 0.1 } }, { background: { src: 'gradient:aurora', padding: 0 } }]) {
      const plan = await framedPlan(m, '540p');
      const inset = insetOf(plan)!;
      const tiles = [...stripsAround(inset, plan.canvas), inset];
      const covered = new Uint8Array(plan.canvas.width * plan.canvas.height);
      for (const tile of tiles) {
        assert.ok(tile.x % 2 === 0 && tile.y % 2 === 0 && tile.width % 2 === 0 && tile.height % 2 === 0, `even for 4:2:0: ${JSON.stringify(tile)}`);
        for (let y = tile.y; y < tile.y + tile.height; y++) for (let x = tile.x; x < tile.x + tile.width; x++) covered[y * plan.canvas.width + x]++;
      }
      assert.ok(covered.every((n) => n === 1), `${JSON.stringify(m)}: every pixel once`);
    }
  });

  it('the framed frame is the recording blended through a rounded mask over the background, to within rounding', async () => {
    const plan = await framedPlan({ background: { src: 'gradient:sunset', radius: 0.08 } }, '540p');
    const inset = insetOf(plan)!;
    const { width: w, height: h, radius: r } = inset;
    const recording = `testsrc2=s=${w}x${h}:r=30:d=1,format=yuv420p`;
    const inputs = new GraphInputs();
    const { filters, video } = await stage(plan, '[rec]', inputs, { ffmpeg: 'ffmpeg', cacheDir: cache });
    const framed = await rawFrame(inputs.toArgs(), [`${recording}[rec]`, ...filters, `${video}null[out]`].join(';'));
    // The reference: the whole recording given the rounded rectangle's coverage as alpha, overlaid on the background.
    const background = await backgroundStill('ffmpeg', cache, plan.look!.background, plan.canvas, inset);
    const coverage = `clip(${r}+0.5-hypot(max(abs(X+0.5-${w / 2})-${w / 2 - r}\\,0)\\,max(abs(Y+0.5-${h / 2})-${h / 2 - r}\\,0))\\,0\\,1)`;
    const reference = await rawFrame(['-i', background], [
      `[0:v]${toVideo('yuv420p')}[bg]`,
      `color=c=black:s=${w}x${h}:d=1,format=gray,geq=lum='255*${coverage}'[mask]`,
      `${recording},format=yuva420p[rgba]`, '[rgba][mask]alphamerge[rounded]',
      `[bg][rounded]overlay=${inset.x}:${inset.y}:format=yuv420[out]`,
    ].join(';'));
    assert.equal(framed.length, reference.length);
    let [off, worst] = [0, 0];
    for (let i = 0; i < framed.length; i++) {
      const d = Math.abs(framed[i] - reference[i]);
      if (d > 0) off++;
      worst = Math.max(worst, d);
    }
    assert.ok(worst <= 2, `at most 2 levels off (chroma alpha rounding at the corners), found ${worst}`);
    assert.ok(off < 4 * r * r, `only corner pixels differ: ${off}`);
    // And the corners are really cut: the frame differs from the recording pasted square at the inset's corner.
    const square = await rawFrame(['-i', background], [`[0:v]${toVideo('yuv420p')}[bg]`, `${recording}[rec]`, `[bg][rec]overlay=${inset.x}:${inset.y}[out]`].join(';'));
    const at = (frame: Buffer, x: number, y: number) => frame[y * plan.canvas.width + x];
    assert.notEqual(at(framed, inset.x, inset.y), at(square, inset.x, inset.y), 'the very corner shows the background');
    assert.equal(at(framed, inset.x + r, inset.y + r), at(square, inset.x + r, inset.y + r), 'a radius in, the recording');
  });
});
