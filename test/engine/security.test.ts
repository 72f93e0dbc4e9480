import * as assert from 'node:assert/strict';
import { request } from 'undici';
import { SessionNotFoundError, ServerError } from '../../src/client';
import { ErrorCode } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';

describe('engine security', function () {
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('listens on 127.0.0.1 only', () => {
    assert.match(fx.engine.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses requests whose Host header is not the engine (DNS rebinding)', async () => {
    const evil = await request(`${fx.engine.url}/api/credits/balance/simple`, { headers: { host: `evil.example:${fx.engine.port}` } });
    assert.equal(evil.statusCode, 403);
    assert.equal(((await evil.body.json()) as { code: number }).code, ErrorCode.forbidden);
    const local = await request(`${fx.engine.url}/api/auth/anonymous-token`, { method: 'POST', headers: { host: `localhost:${fx.engine.port}`, 'x-client-id': 'x' } });
    assert.equal(local.statusCode, 200);
    await local.body.dump();
  });

  it('sends no CORS headers, so a web page cannot read its answers', async () => {
    const response = await request(`${fx.engine.url}/api/auth/anonymous-token`, { method: 'POST', headers: { origin: 'https://evil.example', 'x-client-id': 'x' } });
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    await response.body.dump();
  });

  it("never shows one token's session, media or render to another token", async () => {
    const alice = await fx.session();
    const bob = await fx.session();
    const { files } = await alice.client.upload(alice.sessionId, [(await shortWalkthrough()).path]);
    const mediaId = files[0].id as string;
    await assert.rejects(bob.client.state(alice.sessionId), SessionNotFoundError);
    await assert.rejects(bob.client.upload(alice.sessionId, [(await shortWalkthrough()).path]), SessionNotFoundError);
    const draft = { d: 1000, t: [{ tt: 0, sg: [{ src: mediaId, in: 0, at: 0, d: 1000 }] }] };
    // Bob cannot render Alice's media even from his own session.
    const bobRender = await bob.client.submitRender(bob.sessionId, draft, { format: 'mp4', quality: 'high', resolution: '540p' });
    await assert.rejects(bob.client.waitForRender(bobRender.id, { intervalMs: 50 }), /not in this session/);
    const aliceRender = await alice.client.submitRender(alice.sessionId, draft, { format: 'mp4', quality: 'high', resolution: '540p' });
    await assert.rejects(bob.client.renderStatus(aliceRender.id), (error: unknown) => error instanceof ServerError && error.code === ErrorCode.notFound);
    const bobToken = (bob.client as unknown as { token: string }).token;
    const media = await request(files[0].cdn_url as string, { headers: { authorization: `Bearer ${bobToken}` } });
    assert.equal(media.statusCode, 404);
    await media.body.dump();
    await alice.client.waitForRender(aliceRender.id, { intervalMs: 50 });
  });

  it('refuses ids that could name a path outside the store', async () => {
    const { client, sessionId } = await fx.session();
    const token = (client as unknown as { token: string }).token;
    for (const path of ['/api/render/proxy/..%2F..%2Fusers/download', '/api/media/..%2Fsessions%2F' + sessionId, '/api/state/nemo_agent/me/..%2F..%2Fetc/latest']) {
      const response = await request(`${fx.engine.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      assert.ok([404].includes(response.statusCode), `${path} answered ${response.statusCode}`);
      await response.body.dump();
    }
  });
});

describe('anonymous tokens per install', function () {
  it('a renewed token for the same client id reaches the same sessions; another client id does not', async () => {
    const fx = await startTestEngine();
    try {
      const first = fx.client({ clientId: 'install-1' });
      const { user_id: userId } = await first.acquireAnonymousToken();
      const { session_id: sessionId } = await first.createSession();
      const renewed = fx.client({ clientId: 'install-1' });
      assert.equal((await renewed.acquireAnonymousToken()).user_id, userId);
      assert.equal((await renewed.state(sessionId)).session_id, sessionId);
      const other = fx.client({ clientId: 'install-2' });
      await other.ensureToken();
      await assert.rejects(other.state(sessionId), SessionNotFoundError);
    } finally {
      await fx.close();
    }
  });
});
