import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { isPrivateAddress } from '../../src/engine/media/publicAddress';
import * as assert from 'node:assert/strict';
import { request } from 'undici';
import { SessionNotFoundError, ServerError } from '../../src/client';
import { ErrorCode } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';
import { serveSite } from '../helpers/httpSite';

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
    const local = await request(`${fx.engine.url}/api/auth/anonymous-token`, { method: 'POST', headers: { host: `localhost:${fx.engine.port}`, 'x-client-id': 'x', 'x-engine-key': fx.engine.key } });
    assert.equal(local.statusCode, 200);
    await local.body.dump();
    // A forwarded port (VS Code Remote, code-server's /proxy/<port>/) arrives under the local end's port: still loopback.
    const forwarded = await request(`${fx.engine.url}/api/credits/balance/simple`, { headers: { host: '127.0.0.1:52001' } });
    assert.equal(forwarded.statusCode, 401, 'past the Host check, asked for a token');
    await forwarded.body.dump();
    const rebound = await request(`${fx.engine.url}/api/credits/balance/simple`, { headers: { host: '127.0.0.1.evil.example:52001' } });
    assert.equal(rebound.statusCode, 403);
    await rebound.body.dump();
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

describe('URL uploads cannot reach this machine or private networks', function () {
  let fx: EngineFixture;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let port: number;
  before(async () => {
    fx = await startTestEngine();
    site = await serveSite((req, res) => {
      if (req.url === '/moved.mp4') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      res.writeHead(200, { 'content-type': 'video/mp4' }).end('not really');
    });
    port = site.port;
  });
  after(async () => {
    site.close();
    await fx.close();
  });

  it('refuses loopback and private addresses, by address or by name', async () => {
    const { client, sessionId } = await fx.session();
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '10.1.2.3', '192.168.1.10']) {
      await assert.rejects(client.uploadUrls(sessionId, [`http://${host}:${port}/clip.mp4`]), /this machine or a private network/, host);
    }
    // A name that resolves to a private address is caught when connecting (this machine's own name, if it does).
    const { address } = await lookup(hostname());
    const attempt = client.uploadUrls(sessionId, [`http://${hostname()}:${port}/clip.mp4`]);
    if (isPrivateAddress(address)) await assert.rejects(attempt, /private network/);
    else await assert.rejects(attempt, /could not be read|Could not fetch/);
    assert.equal((await client.state(sessionId)).state.video_infos.length, 0);
  });

  it('does not follow redirects', async () => {
    const open = await startTestEngine({ allowPrivateUrls: true });
    try {
      const { client, sessionId } = await open.session();
      await assert.rejects(client.uploadUrls(sessionId, [`http://127.0.0.1:${port}/moved.mp4`]), /Could not fetch .*redirects are not followed/);
    } finally {
      await open.close();
    }
  });

  it('classifies addresses', async () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.1.1', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) assert.ok(isPrivateAddress(a), a);
    for (const a of ['8.8.8.8', '172.32.0.1', '2001:4860::8888', '93.184.216.34']) assert.ok(!isPrivateAddress(a), a);
  });
});
