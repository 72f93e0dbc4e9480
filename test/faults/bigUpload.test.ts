import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { open, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient, UnsupportedFileError } from '../../src/client';
import { serveProcess } from '../helpers/runCli';

const SIZE = 500 * 1024 * 1024;
const BOUND = 50 * 1024 * 1024;

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
}

describe('a 500 MB upload is streamed both ways', function () {
  this.timeout(180_000);
  let work: string;
  let engine: ChildProcess;
  let url: string;
  let key: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-big-'));
    // The engine in its own process, so its memory is measured apart from the client's.
    ({ child: engine, url, key } = await serveProcess(['--store', join(work, 'store'), '--max-upload-mb', '600']));
  });
  after(async () => {
    // Its store is removed once it has exited: stopping, it still writes there (it gives up the store's ownership).
    const exited = engine.exitCode === null && engine.signalCode === null ? once(engine, 'exit') : Promise.resolve();
    engine.kill('SIGINT');
    await exited;
    await rm(work, { recursive: true, force: true });
  });

  it('grows neither the client nor the engine by more than 50 MB', async () => {
    const path = join(work, 'huge.mp4');
    const file = await open(path, 'w');
    await file.truncate(SIZE); // sparse: 500 MB of zeros that take no disk until the engine writes its copy
    await file.close();
    const client = new DemoClipClient({ baseUrl: url, engineKey: key, version: 'test', platform: 'cli', clientId: 'big-upload' });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession();
    global.gc?.();
    const clientBefore = process.memoryUsage().rss;
    const engineBefore = await rssOf(engine.pid as number);
    let clientPeak = clientBefore;
    let enginePeak = engineBefore;
    let sent = 0;
    const sampler = setInterval(() => {
      clientPeak = Math.max(clientPeak, process.memoryUsage().rss);
      void rssOf(engine.pid as number).then((rss) => (enginePeak = Math.max(enginePeak, rss)), () => undefined);
    }, 50);
    try {
      // Zeros are not a video: the engine takes all 500 MB, then refuses it by content. Memory is the point here.
      await assert.rejects(client.upload(sessionId, [path], { onProgress: (bytes) => (sent = bytes) }), UnsupportedFileError);
    } finally {
      clearInterval(sampler);
    }
    assert.equal(sent, SIZE, 'every byte went over the wire');
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    assert.ok(clientPeak - clientBefore < BOUND, `client grew ${mb(clientPeak - clientBefore)}`);
    assert.ok(enginePeak - engineBefore < BOUND, `engine grew ${mb(enginePeak - engineBefore)}`);
    console.log(`      client +${mb(clientPeak - clientBefore)}, engine +${mb(enginePeak - engineBefore)} for a 500 MB upload`);
  });
});
