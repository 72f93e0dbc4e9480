/**
 * `npm run icon`: draws the extension's 128x128 icon (media/icon.png) with ffmpeg alone, so the picture is
 * reproducible from the repository: a rounded indigo-to-pink square, a white play triangle, and three clips on a
 * timeline below it. Each shape is a geq expression of the pixel position (X, Y).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const SIZE = 128;
const OUT = resolve(__dirname, '../../media/icon.png');

/** 1 inside a rectangle with rounded corners, else 0. */
function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): string {
  const dx = `max(0,max(${x0 + radius}-X,X-${x1 - radius}))`;
  const dy = `max(0,max(${y0 + radius}-Y,Y-${y1 - radius}))`;
  return `between(X,${x0},${x1})*between(Y,${y0},${y1})*lte(${dx}*${dx}+${dy}*${dy},${radius * radius})`;
}

/** 1 inside a triangle pointing right: its left edge at x0 from y0 to y1, its tip at tipX halfway down. */
function playTriangle(x0: number, y0: number, y1: number, tipX: number): string {
  const mid = (y0 + y1) / 2;
  const half = (y1 - y0) / 2;
  return `gte(X,${x0})*lte(X,${x0}+${tipX - x0}*(1-abs(Y-${mid})/${half}))*between(Y,${y0},${y1})`;
}

const background = roundedRect(0, 0, SIZE - 1, SIZE - 1, 26);
const white = `min(1,${playTriangle(46, 26, 78, 90)}+${[[22, 50], [56, 82], [88, 106]]
  .map(([x0, x1]) => roundedRect(x0, 94, x1, 104, 4)).join('+')})`;
/** Diagonal gradient from indigo #4f46e5 (top left) to pink #db2777 (bottom right). */
const channel = (from: number, to: number) => `${from}+(${to - from})*(X+Y)/${2 * SIZE}`;
const mix = (from: number, to: number) => `'${white}*255+(1-${white})*(${channel(from, to)})'`;

const graph = `format=rgba,geq=r=${mix(0x4f, 0xdb)}:g=${mix(0x46, 0x27)}:b=${mix(0xe5, 0x77)}:a='255*${background}'`;
execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=black:s=${SIZE}x${SIZE}`,
  '-vf', graph, '-frames:v', '1', '-pix_fmt', 'rgba', OUT], { stdio: 'inherit' });
process.stdout.write(`${OUT}\n`);
