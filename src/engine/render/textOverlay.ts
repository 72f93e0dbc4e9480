import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filterValue, sec } from './filterEscape';
import { drawable, fontFor } from './fonts';
import type { Canvas, TextPiece, TextStyle } from './renderPlan';

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

/**
 * DejaVu Sans Bold averages about 0.62 em per character, CJK characters take a full em: wrapping at that width
 * keeps lines inside the frame.
 */
const CHAR_WIDTH_EM = 0.62;
const WIDE_CHAR = /[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const TEXT_WIDTH = 0.88;

/**
 * drawtext filters (to append to the picture chain) for every text segment, one per wrapped line so that each
 * line is centred on its own. The words go through files (`textfile`, `expansion=none`), never through the
 * filtergraph: quotes, colons, brackets, `%{…}` and emoji cannot break or inject into the graph. Each text gets a
 * font that has its script (fonts.ts); characters no font here has are left out rather than drawn as empty boxes
 * (the agent's reply said so when the text was added).
 */
export async function textOverlays(texts: TextPiece[], canvas: Canvas, workDir: string): Promise<string> {
  if (texts.length === 0) return '';
  const filters: string[] = [];
  for (const [t, piece] of texts.entries()) {
    const choice = await fontFor(piece.text);
    const font = filterValue(choice.file);
    const text = drawable(piece.text, choice);
    if (!text) continue;
    const look = LOOKS[piece.style];
    const px = Math.round(Math.min(canvas.width, canvas.height) * look.size);
    const em = WIDE_CHAR.test(text) ? 1 : CHAR_WIDTH_EM;
    const lines = wrap(text, Math.max(4, Math.floor((canvas.width * TEXT_WIDTH) / (px * em))));
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
