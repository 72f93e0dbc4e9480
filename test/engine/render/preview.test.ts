import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import type { Draft } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { renderFixture, type RenderFixture } from './renderFixture';

const run = promisify(execFile);

describe('preview: a proxy of the session draft that a VS Code webview can play', function () {
  this.timeout(120_000);
  let r: RenderFixture;
  let draft: Draft;
  before(async () => {
    r = await renderFixture();
    draft = { d: 3000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 1000, at: 0, d: 3000 }] }, { tt: 1, sg: [{ src: 'bgm:ambient', at: 0, d: 3000, m: { volume: 0.3, duck: true } }] }] };
    // The preview is of the session's current draft: put one there as the agent would.
    await r.setDraft(draft);
  });
  after(() => r.close());

  it('renders 540p H.264 + Opus MP4, served by a signed URL with Range support, and reuses it for the same draft', async () => {
    const url = await r.client.previewUrl(r.sessionId, { intervalMs: 100 });
    assert.match(url, /\/api\/preview\/ses_[^?]+\?t=preview_[0-9a-f]{32}\.\d+\.[\w-]+$/);
    const whole = await request(url);
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['content-type'], 'video/mp4');
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    const file = join(r.fx.storeDir, 'preview.mp4');
    await writeFile(file, Buffer.from(await whole.body.arrayBuffer()));
    const probe = await ffprobe(file);
    assert.deepEqual([probe.video?.codec, probe.video?.width, probe.video?.height, probe.audio?.codec], ['h264', 960, 540, 'opus']);
    assert.ok(Math.abs(probe.durationSec - 3) <= 1 / 30);

    const size = Number(whole.headers['content-length']);
    const part = await request(url, { headers: { range: 'bytes=100-199' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 100-199/${size}`);
    assert.equal((await part.body.arrayBuffer()).byteLength, 100);
    const tail = await request(url, { headers: { range: 'bytes=-10' } });
    assert.equal(tail.headers['content-range'], `bytes ${size - 10}-${size - 1}/${size}`);
    await tail.body.dump();
    const beyond = await request(url, { headers: { range: `bytes=${size}-` } });
    assert.equal(beyond.statusCode, 416);
    await beyond.body.dump();

    const again = await r.client.previewUrl(r.sessionId, { intervalMs: 100 });
    assert.equal(new URL(again).searchParams.get('t')?.split('.')[0], new URL(url).searchParams.get('t')?.split('.')[0], 'the same draft, the same preview');
  });

  it('serves the preview only to its owner or to a valid token for that session', async () => {
    const url = new URL(await r.client.previewUrl(r.sessionId, { intervalMs: 100 }));
    const bare = `${url.origin}${url.pathname}`;
    const status = async (target: string, headers: Record<string, string> = {}) => {
      const res = await request(target, { headers });
      await res.body.dump();
      return res.statusCode;
    };
    assert.equal(await status(bare), 401, 'no token, no Bearer');
    const token = (r.client as unknown as { token: string }).token;
    assert.equal(await status(bare, { authorization: `Bearer ${token}` }), 200, 'the owner with a Bearer');
    const t = url.searchParams.get('t') as string;
    const forged = t.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    assert.equal(await status(`${bare}?t=${forged}`), 403, 'a tampered signature');
    const [id, , sig] = t.split('.');
    assert.equal(await status(`${bare}?t=${id}.${Date.now() + 10 ** 9}.${sig}`), 403, 'a stretched expiry');
    const other = await r.fx.session();
    const otherPath = url.pathname.replace(r.sessionId, other.sessionId);
    assert.equal(await status(`${url.origin}${otherPath}?t=${t}`), 403, 'the token of another session');
    const otherToken = (other.client as unknown as { token: string }).token;
    assert.equal(await status(bare, { authorization: `Bearer ${otherToken}` }), 404, 'another user');
  });

  it('fails, saying why, when footage has no picture where the draft shows it, and tries again when asked again', async () => {
    // Picture for 1 s, sound for 4 s: a real kind of upload; a cut from 2 s on has sound and no picture to show.
    const uneven = join(r.fx.storeDir, 'uneven.mp4');
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=1', '-f', 'lavfi', '-i', 'sine=duration=4',
      '-c:v', 'libx264', '-c:a', 'aac', uneven]);
    const [file] = (await r.client.upload(r.sessionId, [uneven])).files;
    await r.setDraft({ d: 1500, t: [{ tt: 0, sg: [{ src: file.id as string, in: 2000, at: 0, d: 1500 }] }] });
    try {
      await assert.rejects(r.client.previewUrl(r.sessionId, { intervalMs: 100 }), /video track (stops at|is missing)/);
      r.fx.faults.clear();
      await assert.rejects(r.client.previewUrl(r.sessionId, { intervalMs: 100 }), /video track (stops at|is missing)/, 'asked again, it is tried again');
      assert.ok(r.fx.faults.toolRuns.length > 0, 'the second ask rendered again');
    } finally {
      await r.setDraft(draft);
    }
  });
});
