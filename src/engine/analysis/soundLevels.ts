import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DIGITAL_SILENCE_DB } from './detectSpeech';

/** Loudness frames: fine enough to place cuts in the pauses between sentences (600 ms and more). */
export const AUDIO_FRAME_MS = 50;
const AUDIO_RATE = 16000;

/**
 * Filters from a sound (`input`, ending in a comma when it is a chain) to one RMS level per AUDIO_FRAME_MS, printed
 * to `file` (a plain name: the pass runs in its work folder), ending in `[output]`.
 */
export function levelsFilter(input: string, file: string, output: string): string {
  return `${input}aformat=channel_layouts=mono,aresample=${AUDIO_RATE},asetnsamples=n=${(AUDIO_RATE * AUDIO_FRAME_MS) / 1000}:p=0,` +
    `astats=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level,` +
    `ametadata=mode=print:key=lavfi.astats.Overall.RMS_level:file=${file}${output}`;
}

/** Parses ffmpeg's `ametadata=mode=print` output (a `pts_time:` line, then `key=value`) into one level per frame. */
export async function readLevels(path: string, durationMs: number): Promise<number[]> {
  const frames = Math.ceil(durationMs / AUDIO_FRAME_MS);
  const levels = new Array<number>(frames).fill(DIGITAL_SILENCE_DB);
  let index = 0;
  // Line by line: an hour of sound prints some 150,000 lines.
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const pts = /pts_time:([-\d.e]+)/.exec(line);
    if (pts) index = Math.round((Number(pts[1]) * 1000) / AUDIO_FRAME_MS);
    const value = /^lavfi\.astats\.Overall\.RMS_level=(.+)$/.exec(line.trim());
    const db = Number(value?.[1]);
    // astats prints -inf for digital silence.
    if (value && index >= 0 && index < frames && Number.isFinite(db)) levels[index] = Math.max(DIGITAL_SILENCE_DB, db);
  }
  return levels;
}
