import { runTool, ToolError } from '../tools/runTool';
import { mediaInput } from './mediaInput';

/** ffmpeg's own words for data that is missing or damaged. */
const DAMAGE = /partial file|Invalid data found|nothing was encoded|moov atom not found|corrupt/i;

/**
 * ffprobe reads only the header, so a truncated upload whose index comes first still "probes". Decoding the last
 * second (or the one frame of an image) is cheap and fails on exactly those files.
 */
export async function decodesToEnd(ffmpeg: string, path: string, isStill: boolean): Promise<boolean> {
  let decodedUs = 0;
  try {
    const { stderr } = await runTool(
      ffmpeg,
      ['-hide_banner', '-nostdin', '-v', 'warning', ...(isStill ? [] : ['-sseof', '-1']), ...mediaInput(path), '-map', '0', '-f', 'null', '-progress', 'pipe:1', '-'],
      {
        collectStdout: false,
        onStdoutLine: (line) => {
          const match = /^out_time_us=(\d+)/.exec(line);
          if (match) decodedUs = Math.max(decodedUs, Number(match[1]));
        },
      },
    );
    return !DAMAGE.test(stderr) && (isStill || decodedUs > 0);
  } catch (error) {
    if (error instanceof ToolError) return false;
    throw error;
  }
}
