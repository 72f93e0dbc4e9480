import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient } from '../../src/client';
import { shortWalkthrough } from '../helpers/footage';
import { serveProcess } from '../helpers/runCli';

const serve = (store: string, port = 0) => serveProcess(['--store', store, '--port', String(port)]);

describe('the engine killed mid-work (a crash)', function () {
  this.timeout(120_000);
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-crash-'));
  });
  after(async () => {
    // A killed engine cannot take its ffmpeg with it (nothing runs after SIGKILL): end what it left running.
    spawn('pkill', ['-f', work]);
    await rm(work, { recursive: true, force: true });
  });

  it('comes back with every record intact, the cut-off render failed (not stuck), and no half-written files or work folders', async () => {
    const store = join(work, 'store');
    const first = await serve(store);
    const client = new DemoClipClient({ baseUrl: first.url, engineKey: first.key, version: 'test', platform: 'cli', clientId: 'crash-test' });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession();
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
    for await (const event of client.chat(sessionId, "trim the best moments into 5 seconds, then add title 'Before the crash' 0-2s")) void event;
    const before = (await client.state(sessionId)).state;
    const sg = Array.from({ length: 12 }, (_, k) => ({ src: files[0].id as string, in: 0, at: k * 10_000, d: 10_000 }));
    const render = await client.submitRender(sessionId, { d: 120_000, t: [{ tt: 0, sg }] }, { format: 'mp4', quality: 'high', resolution: '4k' });
    await new Promise((r) => setTimeout(r, 1500));
    // A half-written record, as a crash between write and rename leaves it.
    await writeFile(join(store, 'sessions', `${sessionId}.json.0badc0de.tmp`), '{"sessionId":"' );
    const scratch = join(store, 'cache', 'work');
    assert.ok((await readdir(scratch)).some((name) => name.startsWith('render-')), 'the render works in the store, not in the system temp folder');
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await serve(store, Number(new URL(first.url).port));
    try {
      assert.deepEqual((await client.state(sessionId)).state, before);
      const status = await client.renderStatus(render.id);
      assert.equal(status.status, 'failed');
      assert.match(status.error ?? '', /interrupted/);
      for (const dir of ['sessions', 'renders', 'media']) {
        const left = (await readdir(join(store, dir))).filter((n) => n.endsWith('.tmp') || n.endsWith('.part'));
        assert.deepEqual(left, [], dir);
      }
      assert.deepEqual(await readdir(scratch).catch(() => []), [], 'the killed render\'s work folder is cleared');
    } finally {
      second.child.kill('SIGINT');
    }
  });
});
