import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool } from '../tools/runTool';
import { backdropStill } from './backgrounds';
import { filterValue, sec } from './filterEscape';
import { drawable, fontFor } from './fonts';
import { recordingArea, toVideo } from './framing';
import type { GraphInputs } from './graphInputs';
import type { Canvas, RenderPlan, TextPiece, TextStyle } from './renderPlan';

/** One line of a text: its words, font, size and colour. */
interface Line {
  text: string;
  font: string;
  px: number;
  color: string;
}

/** How each style looks; sizes are shares of the frame's short side (the width of a 9:16 clip: phone-readable). */
interface Style {
  size: number;
  /** The second line of a lower third, smaller and quieter. */
  subSize?: number;
  /** Backdrop colour and opacity; none for a card, which stands on its own background. */
  backdrop?: { color: string; opacity: number };
  accent?: string;
  align: 'center' | 'left';
  /** Share of the frame's width the text may use. */
  width: number;
}

const STYLES: Record<TextStyle, Style> = {
  title: { size: 0.07, backdrop: { color: '0f172a', opacity: 0.78 }, align: 'center', width: 0.84 },
  caption: { size: 0.046, backdrop: { color: '000000', opacity: 0.7 }, align: 'center', width: 0.84 },
  'lower-third': { size: 0.046, subSize: 0.032, backdrop: { color: '111827', opacity: 0.9 }, accent: '8b5cf6', align: 'left', width: 0.7 },
  card: { size: 0.095, align: 'center', width: 0.8 },
};
const LEADING = 1.3;
const DEFAULT_MOTION_MS = 300;

/**
 * DejaVu Sans Bold averages about 0.62 em per character, CJK characters take a full em: wrapping at that width
 * keeps lines inside the frame (the backdrop is then fitted to the measured width).
 */
