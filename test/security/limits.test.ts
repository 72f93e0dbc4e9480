import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import { multipartBody } from '../../src/client/multipartBody';
import { ServerError } from '../../src/client/errors';
import { Store } from '../../src/engine/store/store';
import { ErrorCode, type Draft } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';
import { rawRequest, requestText } from './rawHttp';

const run = promisify(execFile);
const ffmpeg = (...args: string[]) => run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', ...args]);

describe('security: every resource a request can use is bounded', function () {
  this.timeout(180_000);
  let fx: EngineFixture;
  let work: string;
  before(async () => {
    fx = await startTestEngine({ maxUploadBytes: 400 * 1024, bodyIdleMs: 1000 });
    work = await mkdtemp(join(tmpdir(), 'democlip-limits-'));
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  const tokenOf = (client: unknown) => (client as { token: string }).token;

  async function postUpload(sessionId: string, token: string, paths: string[], chunked: boolean) {
    const body = await multipartBody(paths);
    const res = await request(`${fx.engine.url}/api/upload-video/nemo_agent/me/${sessionId}`, {
      method: 'POST',
      body: body.stream,
      headers: { authorization: `Bearer ${token}`, 'content-type': body.contentType, ...(chunked ? {} : { 'content-length': String(body.length) }) },
    });
    return { status: res.statusCode, json: (await res.body.json()) as { code: number; message: string; data: { files?: unknown[] } | null } };
  }

  it('cuts off a request body that stops arriving with a 408', async () => {
    const { client } = await fx.session();
    const port = fx.engine.port;
    const started = Date.now();
    const headers = [`Authorization: Bearer ${tokenOf(client)}`, 'Content-Type: application/json', 'Content-Length: 100'];
    const answer = await rawRequest(port, `${requestText(port, 'POST /api/tasks/me/with-session/nemo_agent HTTP/1.1', headers)}{"task_`, 8000);
    assert.equal(answer.status, 408, answer.text || `no answer after ${Date.now() - started} ms`);
  });

  it('answers a request without a body however long the answer takes: only a body that stops arriving is timed', async () => {
    const { client } = await fx.session();
    const read = Store.prototype.render;
    // A status read held past the body idle limit (1 s here), as a busy machine may hold it.
    Store.prototype.render = async function (this: Store, renderId: string) {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      return read.call(this, renderId);
    };
    try {
      await assert.rejects(client.renderStatus('render_none'), (error: Error) => {
        assert.ok(error instanceof ServerError, `${error.name}: ${error.message}`);
        assert.equal(error.status, 404);
        return true;
      });
    } finally {
      Store.prototype.render = read;
    }
  });

  it('refuses a JSON body over 1 MB (413) without reading it into memory', async () => {
    const { client } = await fx.session();
    const res = await request(`${fx.engine.url}/api/render/proxy/lambda`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenOf(client)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'render_big', padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    assert.equal(res.statusCode, 413);
    assert.equal(((await res.body.json()) as { code: number }).code, ErrorCode.fileTooLarge);
  });

  it('counts a chunked multipart upload as a whole against the size limit (4002)', async () => {
    const { client, sessionId } = await fx.session();
    const parts: string[] = [];
    for (let k = 0; k < 3; k++) {
      const part = join(work, `part${k}.mp4`);
      await writeFile(part, Buffer.alloc(300 * 1024, k));
      parts.push(part);
    }
    const { json } = await postUpload(sessionId, tokenOf(client), parts, true);
    assert.equal(json.code, ErrorCode.fileTooLarge, json.message);
  });

  it('refuses an upload of more than 20 files with a message instead of dropping the rest', async () => {
    const { client, sessionId } = await fx.session();
    const pictures: string[] = [];
    const tiny = join(work, 'tiny.png');
    await ffmpeg('-f', 'lavfi', '-i', 'color=c=red:size=16x16', '-frames:v', '1', tiny);
    for (let k = 0; k < 21; k++) {
      const copy = join(work, `tiny${k}.png`);
      await copyFile(tiny, copy);
      pictures.push(copy);
    }
    const { json } = await postUpload(sessionId, tokenOf(client), pictures, false);
    assert.equal(json.code, 400, JSON.stringify(json).slice(0, 300));
    assert.match(json.message, /at most 20 files/);
    assert.equal((await client.state(sessionId)).state.video_infos.length, 0);
  });

  it('refuses a picture over 40 megapixels and a file whose last frame claims 10 hours (4002)', async () => {
    const { client, sessionId } = await fx.session();
    const huge = join(work, 'huge.png');
    await ffmpeg('-f', 'lavfi', '-i', 'color=c=gray:size=8000x6000', '-frames:v', '1', huge);
    const { json: picture } = await postUpload(sessionId, tokenOf(client), [huge], false);
    assert.equal(picture.code, ErrorCode.fileTooLarge, picture.message);
    assert.match(picture.message, /8000x6000.*megapixels/);

    const late = join(work, 'late.mp4');
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=1:duration=2', '-vf', "setpts='if(eq(N,1),36000/TB,PTS)'", '-fps_mode', 'passthrough', '-c:v', 'libx264', late);
    const { json: tenHours } = await postUpload(sessionId, tokenOf(client), [late], false);
    assert.equal(tenHours.code, ErrorCode.fileTooLarge, tenHours.message);
    assert.match(tenHours.message, /600 minutes.*up to 3 hours/);
  });

  describe('renders', () => {
    let client: Awaited<ReturnType<EngineFixture['session']>>['client'];
    let sessionId: string;
    let mediaId: string;
    before(async () => {
      ({ client, sessionId } = await fx.session());
      const small = join(work, 'small.mp4');
      await copyFile((await shortWalkthrough()).path, small);
      mediaId = (await client.upload(sessionId, [small])).files[0].id as string;
    });

    const renderFails = async (draft: Draft, reason: RegExp) => {
      const render = await client.submitRender(sessionId, draft, { format: 'mp4', quality: 'low' });
      try {
        await assert.rejects(client.waitForRender(render.id, { intervalMs: 100, timeoutMs: 30_000 }), reason);
      } finally {
        await client.cancelRender(render.id).catch(() => undefined);
      }
    };

    it('refuses a 10-hour draft before it takes the render slot', async () => {
      await renderFails({ d: 36_000_000, t: [{ tt: 0, sg: [{ src: mediaId, in: 0, at: 0, d: 2000 }] }] }, /600 minutes.*up to 3 hours/);
    });

    it('refuses a 16384x16384 canvas before ffmpeg allocates it', async () => {
      await renderFails({ d: 1000, m: { width: 16384, height: 16384 }, t: [{ tt: 0, sg: [{ src: mediaId, in: 0, at: 0, d: 1000 }] }] }, /16384x16384 frame is too large/);
    });

    it('fails a render whose video track came out empty instead of completing it with sound only', async () => {
      // Picture for 1 s, sound for 4 s: a real upload; a cut from 2 s on has sound and no picture to show.
      const uneven = join(work, 'uneven.mp4');
      await ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=1', '-f', 'lavfi', '-i', 'sine=duration=4', '-c:v', 'libx264', '-c:a', 'aac', uneven);
      const { files } = await client.upload(sessionId, [uneven]);
      await renderFails({ d: 1500, t: [{ tt: 0, sg: [{ src: files[0].id as string, in: 2000, at: 0, d: 1500 }] }] }, /video track (stops at|is missing)/);
    });
  });
});
