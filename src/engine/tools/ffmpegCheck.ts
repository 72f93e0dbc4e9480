import { ffmpegInstallHint, type InstallHint } from './ffmpegInstall';
import { runTool } from './runTool';

/** The engine's filtergraphs and encoder settings need ffmpeg 5 or newer; its MP4s are H.264 from libx264. */
const MIN_FFMPEG_MAJOR = 5;

export type FfmpegStatus =
  | { kind: 'ok'; version: string }
  | { kind: 'missing'; tool: string }
  | { kind: 'too-old'; version: string }
  | { kind: 'no-libx264'; version: string };

export interface FfmpegTools {
  ffmpeg: string;
  ffprobe: string;
}

/**
 * Judges an ffmpeg from what `ffmpeg -version` and `ffmpeg -encoders` print. Release builds say
 * "ffmpeg version 5.1.9-0+deb12u1" or "n7.1"; builds from git say "N-118000-g…" or "2025-01-06-git-…" and are
 * taken as current, since they carry no release number to compare.
 */
export function ffmpegStatus(versionOutput: string, encodersOutput: string, tool = 'ffmpeg'): FfmpegStatus {
  const version = /^ffmpeg version (\S+)/m.exec(versionOutput)?.[1];
  if (!version) return { kind: 'missing', tool }; // it ran, but it is not ffmpeg
  const major = /^n?(\d+)\.\d+/.exec(version)?.[1];
  if (major !== undefined && Number(major) < MIN_FFMPEG_MAJOR) return { kind: 'too-old', version };
  if (!/^\s*V\S*\s+libx264\s/m.test(encodersOutput)) return { kind: 'no-libx264', version };
  return { kind: 'ok', version };
}

/** Runs the tools once to judge them; a tool that cannot be run at all (not found, not executable) is missing. */
export async function checkFfmpeg(tools: FfmpegTools): Promise<FfmpegStatus> {
  const output = (tool: string, args: string[]) => runTool(tool, ['-hide_banner', ...args]).then((r) => r.stdout, () => undefined);
  const [version, encoders, probe] = await Promise.all([output(tools.ffmpeg, ['-version']), output(tools.ffmpeg, ['-encoders']), output(tools.ffprobe, ['-version'])]);
  if (version === undefined) return { kind: 'missing', tool: tools.ffmpeg };
  const status = ffmpegStatus(version, encoders ?? '', tools.ffmpeg);
  if (status.kind === 'ok' && probe === undefined) return { kind: 'missing', tool: tools.ffprobe };
  return status;
}

/** What is wrong, in one sentence for the user, then how to fix it on their system. */
function ffmpegProblem(status: Exclude<FfmpegStatus, { kind: 'ok' }>, hint: InstallHint): string {
  return `${whatIsWrong(status)} Install it (${hint.system}): ${hint.command}${hint.note ? ` (${hint.note})` : ''}.`;
}

function whatIsWrong(status: Exclude<FfmpegStatus, { kind: 'ok' }>): string {
  switch (status.kind) {
    case 'missing':
      return /[\\/]/.test(status.tool)
        ? `The local engine needs ffmpeg, and ${status.tool} was not found or cannot be run.`
        : `The local engine needs ffmpeg, and there is no ${status.tool} on the PATH.`;
    case 'too-old':
      return `ffmpeg ${status.version} is too old: the local engine needs ffmpeg ${MIN_FFMPEG_MAJOR} or newer.`;
    case 'no-libx264':
      return `This ffmpeg (${status.version}) has no libx264 encoder, which the local engine needs for H.264 MP4.`;
  }
}

/** Thrown before the local engine starts when its ffmpeg cannot do the job; the message is written for users. */
export class FfmpegUnavailableError extends Error {
  override readonly name = 'FfmpegUnavailableError';

  constructor(readonly status: Exclude<FfmpegStatus, { kind: 'ok' }>, hint: InstallHint) {
    super(ffmpegProblem(status, hint));
  }
}

/** Resolves with the ffmpeg version when it is fit for the engine; otherwise rejects with an FfmpegUnavailableError. */
export async function requireFfmpeg(tools: FfmpegTools): Promise<string> {
  const status = await checkFfmpeg(tools);
  if (status.kind === 'ok') return status.version;
  throw new FfmpegUnavailableError(status, await ffmpegInstallHint());
}
