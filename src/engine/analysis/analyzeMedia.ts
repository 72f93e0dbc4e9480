import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readJson, writeJsonAtomic } from '../store/atomicJson';
import { runTool } from '../tools/runTool';
import { SILENCE_DB, type Signals } from './signals';

export const ANALYSIS_BIN_SEC = 0.25;
/** Bumped whenever the signals change meaning, so that stale cached analyses are not reused. */
const ANALYSIS_VERSION = 1;
/** A pixel counts as changed when its luma moves by more than this (measured: 0 on static screens, >0 for a cursor). */
const PIXEL_CHANGE_THRESHOLD = 10;
const SCENE_THRESHOLD = 4;

export interface AnalyzeInput {
  path: string;
  sha256: string;
  durationMs: number;
  hasVideo: boolean;
  hasAudio: boolean;
}

/**
 * One ffmpeg pass per source at reduced cost (160 px wide, 4 fps, no loop filter): motion, scene cuts and loudness
 * per 0.25 s bin. Cached per content hash, so asking again does not decode again.
 */
export async function analyzeMedia(input: AnalyzeInput, ffmpeg: string, cacheDir: string, signal?: AbortSignal): Promise<Signals> {
  const cachePath = join(cacheDir, `analysis-v${ANALYSIS_VERSION}-${input.sha256}.json`);
  const cached = await readJson<Signals>(cachePath);
  if (cached) return cached;
  const work = await mkdtemp(join(cacheDir, 'analysis-'));
  try {
    const signals = await runAnalysis(input, ffmpeg, work, signal);
    await writeJsonAtomic(cachePath, signals);
    return signals;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function runAnalysis(input: AnalyzeInput, ffmpeg: string, work: string, signal?: AbortSignal): Promise<Signals> {
  const bins = Math.max(1, Math.ceil(input.durationMs / 1000 / ANALYSIS_BIN_SEC));
  const fps = 1 / ANALYSIS_BIN_SEC;
  const graphs: string[] = [];
  const maps: string[] = [];
  if (input.hasVideo) {
    graphs.push(
      `[0:v]fps=${fps},scale=160:-2,format=gray,split[g1][g2];` +
        `[g1]tblend=all_mode=difference,lut=y='if(gt(val,${PIXEL_CHANGE_THRESHOLD}),255,0)',signalstats,` +
        `metadata=mode=print:key=lavfi.signalstats.YAVG:file=motion.txt[vm];` +
        `[g2]scdet=threshold=${SCENE_THRESHOLD},metadata=mode=print:key=lavfi.scd.score:file=scene.txt[vs]`,
    );
    maps.push('-map', '[vm]', '-f', 'null', '-', '-map', '[vs]', '-f', 'null', '-');
  }
  if (input.hasAudio) {
    const samples = Math.round(16000 * ANALYSIS_BIN_SEC);
    graphs.push(
      `[0:a]aformat=channel_layouts=mono,aresample=16000,asetnsamples=n=${samples}:p=0,` +
        `astats=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level,` +
        `ametadata=mode=print:key=lavfi.astats.Overall.RMS_level:file=loudness.txt[al]`,
    );
    maps.push('-map', '[al]', '-f', 'null', '-');
  }
  const signals: Signals = {
    binSec: ANALYSIS_BIN_SEC,
    durationMs: input.durationMs,
    motion: new Array<number>(bins).fill(0),
    loudnessDb: new Array<number>(bins).fill(SILENCE_DB),
    sceneCut: new Array<boolean>(bins).fill(false),
  };
  if (graphs.length === 0) return signals;
  // Paths inside a filtergraph would need escaping; running in the work folder keeps them plain names.
  await runTool(
    ffmpeg,
    ['-hide_banner', '-nostats', '-v', 'error', '-skip_loop_filter', 'all', '-i', resolve(input.path), '-filter_complex', graphs.join(';'), ...maps],
    { signal, cwd: work },
  );
  if (input.hasVideo) {
    fillBins(await readMetadata(join(work, 'motion.txt')), signals.motion, (value, old) => Math.max(value, old));
    fillBins(await readMetadata(join(work, 'scene.txt')), signals.sceneCut, (value, old) => old || value >= SCENE_THRESHOLD);
    signals.motion[0] = 0; // tblend's first output compares the first frame with itself
  }
  if (input.hasAudio) {
    fillBins(await readMetadata(join(work, 'loudness.txt')), signals.loudnessDb, (value) => (Number.isFinite(value) ? value : SILENCE_DB));
  }
  return signals;
}

interface MetadataSample {
  time: number;
  value: number;
}

/** Parses ffmpeg's `metadata=mode=print` output: a `pts_time:` line followed by `key=value` lines. */
async function readMetadata(path: string): Promise<MetadataSample[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const samples: MetadataSample[] = [];
  let time = 0;
  for (const line of text.split('\n')) {
    const pts = /pts_time:([-\d.e]+)/.exec(line);
    if (pts) time = Number(pts[1]);
    const kv = /^lavfi\.[\w.]+=(.+)$/.exec(line.trim());
    if (kv) samples.push({ time, value: kv[1] === '-inf' ? -Infinity : Number(kv[1]) });
  }
  return samples;
}

function fillBins<T>(samples: MetadataSample[], bins: T[], merge: (value: number, old: T) => T): void {
  for (const { time, value } of samples) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor(time / ANALYSIS_BIN_SEC + 1e-6)));
    bins[index] = merge(value, bins[index]);
  }
}
