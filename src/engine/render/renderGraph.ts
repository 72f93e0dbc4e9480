import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MusicBed, RenderOutput } from '../../protocol';
import { audioMix } from './audioMix';
import { encoderArgs, gifPalette, gifPaletteScan, opusArgs, previewPictureArgs } from './encoder';
import { sec } from './filterEscape';
import { GraphInputs } from './graphInputs';
import { LOUDNESS_SCAN, loudnessGain } from './loudness';
import { musicBed } from './musicBeds';
import type { RenderPlan } from './renderPlan';
import { designedTexts } from './designedText';
import { stage, timelinePlan } from './framing';
import { AUDIO_FORMAT, pieceFades, timeline, type Timeline } from './timeline';
import { mediaInput } from '../media/mediaInput';
import { toneMappingOf } from './toneMap';

export interface GraphOptions {
  ffmpeg: string;
  preset: string;
  /** Where music beds are cached. */
  cacheDir: string;
  /** A private folder for this render's filter scripts and text files. */
  workDir: string;
}

const QUIET = ['-hide_banner', '-nostdin', '-y', '-nostats'];

/**
 * The sound-only pass that measures the mix's loudness (ffmpeg decodes only the streams a graph uses, so the
 * footage's pictures are not decoded): ~1 s for a 60 s clip. Undefined for GIF, which has no sound.
 * Its stderr holds the loudness summary (`parseIntegratedLoudness`).
 */
export async function measureCommand(plan: RenderPlan, output: RenderOutput, options: GraphOptions): Promise<string[] | undefined> {
  if (output.format === 'gif') return undefined;
  const { inputs, filters, audio } = await soundGraph(plan, options, LOUDNESS_SCAN);
  const script = await writeScript(options.workDir, 'measure.txt', filters);
  return [...QUIET, '-v', 'info', ...inputs.toArgs(), '-filter_complex_script', script, '-map', audio, '-f', 'null', '-'];
}

/** Where the GIF palette pass leaves the palette for the render. */
const palettePath = (workDir: string) => join(workDir, 'palette.png');

/** The pass that makes a GIF's palette (gifPaletteScan); undefined for the other formats. */
export async function paletteCommand(plan: RenderPlan, output: RenderOutput, options: GraphOptions): Promise<string[] | undefined> {
  if (output.format !== 'gif') return undefined;
  const inputs = new GraphInputs();
  const { filters } = await pictureGraph(plan, inputs, options, '[vfinal]');
  filters.push(gifPaletteScan('[vfinal]', '[vout]', plan.canvas.fps));
  const script = await writeScript(options.workDir, 'palette.txt', filters);
  return [...QUIET, '-v', 'error', ...inputs.toArgs(), '-filter_complex_script', script, '-map', '[vout]', '-frames:v', '1', '-update', '1', palettePath(options.workDir)];
}

/**
 * The whole draft as one ffmpeg invocation: every input, one filtergraph (written to a script file, as it runs to
 * kilobytes), and the encoder; `-progress` goes to stdout for the job's progress. `mixLufs` is what
 * `measureCommand` found, so the sound is brought to -14 LUFS by one gain; a GIF's palette is paletteCommand's.
 */
export async function renderCommand(plan: RenderPlan, output: RenderOutput, options: GraphOptions & { outPath: string; mixLufs?: number }): Promise<string[]> {
  const inputs = new GraphInputs();
  const gif = output.format === 'gif';
  const { parts, filters } = await pictureGraph(plan, inputs, options, gif ? '[vfinal]' : '[vout]');
  const maps = ['-map', '[vout]'];
  if (gif) {
    filters.push(gifPalette('[vfinal]', `[${inputs.add(palettePath(options.workDir))}:v]`, '[vout]', plan.canvas.fps));
  } else {
    const sound = audioMix(plan, parts.audio, inputs, await beds(plan, options), loudnessGain(options.mixLufs ?? -Infinity));
    filters.push(...parts.sounds, ...sound.filters);
    maps.push('-map', sound.audio);
  }
  const script = await writeScript(options.workDir, 'render.txt', filters);
  return [
    ...QUIET, '-v', 'error', '-progress', 'pipe:1',
    ...inputs.toArgs(),
    '-filter_complex_script', script,
    ...maps,
    ...encoderArgs(output, options.preset),
    options.outPath,
  ];
}

/**
 * The picture of a plan alone, as MP4 H.264 of the given quality: a part of a preview (previewRender.ts), filtered on
 * one thread as it is encoded on one (previewPictureArgs says why).
 */
