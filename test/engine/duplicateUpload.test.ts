import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough, tone } from '../helpers/footage';

describe('uploading the same content again', function () {
  this.timeout(120_000);
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('is the media item the session already has: listed once, same id, no second copy kept', async () => {
    const { client, sessionId } = await fx.session();
    const video = (await shortWalkthrough()).path;
    const first = await client.upload(sessionId, [video]);
    const again = await client.upload(sessionId, [video, await tone()]);
    assert.equal(again.files[0].id, first.files[0].id, 'the second upload answers the first one\'s media item');
    assert.equal(again.files[0].filename, 'short-walkthrough.mp4');
    const both = await client.upload(sessionId, [await tone(), await tone()]);
    assert.equal(both.files[0].id, again.files[1].id);
    assert.equal(both.files[1].id, again.files[1].id);
    const { state } = await client.state(sessionId);
    assert.deepEqual(state.video_infos.map((m) => (m as { filename: string }).filename), ['short-walkthrough.mp4', 'tone.wav']);
    const stored = (await readdir(join(fx.storeDir, 'media'))).filter((f) => !f.endsWith('.json'));
    assert.equal(stored.filter((f) => !f.endsWith('.part')).length, 2, `media files kept: ${stored.join(', ')}`);
    assert.equal(stored.filter((f) => f.endsWith('.part')).length, 0);
  });
});
