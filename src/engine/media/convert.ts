import { rename, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { BilingualError } from '../../protocol';
import { progressMs, runTool, ToolError } from '../tools/runTool';
import { mediaInput } from './mediaInput';
import { probeMedia } from './probe';
import { toneMappingOf, toSdr } from '../render/toneMap';

export interface ConvertOptions {
  ffmpeg: string;
  ffprobe: string;
  signal?: AbortSignal;
  /** 0-100, as the conversion goes. */
  onProgress?: (percent: number) => void;
}

/**
 * Converts a recording the NemoVideo cloud does not take (Theora, MPEG-TS, FLV, an APNG…) into what it does:
 * MP4, H.264 yuv420p (even size, HDR brought to SDR) and AAC, index first. Written through a `.part` file into
 * `outDir`, never beside the user's own file; the user's file is only read. Rejects with the reason ffmpeg gives.
 */
export async function convertToMp4(path: string, outDir: string, options: ConvertOptions): Promise<string> {
  const probe = await probeMedia(options.ffprobe, path, options.signal).catch((error: unknown) => {
    if (error instanceof ToolError) {
      throw new BilingualError({
        en: `"${basename(path)}" could not be read, so it cannot be converted for the cloud: it may be corrupt or not a media file.`,
        zh: `无法读取“${basename(path)}”，所以没法为云端转换它：它可能已损坏，或者不是媒体文件。`,
      });
    }
    throw error;
  });
  if (!probe.hasVideo && probe.audioTracks === 0) {
    throw new BilingualError({
      en: `"${basename(path)}" has neither pictures nor sound in it: there is nothing to upload.`,
      zh: `“${basename(path)}”里既没有画面也没有声音：没有可以上传的内容。`,
    });
  }
  const out = join(outDir, `${basename(path, extname(path))}.mp4`);
  const part = `${out}.part`;
  const picture = probe.hasVideo
    ? ['-map', '0:v:0', '-vf', `${probe.hdr ? toSdr(probe.hdr, await toneMappingOf(options.ffmpeg)) : ''}scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p`,
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-fps_mode', 'cfr']
    : [];
  const sound = probe.audioTracks > 0 ? ['-map', '0:a:0', '-c:a', 'aac', '-b:a', '160k'] : [];
  const totalUs = (probe.durationMs ?? 0) * 1000;
  try {
    await runTool(options.ffmpeg, ['-hide_banner', '-nostdin', '-y', '-v', 'error', ...mediaInput(path), ...picture, ...sound,
      '-movflags', '+faststart', '-progress', 'pipe:1', '-f', 'mp4', part], {
      signal: options.signal,
      collectStdout: false,
      onStdoutLine: (line) => {
        const doneUs = (progressMs(line) ?? 0) * 1000;
        if (totalUs > 0 && doneUs > 0) options.onProgress?.(Math.min(100, Math.floor((doneUs / totalUs) * 100)));
      },
    });
    await rename(part, out);
    return out;
  } catch (error) {
    await rm(part, { force: true });
    if (error instanceof ToolError) {
      const said = error.stderrTail.trim().split('\n').pop() || 'ffmpeg failed';
      throw new BilingualError({
        en: `"${basename(path)}" could not be converted to MP4 for the cloud: ${said}.`,
        zh: `无法把“${basename(path)}”转换为 MP4 以上传到云端：${said}。`,
      });
    }
    throw error;
  }
}
