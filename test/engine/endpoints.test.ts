import * as assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { MissingClientIdError } from '../../src/client';
import { TrackType, type ChatEvent } from '../../src/protocol';
import { collect } from '../helpers/chat';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough, still, tone } from '../helpers/footage';
import { ffprobe } from '../helpers/ffprobe';

describe('local engine endpoints, through the client over loopback', function () {
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('issues an anonymous token for a client id, and refuses a missing one with 400', async () => {
    const client = fx.client();
    const token = await client.acquireAnonymousToken();
    assert.match(token.token, /^nmv_usr_[0-9a-f]{48}$/);
    assert.match(token.user_id, /^anon_/);
    assert.equal(token.credits, 100);
    const days = (Date.parse(token.expires_at ?? '') - Date.now()) / 86_400_000;
    assert.ok(days > 6.9 && days <= 7, `expires in ${days} days`);
    await assert.rejects(fx.client({ clientId: '' }).acquireAnonymousToken(), MissingClientIdError);
  });

  it('creates a session owned by the token and reports credits', async () => {
    const client = fx.client();
    const token = await client.acquireAnonymousToken();
    const session = await client.createSession('zh');
    assert.match(session.session_id, /^ses_/);
    assert.equal(session.user_id, token.user_id);
    const credits = await client.credits();
    assert.equal(credits.unlimited, true);
    assert.equal(credits.available, credits.total);
    const { state } = await client.state(session.session_id);
    assert.deepEqual(state.draft?.t, []);
  });

  it('uploads a video, an image and an audio file in one streamed multipart request', async () => {
    const { client, sessionId } = await fx.session();
    const video = await shortWalkthrough();
    const result = await client.upload(sessionId, [video.path, await still(), await tone()]);
    assert.deepEqual(result.files.map((f) => f.file_type), ['video', 'image', 'audio']);
    const [v, i, a] = result.files;
    assert.equal(v.width, 640);
    assert.equal(v.height, 360);
    assert.ok(Math.abs((v.duration ?? 0) - video.truth.durationSec) < 0.1);
    assert.equal(v.fps, 30);
    assert.match(v.hash ?? '', /^[0-9a-f]{64}$/);
    assert.equal(i.duration, null);
    assert.ok((a.duration ?? 0) > 1.5);
    const { state } = await client.state(sessionId);
    assert.deepEqual(state.video_infos.map((f) => (f as { filename: string }).filename), result.files.map((f) => f.filename));
    // The cdn_url serves the file back, to its owner only.
    const token = (client as unknown as { token: string }).token;
    const served = await request(v.cdn_url as string, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'video/mp4');
    assert.equal(Number(served.headers['content-length']), (await stat(video.path)).size);
    await served.body.dump();
  });

  it('uploads from a URL (JSON body), downloading it into the store', async () => {
    const video = await shortWalkthrough();
    const server: Server = createServer((req, res) => {
      if (req.url !== '/clips/walk.mp4') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'video/mp4' });
      createReadStream(video.path).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Its own engine: URL uploads to this machine are refused unless a test allows them (see security tests).
    const open = await startTestEngine({ allowPrivateUrls: true });
    try {
      const { client, sessionId } = await open.session();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/clips/walk.mp4`;
      const result = await client.uploadUrls(sessionId, [url]);
      assert.equal(result.files[0].filename, 'walk.mp4');
      assert.equal(result.files[0].file_type, 'video');
      await assert.rejects(client.uploadUrls(sessionId, [url.replace('walk', 'missing')]), /Could not fetch/);
      await assert.rejects(client.uploadUrls(sessionId, ['file:///etc/passwd']), /Only http and https/);
    } finally {
      server.close();
      await open.close();
    }
  });

  it('runs a chat turn as ADK events: a tool call, its result, the reply and the new draft', async () => {
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    const events = await collect(client.chat(sessionId, 'trim the best moments and compile them into a 6-second demo clip'));
    const kinds = events.filter((e) => e.kind !== 'heartbeat').map((e) => e.kind);
    assert.deepEqual(kinds.filter((kind) => kind !== 'progress'), ['toolCall', 'toolResult', 'text', 'draft']);
    // While the footage is read: "analysing short-walkthrough.mp4: 0:07 of 0:12", going forward, inside the tool call.
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    assert.ok(progress.length > 0, 'no progress while analysing');
    assert.ok(kinds.lastIndexOf('progress') < kinds.indexOf('toolResult') && kinds.indexOf('progress') > kinds.indexOf('toolCall'), kinds.join(' '));
    for (const p of progress) assert.match(p.message, /^analysing short-walkthrough\.mp4: 0:\d\d of 0:1[12]$/);
    assert.ok(progress.every((p, i) => i === 0 || (p.doneMs ?? 0) >= (progress[i - 1].doneMs ?? 0)), JSON.stringify(progress));
    assert.ok(progress.every((p) => Math.abs((p.totalMs ?? 0) - 12_000) <= 500));
    const draft = (events.find((e) => e.kind === 'draft') as Extract<ChatEvent, { kind: 'draft' }>).draft;
    const video = draft.t.find((t) => t.tt === TrackType.video);
    assert.ok(video && video.sg.length > 0);
    assert.ok(Math.abs((draft.d ?? 0) - 6000) <= 1000, `draft is ${draft.d} ms`);
    const { state } = await client.state(sessionId);
    assert.deepEqual(state.draft, draft);
  });

  it('answers a message it does not understand with what it can do, leaving the draft untouched', async () => {
    const { client, sessionId } = await fx.session();
    const before = (await client.state(sessionId)).state.draft;
    const events = await collect(client.chat(sessionId, 'make me a sandwich'));
    const text = events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join(' ');
    assert.match(text, /didn't understand/);
    assert.match(text, /best moments/);
    assert.ok(!events.some((e) => e.kind === 'draft'));
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });

  it('sends `: keepalive` comments while a turn is busy', async () => {
    // Its own engine: a 5 ms keepalive, and a store with no cached analysis, so the turn outlasts several beats.
    const busy = await startTestEngine({ keepaliveMs: 5 });
    try {
      const { client, sessionId } = await busy.session();
      await client.upload(sessionId, [(await shortWalkthrough()).path]);
      const token = (client as unknown as { token: string }).token;
      const response = await request(`${busy.engine.url}/run_sse`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ app_name: 'nemo_agent', user_id: 'me', session_id: sessionId, new_message: { role: 'user', parts: [{ text: 'trim the best moments to 5 seconds' }] } }),
      });
      assert.equal(response.headers['content-type'], 'text/event-stream; charset=utf-8');
      const text = await response.body.text();
      assert.match(text, /^: keepalive$/m);
      assert.match(text, /^data: \{.*"functionCall"/m);
    } finally {
      await busy.close();
    }
  });

  it('cancels a chat turn when its signal aborts: the engine stops the work, the draft stays as it was', async () => {
    // A fresh store, so the analysis is not cached and the turn is still busy after its first event.
    const fresh = await startTestEngine();
    try {
      const { client, sessionId } = await fresh.session();
      await client.upload(sessionId, [(await shortWalkthrough()).path]);
      const controller = new AbortController();
      const seen: ChatEvent[] = [];
      await assert.rejects(
        (async () => {
          for await (const event of client.chat(sessionId, 'trim the best moments to 5 seconds', { signal: controller.signal })) {
            seen.push(event);
            // A keepalive may come first on a busy machine: the turn is aborted at its first word of work.
            if (event.kind !== 'heartbeat') controller.abort();
          }
        })(),
        (error: unknown) => (error as Error).name === 'AbortError',
      );
      // Progress and keepalives may come with the call; nothing of the result does.
      assert.deepEqual(seen.map((e) => e.kind).filter((kind) => kind !== 'progress' && kind !== 'heartbeat'), ['toolCall']);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const { state } = await client.state(sessionId);
      assert.deepEqual(state.draft?.t, []);
    } finally {
      await fresh.close();
    }
  });

  it('renders the draft, reports progress, and serves a 1920x1080 H.264/AAC MP4 of the draft length', async () => {
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    await collect(client.chat(sessionId, 'compile the best moments into 6 seconds'));
    const draft = (await client.state(sessionId)).state.draft;
    assert.ok(draft);
    const submitted = await client.submitRender(sessionId, draft, { format: 'mp4', quality: 'high', resolution: '1080p' });
    assert.match(submitted.id, /^render_/);
    const seen: number[] = [];
    const done = await client.waitForRender(submitted.id, { intervalMs: 100, onProgress: (s) => seen.push(s.progress) });
    assert.equal(done.status, 'completed');
    assert.equal(seen.at(-1), 100);
    assert.ok(seen.every((p, i) => i === 0 || p >= seen[i - 1]), `progress never goes back: ${seen.join(',')}`);
    const out = join(fx.storeDir, 'downloaded.mp4');
    const bytes = await client.download(done, out);
    assert.ok(bytes > 10_000);
    const probe = await ffprobe(out);
    assert.equal(probe.video?.codec, 'h264');
    assert.equal(probe.video?.width, 1920);
    assert.equal(probe.video?.height, 1080);
    assert.equal(probe.video?.pixFmt, 'yuv420p');
    assert.equal(probe.audio?.codec, 'aac');
    assert.ok(Math.abs(probe.durationSec - (draft.d ?? 0) / 1000) <= 1 / 30 + 0.03, `duration ${probe.durationSec} vs draft ${draft.d} ms`);
  });

  it('cancels a render: the job says cancelled and no partial file is left', async () => {
    const { client, sessionId } = await fx.session();
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
    const id = files[0].id as string;
    // A long draft (the same moment many times, at 4K) so that the render is still running when cancelled.
    const sg = Array.from({ length: 12 }, (_, k) => ({ src: id, in: 0, at: k * 10_000, d: 10_000 }));
    const submitted = await client.submitRender(sessionId, { d: 120_000, t: [{ tt: 0, sg }] }, { format: 'mp4', quality: 'high', resolution: '4k' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const cancelled = await client.cancelRender(submitted.id);
    assert.equal(cancelled.status, 'cancelled');
    await assert.rejects(client.waitForRender(submitted.id), /cancelled/);
    const left = (await readdir(join(fx.storeDir, 'renders'))).filter((name) => name.startsWith(submitted.id) && !name.endsWith('.json'));
    assert.deepEqual(left, []);
  });
});
