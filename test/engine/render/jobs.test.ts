import * as assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderStatus } from '../../../src/protocol';
import { Store } from '../../../src/engine/store/store';
import type { RenderRecord } from '../../../src/engine/store/records';
import { renderFixture, type RenderFixture } from './renderFixture';

describe('render jobs', function () {
  this.timeout(120_000);
  let r: RenderFixture;
  before(async () => {
    r = await renderFixture();
  });
  after(() => r.close());

  it('runs one render at a time (the default), the others wait in the queue', async () => {
    const draft = (d: number) => ({ d, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 0, at: 0, d }] }] });
    const first = await r.client.submitRender(r.sessionId, draft(4000), { format: 'mp4', quality: 'high', resolution: '4k' });
    const second = await r.client.submitRender(r.sessionId, draft(1000), { format: 'mp4', quality: 'high', resolution: '540p' });
    const seen: [RenderStatus['status'], RenderStatus['status']][] = [];
    for (;;) {
      const pair = await Promise.all([r.client.renderStatus(first.id), r.client.renderStatus(second.id)]);
      seen.push([pair[0].status, pair[1].status]);
      if (pair.every((s) => s.status === 'completed' || s.status === 'failed')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(seen.at(-1), ['completed', 'completed']);
    assert.ok(!seen.some(([a, b]) => a === 'processing' && b === 'processing'), 'never two at once');
    assert.ok(seen.some(([a, b]) => a === 'processing' && b === 'pending'), 'the second waited for the first');
  });

  it('never reports progress going back, even for a status read that the render\'s ending overtook', async () => {
    const submitted = await r.client.submitRender(r.sessionId, { d: 6000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 0, at: 0, d: 6000 }] }] }, { format: 'mp4', quality: 'high', resolution: '4k' });
    const recordFile = join(r.fx.storeDir, 'renders', `${submitted.id}.json`);
    const onDisk = async () => JSON.parse(await readFile(recordFile, 'utf8')) as RenderRecord;
    let live = 0;
    while (live === 0 || live <= (await onDisk()).progress) {
      const status = await r.client.renderStatus(submitted.id);
      assert.ok(status.status === 'pending' || status.status === 'processing', `the render ended (${status.status}) before its progress was ahead of the disk`);
      live = status.progress;
    }
    // The race, forced: the next status read gets the record as it was, and only after the render has ended.
    const read = Store.prototype.render;
    Store.prototype.render = async function (this: Store, renderId: string) {
      Store.prototype.render = read;
      const stale = await read.call(this, renderId);
      while ((await onDisk()).status === 'processing') await new Promise((resolve) => setTimeout(resolve, 20));
      return stale;
    };
    try {
      const overtaken = await r.client.renderStatus(submitted.id);
      assert.ok(overtaken.progress >= live, `progress went back from ${live} to ${overtaken.progress}`);
    } finally {
      Store.prototype.render = read;
    }
    assert.equal((await r.client.waitForRender(submitted.id, { intervalMs: 50 })).status, 'completed');
  });

  it('reports why a render failed with ffmpeg\'s own last error lines, not a stack trace', async () => {
    const { files } = await r.client.upload(r.sessionId, [r.speech.path]);
    const id = files[0].id as string;
    const record = JSON.parse(await readFile(join(r.fx.storeDir, 'media', `${id}.json`), 'utf8')) as { storedName: string };
    await writeFile(join(r.fx.storeDir, 'media', record.storedName), 'no longer a video\n'.repeat(200));
    const submitted = await r.client.submitRender(r.sessionId, { d: 1000, t: [{ tt: 0, sg: [{ src: id, in: 0, at: 0, d: 1000 }] }] }, { format: 'mp4', quality: 'high', resolution: '540p' });
    await assert.rejects(r.client.waitForRender(submitted.id, { intervalMs: 100 }), (error: Error) => {
      assert.match(error.message, /ffmpeg failed \(exit \d+\): .*Invalid data found when processing input/s);
      assert.doesNotMatch(error.message, /\n\s+at /);
      return true;
    });
  });
});
