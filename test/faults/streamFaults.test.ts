import * as assert from 'node:assert/strict';
import { ConnectionError, type DemoClipClient } from '../../src/client';
import { makeClip } from '../../src/cli/makeClip';
import { Progress } from '../../src/cli/progress';
import type { ChatEvent } from '../../src/protocol';
import { collect } from '../helpers/chat';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';

describe('faults: chat streams that misbehave', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  before(async () => {
    fx = await startTestEngine({ keepaliveMs: 100 });
    ({ client, sessionId } = await fx.session());
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
  });
  beforeEach(() => fx.faults.clear());
  after(() => fx.close());

  it('a stream that closes with no text: the state is read and the user is told what changed', async () => {
    fx.faults.add({ route: 'runSse', fault: 'stream-silent' });
    const result = await makeClip(fx.client(), {
      footage: [(await shortWalkthrough()).path],
      prompts: ['trim the best moments into 6 seconds'],
      lang: 'en',
      progress: new Progress(true),
    });
    assert.match(result.replies[0], /^The timeline changed: Video: 0 → \d+ segments; length 0 s → [56](\.\d)? s/);
  });

  it('a stream that stalls with only heartbeats keeps the turn alive, and the message is sent once', async () => {
    fx.faults.add({ route: 'runSse', fault: 'stream-stall', durationMs: 900 });
    const events = await collect(client.chat(sessionId, 'show tracks', { idleTimeoutMs: 400 }));
    assert.ok(events.length >= 4, `${events.length} heartbeats`);
    assert.ok(events.every((e) => e.kind === 'heartbeat'));
    assert.equal(fx.faults.calls.get('runSse'), 1);
  });

  it('a stream with no bytes at all trips the idle timer: "connection lost", never re-sent', async () => {
    fx.faults.add({ route: 'runSse', fault: 'stream-dead', durationMs: 3000 });
    const before = (await client.state(sessionId)).state.draft;
    await assert.rejects(collect(client.chat(sessionId, 'make it square', { idleTimeoutMs: 400 })),
      (error: unknown) => error instanceof ConnectionError && /Connection lost/.test(error.message));
    assert.equal(fx.faults.calls.get('runSse'), 1);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });

  it('a stream cut mid-event is a clear connection error; the half event is not shown; nothing is re-sent', async () => {
    fx.faults.add({ route: 'runSse', fault: 'stream-cut' });
    const seen: ChatEvent[] = [];
    await assert.rejects(
      (async () => {
        for await (const event of client.chat(sessionId, 'make it square')) seen.push(event);
      })(),
      (error: unknown) => error instanceof ConnectionError && /Connection lost/.test(error.message),
    );
    assert.deepEqual(seen.filter((e) => e.kind === 'text'), []);
    assert.equal(fx.faults.calls.get('runSse'), 1);
  });
});
