import { BilingualError, type Bilingual } from '../../protocol';
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
function ffmpegProblem(status: Exclude<FfmpegStatus, { kind: 'ok' }>, hint: InstallHint): Bilingual {
  const wrong = whatIsWrong(status);
  return {
    en: `${wrong.en} Install it (${hint.system.en}): ${hint.command.en}${hint.note ? ` (${hint.note.en})` : ''}.`,
    zh: `${wrong.zh}安装方法（${hint.system.zh}）：${hint.command.zh}${hint.note ? `（${hint.note.zh}）` : ''}。`,
  };
}

function whatIsWrong(status: Exclude<FfmpegStatus, { kind: 'ok' }>): Bilingual {
  switch (status.kind) {
    case 'missing':
      return /[\\/]/.test(status.tool)
        ? { en: `The local engine needs ffmpeg, and ${status.tool} was not found or cannot be run.`, zh: `本地引擎需要 ffmpeg，但找不到 ${status.tool}，或者它无法运行。` }
        : { en: `The local engine needs ffmpeg, and there is no ${status.tool} on the PATH.`, zh: `本地引擎需要 ffmpeg，但 PATH 里没有 ${status.tool}。` };
    case 'too-old':
      return {
        en: `ffmpeg ${status.version} is too old: the local engine needs ffmpeg ${MIN_FFMPEG_MAJOR} or newer.`,
        zh: `ffmpeg ${status.version} 太旧了：本地引擎需要 ffmpeg ${MIN_FFMPEG_MAJOR} 或更新版本。`,
      };
    case 'no-libx264':
      return {
        en: `This ffmpeg (${status.version}) has no libx264 encoder, which the local engine needs for H.264 MP4.`,
        zh: `这个 ffmpeg（${status.version}）没有 libx264 编码器，而本地引擎需要它来生成 H.264 MP4。`,
      };
  }
}

/** Thrown before the local engine starts when its ffmpeg cannot do the job; the message is written for users. */
export class FfmpegUnavailableError extends BilingualError {
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
