import * as assert from 'node:assert/strict';
import { request } from 'undici';
import type { DemoClipClient } from '../../src/client';
import { multipartBody } from '../../src/client/multipartBody';
import type { Draft } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';

describe('faults: renders that fail or never finish, and retries that must not double', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  let draft: Draft;
  before(async () => {
    fx = await startTestEngine();
    ({ client, sessionId } = await fx.session());
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
    draft = { d: 2000, t: [{ tt: 0, sg: [{ src: files[0].id as string, in: 0, at: 0, d: 2000 }] }] };
  });
  beforeEach(() => fx.faults.clear());
  after(() => fx.close());

  const output = { format: 'mp4' as const, quality: 'high' as const, resolution: '540p' as const };

  it('a render that fails reports ffmpeg\'s reason, not a stack trace', async () => {
    fx.faults.add({ route: 'render', fault: 'render-fails' });
    const render = await client.submitRender(sessionId, draft, output);
    await assert.rejects(client.waitForRender(render.id, { intervalMs: 50 }), (error: unknown) => {
      assert.match((error as Error).message, /^The render failed: ffmpeg failed \(exit 1\): .*Conversion failed!/s);
      assert.doesNotMatch((error as Error).message, /\n\s+at /);
      return true;
    });
  });

  it('a render that never finishes: the wait gives up with advice, and cancelling it works', async () => {
    fx.faults.add({ route: 'render', fault: 'render-hangs' });
    const render = await client.submitRender(sessionId, draft, output);
    await assert.rejects(client.waitForRender(render.id, { intervalMs: 100, timeoutMs: 600 }), /has not finished .*still processing.*cancel it and export again/);
    assert.equal((await client.cancelRender(render.id)).status, 'cancelled');
    // The queue is free again: the next render completes.
    const next = await client.submitRender(sessionId, draft, output);
    assert.equal((await client.waitForRender(next.id, { intervalMs: 100 })).status, 'completed');
  });

  it('a render cancelled before its ffmpeg starts stays cancelled, and frees the queue for the next', async () => {
    // The cancel lands while the job is still planning: ffmpeg (here one that would never finish) must not start.
    fx.faults.add({ route: 'render', fault: 'render-hangs' });
    const render = await client.submitRender(sessionId, draft, output);
    assert.equal((await client.cancelRender(render.id)).status, 'cancelled');
    fx.faults.clear(); // a fault the cancelled job never reached must not hang the next one
    const next = await client.submitRender(sessionId, draft, output);
    assert.equal((await client.waitForRender(next.id, { intervalMs: 100 })).status, 'completed');
    assert.equal((await client.renderStatus(render.id)).status, 'cancelled');
  });

  it('the same render id again answers with the job already made, not a second render', async () => {
    const token = (client as unknown as { token: string }).token;
    const submit = () => request(`${fx.engine.url}/api/render/proxy/lambda`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'render_retry_1', sessionId, draft, output }),
    }).then((r) => r.body.json() as Promise<{ success: boolean; data: { id: string } }>);
    const [first, again] = [await submit(), await submit()];
    assert.equal(first.success, true);
    assert.equal(again.data.id, first.data.id);
    await client.waitForRender('render_retry_1', { intervalMs: 100 });
    const other = await fx.session();
    await assert.rejects(other.client.submitRender(other.sessionId, draft, output).then(() => request(`${fx.engine.url}/api/render/proxy/lambda`, {
      method: 'POST', headers: { authorization: `Bearer ${(other.client as unknown as { token: string }).token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'render_retry_1', sessionId: other.sessionId, draft, output }),
    })).then(async (r) => {
      const body = (await r.body.json()) as { success: boolean; error?: string };
      if (!body.success) throw new Error(body.error);
    }), /already used/);
  });

  it('a repeated X-Request-Id creates one session and stores an upload once', async () => {
    const token = (client as unknown as { token: string }).token;
    const create = () => request(`${fx.engine.url}/api/tasks/me/with-session/nemo_agent`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': 'req-1' },
      body: JSON.stringify({ task_name: 'project' }),
    }).then((r) => r.body.json() as Promise<{ data: { session_id: string } }>);
    const [a, b] = [await create(), await create()];
    assert.equal(a.data.session_id, b.data.session_id);

    const path = (await shortWalkthrough()).path;
    const upload = async () => {
      const body = await multipartBody([path]);
      const r = await request(`${fx.engine.url}/api/upload-video/nemo_agent/me/${a.data.session_id}`, {
        method: 'POST', body: body.stream,
        headers: { authorization: `Bearer ${token}`, 'content-type': body.contentType, 'content-length': String(body.length), 'x-request-id': 'up-1' },
      });
      return (await r.body.json()) as { data: { files: { id: string }[] } };
    };
    const [first, second] = [await upload(), await upload()];
    assert.equal(second.data.files[0].id, first.data.files[0].id);
    assert.equal((await client.state(a.data.session_id)).state.video_infos.length, 1);
  });
});
