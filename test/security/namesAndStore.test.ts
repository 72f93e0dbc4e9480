import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { shortWalkthrough, still } from '../helpers/footage';
import { rawRequest, requestText } from './rawHttp';

describe('security: names, the store on disk, and what the engine prints', function () {
  this.timeout(120_000);
  let fx: EngineFixture;
  let work: string;
  before(async () => {
    fx = await startTestEngine();
    work = await mkdtemp(join(tmpdir(), 'democlip-names-'));
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('keeps UTF-8 names as written, and a long name keeps its extension', async () => {
    const { client, sessionId } = await fx.session();
    const accented = join(work, 'Démo 演示.png');
    const long = join(work, `${'a'.repeat(240)}.png`);
    await copyFile(await still(), accented);
    await copyFile(await still(), long);
    // Two sessions: the same picture again in one session is that session's existing media item, with its first name.
    const other = await fx.session();
    const [named] = (await client.upload(sessionId, [accented])).files;
    const [longNamed] = (await other.client.upload(other.sessionId, [long])).files;
    assert.equal(named.filename, 'Démo 演示.png');
    assert.match(longNamed.filename, /^a+\.png$/);
    assert.ok(longNamed.filename.length <= 200, String(longNamed.filename.length));
  });

  it('keeps the store owner-only and no client id in the clear; serves files with nosniff', async () => {
    const clientId = randomUUID();
    const client = fx.client({ clientId });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession();
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
    const render = await client.submitRender(sessionId, { d: 1000, t: [{ tt: 0, sg: [{ src: files[0].id as string, in: 0, at: 0, d: 1000 }] }] }, { format: 'mp4', quality: 'low', resolution: '540p' });
    await client.waitForRender(render.id, { intervalMs: 100 });

    const loose: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      if (((await stat(dir)).mode & 0o077) !== 0) loose.push(dir);
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (!dir.endsWith('cache') && ((await stat(path)).mode & 0o077) !== 0) loose.push(path);
      }
    };
    await walk(fx.storeDir);
    assert.deepEqual(loose, []);
    for (const name of await readdir(join(fx.storeDir, 'users'))) {
      assert.doesNotMatch(await readFile(join(fx.storeDir, 'users', name), 'utf8'), new RegExp(clientId), name);
    }
    const media = await request(files[0].cdn_url as string, { headers: { authorization: `Bearer ${(client as unknown as { token: string }).token}` } });
    assert.equal(media.headers['x-content-type-options'], 'nosniff');
    await media.body.dump();
  });

  it('prints one line, no stack trace, for a request the client abandons', async () => {
    const { client } = await fx.session();
    const port = fx.engine.port;
    const printed: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void printed.push(args);
    try {
      const headers = [`Authorization: Bearer ${(client as unknown as { token: string }).token}`, 'Content-Type: application/json', 'Content-Length: 100'];
      await rawRequest(port, `${requestText(port, 'POST /api/tasks/me/with-session/nemo_agent HTTP/1.1', headers)}{"task_`, 300);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      console.error = original;
    }
    const text = printed.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')).join('\n');
    assert.equal(printed.length, 1, text);
    assert.doesNotMatch(text, /\n|\s+at /);
    assert.match(text, /closed the connection/);
  });
});
