import { rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FILMSTRIP_FRAMES, WAVEFORM_PEAKS, type MediaVisualsInfo } from '../../protocol';
import { levelsFilter, readLevels } from '../analysis/soundLevels';
import { DIGITAL_SILENCE_DB } from '../analysis/detectSpeech';
import { readJson, writeJsonAtomic } from '../store/atomicJson';
import type { MediaRecord } from '../store/records';
import { inScratch } from '../store/scratch';
import { runTool } from '../tools/runTool';
import { ffmpegSlots } from '../tools/slots';

/** Thumbnail height in the strip: twice the panel's lane, so that it stays sharp on a HiDPI screen. */
const THUMB_HEIGHT = 56;
/** A level this far below full scale draws as nothing: quieter than a room's hum. */
const FLOOR_DB = -60;

/** Where a media item's filmstrip and peaks are cached: by content hash, so the same file is drawn once. */
export const filmstripPath = (cacheDir: string, media: MediaRecord) => join(cacheDir, `filmstrip-${media.sha256}.jpg`);
const peaksPath = (cacheDir: string, media: MediaRecord) => join(cacheDir, `peaks-${media.sha256}.json`);

const inFlight = new Map<string, Promise<MediaVisualsInfo>>();

/**
 * A media item's filmstrip (FILMSTRIP_FRAMES thumbnails side by side, evenly over its length, one JPEG) and
 * waveform (WAVEFORM_PEAKS levels from 0 to 1), made in one ffmpeg pass the first time they are asked for, then
 * read from the cache. Two requests for the same file at once share the pass.
 */
export function mediaVisuals(ffmpeg: string, sourcePath: string, media: MediaRecord, cacheDir: string): Promise<MediaVisualsInfo> {
  const key = media.sha256;
  const running = inFlight.get(key);
  if (running) return running;
  const made = cachedOrMade(ffmpeg, sourcePath, media, cacheDir).finally(() => inFlight.delete(key));
  inFlight.set(key, made);
  return made;
}

async function cachedOrMade(ffmpeg: string, sourcePath: string, media: MediaRecord, cacheDir: string): Promise<MediaVisualsInfo> {
  const cached = await readJson<MediaVisualsInfo>(peaksPath(cacheDir, media));
  if (cached) return cached;
  const info = await ffmpegSlots.run(() => inScratch(cacheDir, 'visuals-', (work) => drawVisuals(ffmpeg, sourcePath, media, filmstripPath(cacheDir, media), work)));
  await writeJsonAtomic(peaksPath(cacheDir, media), info);
  return info;
}

/** The strip is drawn in `work` and moved to `strip` only when whole. */
async function drawVisuals(ffmpeg: string, sourcePath: string, media: MediaRecord, strip: string, work: string): Promise<MediaVisualsInfo> {
  const durationMs = media.durationMs ?? 0;
  const drawn = join(work, 'filmstrip.jpg');
  const levelsFile = 'levels.txt';
  const graphs: string[] = [];
  const outputs: string[] = [];
  if (media.hasVideo && durationMs > 0) {
    // fps spreads the frames over the length; tile lays them side by side; the last tile is flushed at the end.
    graphs.push(`[0:v:0]fps=${FILMSTRIP_FRAMES * 1000}/${durationMs},scale=-2:${THUMB_HEIGHT},tile=${FILMSTRIP_FRAMES}x1[strip]`);
    outputs.push('-map', '[strip]', '-frames:v', '1', '-q:v', '5', '-update', '1', drawn);
  }
  const track = media.audioTracks?.[0] ?? 0;
  if (media.hasAudio && durationMs > 0) {
    graphs.push(levelsFilter(`[0:a:${track}]`, levelsFile, '[levels]'));
    outputs.push('-map', '[levels]', '-f', 'null', '-');
  }
  if (graphs.length === 0) return { thumbnails: 0, peaks: [] };
  await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', sourcePath, '-filter_complex', graphs.join(';'), ...outputs], { cwd: work, collectStdout: false });
  const peaks = media.hasAudio ? toPeaks(await readLevels(join(work, levelsFile), durationMs)) : [];
  const thumbnails = media.hasVideo && (await stat(drawn).catch(() => undefined)) ? FILMSTRIP_FRAMES : 0;
  if (thumbnails) await rename(drawn, strip);
  return { thumbnails, peaks };
}

/** RMS levels (dB, one per AUDIO_FRAME_MS) → WAVEFORM_PEAKS heights from 0 to 1: the loudest frame of each bucket. */
export function toPeaks(levelsDb: number[]): number[] {
  const buckets = Math.min(WAVEFORM_PEAKS, levelsDb.length);
  const per = levelsDb.length / buckets;
  return Array.from({ length: buckets }, (_, i) => {
    const start = Math.floor(i * per);
    const bucket = levelsDb.slice(start, Math.max(start + 1, Math.floor((i + 1) * per)));
    const loudest = Math.max(DIGITAL_SILENCE_DB, ...bucket);
    return Math.round(Math.min(1, Math.max(0, (loudest - FLOOR_DB) / -FLOOR_DB)) * 100) / 100;
  });
}

