import { runTool } from '../tools/runTool';

/** Delivery loudness of every render: -14 LUFS integrated, what YouTube and most players normalise to. */
export const TARGET_LUFS = -14;
export const TRUE_PEAK_DB = -1.5;

/** Integrated loudness (LUFS) of a file's audio, from ffmpeg's EBU R128 scanner. */
export async function integratedLoudness(ffmpeg: string, path: string, filters = ''): Promise<number> {
  const { stderr } = await runTool(ffmpeg, [
    '-hide_banner', '-nostdin', '-nostats', '-i', path, '-vn', '-af', `${filters}${filters ? ',' : ''}ebur128=framelog=verbose`, '-f', 'null', '-',
  ], { collectStdout: false });
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+|-inf) LUFS/.exec(stderr);
  if (!match) throw new Error(`ffmpeg printed no loudness summary for ${path}`);
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}