const CHAR_WIDTH_EM = 0.62;
const WIDE_CHAR = /[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Every text of the plan, designed: words on a rounded backdrop (a cached still, fitted to the words' measured
 * width) that fades or slides in and out; a lower third's name and role on two lines beside an accent bar; a
 * card's words large on its background. Sized for the output: shares of the frame's short side, wrapped inside
 * safe margins, and in a frame taller than the recording, titles sit in the free band instead of over the screen.
 *
 * The words go through files (`textfile`, `expansion=none`), never through the filtergraph: quotes, colons,
 * brackets, `%{…}` and emoji cannot break or inject into the graph. Each line gets a font that has its script
 * (fonts.ts); characters no font here has are left out rather than drawn as empty boxes.
 */
export async function designedTexts(plan: RenderPlan, video: string, inputs: GraphInputs, options: { ffmpeg: string; cacheDir: string; workDir: string }): Promise<{ filters: string[]; video: string }> {
  const filters: string[] = [];
  let out = video;
  for (const [k, piece] of plan.text.entries()) {
    const style = STYLES[piece.style];
    const lines = await linesOf(piece, style, plan.canvas);
    if (lines.length === 0) continue;
    const files = await Promise.all(lines.map(async (line, l) => {
      const file = join(options.workDir, `text-${k}-${l}.txt`);
      await writeFile(file, line.text);
      return file;
    }));
    const widths = await measure(options.ffmpeg, lines, files, join(options.workDir, `measure-${k}.gray`));
    const box = boxOf(lines, widths, style);
    const place = placeOf(piece, box, plan);
    const motion = motionOf(piece, box, plan.canvas);
    const label = `[tx${k}]`;
    let chain = out;
    if (style.backdrop) {
      const still = await backdropStill(options.ffmpeg, options.cacheDir, { width: box.width, height: box.height, radius: box.radius, ...style.backdrop, accent: style.accent, accentWidth: box.accent });
      const index = inputs.add(still, ['-framerate', String(plan.canvas.fps)]);
      const frames = Math.ceil((piece.durationMs / 1000) * plan.canvas.fps) + 1;
      filters.push(`[${index}:v]${toVideo('yuva420p')},loop=loop=${frames - 1}:size=1:start=0,setpts=N/(${plan.canvas.fps}*TB)+${sec(piece.atMs)}/TB` +
        `,fade=t=in:st=${sec(piece.atMs)}:d=${sec(motion.inMs)}:alpha=1,fade=t=out:st=${sec(piece.atMs + piece.durationMs - motion.outMs)}:d=${sec(motion.outMs)}:alpha=1[txb${k}]`);
      filters.push(`${out}[txb${k}]overlay=x=${filterValue(motion.x(place.x))}:y=${filterValue(motion.y(place.y))}:eof_action=pass:format=yuv420[txo${k}]`);
      chain = `[txo${k}]`;
    }
    const draws = lines.map((line, l) => {
      const left = box.padX + box.accent + (style.align === 'center' ? (box.textWidth - widths[l].width) / 2 : 0) - widths[l].left;
      const top = box.padY + box.lineTops[l];
      const shadow = style.backdrop ? '' : `:shadowcolor=black@0.35:shadowx=0:shadowy=${Math.max(1, Math.round(line.px * 0.04))}`;
      return `drawtext=fontfile=${filterValue(line.font)}:textfile=${filterValue(files[l])}:expansion=none:fontsize=${line.px}:fontcolor=0x${line.color}${shadow}` +
        `:x=${filterValue(motion.x(place.x + Math.round(left)))}:y=${filterValue(motion.y(place.y + top))}` +
        `:alpha=${filterValue(motion.alpha)}:enable=${filterValue(`between(t,${sec(piece.atMs)},${sec(piece.atMs + piece.durationMs)})`)}`;
    });
    filters.push(`${chain}${draws.join(',')}${label}`);
    out = label;
  }
  return { filters, video: out };
}

/** The lines of a text: wrapped to the style's width; a lower third is a name and a role ("Jane Doe, CEO"). */
async function linesOf(piece: TextPiece, style: Style, canvas: Canvas): Promise<Line[]> {
  const short = Math.min(canvas.width, canvas.height);
  const sub = style.subSize;
  const parts = sub ? twoLines(piece.text) : [piece.text];
  const lines: Line[] = [];
  for (const [p, part] of parts.entries()) {
    const choice = await fontFor(part);
    const text = drawable(part, choice);
    if (!text) continue;
    const px = Math.round(short * (p > 0 && sub ? sub : style.size));
    const em = WIDE_CHAR.test(text) ? 1 : CHAR_WIDTH_EM;
    const color = p > 0 ? 'cbd5e1' : 'ffffff';
    for (const wrapped of balanced(text, Math.max(4, Math.floor((canvas.width * style.width) / (px * em))))) lines.push({ text: wrapped, font: choice.file, px, color });
  }
  return lines;
}

/** "Jane Doe, CEO at Acme" → name and role; an explicit line break wins. */
function twoLines(text: string): string[] {
  const byBreak = text.split(/\r?\n/).map((part) => part.trim()).filter(Boolean);
  if (byBreak.length > 1) return [byBreak[0], byBreak.slice(1).join(' ')];
  const match = /^(.+?)\s*(?:,|，|\s[-–—|]\s)\s*(.+)$/.exec(text);
  return match ? [match[1], match[2]] : [text];
}

interface InkWidth {
  left: number;
  width: number;
}

/** Measured ink, by the lines' fonts, sizes and words: the same title is measured once, not again at every edit. */
const measured = new Map<string, Promise<InkWidth[]>>();
/** Enough for every text of many drafts; past it the oldest measurements go. */
const MEASURED_KEPT = 256;

/**
 * How wide each line's ink is, drawn as the render draws it: one small ffmpeg run draws the lines white on black,
 * and the columns with ink are counted. The backdrop is then exactly as wide as the words. Kept (`measured`): the
 * run costs ~0.3 s, on the way of every preview part with a text.
 */
function measure(ffmpeg: string, lines: Line[], files: string[], rawPath: string): Promise<InkWidth[]> {
  const key = JSON.stringify([ffmpeg, lines.map(({ text, font, px }) => [text, font, px])]);
  let widths = measured.get(key);
  if (!widths) {
    widths = measureInk(ffmpeg, lines, files, rawPath);
    widths.catch(() => measured.delete(key));
    measured.set(key, widths);
    if (measured.size > MEASURED_KEPT) measured.delete(measured.keys().next().value as string);
  }
  return widths;
}

async function measureInk(ffmpeg: string, lines: Line[], files: string[], rawPath: string): Promise<InkWidth[]> {
  const pitch = Math.max(...lines.map((line) => Math.round(line.px * LEADING * 1.2)));
  const width = Math.min(8192, Math.max(...lines.map((line) => line.px * [...line.text].length * 1.3)) + 64) & ~1;
  const height = pitch * lines.length;
  const draws = lines.map((line, l) => `drawtext=fontfile=${filterValue(line.font)}:textfile=${filterValue(files[l])}:expansion=none:fontsize=${line.px}:fontcolor=white:x=16:y=${l * pitch + 4}`);
  await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-f', 'lavfi', '-i', `color=c=black:s=${width}x${height}:d=0.04,format=gray`,
    '-vf', draws.join(','), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', rawPath], { collectStdout: false });
  const pixels = await readFile(rawPath);
  return lines.map((_, l) => {
    let [first, last] = [width, -1];
    for (let y = l * pitch; y < (l + 1) * pitch; y++) {
      for (let x = 0; x < width; x++) {
        if (pixels[y * width + x] > 48) {
          first = Math.min(first, x);
          last = Math.max(last, x);
        }
      }
    }
    return last < 0 ? { left: 0, width: 0 } : { left: first - 16, width: last - first + 1 };
  });
}

interface Box {
  width: number;
  height: number;
  radius: number;
  padX: number;
  padY: number;
  /** Width of a lower third's accent bar (0 for other styles). */
  accent: number;
  /** Width the text itself takes. */
  textWidth: number;
  /** Top of each line inside the text area (drawtext's y: the top of the font's ascent). */
  lineTops: number[];
}

function boxOf(lines: Line[], widths: InkWidth[], style: Style): Box {
  const px = lines[0].px;
  const padX = Math.round(px * (style.backdrop ? 0.6 : 0));
  const padY = Math.round(px * (style.backdrop ? 0.32 : 0));
  const accent = style.accent ? Math.max(4, Math.round(px * 0.14)) : 0;
  const lineTops: number[] = [];
  let y = 0;
  for (const line of lines) {
    lineTops.push(y);
    y += Math.round(line.px * LEADING);
  }
  // The last line needs only its own glyph height, not the pitch to a next line.
  const textHeight = y - Math.round(lines[lines.length - 1].px * (LEADING - 1.12));
  const textWidth = Math.max(...widths.map((w) => w.width));
  const even = (n: number) => Math.max(2, Math.ceil(n / 2) * 2);
  return {
    width: even(textWidth + 2 * padX + accent), height: even(textHeight + 2 * padY), radius: Math.round(px * 0.36),
    padX, padY, accent, textWidth, lineTops,
  };
}

/**
 * Where the box goes. Inside safe margins (a phone's UI covers the top and bottom of a 9:16 clip); in a frame
 * taller than the recording, titles and captions sit in the free bands above and below it rather than over it.
 */
function placeOf(piece: TextPiece, box: Box, plan: RenderPlan): { x: number; y: number } {
  const { width: w, height: h } = plan.canvas;
  const portrait = h > w;
  const [topSafe, bottomSafe] = [Math.round(h * 0.08), Math.round(h * (portrait ? 0.12 : 0.08))];
  const area = recordingArea(plan);
  const above = area.top >= box.height + 2 * topSafe ? Math.round((area.top - box.height) / 2) : undefined;
  const belowRoom = h - area.bottom;
  const below = belowRoom >= box.height + topSafe + bottomSafe ? Math.round(area.bottom + (belowRoom - box.height) / 2) : undefined;
  const x = STYLES[piece.style].align === 'left' ? Math.round(w * 0.06) : Math.round((w - box.width) / 2);
  if (piece.style === 'card') return { x, y: Math.round((h - box.height) / 2) };
  if (piece.position === 'top') return { x, y: above ?? topSafe };
  if (piece.position === 'bottom' || piece.style === 'lower-third') return { x, y: below ?? h - bottomSafe - box.height };
  return { x, y: above ?? Math.round((h - box.height) / 2) };
}

/**
 * Motion as expressions of the frame time `t`: eased in (cubic ease-out) and out (ease-in), and the opacity ramp
 * that matches the backdrop's fades. A fade rises a little; a slide travels further (a lower third from the left).
 */
function motionOf(piece: TextPiece, box: Box, canvas: Canvas): { inMs: number; outMs: number; alpha: string; x: (x: number) => string; y: (y: number) => string } {
  const half = piece.durationMs / 2;
  const inMs = Math.min(half, piece.fadeInMs || DEFAULT_MOTION_MS);
  const outMs = Math.min(half, piece.fadeOutMs || DEFAULT_MOTION_MS);
  const [a, b] = [piece.atMs / 1000, (piece.atMs + piece.durationMs) / 1000];
  const pIn = `clip((t-${a.toFixed(3)})/${sec(inMs)},0,1)`;
  const pOut = `clip((t-${(b - outMs / 1000).toFixed(3)})/${sec(outMs)},0,1)`;
  const travel = `(pow(1-${pIn},3)+pow(${pOut},3))`;
  const sideways = piece.style === 'lower-third';
  const distance = sideways
    ? (piece.motion === 'slide' ? box.width + Math.round(canvas.width * 0.06) : Math.round(canvas.width * 0.02))
    : Math.round(canvas.height * (piece.motion === 'slide' ? 0.05 : 0.015));
  return {
    inMs, outMs,
    alpha: `min(${pIn},1-${pOut})`,
    x: (x) => (sideways ? `${x}-${distance}*${travel}` : String(x)),
    y: (y) => (sideways ? String(y) : `${y}+${distance}*${travel}`),
  };
}

/** As few lines as a wrap at `width` gives, made as even as they can be ("Reports in / one click", not "Reports in one / click"). */
function balanced(text: string, width: number): string[] {
  const greedy = wrap(text, width);
  let best = greedy;
  for (let narrower = width - 1; narrower >= 4 && greedy.length > 1; narrower--) {
    const lines = wrap(text, narrower);
    if (lines.length > greedy.length) break;
    best = lines;
  }
  return best;
}

/** Greedy word wrap at `width` characters; a word longer than a line is split. Explicit newlines are kept. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const chars = [...word];
      for (let i = 0; i < chars.length; i += width) {
        const piece = chars.slice(i, i + width).join('');
        if (line && [...line].length + 1 + [...piece].length > width) {
          lines.push(line);
          line = piece;
        } else {
          line = line ? `${line} ${piece}` : piece;
        }
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}