export async function picturesCommand(plan: RenderPlan, quality: RenderOutput['quality'], options: GraphOptions & { outPath: string }): Promise<string[]> {
  const inputs = new GraphInputs();
  const { filters } = await pictureGraph(plan, inputs, options, '[vout]');
  const script = await writeScript(options.workDir, 'pictures.txt', filters);
  return [...QUIET, '-v', 'error', '-filter_complex_threads', '1', ...inputs.toArgs(), '-filter_complex_script', script, '-map', '[vout]', ...previewPictureArgs(quality), '-an',
    '-f', 'mp4', options.outPath];
}

/**
 * The sound of a plan alone: `mix` mixes it, unnormalised, into a WAV file with its loudness scanned on the way
 * (stderr: `parseIntegratedLoudness`) and, given a guess of that loudness, also brings it to -14 LUFS by the guess
 * and encodes it as WebM Opus of the given quality; `encode` does that from the WAV file with the loudness measured,
 * for when there was no guess or it was off. The sources are decoded once, not twice as by measureCommand and
 * renderCommand.
 */
export async function soundCommands(plan: RenderPlan, quality: RenderOutput['quality'], options: GraphOptions & { outPath: string; guessLufs?: number }): Promise<{ mix: string[]; encode: (mixLufs: number) => string[] }> {
  const { inputs, filters, audio } = await soundGraph(plan, options, 'anull');
  const { guessLufs } = options;
  const guessed = guessLufs === undefined ? '' : `,${loudnessGain(guessLufs)},${AUDIO_FORMAT}`;
  const script = await writeScript(options.workDir, 'sound.txt', [...filters, `${audio}asplit=2[mix][scan]`, `[scan]${LOUDNESS_SCAN}${guessed}[scanned]`]);
  const wav = join(options.workDir, 'mix.wav');
  const encoded = [...opusArgs(quality), '-f', 'webm', options.outPath];
  return {
    mix: [...QUIET, '-v', 'info', ...inputs.toArgs(), '-filter_complex_script', script, '-map', '[mix]', '-c:a', 'pcm_f32le', '-f', 'wav', wav,
      '-map', '[scanned]', ...(guessLufs === undefined ? ['-f', 'null', '-'] : encoded)],
    encode: (mixLufs) => [...QUIET, '-v', 'error', ...mediaInput(wav), '-af', `${loudnessGain(mixLufs)},${AUDIO_FORMAT}`, ...encoded],
  };
}

/**
 * The picture timeline, staged and titled, trimmed to the plan's length and faded with it, ending in `end`; the
 * timeline's sound filters come with it (they use the same inputs).
 */
async function pictureGraph(plan: RenderPlan, inputs: GraphInputs, options: GraphOptions, end: string): Promise<{ parts: Timeline; filters: string[] }> {
  // Framed, the footage is fitted to the inset: the stage then sets it on the background (framing.ts).
  const parts = timeline(timelinePlan(plan), inputs, await toneMappingOf(options.ffmpeg));
  const total = sec(plan.durationMs);
  const fades = pieceFades({ durationMs: plan.durationMs, fadeInMs: plan.fadeInMs, fadeOutMs: plan.fadeOutMs }, 'fade');
  const staged = await stage(plan, '[vtrim]', inputs, options);
  const texts = await designedTexts(plan, staged.video, inputs, options);
  const filters = [
    ...parts.pictures, `${parts.video}trim=duration=${total}[vtrim]`, ...staged.filters, ...texts.filters,
    `${texts.video}trim=duration=${total},format=yuv420p${fades}${end}`,
  ];
  return { parts, filters };
}

/** The footage's sound mixed with the audio track, then `finish`: the measuring pass and the sound-only render share it. */
async function soundGraph(plan: RenderPlan, options: GraphOptions, finish: string): Promise<{ inputs: GraphInputs; filters: string[]; audio: string }> {
  const inputs = new GraphInputs();
  const parts = timeline(plan, inputs);
  const sound = audioMix(plan, parts.audio, inputs, await beds(plan, options), finish);
  return { inputs, filters: [...parts.sounds, ...sound.filters], audio: sound.audio };
}

/** The music beds the plan uses, synthesised on first use. */
async function beds(plan: RenderPlan, options: GraphOptions): Promise<Map<MusicBed, string>> {
  const found = new Map<MusicBed, string>();
  for (const piece of plan.audio) {
    if (piece.source.kind === 'bed') found.set(piece.source.name, await musicBed(options.ffmpeg, options.cacheDir, piece.source.name));
  }
  return found;
}

async function writeScript(dir: string, name: string, filters: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, filters.join(';\n'));
  return path;
}
