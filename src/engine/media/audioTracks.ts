import { join, resolve } from 'node:path';
import { detectSpeech } from '../analysis/detectSpeech';
import { AUDIO_FRAME_MS, levelsFilter, readLevels } from '../analysis/soundLevels';
import type { MediaRecord } from '../store/records';
import { inScratch } from '../store/scratch';
import { runTool } from '../tools/runTool';
import { mediaInput } from './mediaInput';

/**
 * The sound of input `index` made of its tracks `tracks` (0-based among its sound tracks), as the start of a filter
 * chain: one track as it is, several mixed at their own levels (a desktop track and a microphone track together).
 */
export function soundOf(index: number | string, tracks: readonly number[]): string {
  const labels = tracks.map((track) => `[${index}:a:${track}]`).join('');
  return tracks.length > 1 ? `${labels}amix=inputs=${tracks.length}:duration=longest:normalize=0,` : labels;
}

/**
 * Which of a file's sound tracks hold speech (OBS records the desktop and the microphone apart; cameras add a
 * second microphone): one sound-only pass measures every track, and the speech detector of the analysis reads each.
 * No track with speech: the first (it is the one players play).
 */
export async function speechTracks(ffmpeg: string, path: string, count: number, durationMs: number, cacheDir: string, signal?: AbortSignal): Promise<number[]> {
  return inScratch(cacheDir, 'tracks-', async (work) => {
    const tracks = Array.from({ length: count }, (_, k) => k);
    const graph = tracks.map((k) => levelsFilter(`[0:a:${k}]`, `track${k}.txt`, `[t${k}]`)).join(';');
    const outputs = tracks.flatMap((k) => ['-map', `[t${k}]`, '-f', 'null', '-']);
    await runTool(ffmpeg, ['-hide_banner', '-nostats', '-v', 'error', '-vn', ...mediaInput(resolve(path)), '-filter_complex', graph, ...outputs], { signal, cwd: work });
    const speaking: number[] = [];
    for (const k of tracks) {
      if (detectSpeech(await readLevels(join(work, `track${k}.txt`), durationMs), AUDIO_FRAME_MS).length > 0) speaking.push(k);
    }
    return speaking.length > 0 ? speaking : [0];
  });
}

/** The sound tracks a file's analysis and render use; records from before the choice was made use the first. */
export const tracksOf = (media: MediaRecord): number[] => media.audioTracks ?? (media.hasAudio ? [0] : []);
