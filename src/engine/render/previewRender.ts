import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderOutput } from '../../protocol';
import { Slots } from '../tools/slots';
import { progressMs, type runTool } from '../tools/runTool';
import { cachedFile, sweepUnused } from './cachedFile';
import { checkVideoLength } from './checkOutput';
import { sec } from './filterEscape';
import { parseIntegratedLoudness, sameGain } from './loudness';
import { previewParts, soundOfPlan } from './previewParts';
import type { PreviewProxies } from './previewProxies';
import { picturesCommand, soundCommands, type GraphOptions } from './renderGraph';
import type { RenderPlan } from './renderPlan';

/**
 * VS Code's webviews play H.264 and VP9 but not AAC (microsoft/vscode#162062, #158972, #54097), so the preview is
 * MP4 of H.264 (x264's fastest preset, the cheapest to re-render after an edit) and Opus, at 540p and low quality.
 */
export const PREVIEW_OUTPUT: RenderOutput = { format: 'mp4', quality: 'low', resolution: '540p' };
/** Preview ids are the engine's own: a client's render id may not start with this (see renderRoutes). */
export const PREVIEW_ID_PREFIX = 'preview_';

/** Bumped when what a part's render looks like changes for the same plan, so that older parts are not reused. */
const PARTS_FORMAT = 3;
/**
 * Three ffmpeg runs at once on 2 cores: the sound's runs and a part's decoding are single-threaded, so a third run
 * fills the gaps. Measured on a reorder (2 parts + the sound) at load 4: 5.0 s against 6.8 s with two.
 */
const PARALLEL_RUNS = 3;
/** Parts no preview used for this long are deleted: re-rendering one costs seconds. */
const UNUSED_PART_MS = 24 * 3600 * 1000;

export interface PreviewRunOptions extends GraphOptions {
  tool: typeof runTool;
  signal: AbortSignal;
  outPath: string;
  onProgress(percent: number): void;
  proxies: PreviewProxies;
  /**
   * The loudness the last preview's mix of this session measured (an edit seldom moves it much), and where this
   * one's goes: the sound is encoded at the guess while it is measured, and again only if the guess was off.
   */
  loudness: { guess: number | undefined; heard(lufs: number): void };
}

/**
 * The preview, rendered by parts: the picture of each part (previewParts.ts: the stretches between hard cuts, and
 * cells of a few seconds within footage) and the whole clip's sound are each rendered once and kept in the store's
 * cache under a hash of exactly what they are made of; the preview is then joined from them by stream copy (the
 * concat demuxer, the sound muxed in). After an edit only what it changed is rendered again: a trim re-renders the
 * cell at the edge it moved and the sound, a title drag the parts the title left and entered, a delete or a reorder
 * the sound alone, and an undo nothing (its preview is still there). Parts read footage from its proxy once that is
 * made (previewProxies.ts), which makes re-rendering one cheaper still. The sound is mixed, measured and encoded in
 * one run, at the loudness the session's last mix measured (an edit seldom moves it by 1 dB); only when the guess was
 * off is it encoded again from the mix, at the loudness measured.
 * Exports do not come here: they render in one pass at full quality (renderJobs.ts).
 */
export async function renderPreview(plan: RenderPlan, output: RenderOutput, options: PreviewRunOptions): Promise<void> {
  const dir = join(options.cacheDir, 'preview-parts');
  await mkdir(dir, { recursive: true });
  const { ffmpeg, tool } = options;
  const { quality } = output;
  // A failed run stops the others: the render has failed, and the caller removes the work folder after this returns.
  const failed = new AbortController();
  const signal = AbortSignal.any([options.signal, failed.signal]);
  const run = async (args: string[], onStdoutLine?: (line: string) => void) => {
    signal.throwIfAborted();
    return tool(ffmpeg, args, { signal, collectStdout: false, onStdoutLine });
  };
  const parts = previewParts(plan);
  let doneMs = 0;
  const slots = new Slots(PARALLEL_RUNS);
  const task = <T>(work: () => Promise<T>) => slots.run(work).catch((error: unknown) => {
    failed.abort(error);
    throw error;
  });
  const sound = task(() => cachedFile(dir, keyOf(['sound', quality, soundOfPlan(plan)]), 'webm', async (partPath) => {
    const workDir = await workFolder(options.workDir, 'sound');
    const guessLufs = options.loudness.guess;
    const commands = await soundCommands(plan, quality, { ...options, workDir, outPath: partPath, guessLufs });
    const mixLufs = parseIntegratedLoudness((await run(commands.mix)).stderr);
    options.loudness.heard(mixLufs);
    if (guessLufs === undefined || !sameGain(guessLufs, mixLufs)) await run(commands.encode(mixLufs));
  }));
  const pictures = parts.map((part, k) => task(async () => {
    const path = await cachedFile(dir, keyOf(['pictures', quality, part.plan]), 'mp4', async (partPath) => {
      const workDir = await workFolder(options.workDir, `part-${k}`);
      // A part is pictures only, so how far ffmpeg says it got is the length of its video: no ffprobe run is needed.
      let madeMs: number | undefined;
      const args = await picturesCommand(await options.proxies.standIns(part.plan), quality, { ...options, workDir, outPath: partPath });
      await run(['-progress', 'pipe:1', ...args], (line) => {
        madeMs = progressMs(line) ?? madeMs;
      });
      checkVideoLength(madeMs, part.plan.durationMs);
    });
    doneMs += part.plan.durationMs;
    options.onProgress(Math.min(99, Math.floor((doneMs / plan.durationMs) * 100)));
    return path;
  }));
  const settled = await Promise.allSettled([sound, ...pictures]);
  if (signal.aborted) throw options.signal.aborted ? options.signal.reason : failed.signal.reason;
  const [soundPath, ...picturePaths] = settled.map((result) => (result as PromiseFulfilledResult<string>).value);

  const list = join(options.workDir, 'parts.txt');
  await writeFile(list, picturePaths.map((path) => `file '${path.replaceAll("'", "'\\''")}'`).join('\n'));
  await run(['-hide_banner', '-nostdin', '-y', '-v', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-i', soundPath,
    '-map', '0:v', '-map', '1:a', '-c', 'copy', '-t', sec(plan.durationMs), '-movflags', '+faststart', '-f', 'mp4', options.outPath]);
  options.proxies.prepare(plan);
  await sweepUnused(dir, UNUSED_PART_MS);
}

const keyOf = (inputs: unknown[]): string => createHash('sha256').update(JSON.stringify([PARTS_FORMAT, ...inputs])).digest('hex').slice(0, 40);

async function workFolder(parent: string, name: string): Promise<string> {
  const path = join(parent, name);
  await mkdir(path, { recursive: true });
  return path;
}
