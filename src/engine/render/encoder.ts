import type { RenderOutput } from '../../protocol';

/** x264 CRF per asked quality: 20 keeps screen text sharp at 1080p; low is for the preview. */
const X264_CRF: Record<RenderOutput['quality'], number> = { high: 20, medium: 23, low: 28 };
/** VP9 CRF (0-63 scale, constant quality with -b:v 0). */
const VP9_CRF: Record<RenderOutput['quality'], number> = { high: 32, medium: 36, low: 42 };
/** Said outright: players guess otherwise, and HDR sources have just been brought to exactly this. */
const BT709 = ['-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709'];
const OPUS_BITRATE: Record<RenderOutput['quality'], string> = { high: '128k', medium: '96k', low: '64k' };
/** libopus's effort (0-10): at low quality (the preview's), 5 encodes 43 s of mix in ~0.2 CPU s against ~0.35 at 10. */
const OPUS_COMPLEXITY: Record<RenderOutput['quality'], string> = { high: '10', medium: '10', low: '5' };

/**
 * Encoder and container options per format. MP4 (the default) and MOV: H.264 yuv420p (plays everywhere) + AAC,
 * index at the front (faststart) so players start before the download ends. WebM: VP9 + Opus. GIF: no sound; its
 * palette is built in the graph.
 */
export function encoderArgs(output: RenderOutput, preset: string): string[] {
  const x264 = ['-c:v', 'libx264', '-preset', preset, '-crf', String(X264_CRF[output.quality]), '-pix_fmt', 'yuv420p', '-profile:v', 'high',
    ...BT709];
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

/** WebM's picture: realtime + cpu-used 8 + row-mt, ~8x real time at 540p on 2 cores. */
function vp9Args(quality: RenderOutput['quality']): string[] {
  return ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1', '-b:v', '0', '-crf', String(VP9_CRF[quality]), '-pix_fmt', 'yuv420p'];
}

/**
 * The preview's picture: H.264 at x264's fastest preset, which VS Code's webviews play. Measured on an 8 s part of
 * 1080p footage brought to 540p: 2.0 CPU s against 3.1 for VP9 realtime (the decode and scale are the rest), with
 * screen text as legible. The preview's parts are encoded with these same options so that they join by stream copy.
 * One thread: a part alone is no slower for it (1.05-1.25 s either way), and the preview runs parts and the sound
 * side by side, where x264's threads took the cores from the single-threaded sound run (a reorder's sound took 3.1 s
 * beside two parts, 1.9-2.4 s with them on one thread each).
 */
export function previewPictureArgs(quality: RenderOutput['quality']): string[] {
  return ['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', String(X264_CRF[quality]), '-pix_fmt', 'yuv420p', ...BT709, '-threads', '1'];
}

/** The sound of WebM and of the preview: Opus, which VS Code's webviews play (they play no AAC). */
export function opusArgs(quality: RenderOutput['quality']): string[] {
  return ['-c:a', 'libopus', '-b:a', OPUS_BITRATE[quality], '-compression_level', OPUS_COMPLEXITY[quality], '-ar', '48000'];
}

/** GIFs play at most 15 fps: more only makes the file bigger. */
const gifFps = (fps: number) => `fps=${Math.min(fps, 15)}`;

/**
 * The GIF's one palette, of the colours of the whole clip: a pass of its own before the render (as the loudness is
 * for sound), since a palette made while rendering would keep every frame in memory until the last.
 */
export function gifPaletteScan(input: string, output: string, fps: number): string {
  return `${input}${gifFps(fps)},palettegen=stats_mode=full${output}`;
}

/**
 * The clip drawn in that palette, each frame writing only the rectangle that changed (a screen recording mostly
 * stands still). Measured with `democlip make` (a 60 s 9:16 clip with a title, from a 3-minute recording, 540x960 at
 * 15 fps): 10.7 MB in 51 s in all, against 73.0 MB in 87 s with a palette made for each frame in one pass. The palette
 * is of every pixel, not only those that change: a blurred fill drawn in one made of the changes shows bands.
 */
export function gifPalette(input: string, palette: string, output: string, fps: number): string {
  return `${input}${gifFps(fps)}[gifv];[gifv]${palette}paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle${output}`;
}
