import { execFileSync } from 'node:child_process';

/**
 * Tiles evenly spaced frames of a clip into one PNG, `columns` x `rows`: the fps filter takes one frame per
 * (duration - startSec)/(columns*rows) seconds from `startSec`, tile lays them out on the VS Code dark background.
 */
export function makeClipFrames(clip: string, out: string, startSec = 0, columns = 3, rows = 2, frameWidth = 400): void {
  const duration = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', clip], { encoding: 'utf8' }));
  const graph = `trim=start=${startSec},setpts=PTS-STARTPTS,fps=${columns * rows}/${(duration - startSec).toFixed(3)},scale=${frameWidth}:-2,tile=${columns}x${rows}:padding=6:margin=6:color=0x1f1f1f`;
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', clip, '-vf', graph, '-frames:v', '1', out], { stdio: 'inherit' });
}
