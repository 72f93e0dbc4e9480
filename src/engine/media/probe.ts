import { runTool } from '../tools/runTool';
import { mediaInput } from './mediaInput';

/** High dynamic range transfer functions: PQ (HDR10, Dolby Vision's base) and HLG (phones, broadcast). */
export type HdrTransfer = 'pq' | 'hlg';

export interface ProbeResult {
  /** The best duration the file declares: the picture's (or sound's) stream, else the container's; null when neither. */
  durationMs: number | null;
  /** The picture as displayed: a display matrix turning it by 90° swaps width and height. */
  width: number | null;
  height: number | null;
  fps: number | null;
  hasVideo: boolean;
  /** Number of sound tracks (0: none). */
  audioTracks: number;
  /** ffprobe's format names, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "image2" / "png_pipe". */
  formatName: string;
  /** Frames the file declares for its picture (null when it does not say, as GIF-like formats and live WebM don't). */
  frames: number | null;
  /** An image format (PNG, JPEG, GIF, APNG, WebP, AVIF…): one frame is a still, more are footage. */
  imageLike: boolean;
  /** Clockwise degrees the player turns the picture (0, 90, 180, 270). */
  rotation: number;
  hdr: HdrTransfer | null;
  /** An animated WebP, which this ffmpeg cannot decode (5.1's WebP decoder has no animation frames: no size, no picture). */
  undecodableAnimation: boolean;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  color_transfer?: string;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string; DURATION?: string };
  side_data_list?: { rotation?: number }[];
}

/** Codecs of single images and image animations. */
const IMAGE_CODECS = new Set(['png', 'apng', 'mjpeg', 'jpegls', 'webp', 'bmp', 'tiff', 'gif', 'jpeg2000', 'qoi']);
const IMAGE_FORMATS = /(^|,)(image2|gif|apng|webp_pipe|avif|\w+_pipe)(,|$)/;

function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [num, den] = rate.split('/').map(Number);
  return den ? Math.round((num / den) * 1000) / 1000 || null : Number.isFinite(num) && num > 0 ? num : null;
}

/** Seconds from ffprobe ("6.000000"), or Matroska's DURATION tag ("00:00:06.006000000"); null when absent. */
function parseSeconds(text: string | undefined): number | null {
  if (!text || text === 'N/A') return null;
  const clock = /^(\d+):(\d+):([\d.]+)$/.exec(text);
  const seconds = clock ? Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : Number(text);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** ffmpeg 5.1 reports a display matrix's angle counter-clockwise and negative ones too; players turn clockwise. */
function rotationOf(stream: FfprobeStream | undefined): number {
  const matrix = stream?.side_data_list?.find((side) => typeof side.rotation === 'number')?.rotation;
  const degrees = matrix !== undefined ? -matrix : Number(stream?.tags?.rotate ?? 0);
  return ((Math.round(degrees / 90) * 90) % 360 + 360) % 360;
}

function hdrOf(stream: FfprobeStream | undefined): HdrTransfer | null {
  if (stream?.color_transfer === 'smpte2084') return 'pq';
  if (stream?.color_transfer === 'arib-std-b67') return 'hlg';
  return null;
}

/** Reads what a media file holds from its headers; rejects (ToolError) when ffprobe cannot read it at all. */
export async function probeMedia(ffprobe: string, path: string, signal?: AbortSignal): Promise<ProbeResult> {
  const { stdout } = await runTool(
    ffprobe,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...mediaInput(path)],
    { signal },
  );
  const info = JSON.parse(stdout) as { format?: { duration?: string; format_name?: string }; streams?: FfprobeStream[] };
  const streams = info.streams ?? [];
  // Cover art in an audio file is a video stream too; it is not footage.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const formatName = info.format?.format_name ?? '';
  const imageLike = !!video && (IMAGE_CODECS.has(video.codec_name ?? '') || IMAGE_FORMATS.test(formatName));
  const main = video ?? audio[0];
  const seconds = parseSeconds(main?.duration) ?? parseSeconds(main?.tags?.DURATION) ?? parseSeconds(info.format?.duration);
  const rotation = rotationOf(video);
  const turned = rotation === 90 || rotation === 270;
  const frames = Number(video?.nb_frames);
  return {
    durationMs: seconds === null ? null : Math.round(seconds * 1000),
    width: (turned ? video?.height : video?.width) || null,
    height: (turned ? video?.width : video?.height) || null,
    fps: parseRate(video?.avg_frame_rate) ?? parseRate(video?.r_frame_rate),
    hasVideo: !!video,
    audioTracks: audio.length,
    formatName,
    frames: Number.isFinite(frames) && frames > 0 ? frames : null,
    imageLike,
    rotation,
    hdr: hdrOf(video),
    undecodableAnimation: video?.codec_name === 'webp' && !video.width,
  };
}
