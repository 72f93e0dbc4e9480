import * as assert from 'node:assert/strict';
import {
  ExportBlockedError, OutOfCreditsError, ProtocolError, RateLimitedError, ServerError, SessionNotFoundError, TokenInvalidError,
} from '../../src/client';
import { startTestEngine, type EngineFixture } from '../helpers/engine';

describe('faults: HTTP answers the cloud documents, and what the client does with each', function () {
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  afterEach(() => fx.faults.clear());
  after(() => fx.close());

  async function ready() {
    const session = await fx.session();
    fx.faults.clear();
    return session;
  }

  it('429 with Retry-After: waits as told, retries once, succeeds', async () => {
    const { client } = await ready();
    fx.faults.add({ route: 'credits', fault: 'rate-limit', retryAfterSec: 0.3 });
    const started = Date.now();
    const credits = await client.credits();
    assert.equal(credits.unlimited, true);
    assert.ok(Date.now() - started >= 280, 'waited the Retry-After');
    assert.equal(fx.faults.calls.get('credits'), 2);
  });

  it('429 without Retry-After: waits the default, retries once, and reports a second 429', async () => {
    const client = fx.client({ defaultRetryAfterMs: 150 });
    await client.ensureToken();
    fx.faults.clear();
    fx.faults.add({ route: 'credits', fault: 'rate-limit-no-header', times: 2 });
    const started = Date.now();
    await assert.rejects(client.credits(), (error: unknown) => error instanceof RateLimitedError && /rate limiting/.test(error.message));
    assert.ok(Date.now() - started >= 140);
    assert.equal(fx.faults.calls.get('credits'), 2, 'exactly one retry');
  });

  it('1001: an anonymous token is re-acquired once and the call retried; a user token is not replaced', async () => {
    const { client, sessionId } = await ready();
    fx.faults.add({ route: 'state', fault: 'token-invalid' });
    const { state } = await client.state(sessionId);
    assert.ok(state.draft);
    assert.equal(fx.faults.calls.get('anonymousToken'), 1, 'one new token');
    assert.equal(fx.faults.calls.get('state'), 2);

    const fixed = fx.client({ token: 'nmv_usr_from_env', renewableToken: false });
    fx.faults.clear();
    await assert.rejects(fixed.credits(), TokenInvalidError);
    assert.equal(fx.faults.calls.get('anonymousToken'), undefined);
  });

  it('1002: the session is gone; the error says the draft is gone and nothing is retried', async () => {
    const { client, sessionId } = await ready();
    fx.faults.add({ route: 'state', fault: 'session-not-found' });
    await assert.rejects(client.state(sessionId), (error: unknown) => error instanceof SessionNotFoundError && /draft is gone/.test(error.message));
    assert.equal(fx.faults.calls.get('state'), 1);
    const fresh = await client.createSession();
    assert.notEqual(fresh.session_id, sessionId);
  });

  it('2001: out of credits, with the registration link bound to the anonymous user', async () => {
    const client = fx.client();
    const token = await client.acquireAnonymousToken();
    fx.faults.add({ route: 'createSession', fault: 'out-of-credits' });
    await assert.rejects(client.createSession(), (error: unknown) => {
      assert.ok(error instanceof OutOfCreditsError);
      assert.equal(error.registerUrl, `https://nemovideo.com/register?bind=${token.user_id}`);
      assert.match(error.message, /register\?bind=anon_/);
      return true;
    });
  });

  it('2001 after a restart: the remembered user id (not the token) still gives the registration link', async () => {
    const first = fx.client();
    const token = await first.acquireAnonymousToken();
    const restarted = fx.client({ token: token.token, userId: token.user_id });
    fx.faults.add({ route: 'credits', fault: 'out-of-credits' });
    await assert.rejects(restarted.credits(), (error: unknown) =>
      error instanceof OutOfCreditsError && error.registerUrl === `https://nemovideo.com/register?bind=${token.user_id}` && !/Top up/.test(error.message));
    const forgetful = fx.client({ token: token.token });
    fx.faults.add({ route: 'credits', fault: 'out-of-credits' });
    await assert.rejects(forgetful.credits(), (error: unknown) => error instanceof OutOfCreditsError && error.registerUrl === undefined);
  });

  it('402 on export: the plan tier, not credits; never retried', async () => {
    const { client, sessionId } = await ready();
    fx.faults.add({ route: 'render', fault: 'export-blocked' });
    await assert.rejects(
      client.submitRender(sessionId, { t: [{ tt: 0, sg: [{ src: 'x', d: 1000 }] }] }, { format: 'mp4', quality: 'high', resolution: '1080p' }),
      (error: unknown) => error instanceof ExportBlockedError && /not credits/.test(error.message),
    );
    assert.equal(fx.faults.calls.get('render'), 1);
  });

  it('500: a clear server error, not retried, and the session is intact', async () => {
    const { client, sessionId } = await ready();
    fx.faults.add({ route: 'state', fault: 'server-error' });
    await assert.rejects(client.state(sessionId), (error: unknown) => error instanceof ServerError && /Internal server error/.test(error.message));
    assert.equal(fx.faults.calls.get('state'), 1);
    assert.ok((await client.state(sessionId)).state);
  });

  it('a malformed body is a ProtocolError saying the answer was unreadable', async () => {
    const { client } = await ready();
    fx.faults.add({ route: 'credits', fault: 'malformed-body' });
    await assert.rejects(client.credits(), (error: unknown) => error instanceof ProtocolError && /unreadable answer/.test(error.message));
  });
});
