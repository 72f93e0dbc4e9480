import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ProbedFile {
  durationSec: number;
  video?: { codec: string; width: number; height: number; pixFmt: string; fps: number };
  audio?: { codec: string; sampleRate: number; channels: number };
  formatName: string;
}

export async function ffprobe(path: string): Promise<ProbedFile> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path]);
  const info = JSON.parse(stdout) as {
    format: { duration: string; format_name: string };
    streams: { codec_type: string; codec_name: string; width?: number; height?: number; pix_fmt?: string; avg_frame_rate?: string; sample_rate?: string; channels?: number }[];
  };
  const video = info.streams.find((s) => s.codec_type === 'video');
  const audio = info.streams.find((s) => s.codec_type === 'audio');
  const [num, den] = (video?.avg_frame_rate ?? '0/1').split('/').map(Number);
  return {
    durationSec: Number(info.format.duration),
    formatName: info.format.format_name,
    video: video && { codec: video.codec_name, width: video.width ?? 0, height: video.height ?? 0, pixFmt: video.pix_fmt ?? '', fps: den ? num / den : 0 },
    audio: audio && { codec: audio.codec_name, sampleRate: Number(audio.sample_rate), channels: audio.channels ?? 0 },
  };
}

/** Mean grey level (0-255) of a region of the frame at `atSec`, the region in fractions of the frame. */
export async function meanGray(path: string, atSec: number, region: { x: number; y: number; w: number; h: number }): Promise<number> {
  const crop = `crop=iw*${region.w}:ih*${region.h}:iw*${region.x}:ih*${region.y}`;
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', String(atSec), '-i', path, '-frames:v', '1', '-vf', `${crop},scale=16:16,format=gray`, '-f', 'rawvideo', '-'],
    { encoding: 'buffer' });
  return stdout.reduce((sum, p) => sum + p, 0) / stdout.length;
}
