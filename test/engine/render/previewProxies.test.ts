import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import { editOpsMessage, type Draft, type EditOp } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { madeProxies, waitForProxies } from '../../helpers/proxies';
import { isProxyRun } from '../../helpers/renderRuns';
import { grayFrame, meanAbsDiff } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

const run = promisify(execFile);

async function keyframeTimes(path: string): Promise<number[]> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', path]);
  return stdout.trim().split('\n').map(Number).filter(Number.isFinite);
}

describe('preview proxies: footage stand-ins that make re-rendering a part cheap', function () {
  this.timeout(600_000);
  let r: RenderFixture;

  const edit = async (...ops: EditOp[]) => {
    for await (const event of r.client.chat(r.sessionId, editOpsMessage(ops))) if (event.kind === 'error') throw new Error(event.message);
  };
  const previewFile = async (name: string) => {
    const res = await request(await r.client.previewUrl(r.sessionId, { intervalMs: 100 }));
    const path = join(r.fx.storeDir, `${name}.mp4`);
    await writeFile(path, Buffer.from(await res.body.arrayBuffer()));
    return path;
  };

  before(async () => {
    r = await renderFixture();
    const v = r.ids.speech;
    const draft: Draft = { d: 6000, t: [{ tt: 0, sg: [{ src: v, in: 500, at: 0, d: 3000 }, { src: v, in: 5000, at: 3000, d: 3000 }] }] };
    await r.setDraft(draft);
  });
  after(() => r.close());

  it('are made in the background after a preview, once per source: smaller, a keyframe every second, as long as the source', async () => {
    assert.deepEqual(await madeProxies(r.fx.storeDir), [], 'nothing before the first preview');
    await previewFile('first');
    const [proxy] = await waitForProxies(r.fx.storeDir, 1, 120_000);
    const [made, source] = [await ffprobe(proxy), await ffprobe(r.speech.path)];
    assert.equal(made.video?.codec, 'h264');
    assert.equal(made.audio, undefined, 'pictures only: the preview\'s sound is mixed from the sources');
    assert.ok(Math.min(made.video?.width ?? 0, made.video?.height ?? 0) <= 720);
    assert.ok(Math.abs((made.video?.width ?? 0) / (made.video?.height ?? 1) - (source.video?.width ?? 0) / (source.video?.height ?? 1)) < 0.01, 'the source\'s shape');
    assert.ok(Math.abs(made.durationSec - source.durationSec) < 0.2, `${made.durationSec} s of a ${source.durationSec} s source`);
    const keys = await keyframeTimes(proxy);
    const gaps = keys.slice(1).map((t, k) => t - keys[k]);
    assert.ok(gaps.length >= Math.floor(source.durationSec) - 1 && Math.max(...gaps) <= 1.001, `keyframes at ${keys.join(', ')}`);
  });

  it('parts rendered after it read the proxy, and show what a one-pass render of the source shows, zoomed too', async () => {
    await waitForProxies(r.fx.storeDir, 1, 120_000);
    const [proxy] = await madeProxies(r.fx.storeDir);
    r.fx.faults.clear();
    await edit({ op: 'set_moment_range', index: 2, in_ms: 5200, out_ms: 8000 }, { op: 'zoom_at', start_ms: 3500, duration_ms: 2000 });
    const preview = await previewFile('from-proxy');
    const parts = r.fx.faults.toolRuns.filter((args) => args.includes('ultrafast') && !isProxyRun(args));
    assert.ok(parts.length > 0 && parts.every((args) => args.includes(proxy)), 'the re-rendered parts read the proxy');
    assert.equal(r.fx.faults.toolRuns.filter(isProxyRun).length, 0, 'a source\'s proxy is made once');
    const whole = await r.render((await r.client.state(r.sessionId)).state.draft as Draft, { format: 'mp4', quality: 'low', resolution: '540p' });
    for (const at of [0.5, 2.5, 4.2, 5.3]) {
      const diff = meanAbsDiff(await grayFrame(preview, at), await grayFrame(whole, at));
      assert.ok(diff < 4, `at ${at} s the preview differs from the one-pass render of the source by ${diff.toFixed(2)}`);
    }
  });

  it('one being made when the engine stops is stopped with it: no ffmpeg of it runs on', async () => {
    const fresh = await renderFixture();
    try {
      await fresh.setDraft({ d: 3000, t: [{ tt: 0, sg: [{ src: fresh.ids.speech, in: 0, at: 0, d: 3000 }] }] });
      const res = await request(await fresh.client.previewUrl(fresh.sessionId, { intervalMs: 100 }));
      await res.body.arrayBuffer();
    } finally {
      await fresh.close();
    }
    const { stdout } = await run('ps', ['-eo', 'args']);
    assert.deepEqual(stdout.split('\n').filter((line) => line.includes(fresh.fx.storeDir)), []);
  });
});
