import { open } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { mediaInput } from '../media/mediaInput';
import { readJson, writeJsonAtomic } from '../store/atomicJson';
import { inScratch } from '../store/scratch';
import { progressMs, runTool } from '../tools/runTool';
import { ffmpegSlots } from '../tools/slots';
import { soundOf } from '../media/audioTracks';
import { detectSpeech } from './detectSpeech';
import { classifyActions } from './activity';
import { sceneCuts, ScreenChangeMeter, type Box } from './screenChange';
import type { Signals } from './signals';
import { AUDIO_FRAME_MS, levelsFilter, readLevels } from './soundLevels';

/** Bumped whenever the signals change meaning, so that stale cached analyses are not reused. */
const ANALYSIS_VERSION = 4;
/** 4 frames/s: enough to see typing and cursor moves, and a quarter-second grid for cuts. */
const FRAME_MS = 250;
/** Frames are scaled so their longer side is this (160x90 for 16:9): change detection needs no detail. */
const FRAME_LONG_SIDE = 160;
/** How often progress is reported while a long file is read. */
const PROGRESS_EVERY_MS = 1000;

export interface AnalyzeInput {
  path: string;
  sha256: string;
  durationMs: number;
  width: number | null;
  height: number | null;
  hasVideo: boolean;
  /** The sound tracks to listen to (0-based), mixed when several; none when the file has no sound. */
  audioTracks: readonly number[];
}

/** How far the reading of one file has come: "analysing 12:40 of 60:00". */
export type AnalysisProgress = (doneMs: number, totalMs: number) => void;

/**
 * One ffmpeg pass per source at reduced cost, cached per content hash so that asking again does not decode again.
 *
 * Cost, measured on 3 minutes of 1080p30 H.264 on 2 cores: decoding is nearly all of it. Plain decode to 160 px at
 * 4 fps runs ~24x real time; without the loop filter ~27x; also skipping frames that no other frame references
 * ~44x (those are never sampled at 4 fps anyway). Skipping every B-frame (`-skip_frame bidir`) measured ~74x but is
 * not safe in general: some encoders let P-frames reference B-frames, and those would decode broken.
 */
export async function analyzeMedia(
  input: AnalyzeInput, ffmpeg: string, cacheDir: string, signal?: AbortSignal, onProgress?: AnalysisProgress,
): Promise<Signals> {
  const tracks = input.audioTracks.length > 0 ? `-a${input.audioTracks.join('.')}` : '';
  const cachePath = join(cacheDir, `analysis-v${ANALYSIS_VERSION}-${input.sha256}${tracks}.json`);
  // The same content asked for twice at once (two sessions, one file) is decoded once.
  const running = inFlight.get(cachePath);
  if (running) return running.catch(() => analyzeMedia(input, ffmpeg, cacheDir, signal, onProgress));
  const analysis = ffmpegSlots.run(() => analyzeOnce(input, ffmpeg, cachePath, cacheDir, signal, onProgress));
  inFlight.set(cachePath, analysis);
  try {
    return await analysis;
  } finally {
    inFlight.delete(cachePath);
  }
}

const inFlight = new Map<string, Promise<Signals>>();

async function analyzeOnce(
  input: AnalyzeInput, ffmpeg: string, cachePath: string, cacheDir: string, signal?: AbortSignal, onProgress?: AnalysisProgress,
): Promise<Signals> {
  const cached = await readJson<Signals>(cachePath);
  if (cached) return cached;
  signal?.throwIfAborted();
  return inScratch(cacheDir, 'analysis-', async (work) => {
    const signals = await runAnalysis(input, ffmpeg, work, signal, onProgress);
    await writeJsonAtomic(cachePath, signals);
    return signals;
  });
}

/**
 * Linear in the footage's length, flat in memory: ffmpeg streams the small grey frames to a file and the levels to
 * another, and both are read back one frame (or one line) at a time.
 */
