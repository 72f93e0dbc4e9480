import { ErrorCode } from '../../protocol';
import { EngineError } from '../http/engineError';
import { runTool } from '../tools/runTool';

/** Delivery loudness of every render: -14 LUFS integrated, what YouTube and most players normalise to. */
const TARGET_LUFS = -14;
/** -1.5 dBFS: peaks stay under this after the gain, so AAC/Opus encoding does not clip. */
const PEAK_LIMIT = 0.84;
/** Quieter than this is silence (or near it): no gain, rather than amplifying noise by 50 dB. */
const SILENCE_LUFS = -60;
const MAX_GAIN_DB = 30;

/** ffmpeg's EBU R128 scanner as a filter; its summary goes to stderr, read by `parseIntegratedLoudness`. */
export const LOUDNESS_SCAN = 'ebur128=framelog=verbose';

/** The last summary counts: ffmpeg may configure a graph twice, and the discarded first one prints -70 LUFS. */
export function parseIntegratedLoudness(stderr: string): number {
  const match = [...stderr.matchAll(/Integrated loudness:\s+I:\s+(-?[\d.]+|-inf) LUFS/g)].at(-1);
  if (!match) throw new EngineError(ErrorCode.internal, { en: 'ffmpeg printed no loudness summary.', zh: 'ffmpeg 没有给出响度统计。' });
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}

/** Integrated loudness (LUFS) of a file's audio. */
export async function integratedLoudness(ffmpeg: string, path: string): Promise<number> {
  const { stderr } = await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-nostats', '-i', path, '-vn', '-af', LOUDNESS_SCAN, '-f', 'null', '-'], { collectStdout: false });
  return parseIntegratedLoudness(stderr);
}

/**
 * The filters that bring a mix measured at `measuredLufs` to the target: one linear gain (the mix keeps its
 * dynamics, so ducked music stays ducked) and a limiter for the peaks the gain would push over -1.5 dBFS.
 * Measured on the test footage: single-pass loudnorm left a 9 s clip with 5 s of music-only at -17.5 LUFS,
 * because its dynamic mode leaves anything within its loudness range alone.
 */
export function loudnessGain(measuredLufs: number): string {
  if (!(measuredLufs > SILENCE_LUFS)) return 'anull';
  return `volume=${gainDb(measuredLufs).toFixed(2)}dB,alimiter=limit=${PEAK_LIMIT}:level=false:latency=true`;
}

/**
 * Whether a mix measured at `a` and one at `b` get gains within 1 dB of each other: EBU R 128's tolerance for live
 * programmes (±1 LU), so a preview's sound, heard while editing and never delivered, may keep a gain it was encoded
 * with on a guess. Exports are always measured first.
 */
export function sameGain(a: number, b: number): boolean {
  return Math.abs(gainDb(a) - gainDb(b)) <= 1;
}

const gainDb = (measuredLufs: number) => (measuredLufs > SILENCE_LUFS ? Math.min(MAX_GAIN_DB, TARGET_LUFS - measuredLufs) : 0);
