/**
 * Benchmark of the analysis behind "trim the best moments": one reduced-cost ffmpeg pass over 3 minutes of 1080p30
 * H.264/AAC footage, then the choice of a 60 s clip. Prints the speed as a multiple of real time (target: 30x on
 * 2 cores) and the peak memory of this process with its ffmpeg child. Each run starts from an empty cache; a last
 * call shows the cached answer. Run: npx tsc -p . && node out/bench/analysis.bench.js
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeMedia, type AnalyzeInput } from '../src/engine/analysis/analyzeMedia';
import { chooseMoments } from '../src/engine/analysis/chooseMoments';
import { probeMedia } from '../src/engine/media/probe';
import { benchFootage } from './benchFootage';
import { watchPeak } from './processTreeMemory';

const RUNS = 2;

/**
 * CPU seconds used so far by this process and its finished children (ffmpeg), from /proc/self/stat: a measure that,
 * unlike wall time, does not grow when other work shares the cores.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // utime, stime, cutime, cstime are fields 14-17 of the whole line; clock ticks are 100 per second on Linux.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const path = await benchFootage();
  const probe = await probeMedia('ffprobe', path);
  const input: AnalyzeInput = {
    path, sha256: await sha256(path), durationMs: probe.durationMs ?? 0, width: probe.width, height: probe.height,
    hasVideo: probe.hasVideo, audioTracks: probe.audioTracks > 0 ? [0] : [],
  };
  const seconds = input.durationMs / 1000;
  const rows: [string, string][] = [['footage', `${seconds.toFixed(0)} s ${probe.width}x${probe.height} ${probe.fps} fps`]];
  const cache = await mkdtemp(join(tmpdir(), 'democlip-analysis-bench-'));
  try {
    for (let run = 1; run <= RUNS; run++) {
      const stopWatching = watchPeak(process.pid, 50);
      const [started, cpuBefore] = [performance.now(), cpuSeconds()];
      await analyzeMedia(input, 'ffmpeg', await mkdtemp(join(cache, 'run-')));
      const [wallSec, cpuSec] = [(performance.now() - started) / 1000, cpuSeconds() - cpuBefore];
      const peak = stopWatching();
      rows.push([
        `analysis, run ${run}`,
        `${wallSec.toFixed(2)} s = ${(seconds / wallSec).toFixed(1)}x real time, peak ${(peak / 1024 / 1024).toFixed(0)} MB, ` +
          `CPU ${cpuSec.toFixed(2)} s (${(seconds / cpuSec).toFixed(1)}x real time per core)`,
      ]);
    }
    // A missing ffmpeg proves the answer comes from the cache.
    const started = performance.now();
    const signals = await analyzeMedia(input, join(cache, 'no-such-ffmpeg'), join(cache, (await readdir(cache))[0]));
    const choice = chooseMoments([{ src: 'bench', signals }], 60_000);
    const ms = performance.now() - started;
    rows.push(['cached analysis + 60 s choice', `${ms.toFixed(0)} ms → ${choice.moments.length} moments, ${(choice.totalMs / 1000).toFixed(1)} s`]);
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(30)} ${value}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
