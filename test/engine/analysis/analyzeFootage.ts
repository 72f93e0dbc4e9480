import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { analyzeMedia } from '../../../src/engine/analysis/analyzeMedia';
import type { Signals } from '../../../src/engine/analysis/signals';
import type { Footage } from '../../helpers/footage';

/** The signals of generated footage, analysed into `cacheDir` (a throwaway folder of the test). */
export async function analyzeFootage(footage: Footage, cacheDir: string, ffmpeg = 'ffmpeg'): Promise<Signals> {
  const sha256 = createHash('sha256').update(await readFile(footage.path)).digest('hex');
  const { truth } = footage;
  return analyzeMedia(
    { path: footage.path, sha256, durationMs: truth.durationSec * 1000, width: truth.width, height: truth.height, hasVideo: true, audioTracks: [0] },
    ffmpeg, cacheDir,
  );
}
