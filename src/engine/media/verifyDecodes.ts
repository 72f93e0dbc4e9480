import { progressMs, runTool, ToolError } from '../tools/runTool';
import { mediaInput } from './mediaInput';

/** ffmpeg's own words for data that is missing or damaged. */
const DAMAGE = /partial file|Invalid data found|nothing was encoded|moov atom not found|corrupt/i;

export interface DecodeCheck {
  /** Something decoded. */
  decoded: boolean;
  /** ffmpeg said data was missing or damaged on the way. */
  damaged: boolean;
}

/**
 * ffprobe reads only the header, so a truncated upload whose index comes first still "probes". Decoding the last
 * second before `endMs` (or the one frame of a still, when null) is cheap and shows exactly those files.
 */
export async function decodeEnd(ffmpeg: string, path: string, endMs: number | null, signal?: AbortSignal): Promise<DecodeCheck> {
  let decodedUs = 0;
  const from = endMs === null ? [] : ['-ss', String(Math.max(0, endMs - 1000) / 1000)];
  try {
    const { stderr } = await runTool(
      ffmpeg,
      ['-hide_banner', '-nostdin', '-v', 'warning', ...from, ...mediaInput(path), '-map', '0:v?', '-map', '0:a?', '-f', 'null', '-progress', 'pipe:1', '-'],
      {
        signal,
        collectStdout: false,
        onStdoutLine: (line) => {
          decodedUs = Math.max(decodedUs, (progressMs(line) ?? 0) * 1000);
        },
      },
    );
    return { decoded: endMs === null || decodedUs > 0, damaged: DAMAGE.test(stderr) };
  } catch (error) {
    if (error instanceof ToolError) return { decoded: false, damaged: true };
    throw error;
  }
}

/** The end decodes, and nothing was said to be damaged on the way. */
export const decodesToEnd = async (ffmpeg: string, path: string, endMs: number | null, signal?: AbortSignal): Promise<boolean> => {
  const check = await decodeEnd(ffmpeg, path, endMs, signal);
  return check.decoded && !check.damaged;
};

export interface Count {
  /** From the first to the last packet that is there. */
  durationMs: number;
  /** Pictures (0 for sound only). */
  frames: number;
}

/**
 * One pass over the packets without decoding them (`-c copy` to nowhere): how long a file really is when its header
 * does not say (a WebM written live, an APNG) or says more than is there (a file cut off). Reads at disk speed.
 */
export async function countPackets(ffmpeg: string, path: string, signal?: AbortSignal): Promise<Count> {
  let durationUs = 0;
  let frames = 0;
  await runTool(
    ffmpeg,
    ['-hide_banner', '-nostdin', '-v', 'error', ...mediaInput(path), '-map', '0:v:0?', '-map', '0:a?', '-c', 'copy', '-f', 'null', '-progress', 'pipe:1', '-'],
    {
      signal,
      collectStdout: false,
      onStdoutLine: (line) => {
        durationUs = Math.max(durationUs, (progressMs(line) ?? 0) * 1000);
        const [key, value] = line.split('=');
        if (key === 'frame') frames = Math.max(frames, Number(value) || 0);
      },
    },
  ).catch((error: unknown) => {
    // A damaged tail ends the pass with an error after the packets before it were counted: those are what is there.
    if (!(error instanceof ToolError)) throw error;
  });
  return { durationMs: Math.round(durationUs / 1000), frames };
}
