/**
 * The only demuxers the engine lets ffmpeg and ffprobe use on a stored file. ffmpeg picks a demuxer by content, not
 * by name, and some "formats" are programs that open other files or URLs: an HLS playlist saved as `.mp4` (`#EXTM3U`
 * naming `/home/user/private.ts`) would otherwise probe as video and render that file's frames. These are the
 * containers of real media, by their names in `ffmpeg -demuxers` (a name matches when it is any one of a demuxer's
 * comma-separated names, e.g. `mov` for `mov,mp4,m4a,3gp,3g2,mj2`). Not here, on purpose: hls, dash, concat,
 * webm_dash_manifest, and every other demuxer that reads playlists, scripts or manifests.
 */
const MEDIA_DEMUXERS = [
  // mp4 mov m4v m4a 3gp (and AVIF/HEIC on ffmpeg 6+), mkv webm, avi, ogg ogv opus, ts mts m2ts, flv, wmv asf
  'mov', 'matroska', 'avi', 'ogg', 'mpegts', 'flv', 'asf',
  // animated pictures and stills: gif, apng, images by extension (image2) or by content (the *_pipe demuxers)
  'gif', 'apng', 'image2', 'png_pipe', 'jpeg_pipe', 'webp_pipe', 'gif_pipe', 'bmp_pipe', 'tiff_pipe',
  // audio
  'mp3', 'wav', 'aac', 'flac',
];

/**
 * The input options for one stored media file, for every ffmpeg/ffprobe run that opens one (probe, decode check,
 * analysis, render, preview): real media demuxers only, and only the `file` protocol, so the file can name no other.
 */
export function mediaInput(path: string): string[] {
  return ['-protocol_whitelist', 'file', '-format_whitelist', MEDIA_DEMUXERS.join(','), '-i', path];
}
