import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findEngine } from '../../src/engine';
import { walkthrough90 } from '../engine/analysis/walkthroughs';
import { CLI, cliFolder, runCli } from '../helpers/runCli';

/** The command lines of running processes that name `text` (ffmpeg reads the store's copy of the footage). */
const processesNaming = (text: string): string[] => {
  try {
    return execFileSync('pgrep', ['-af', text], { encoding: 'utf8' }).trim().split('\n').filter((line) => line && !line.includes('pgrep'));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
};

describe('democlip: analysis progress on stderr, and Ctrl+C', function () {
  this.timeout(240_000);
  const folder = cliFolder('democlip-cli-cancel-');

  it('Ctrl+C while the footage is analysed: exits with a clear word and code 130, its ffmpeg stops, the engine serves the next run', async () => {
    const { work, store } = folder;
    const source = await walkthrough90();
    const out = join(work, 'cancelled.mp4');
    const child = spawn(process.execPath, [CLI, 'make', source.path, '--prompt', 'trim the best moments into 20 seconds', '-o', out, '--store', store],
      { env: { ...process.env, NEMO_TOKEN: '' } });
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Into a pipe, the first progress line after each step is written: the analysis has started.
      if (!interrupted && /analysing walkthrough-90s\.mp4: \d+:\d\d of 1:30/.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.ok(interrupted, `no analysis progress on stderr:\n${stderr}`);
    assert.equal(code, 130, stderr);
    assert.match(stderr, /Cancelled: nothing was written\.\n$/);
    assert.doesNotMatch(stderr, /Error|\n\s+at /);
    await assert.rejects(stat(out), 'no clip, not even a part of one');

    // The engine (shared, it stays for other clients) ended that turn's ffmpeg: none reads the store any more.
    const engine = await findEngine(store);
    assert.ok(engine, 'the store still has its engine');
    for (let tries = 0; processesNaming(store).some((line) => /ffmpeg/.test(line)); tries++) {
      assert.ok(tries < 600, `ffmpeg still runs: ${processesNaming(store).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // And it serves the next run: the same engine, the whole analysis, with its progress.
    const next = await runCli(['analyze', source.path, '--target', '20', '--store', store]);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, /analysing walkthrough-90s\.mp4: \d+:\d\d of 1:30/);
    assert.match(next.stdout, /\d+ moments, [\d.]+ s\n$/);
    assert.equal((await findEngine(store))?.pid, engine.pid, 'the same engine');
  });
});
