import { join } from 'node:path';
import { ErrorCode, type Bilingual } from '../../protocol';
import { EngineError } from '../http/engineError';
import { readJson, writeJsonAtomic } from '../store/atomicJson';
import { ToolError } from '../tools/runTool';
import { hasFilter } from '../tools/filters';
import { speechTracks } from './audioTracks';
import type { MediaRecord } from '../store/records';
import { probeMedia } from './probe';
import { countPackets, decodeEnd, decodesToEnd, type Count } from './verifyDecodes';

/**
 * What the engine knows of a file once it has read it: the facts its media record keeps. The file type is by content:
 * moving pictures are footage (an animated GIF too), one picture is a still, sound alone is audio.
 */
export type MediaFacts = Required<Pick<MediaRecord, 'fileType' | 'durationMs' | 'width' | 'height' | 'fps' | 'hasVideo' | 'hasAudio' | 'audioTracks' | 'hdr' | 'notes'>>;

export interface InspectTools {
  ffmpeg: string;
  ffprobe: string;
}

/** Bumped when what a count means changes. */
const COUNT_VERSION = 1;
/** A file that decodes this much shorter than its header says is damaged (frame and packet rounding stay below). */
const DAMAGE_MARGIN_MS = 500;

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * Reads a file by its content, never by its name: what it holds, how long it really is (the stream's duration,
 * else the container's, else one counting pass over its packets, cached by content hash), whether it decodes to
 * its end (and if not, how much of it does), and which sound track holds the speech.
 */
export async function inspectMedia(
  tools: InspectTools, path: string, file: { filename: string; sha256: string }, cacheDir: string, signal?: AbortSignal,
): Promise<MediaFacts> {
  const probe = await probeMedia(tools.ffprobe, path, signal).catch((error: unknown) => {
    if (error instanceof ToolError) throw unreadableError(file.filename, error.stderrTail);
    throw error;
  });
  if (probe.undecodableAnimation) {
    throw new EngineError(ErrorCode.unsupportedFile, {
      en: `"${file.filename}" is an animated WebP, which this ffmpeg cannot decode (it reads WebP stills only). Save it as a GIF or an MP4 and upload that.`,
      zh: `“${file.filename}”是动画 WebP，这个 ffmpeg 无法解码（它只能读取静态 WebP）。请另存为 GIF 或 MP4 再上传。`,
    });
  }
  if (!probe.hasVideo && probe.audioTracks === 0) {
    throw new EngineError(ErrorCode.unsupportedFile, {
      en: `"${file.filename}" has neither pictures nor sound in it (ffmpeg found ${probe.formatName || 'no known'} data only). Upload a video, an image or an audio file.`,
      zh: `“${file.filename}”里既没有画面也没有声音（ffmpeg 只找到 ${probe.formatName || '未知'} 数据）。请上传视频、图片或音频文件。`,
    });
  }
  const counted = (): Promise<Count> => countOnce(tools.ffmpeg, path, file.sha256, cacheDir, signal);
  const notes: Bilingual[] = [];

  // GIF-like formats rarely say how many frames they hold: one is a still, more are footage.
  let frames = probe.frames;
  if (probe.imageLike && frames === null) frames = (await counted()).frames;
  // One silent frame in any container is a still too (AVIF is AV1 in an MP4-like box).
  const still = probe.hasVideo && ((probe.imageLike && (frames ?? 1) <= 1) || (frames === 1 && probe.audioTracks === 0));
  if (still) {
    if (!(await decodesToEnd(tools.ffmpeg, path, null, signal))) throw unreadableError(file.filename);
    return { fileType: 'image', durationMs: null, width: probe.width, height: probe.height, fps: null, hasVideo: true, hasAudio: false,
      audioTracks: [], hdr: null, notes };
  }

  let durationMs = probe.durationMs ?? (await counted()).durationMs;
  if (!(durationMs > 0) || !(await decodesToEnd(tools.ffmpeg, path, durationMs, signal))) {
    // Cut off, or damaged near the end: what can be read is used, and the user is told how much that is.
    const readable = (await counted()).durationMs;
    // The damaged tail itself may still warn; what matters is that the last second of what is there decodes.
    if (!(readable > 0) || !(await decodeEnd(tools.ffmpeg, path, readable, signal)).decoded) throw unreadableError(file.filename);
    if (durationMs > 0 && readable < durationMs - DAMAGE_MARGIN_MS) {
      notes.push({
        en: `"${file.filename}" is damaged or cut off: only the first ${seconds(readable)} s of ${seconds(durationMs)} s could be read, and that is what is used.`,
        zh: `“${file.filename}”已损坏或不完整：${seconds(durationMs)} 秒里只能读取前 ${seconds(readable)} 秒，用的就是这一部分。`,
      });
    }
    durationMs = readable;
  }

  const audioTracks = probe.audioTracks > 1
    ? await speechTracks(tools.ffmpeg, path, probe.audioTracks, durationMs, cacheDir, signal)
    : probe.audioTracks === 1 ? [0] : [];
  if (probe.audioTracks > 1) notes.push(trackNote(file.filename, audioTracks, probe.audioTracks));
  if (probe.hdr && !(await hasFilter(tools.ffmpeg, 'zscale'))) {
    notes.push({
      en: `"${file.filename}" is HDR (${probe.hdr.toUpperCase()}), and this ffmpeg has no zscale filter to tone-map it: its colours are converted to BT.709 without tone-mapping, so bright parts may clip. An ffmpeg built with libzimg (Debian's and Ubuntu's are) does it properly.`,
      zh: `“${file.filename}”是 HDR（${probe.hdr.toUpperCase()}），而这个 ffmpeg 没有用于色调映射的 zscale 滤镜：它的颜色会不经色调映射直接转换为 BT.709，明亮的部分可能会过曝。用 libzimg 编译的 ffmpeg（Debian 和 Ubuntu 自带的就是）能正确处理。`,
    });
  }
  return {
    fileType: probe.hasVideo ? 'video' : 'audio',
    durationMs,
    width: probe.width,
    height: probe.height,
    fps: probe.hasVideo ? probe.fps : null,
    hasVideo: probe.hasVideo,
    hasAudio: audioTracks.length > 0,
    audioTracks,
    hdr: probe.hdr,
    notes,
  };
}

/** ""x.mkv" has 2 sound tracks; track 2 is used (the one with speech)." */
function trackNote(filename: string, used: number[], count: number): Bilingual {
  const names = used.map((k) => k + 1);
  if (used.length > 1) {
    return {
      en: `"${filename}" has ${count} sound tracks with speech on ${names.join(' and ')}: they are mixed.`,
      zh: `“${filename}”有 ${count} 条音轨，第 ${names.join('、')} 条有人声：把它们混在一起用。`,
    };
  }
  return used[0] === 0
    ? { en: `"${filename}" has ${count} sound tracks; track 1 is used (none has speech, so the first).`, zh: `“${filename}”有 ${count} 条音轨；都没有人声，所以用第 1 条。` }
    : { en: `"${filename}" has ${count} sound tracks; track ${names[0]} is used (the one with speech).`, zh: `“${filename}”有 ${count} 条音轨；用的是有人声的第 ${names[0]} 条。` };
}

async function countOnce(ffmpeg: string, path: string, sha256: string, cacheDir: string, signal?: AbortSignal): Promise<Count> {
  const cachePath = join(cacheDir, `count-v${COUNT_VERSION}-${sha256}.json`);
  const cached = await readJson<Count>(cachePath);
  if (cached) return cached;
  const count = await countPackets(ffmpeg, path, signal);
  await writeJsonAtomic(cachePath, count);
  return count;
}

/** ffprobe's reason, turned into what the user can do about it. */
function unreadableError(filename: string, stderr = ''): EngineError {
  if (/moov atom not found/i.test(stderr)) {
    return new EngineError(ErrorCode.unsupportedFile, {
      en: `"${filename}" is cut off: its index (the "moov" part an MP4 recorder writes last) is missing, so none of it can be played. ` +
        'This happens when a recording is stopped abruptly. Recover it with the recorder (OBS: remux; or a tool such as untrunc), then upload it again.',
      zh: `“${filename}”不完整：它的索引（MP4 录制程序最后写入的 “moov” 部分）缺失，所以完全无法播放。` +
        '录制被突然中断时会这样。请用录制程序修复（OBS：重新封装；或 untrunc 这类工具），然后重新上传。',
    });
  }
  return new EngineError(ErrorCode.unsupportedFile, {
    en: `"${filename}" could not be read as video, image or audio: nothing in it decodes. It may be corrupt or not a media file. Re-export it and upload again.`,
    zh: `“${filename}”无法作为视频、图片或音频读取：其中没有任何可以解码的内容。它可能已损坏，或者不是媒体文件。请重新导出后再上传。`,
  });
}
