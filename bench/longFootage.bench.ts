/**
 * Long recordings: `democlip analyze` (upload, reading by content, the analysis, the choice of 60 s) on 3, 30 and
 * 60 minutes of 1080p30 walkthrough, each with a fresh store. Prints wall and CPU seconds per footage minute (the
 * line should be flat: cost linear in length) and the peak memory of the CLI with its ffmpeg children (flat too).
 * The long files are the 3-minute bench footage repeated without re-encoding (made once, at disk speed): the same
 * decoding work per minute as a real recording, without an hour of encoding on a shared machine.
 * Run: npx tsc -p . && node esbuild.mjs && node out/bench/longFootage.bench.js [minutes…]   (default: 3 30 60)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchFootage, FOOTAGE_SECONDS, ROOT } from './benchFootage';
import { watchTree } from './processTreeMemory';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}`))));
  });
}

async function footageOf(minutes: number): Promise<string> {
  const base = await benchFootage();
  const loops = Math.round((minutes * 60) / FOOTAGE_SECONDS);
  if (loops <= 1) return base;
  const path = join(ROOT, '.test-footage', `bench-walkthrough-1080p-${minutes}min.mp4`);
  if (!existsSync(path)) {
    process.stderr.write(`making ${minutes} min of footage from the 3-minute one (once)…\n`);
    await run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-stream_loop', String(loops - 1), '-i', base, '-c', 'copy', '-movflags', '+faststart', `${path}.part.mp4`]);
    await rename(`${path}.part.mp4`, path);
  }
  return path;
}

async function analyse(path: string): Promise<{ wallSec: number; cpuSec: number; peakMb: number; moments: number }> {
  const store = await mkdtemp(join(tmpdir(), 'democlip-long-bench-'));
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', path, '--target', '60', '--json', '--store', store],
      { stdio: ['ignore', 'pipe', 'ignore'] });
    // The CLI's engine runs detached from it (shared by every client of the store): sampled as part of its tree.
    const stopWatching = watchTree(child.pid as number, 200);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const seen = stopWatching();
    if (code !== 0) throw new Error(`democlip analyze exited with ${code}`);
    return {
      wallSec: (performance.now() - started) / 1000,
      cpuSec: seen.cpuSeconds,
      peakMb: seen.rssBytes / 1024 / 1024,
      moments: (JSON.parse(stdout) as { moments: unknown[] }).moments.length,
    };
  } finally {
    await rm(store, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const minutes = asked.length > 0 ? asked : [3, 30, 60];
  process.stdout.write('footage    wall       wall/min   CPU/min    peak     moments\n');
  for (const length of minutes) {
    const path = await footageOf(length);
    const r = await analyse(path);
    process.stdout.write(
      `${`${length} min`.padEnd(10)} ${`${r.wallSec.toFixed(1)} s`.padEnd(10)} ${`${(r.wallSec / length).toFixed(2)} s`.padEnd(10)} ` +
        `${`${(r.cpuSec / length).toFixed(2)} s`.padEnd(10)} ${`${r.peakMb.toFixed(0)} MB`.padEnd(8)} ${r.moments}\n`,
    );
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
