/**
 * Benchmark of the main job: `democlip make` on a 3-minute 1080p30 walkthrough → a 60-second 1080p MP4, with a
 * fresh engine store (no cached analysis). Prints wall time per phase, the multiple of real time, and the peak
 * memory of the CLI with its ffmpeg children.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchFootage, FOOTAGE_SECONDS, ROOT } from './benchFootage';
import { watchPeak } from './processTreeMemory';

const TARGET_SECONDS = 60;

async function main(): Promise<void> {
  const source = await benchFootage();
  const work = await mkdtemp(join(tmpdir(), 'democlip-bench-'));
  const marks: [string, number][] = [];
  const started = Date.now();
  const child = spawn(process.execPath, [
    join(ROOT, 'dist', 'cli.js'), 'make', source,
    '--prompt', `trim the best moments and compile them into a ${TARGET_SECONDS}-second demo clip`,
    '--prompt', 'export 1080p MP4', '-o', join(work, 'out.mp4'), '--store', join(work, 'store'),
  ]);
  const stopWatching = watchPeak(child.pid as number);
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      for (const phase of ['Uploaded', '› ', 'Exporting', 'Rendered', 'Saved']) {
        if (line.startsWith(phase)) marks.push([phase.trim(), Date.now() - started]);
      }
    }
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = Date.now() - started;
  const peak = stopWatching();
  await rm(work, { recursive: true, force: true });
  if (code !== 0) throw new Error(`make exited with ${code}`);
  const at = (name: string) => marks.find(([phase]) => phase === name)?.[1] ?? NaN;
  const rows: [string, string][] = [
    ['footage', `${FOOTAGE_SECONDS} s 1920x1080 30 fps`],
    ['setup + upload', `${(at('Uploaded') / 1000).toFixed(1)} s`],
    ['analysis + edit (chat turn)', `${((at('Exporting') - at('›')) / 1000).toFixed(1)} s`],
    ['render 60 s 1080p', `${((at('Rendered') - at('Exporting')) / 1000).toFixed(1)} s`],
    ['make, wall time', `${(wallMs / 1000).toFixed(1)} s`],
    ['make, ratio to footage length', `${(wallMs / 1000 / FOOTAGE_SECONDS).toFixed(3)} (${(FOOTAGE_SECONDS / (wallMs / 1000)).toFixed(1)}x real time)`],
    ['peak memory (CLI + ffmpeg)', `${(peak / 1024 / 1024).toFixed(0)} MB`],
  ];
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(32)} ${value}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
