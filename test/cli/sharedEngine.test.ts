import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DemoClipClient } from '../../src/client';
import { findEngine, useEngine, type EngineInUse } from '../../src/engine';
import { ffprobe } from '../helpers/ffprobe';
import { shortWalkthrough } from '../helpers/footage';
import { CLI, cliFolder, isRunning, runCli, stopStoreEngine } from '../helpers/runCli';


/** The processes `pid` started (a killed engine's ffmpeg goes on running: the test ends it). */
const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

describe('CLI runs and engines sharing one store', function () {
  this.timeout(300_000);
  const folder = cliFolder('democlip-share-');

  it('three makes and an analyze at once: all succeed, through one engine', async () => {
    const { work, store } = folder;
    const source = (await shortWalkthrough()).path;
    const make = (n: number) =>
      runCli(['make', source, '--prompt', `trim the best moments into ${4 + n} seconds`, '--prompt', 'export 720p MP4', '-o', join(work, `clip${n}.mp4`), '--store', store]);
    const [a, b, c, analyze] = await Promise.all([make(1), make(2), make(3), runCli(['analyze', source, '--target', '5', '--json', '--store', store])]);
    for (const [n, run] of [a, b, c].entries()) {
      assert.equal(run.code, 0, `make ${n + 1}: ${run.stderr}`);
      const probe = await ffprobe(join(work, `clip${n + 1}.mp4`));
      assert.equal(probe.video?.height, 720);
      assert.ok(Math.abs(probe.durationSec - (5 + n)) <= 1, `clip ${n + 1}: ${probe.durationSec} s`);
    }
    assert.equal(analyze.code, 0, analyze.stderr);
    assert.ok((JSON.parse(analyze.stdout) as { moments: unknown[] }).moments.length > 0);
    assert.deepEqual(await readdir(join(store, 'owner')), ['000000000001.json'], 'one engine owned the store the whole time');
  });

  it('the owner killed mid-render: the next client starts a new owner, which reports the render interrupted once and spares a live engine’s files', async () => {
    const { store } = folder;
    const serve = { command: process.execPath, args: [CLI] };
    await stopStoreEngine(store);
    const first = await useEngine(store, serve);
    const client = (engine: EngineInUse) => new DemoClipClient({ baseUrl: engine.url, engineKey: engine.key, version: 'test', platform: 'cli', clientId: 'takeover' });
    const before = client(first);
    await before.ensureToken();
    const { session_id: sessionId } = await before.createSession();
    const { files } = await before.upload(sessionId, [(await shortWalkthrough()).path]);
    const sg = Array.from({ length: 12 }, (_, k) => ({ src: files[0].id as string, in: 0, at: k * 10_000, d: 10_000 }));
    const render = await before.submitRender(sessionId, { d: 120_000, t: [{ tt: 0, sg }] }, { format: 'mp4', quality: 'high', resolution: '4k' });
    while ((await before.renderStatus(render.id)).status !== 'processing') await new Promise((resolve) => setTimeout(resolve, 200));
    const orphans = childrenOf(first.pid);
    process.kill(first.pid, 'SIGKILL');
    while (isRunning(first.pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    orphans.forEach((pid) => isRunning(pid) && process.kill(pid, 'SIGKILL'));

    const second = await useEngine(store, serve);
    assert.equal(second.started, true, 'the dead owner was replaced');
    assert.notEqual(second.pid, first.pid);
    const after = client(second);
    await after.ensureToken();
    const interrupted = await after.renderStatus(render.id);
    assert.equal(interrupted.status, 'failed');
    assert.match(interrupted.error ?? '', /interrupted/);
    assert.deepEqual((await readdir(join(store, 'renders'))).filter((n) => n.endsWith('.part')), [], 'the dead owner’s partial render is gone');
    const record = await readFile(join(store, 'renders', `${render.id}.json`), 'utf8');

    // A live engine's upload in flight, and another engine started on the store: it joins, removes nothing, marks nothing.
    const inFlight = join(store, 'media', 'med_in_flight.mp4.part');
    await writeFile(inFlight, 'half an upload');
    const again = await runCli(['serve', '--store', store]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /already serves this store/);
    assert.equal(again.stdout.trim(), second.url);
    assert.deepEqual((await readdir(join(store, 'media'))).filter((n) => n.endsWith('.part')), ['med_in_flight.mp4.part']);
    assert.equal(await readFile(join(store, 'renders', `${render.id}.json`), 'utf8'), record, 'reported interrupted once: the record is not touched again');
    second.attachment.detach();
    first.attachment.detach();
    assert.equal((await findEngine(store))?.pid, second.pid);
  });
});
