import { runTool } from '../tools/runTool';
import { mediaInput } from './mediaInput';

export interface ProbeResult {
  durationMs: number | null;
  width: number | null;
  height: number | null;
  fps: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
  /** ffprobe's format names, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "image2" / "png_pipe". */
  formatName: string;
  /** A single still picture (png, jpg, webp...), as opposed to a moving video stream. */
  isStill: boolean;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  nb_frames?: string;
  disposition?: { attached_pic?: number };
}

const STILL_CODECS = new Set(['png', 'mjpeg', 'webp', 'bmp', 'tiff']);

function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [num, den] = rate.split('/').map(Number);
  return den ? Math.round((num / den) * 1000) / 1000 || null : Number.isFinite(num) ? num : null;
}

/** Reads what a media file holds; rejects (ToolError) when ffprobe cannot read it, e.g. a corrupt file. */
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
  const audio = streams.find((s) => s.codec_type === 'audio');
  const seconds = Number(info.format?.duration);
  const isStill = !!video && STILL_CODECS.has(video.codec_name ?? '') && !(Number(video.nb_frames) > 1);
  return {
    durationMs: Number.isFinite(seconds) && !isStill ? Math.round(seconds * 1000) : null,
    width: video?.width ?? null,
    height: video?.height ?? null,
    fps: isStill ? null : parseRate(video?.avg_frame_rate),
    hasVideo: !!video,
    hasAudio: !!audio,
    formatName: info.format?.format_name ?? '',
    isStill,
  };
}