async function runAnalysis(input: AnalyzeInput, ffmpeg: string, work: string, signal?: AbortSignal, onProgress?: AnalysisProgress): Promise<Signals> {
  const bins = Math.max(1, Math.ceil(input.durationMs / FRAME_MS));
  const frame = frameSize(input.width, input.height);
  const graphs: string[] = [];
  const outputs: string[] = [];
  if (input.hasVideo) {
    graphs.push(`[0:v]fps=${1000 / FRAME_MS},scale=${frame.width}:${frame.height},format=gray[frames]`);
    outputs.push('-map', '[frames]', '-f', 'rawvideo', 'frames.gray');
  }
  const hasAudio = input.audioTracks.length > 0;
  if (hasAudio) {
    graphs.push(levelsFilter(soundOf(0, input.audioTracks), 'loudness.txt', '[levels]'));
    outputs.push('-map', '[levels]', '-f', 'null', '-');
  }
  if (graphs.length > 0) {
    // Paths inside a filtergraph would need escaping; running in the work folder keeps them plain names.
    const decodeCheaply = ['-skip_loop_filter', 'all', '-skip_frame', 'noref', '-threads', String(decoderThreads())];
    let reportedMs = -Infinity;
    await runTool(
      ffmpeg,
      ['-hide_banner', '-nostats', '-v', 'error', '-progress', 'pipe:1', ...decodeCheaply, ...mediaInput(resolve(input.path)), '-filter_complex', graphs.join(';'), ...outputs],
      {
        signal,
        cwd: work,
        collectStdout: false,
        onStdoutLine: (line) => {
          const doneMs = progressMs(line);
          if (doneMs === undefined || !(doneMs - reportedMs >= PROGRESS_EVERY_MS)) return;
          reportedMs = doneMs;
          onProgress?.(Math.min(doneMs, input.durationMs), input.durationMs);
        },
      },
    );
  }
  const measured = input.hasVideo ? await measureChange(join(work, 'frames.gray'), frame.width, frame.height) : { change: [], region: [] };
  const levels = hasAudio ? await readLevels(join(work, 'loudness.txt'), input.durationMs) : [];
  const change = Array.from({ length: bins }, (_, k) => Math.round((measured.change[k] ?? 0) * 1e6) / 1e6);
  const region = Array.from({ length: bins }, (_, k) => (change[k] > 0 ? measured.region[k] ?? null : null));
  const sceneCut = sceneCuts(change);
  return {
    durationMs: input.durationMs,
    binMs: FRAME_MS,
    change,
    region,
    action: classifyActions(change, region, sceneCut),
    sceneCut,
    speech: detectSpeech(levels, AUDIO_FRAME_MS),
  };
}

/**
 * 0 (ffmpeg's choice: frame threads on every core) on an idle machine; 1 when the cores are already busy. Measured on
 * 2 shared cores at load 3-7, 3 minutes of 1080p: one decoder thread took about the same wall time (7.2 s against
 * 7.7 s, 7.2 against 6.8) for 15% less CPU and 20 MB less memory, as frame threads then mostly wait on each other.
 */
function decoderThreads(): number {
  return loadavg()[0] >= availableParallelism() - 0.5 ? 1 : 0;
}

function frameSize(width: number | null, height: number | null): { width: number; height: number } {
  if (!width || !height) return { width: FRAME_LONG_SIDE, height: (FRAME_LONG_SIDE * 9) / 16 };
  const scale = FRAME_LONG_SIDE / Math.max(width, height);
  const even = (n: number) => Math.max(2, 2 * Math.round((n * scale) / 2));
  return { width: even(width), height: even(height) };
}

/** Streams the raw grey frames through the change meter, one frame in memory at a time (plus its history). */
async function measureChange(path: string, width: number, height: number): Promise<{ change: number[]; region: (Box | null)[] }> {
  const meter = new ScreenChangeMeter(width);
  const frameBytes = width * height;
  const file = await open(path);
  try {
    for (;;) {
      const frame = new Uint8Array(frameBytes);
      const { bytesRead } = await file.read(frame, 0, frameBytes, null);
      if (bytesRead < frameBytes) break;
      meter.push(frame);
    }
  } finally {
    await file.close();
  }
  return meter;
}
