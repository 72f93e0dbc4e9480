import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { DemoClipClient } from '../../src/client';
import { findEngine, startEngine, StoreOwnedError, useEngine, type RunningEngine } from '../../src/engine';
import { CLI, isRunning } from '../helpers/runCli';


describe('one engine per store', function () {
  this.timeout(60_000);
  let work: string;
  const engines: RunningEngine[] = [];
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-owner-'));
  });
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
    await rm(work, { recursive: true, force: true });
  });
  const start = async (storeDir: string) => {
    const engine = await startEngine({ storeDir });
    engines.push(engine);
    return engine;
  };

  it('a second engine on the store finds the first instead of starting, and leaves its files in flight alone', async () => {
    const store = join(work, 'store');
    const first = await start(store);
    const inFlight = join(store, 'media', 'med_upload_in_flight.mp4.part');
    await writeFile(inFlight, 'half an upload');
    await assert.rejects(start(store), (error: unknown) => error instanceof StoreOwnedError && error.owner.url === first.url);
    await stat(inFlight); // still there: only a new owner cleans up
    const found = await findEngine(store);
    assert.deepEqual(found && [found.url, found.key, found.pid], [first.url, first.key, process.pid]);
  });

  it('keeps the owner record owner-only: a 0700 folder and 0600 files', async () => {
    const store = join(work, 'store');
    await start(store);
    assert.equal((await stat(join(store, 'owner'))).mode & 0o777, 0o700);
    const records = await readdir(join(store, 'owner'));
    assert.equal(records.length, 1);
    assert.equal((await stat(join(store, 'owner', records[0]))).mode & 0o777, 0o600);
  });

  it('engines racing for a fresh store: exactly one owns it, the others are told where it is', async () => {
    const store = join(work, 'store');
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => startEngine({ storeDir: store })));
    const owners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    engines.push(...owners);
    assert.equal(owners.length, 1, `owners: ${owners.map((o) => o.url).join(', ')}`);
    for (const r of results) {
      if (r.status === 'rejected') assert.ok(r.reason instanceof StoreOwnedError && r.reason.owner.url === owners[0].url, String(r.reason));
    }
  });

  it('takes over from a record whose pid runs but whose port answers without the key (a reused pid)', async () => {
    const store = join(work, 'store');
    const impostor = createServer((_req, res) => res.end(JSON.stringify({ proof: 'not the key' })));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      const port = (impostor.address() as AddressInfo).port;
      await mkdir(join(store, 'owner'), { recursive: true });
      await writeFile(join(store, 'owner', '000000000007.json'), JSON.stringify({ pid: process.pid, port, key: 'k'.repeat(64), startedAt: '' }));
      await mkdir(join(store, 'media'), { recursive: true });
      await writeFile(join(store, 'media', 'med_dead.mp4.part'), 'left by the dead engine');
      const engine = await start(store);
      assert.equal((await findEngine(store))?.url, engine.url);
      assert.deepEqual(await readdir(join(store, 'owner')), ['000000000008.json'], 'the next generation, the old record removed');
      assert.deepEqual((await readdir(join(store, 'media'))).filter((n) => n.endsWith('.part')), [], 'the dead owner’s leftovers are gone');
    } finally {
      impostor.close();
    }
  });

  it('issues tokens only to a client that presents the engine key from the owner record', async () => {
    const engine = await start(join(work, 'store'));
    const ask = (key?: string) =>
      request(`${engine.url}/api/auth/anonymous-token`, { method: 'POST', headers: { 'x-client-id': 'c', ...(key ? { 'x-engine-key': key } : {}) } });
    for (const key of [undefined, 'f'.repeat(64)]) {
      const refused = await ask(key);
      assert.equal(refused.statusCode, 403);
      assert.match(((await refused.body.json()) as { message: string }).message, /engine key/);
    }
    const granted = await ask(engine.key);
    assert.equal(granted.statusCode, 200);
    await granted.body.dump();
  });
});

describe('the shared engine in its own process (democlip serve, started by a client)', function () {
  this.timeout(120_000);
  let store: string;
  before(async () => {
    store = join(await mkdtemp(join(tmpdir(), 'democlip-shared-')), 'store');
  });
  after(async () => {
    const owner = await findEngine(store);
    if (owner) process.kill(owner.pid, 'SIGTERM');
    await rm(join(store, '..'), { recursive: true, force: true });
  });

  it('is started once and joined by the next client; it outlives them, and stops once the last has been gone for its idle time', async () => {
    const serve = { command: process.execPath, args: [CLI], idleExitSeconds: 2 };
    const first = await useEngine(store, serve);
    const second = await useEngine(store, serve);
    assert.equal(first.started, true);
    assert.equal(second.started, false, 'the second client joins the running engine');
    assert.equal(second.url, first.url);
    assert.notEqual(first.pid, process.pid, 'the engine runs in a process of its own');
    const client = new DemoClipClient({ baseUrl: second.url, engineKey: second.key, version: 'test', platform: 'cli', clientId: 'shared' });
    await client.ensureToken();

    first.attachment.detach(); // the client that started it goes
    await new Promise((resolve) => setTimeout(resolve, 4000));
    assert.ok(isRunning(first.pid), 'still running while the second client holds it');
    second.attachment.detach();
    const deadline = Date.now() + 30_000;
    while (isRunning(first.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(isRunning(first.pid), false, 'stopped after its idle time with no client');
    assert.equal(await findEngine(store), undefined, 'its record says released');
  });
});
