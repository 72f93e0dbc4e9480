import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** RMS level (dBFS) of a file's sound between two times, after optional filters (e.g. a band-pass). */
export async function rmsDb(path: string, fromSec: number, toSec: number, filters = ''): Promise<number> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-ss', String(fromSec), '-t', String(toSec - fromSec), '-i', path, '-vn',
    '-af', `${filters}${filters ? ',' : ''}astats=measure_perchannel=none`, '-f', 'null', '-']);
  const match = /RMS level dB:\s+(-?[\d.]+|-inf)/.exec(stderr.slice(stderr.lastIndexOf('Overall')));
  if (!match) throw new Error(`no RMS level for ${path}`);
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}

/** One frame at `atSec` as 8-bit grey pixels, optionally cropped first (`crop=w:h:x:y` in the frame's pixels). */
export async function grayFrame(path: string, atSec: number, size = '160:90', crop = ''): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', String(atSec), '-i', path, '-frames:v', '1',
    '-vf', `${crop}${crop ? ',' : ''}scale=${size},format=gray`, '-f', 'rawvideo', '-'], { encoding: 'buffer', maxBuffer: 64 << 20 });
  return stdout;
}

export function meanAbsDiff(a: Buffer, b: Buffer): number {
  if (a.length !== b.length || a.length === 0) throw new Error(`frames differ in size: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

export function meanLevel(pixels: Buffer): number {
  return pixels.reduce((sum, p) => sum + p, 0) / pixels.length;
}

/** Spread of pixel values: 0 for a flat colour, large for a picture. */
export function deviation(pixels: Buffer): number {
  const mean = meanLevel(pixels);
  return Math.sqrt(pixels.reduce((sum, p) => sum + (p - mean) ** 2, 0) / pixels.length);
}
