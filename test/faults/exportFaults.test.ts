import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askTurn, ConnectionError, exportSession, finishRender, MemoryRenderRecords, RenderEndedError, type DemoClipClient } from '../../src/client';
import type { RenderOutput } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { ffprobe } from '../helpers/ffprobe';
import { shortWalkthrough } from '../helpers/footage';

const output: RenderOutput = { format: 'mp4', quality: 'high', resolution: '540p' };

describe('faults: the clip flow\'s export when the render fails or the download drops', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  let work: string;
  before(async () => {
    fx = await startTestEngine();
    ({ client, sessionId } = await fx.session());
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    // A draft of all the footage, through the chat as a chat model's operations would make it.
    const turn = await askTurn(client, sessionId, JSON.stringify([{ op: 'keep_everything' }]));
    assert.ok(turn.change, 'the draft was made');
    work = await mkdtemp(join(tmpdir(), 'democlip-export-faults-'));
  });
  beforeEach(() => fx.faults.clear());
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  const leftovers = async () => (await readdir(work)).filter((name) => name.endsWith('.part') || name.endsWith('.mp4'));

  it('a render that fails: ffmpeg\'s reason, the record forgotten (it will never finish), no file', async () => {
    fx.faults.add({ route: 'render', fault: 'render-fails' });
    const records = new MemoryRenderRecords();
    await assert.rejects(exportSession(client, sessionId, output, { records, saveAs: async () => join(work, 'failed.mp4') }), (error: unknown) => {
      assert.ok(error instanceof RenderEndedError);
      assert.match(error.message, /^The render failed: ffmpeg failed \(exit 1\): .*Conversion failed!/s);
      return true;
    });
    assert.deepEqual(await records.list(), []);
    assert.deepEqual(await leftovers(), []);
  });

  it('a download that drops: no partial file, the record kept, and resuming it saves the whole file', async () => {
    fx.faults.add({ route: 'renderDownload', fault: 'download-cut' });
    const records = new MemoryRenderRecords();
    const out = join(work, 'dropped.mp4');
    let received = 0;
    await assert.rejects(
      exportSession(client, sessionId, output, { records, saveAs: async () => out, onProgress: (e) => { if (e.phase === 'downloading') received = e.received; } }),
      ConnectionError,
    );
    assert.ok(received > 0, 'some bytes arrived before the drop');
    assert.deepEqual(await leftovers(), [], 'neither the file nor its .part is left');
    const [record] = await records.list();
    assert.ok(record, 'the render is still recorded, to be finished later');

    const saved = await finishRender(client, record, { records, saveAs: async () => out });
    assert.equal((await stat(out)).size, saved.bytes);
    assert.ok(saved.bytes > received);
    assert.equal((await ffprobe(out)).video?.height, 540);
    assert.deepEqual(await records.list(), []);
  });
});
