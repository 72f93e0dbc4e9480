import type { RenderOutput } from '../../protocol';

/** x264 CRF per asked quality: 20 keeps screen text sharp at 1080p; low is for proxies. */
const X264_CRF: Record<RenderOutput['quality'], number> = { high: 20, medium: 23, low: 28 };
/** VP9 CRF (0-63 scale, constant quality with -b:v 0). */
const VP9_CRF: Record<RenderOutput['quality'], number> = { high: 32, medium: 36, low: 42 };
const OPUS_BITRATE: Record<RenderOutput['quality'], string> = { high: '128k', medium: '96k', low: '64k' };

/**
 * Encoder and container options per format. MP4 (the default) and MOV: H.264 yuv420p (plays everywhere) + AAC,
 * index at the front (faststart) so players start before the download ends. WebM: VP9 + Opus, the preview's format
 * because VS Code's webviews cannot decode AAC. GIF: no sound; its palette is built in the graph.
 */
export function encoderArgs(output: RenderOutput, preset: string): string[] {
  const x264 = ['-c:v', 'libx264', '-preset', preset, '-crf', String(X264_CRF[output.quality]), '-pix_fmt', 'yuv420p', '-profile:v', 'high',
    // Said outright: players guess otherwise, and HDR sources have just been brought to exactly this.
    '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709'];
  const aac = ['-c:a', 'aac', '-b:a', '160k', '-ar', '48000'];
  switch (output.format) {
    case 'mp4':
      return [...x264, ...aac, '-movflags', '+faststart', '-f', 'mp4'];
    case 'mov':
      return [...x264, ...aac, '-movflags', '+faststart', '-f', 'mov'];
    case 'webm':
      return [...vp9Args(output.quality), ...opusArgs(output.quality), '-f', 'webm'];
    case 'gif':
      return ['-loop', '0', '-f', 'gif'];
  }
}

/**
 * WebM's picture: realtime + cpu-used 8 + row-mt, ~8x real time at 540p on 2 cores, enough for a preview that
 * follows edits. The preview's parts are encoded with these same options so that they join by stream copy.
 */
export function vp9Args(quality: RenderOutput['quality']): string[] {
  return ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1', '-b:v', '0', '-crf', String(VP9_CRF[quality]), '-pix_fmt', 'yuv420p'];
}

/** WebM's sound: Opus, which VS Code's webviews play (they play no AAC). */
export function opusArgs(quality: RenderOutput['quality']): string[] {
  return ['-c:a', 'libopus', '-b:a', OPUS_BITRATE[quality], '-ar', '48000'];
}

/** GIFs play at most 15 fps: more only makes the file bigger. Each frame gets its own palette (no whole-clip pass). */
export function gifPalette(input: string, output: string, fps: number): string {
  return `${input}fps=${Math.min(fps, 15)},split=2[gifa][gifb];[gifa]palettegen=stats_mode=single[gifp];[gifb][gifp]paletteuse=new=1:dither=bayer:bayer_scale=4${output}`;
}
