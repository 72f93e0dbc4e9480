import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestEngine } from '../helpers/engine';
import { shortWalkthrough } from '../helpers/footage';

describe('engine store survives a restart', function () {
  it('keeps tokens, sessions, media and drafts; a render cut off by the stop is failed, not stuck', async () => {
    const fx = await startTestEngine();
    try {
      const { client, sessionId } = await fx.session();
      const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
      for await (const event of client.chat(sessionId, 'trim the best moments into a 5 second clip')) void event;
      const before = (await client.state(sessionId)).state;
      const sg = Array.from({ length: 10 }, (_, k) => ({ src: files[0].id as string, in: 0, at: k * 10_000, d: 10_000 }));
      const render = await client.submitRender(sessionId, { d: 100_000, t: [{ tt: 0, sg }] }, { format: 'mp4', quality: 'high', resolution: '4k' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await fx.restart();
      const after = (await client.state(sessionId)).state;
      assert.deepEqual(after, before);
      const status = await client.renderStatus(render.id);
      assert.equal(status.status, 'failed');
      assert.match(status.error ?? '', /interrupted/);
      const names = await readdir(join(fx.storeDir, 'renders'));
      assert.ok(!names.some((name) => name.endsWith('.part') || name.endsWith('.tmp')), names.join(','));
    } finally {
      await fx.close();
    }
  });
});
