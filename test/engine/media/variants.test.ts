import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UnsupportedFileError } from '../../../src/client';
import type { UploadedFile } from '../../../src/protocol';
import { collect } from '../../helpers/chat';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { rotate90Upright, variant, type VariantName } from '../../helpers/variants';

const run = promisify(execFile);

interface Rendered {
  width: number;
  height: number;
  pixFmt: string;
  rFrameRate: string;
  avgFrameRate: string;
  durationSec: number;
  colorTransfer?: string;
}

async function probeRender(path: string): Promise<Rendered> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-print_format', 'json', '-show_streams', '-show_format', path]);
  const info = JSON.parse(stdout) as { streams: { width: number; height: number; pix_fmt: string; r_frame_rate: string; avg_frame_rate: string; color_transfer?: string }[]; format: { duration: string } };
  const [v] = info.streams;
  return { width: v.width, height: v.height, pixFmt: v.pix_fmt, rFrameRate: v.r_frame_rate, avgFrameRate: v.avg_frame_rate,
    durationSec: Number(info.format.duration), colorTransfer: v.color_transfer };
}

/** Average saturation (signalstats SATAVG) of the first frames, after the given conversion. */
async function saturation(path: string, filters = ''): Promise<number> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', path, '-frames:v', '5', '-vf', `${filters}scale=320:-2,format=yuv420p,signalstats,metadata=mode=print:key=lavfi.signalstats.SATAVG:file=-`, '-f', 'null', '-']);
  const values = [...stdout.matchAll(/SATAVG=([\d.]+)/g)].map((m) => Number(m[1]));
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('every recording users bring: read by content, analysed, rendered right', function () {
  this.timeout(180_000);
  let fx: EngineFixture;
  let work: string;
  before(async () => {
    fx = await startTestEngine();
    work = await mkdtemp(join(tmpdir(), 'democlip-variants-'));
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  /** Upload, "remove the dead air" (the analysis), render at 540p, and what came out. */
  async function makeFrom(name: VariantName) {
    const source = await variant(name);
    const { client, sessionId } = await fx.session();
    const { files: [uploaded] } = await client.upload(sessionId, [source.path]);
    const events = await collect(client.chat(sessionId, 'remove the dead air'));
    const replies = events.flatMap((e) => (e.kind === 'text' ? [e.text] : []));
    const analysed = events.find((e) => e.kind === 'toolResult' && e.name === 'analyze_footage');
    assert.ok(analysed, `no analysis of ${name}: ${replies.join(' ')}`);
    const { state } = await client.state(sessionId);
    assert.ok(state.draft, `no draft for ${name}: ${replies.join(' ')}`);
    const out = join(work, `${name}.mp4`);
    const done = await client.waitForRender((await client.submitRender(sessionId, state.draft, { format: 'mp4', quality: 'low', resolution: '540p' })).id, { intervalMs: 300 });
    await client.download(done, out);
    return { source, uploaded, replies: replies.join('\n'), events, out, rendered: await probeRender(out) };
  }

  /** 540p: a landscape recording fills 960x540; a phone's upright one makes a vertical clip, 540x960. */
  function assertWellFormed(name: string, rendered: Rendered, seconds: number, size = [960, 540]): void {
    assert.equal(rendered.pixFmt, 'yuv420p', name);
    assert.equal(rendered.width % 2, 0, `${name}: odd width ${rendered.width}`);
    assert.equal(rendered.height % 2, 0, `${name}: odd height ${rendered.height}`);
    assert.deepEqual([rendered.width, rendered.height], size, name);
    assert.equal(rendered.rFrameRate, '30/1', `${name}: frame rate`);
    assert.equal(rendered.avgFrameRate, '30/1', `${name}: constant rate`);
    assert.ok(Math.abs(rendered.durationSec - seconds) <= 1, `${name}: rendered ${rendered.durationSec} s, expected ${seconds} ± 1 s`);
  }

  function assertRead(name: string, uploaded: UploadedFile, source: { seconds: number; width: number; height: number }): void {
    assert.equal(uploaded.file_type, 'video', name);
    assert.ok(Math.abs((uploaded.duration ?? 0) - source.seconds) <= 1, `${name}: read as ${uploaded.duration} s, is ${source.seconds} s`);
    assert.deepEqual([uploaded.width, uploaded.height], [source.width, source.height], `${name}: size as displayed`);
  }

  for (const name of ['webm-pipe', 'mediarecorder', 'vfr', 'hevc', 'odd-444', 'theora', 'gif', 'apng'] as const) {
    it(`${name}: duration, size and type from the content; analysed; rendered even, yuv420p, 30 fps constant, full length`, async () => {
      const { source, uploaded, rendered } = await makeFrom(name);
      assertRead(name, uploaded, source);
      assertWellFormed(name, rendered, source.seconds);
    });
  }

  it('rotate90: the display matrix is applied: read as portrait, rendered upright in a vertical frame (white above, black below)', async () => {
    const { source, uploaded, rendered, out } = await makeFrom('rotate90');
    assertRead('rotate90', uploaded, source);
    assertWellFormed('rotate90', rendered, source.seconds, [540, 960]);
    const { upright, top, bottom } = await rotate90Upright(out);
    assert.ok(upright, `top ${top.toFixed(0)}, bottom ${bottom.toFixed(0)}`);
  });

  it('two-tracks: the track with speech (the second) is analysed, and the reply says which', async () => {
    const { source, uploaded, rendered, replies, events } = await makeFrom('two-tracks');
    assertRead('two-tracks', uploaded, source);
    assertWellFormed('two-tracks', rendered, source.seconds);
    assert.match(uploaded.notes?.join(' ') ?? '', /2 sound tracks; track 2 is used \(the one with speech\)/);
    assert.match(replies, /track 2 is used/);
    // The speech (from 1 s) was heard: the analysis kept it for narration, which the room-tone track has none of.
    const result = events.find((e) => e.kind === 'toolResult')?.kind === 'toolResult' ? (events.find((e) => e.kind === 'toolResult') as { result: { moments: { why: string[] }[] } }).result : undefined;
    assert.ok(result?.moments.some((m) => m.why.includes('speech')), JSON.stringify(result));
  });

  it('hlg10: HDR is tone-mapped to BT.709: tagged so, and more saturated than the same file read as if it were SDR', async () => {
    const { source, uploaded, rendered, out } = await makeFrom('hlg10');
    assertRead('hlg10', uploaded, source);
    assertWellFormed('hlg10', rendered, source.seconds);
    assert.equal(rendered.colorTransfer, 'bt709');
    const naive = await saturation(source.path);
    // The middle of the frame: the picture itself, not the blurred, darkened fill around it.
    const mapped = await saturation(out, 'crop=iw*0.4:ih*0.8,');
    assert.ok(mapped > naive * 1.1, `saturation ${mapped.toFixed(1)} after tone-mapping, ${naive.toFixed(1)} read naively`);
  });

  for (const name of ['truncated-faststart', 'webm-cut'] as const) {
    it(`${name}: what decodes is used, and the upload and the reply say how much`, async () => {
      const { source, uploaded, rendered, replies } = await makeFrom(name);
      assertRead(name, uploaded, source);
      assertWellFormed(name, rendered, source.seconds);
      const said = /only the first ([\d.]+) s of ([\d.]+) s could be read/.exec(uploaded.notes?.join(' ') ?? '');
      assert.ok(said, JSON.stringify(uploaded.notes));
      assert.ok(Math.abs(Number(said[1]) - source.seconds) <= 1 && Number(said[2]) >= 7.9, said[0]);
      assert.match(replies, /could be read/);
    });
  }

  it('truncated-mp4 (no moov): refused before it becomes media, saying what happened and what to do', async () => {
    const source = await variant('truncated-mp4');
    const { client, sessionId } = await fx.session();
    await assert.rejects(client.upload(sessionId, [source.path]), (error: Error) => {
      assert.ok(error instanceof UnsupportedFileError, String(error));
      assert.match(error.message, /cut off: its index \(the "moov".*missing.*Recover it/);
      return true;
    });
    assert.equal((await client.state(sessionId)).state.video_infos.length, 0);
  });

  for (const name of ['still-gif', 'avif'] as const) {
    it(`${name}: one picture is a still image, with its size and no duration`, async () => {
      const source = await variant(name);
      const { client, sessionId } = await fx.session();
      const { files: [uploaded] } = await client.upload(sessionId, [source.path]);
      assert.deepEqual([uploaded.file_type, uploaded.width, uploaded.height, uploaded.duration], ['image', source.width, source.height, null]);
    });
  }

  it('animated-webp: refused before it becomes media, saying this ffmpeg cannot decode it (not that it is corrupt)', async () => {
    const source = await variant('animated-webp');
    const { client, sessionId } = await fx.session();
    await assert.rejects(client.upload(sessionId, [source.path]), (error: Error) => {
      assert.ok(error instanceof UnsupportedFileError, String(error));
      assert.match(error.message, /"animated-webp\.webp" is an animated WebP, which this ffmpeg cannot decode.*Save it as a GIF or an MP4/);
      assert.doesNotMatch(error.message, /corrupt/);
      return true;
    });
    assert.equal((await client.state(sessionId)).state.video_infos.length, 0);
  });

  it('no-media (subtitles only): refused clearly, as neither pictures nor sound', async () => {
    const source = await variant('no-media');
    const { client, sessionId } = await fx.session();
    await assert.rejects(client.upload(sessionId, [source.path]), /has neither pictures nor sound/);
  });
});
