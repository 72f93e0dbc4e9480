import * as assert from 'node:assert/strict';
import { UnreachableError } from '../../src/client';
import { retryUnreachable } from '../../src/extension/reconnect';
import { startTestEngine } from '../helpers/engine';

describe('a local engine that stopped (window reloaded, engine closed)', function () {
  this.timeout(60_000);

  it('is said in words, without a raw port, and the next action reconnects by itself', async () => {
    const fx = await startTestEngine();
    try {
      const { client, sessionId } = await fx.session();
      await fx.engine.close();
      let reconnects = 0;
      // The client's pooled connection to the stopped engine fails first; the probe finds nothing listening.
      const answer = await retryUnreachable(() => client.state(sessionId), async () => {
        reconnects++;
        await fx.restart(); // what the connection does: starts the engine again (same store)
      }, () => fx.client().credits());
      assert.equal(answer.session_id, sessionId, 'the same session, on the restarted engine');
      assert.equal(reconnects, 1);

      await fx.engine.close();
      await client.state(sessionId).catch(() => undefined); // a pooled connection to it fails first, as "connection lost"
      await assert.rejects(client.state(sessionId), (error: unknown) => {
        assert.ok(error instanceof UnreachableError);
        assert.match(error.message, /^The local Demo Clip engine is not running .* it starts on the next action\.$/);
        assert.doesNotMatch(error.message, /127\.0\.0\.1|:\d{2,5}|ECONNREFUSED/);
        return true;
      });
    } finally {
      await fx.close();
    }
  });

  it('a cloud that cannot be reached names its host and what to check', async () => {
    const fx = await startTestEngine();
    const client = fx.client({ baseUrl: 'http://no-such-host.invalid' });
    await fx.close();
    await assert.rejects(client.credits(), (error: unknown) =>
      error instanceof UnreachableError && /^Could not reach no-such-host\.invalid: check your internet connection and the server address/.test(error.message));
  });
});
