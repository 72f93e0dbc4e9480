import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineError } from '../http/engineError';
import { filterValue, sec } from './filterEscape';
import type { Canvas, TextPiece, TextStyle } from './renderPlan';

/** Bold sans fonts, first found wins: Debian's DejaVu (scripts/install-deps.sh installs it), then macOS, Windows. */
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  '/Library/Fonts/Arial Bold.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

interface Look {
  /** Font size as a share of the canvas's short side. */
  size: number;
  /** Line pitch as a multiple of the font size. */
  leading: number;
  options: (px: number) => string;
  align: 'center' | 'left';
}

const LOOKS: Record<TextStyle, Look> = {
  title: { size: 0.085, leading: 1.25, align: 'center', options: (px) => `fontcolor=white:borderw=${Math.max(2, Math.round(px * 0.05))}:bordercolor=black@0.7:shadowx=2:shadowy=2:shadowcolor=black@0.5` },
  caption: { size: 0.048, leading: 1.6, align: 'center', options: (px) => `fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=${Math.round(px * 0.3)}` },
  'lower-third': { size: 0.05, leading: 1.6, align: 'left', options: (px) => `fontcolor=white:box=1:boxcolor=0x1f4fa8@0.88:boxborderw=${Math.round(px * 0.35)}` },
};

/** DejaVu Sans Bold averages about 0.62 em per character; wrapping at that width keeps lines inside the frame. */
const CHAR_WIDTH_EM = 0.62;
const TEXT_WIDTH = 0.88;

function titleFont(): string {
  const found = FONT_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new EngineError(500, 'No font for titles was found. Install the DejaVu fonts (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core).');
  return found;
}

/**
 * drawtext filters (to append to the picture chain) for every text segment, one per wrapped line so that each
 * line is centred on its own. The words go through files (`textfile`, `expansion=none`), never through the
 * filtergraph: quotes, colons, brackets, `%{…}` and emoji cannot break or inject into the graph. Glyphs the font
 * lacks (colour emoji) are drawn as empty boxes.
 */
export async function textOverlays(texts: TextPiece[], canvas: Canvas, workDir: string): Promise<string> {
  if (texts.length === 0) return '';
  const font = filterValue(titleFont());
  const filters: string[] = [];
  for (const [t, piece] of texts.entries()) {
    const look = LOOKS[piece.style];
    const px = Math.round(Math.min(canvas.width, canvas.height) * look.size);
    const lines = wrap(piece.text, Math.max(8, Math.floor((canvas.width * TEXT_WIDTH) / (px * CHAR_WIDTH_EM))));
    const pitch = Math.round(px * look.leading);
    const top = blockTop(piece.position, canvas.height, lines.length * pitch);
    const x = look.align === 'center' ? filterValue('(w-text_w)/2') : Math.round(canvas.width * 0.06);
    const [a, b] = [piece.atMs, piece.atMs + piece.durationMs];
    const timing = `enable=${filterValue(`between(t,${sec(a)},${sec(b)})`)}:alpha=${filterValue(alpha(piece))}`;
    for (const [l, line] of lines.entries()) {
      const file = join(workDir, `text-${t}-${l}.txt`);
      await writeFile(file, line);
      filters.push(`drawtext=fontfile=${font}:textfile=${filterValue(file)}:expansion=none:fontsize=${px}:${look.options(px)}:x=${x}:y=${top + l * pitch}:${timing}`);
    }
  }
  return filters.map((f) => `,${f}`).join('');
}

function blockTop(position: TextPiece['position'], height: number, blockHeight: number): number {
  if (position === 'top') return Math.round(height * 0.08);
  if (position === 'bottom') return Math.round(height * 0.9 - blockHeight);
  return Math.round((height - blockHeight) / 2);
}

/** Opacity over the segment: ramps for its fades, else fully opaque. */
function alpha(piece: TextPiece): string {
  const [a, b] = [piece.atMs / 1000, (piece.atMs + piece.durationMs) / 1000];
  const fadeIn = piece.fadeInMs > 0 ? `(t-${a.toFixed(3)})/${sec(piece.fadeInMs)}` : '1';
  const fadeOut = piece.fadeOutMs > 0 ? `(${b.toFixed(3)}-t)/${sec(piece.fadeOutMs)}` : '1';
  return `clip(min(${fadeIn},${fadeOut}),0,1)`;
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
