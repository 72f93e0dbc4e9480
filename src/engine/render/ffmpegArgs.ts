import type { RenderOutput } from '../../protocol';
import type { Canvas, VideoClip } from './renderPlan';

const sec = (ms: number) => (ms / 1000).toFixed(3);

/** Output encoder settings per container. MP4 is the default: H.264 yuv420p + AAC, faststart for the web. */
function encoderArgs(format: RenderOutput['format'], preset: string): string[] {
  switch (format) {
    case 'webm':
      return ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '0', '-crf', '32', '-c:a', 'libopus', '-b:a', '128k', '-f', 'webm'];
    case 'mov':
      return ['-c:v', 'libx264', '-preset', preset, '-crf', '20', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '160k', '-f', 'mov'];
    case 'gif':
      return ['-an', '-f', 'gif'];
    case 'mp4':
      return ['-c:v', 'libx264', '-preset', preset, '-crf', '20', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '160k', '-movflags', '+faststart', '-f', 'mp4'];
  }
}

/**
 * One ffmpeg invocation for the whole draft. Each clip is its own input, seeked with `-ss` before `-i`: when
 * re-encoding, ffmpeg decodes from the keyframe before and drops frames up to the cut, so cuts are frame-accurate
 * without decoding the whole source once per clip.
 */
export function renderArgs(clips: VideoClip[], canvas: Canvas, output: RenderOutput, preset: string, outPath: string): string[] {
  const inputs: string[] = [];
  const filters: string[] = [];
  const { width: w, height: h, fps } = canvas;
  clips.forEach((clip, k) => {
    const sourceMs = clip.durationMs * clip.speed;
    const isStill = clip.media.fileType === 'image';
    inputs.push(...(isStill ? ['-loop', '1', '-t', sec(sourceMs)] : ['-ss', sec(clip.inMs), '-t', sec(sourceMs)]), '-i', clip.path);
    const duration = sec(clip.durationMs);
    filters.push(
      `[${k}:v]setpts=(PTS-STARTPTS)/${clip.speed},scale=${w}:${h}:force_original_aspect_ratio=decrease,` +
        `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,fps=${fps},format=yuv420p,trim=duration=${duration}[v${k}]`,
    );
    const audio = clip.media.hasAudio && !isStill
      ? `[${k}:a]asetpts=PTS-STARTPTS,${clip.speed === 1 ? '' : `atempo=${clip.speed},`}aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=duration=${duration}[a${k}]`
      : `anullsrc=r=48000:cl=stereo,atrim=duration=${duration}[a${k}]`;
    filters.push(audio);
  });
  const pairs = clips.map((_, k) => `[v${k}][a${k}]`).join('');
  filters.push(`${pairs}concat=n=${clips.length}:v=1:a=1[vout][aout]`);
  const maps = output.format === 'gif' ? ['-map', '[vout]'] : ['-map', '[vout]', '-map', '[aout]'];
  return [
    '-hide_banner', '-nostdin', '-y', '-v', 'error', '-nostats', '-progress', 'pipe:1',
    ...inputs,
    '-filter_complex', filters.join(';'),
    ...maps,
    ...encoderArgs(output.format, preset),
    outPath,
  ];
}
