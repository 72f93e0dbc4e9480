import { existsSync } from 'node:fs';
import type { Bilingual } from '../../protocol';
import { EngineError } from '../http/engineError';
import { runTool } from '../tools/runTool';

/**
 * Which font draws a text: the first of the known bold sans fonts that has a glyph for every character, so that
 * Latin titles keep DejaVu Sans and a Chinese, Japanese or Korean title gets Noto Sans CJK instead of empty boxes.
 * Coverage comes from fontconfig (fc-query's charset; fc-list finds CJK fonts installed elsewhere), read once per
 * font and cached. Without fontconfig (macOS, Windows) a font's script is taken on trust.
 */
const LATIN = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  '/Library/Fonts/Arial Bold.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];
/** Noto Sans CJK as Debian/Ubuntu (fonts-noto-cjk), Arch and Fedora install it; then macOS's and Windows' own. */
const CJK = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyhbd.ttc',
];
export const CJK_FONT_HINT: Bilingual = {
  en: 'For Chinese, Japanese or Korean, install the Noto CJK fonts (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk).',
  zh: '请安装 Noto CJK 字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。',
};

export interface FontChoice {
  file: string;
  /** Characters of the text this font cannot draw (no known font can): they are left out rather than drawn as boxes. */
  missing: string[];
}

/** A font's characters as code point ranges; null when fontconfig is not there to say. */
type Coverage = [number, number][] | null;

const coverage = new Map<string, Promise<Coverage>>();
let candidates: Promise<string[]> | undefined;

/** The font for `text`: the first candidate covering all of it, else the one covering most (with what it lacks). */
export async function fontFor(text: string): Promise<FontChoice> {
  const chars = [...new Set([...text].filter((c) => /\S/u.test(c)))];
  let best: FontChoice | undefined;
  for (const file of await fontCandidates()) {
    const ranges = await coverageOf(file);
    const missing = chars.filter((c) => !covers(ranges, c, CJK.includes(file) || !LATIN.includes(file)));
    if (missing.length === 0) return { file, missing };
    if (!best || missing.length < best.missing.length) best = { file, missing };
  }
  if (!best) throw new EngineError(500, {
    en: 'No font for titles was found. Install the DejaVu fonts (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core).',
    zh: '找不到标题用的字体。请安装 DejaVu 字体（Debian/Ubuntu：sudo apt-get install fonts-dejavu-core）。',
  });
  return best;
}

/** The text without the characters its font cannot draw. */
export function drawable(text: string, choice: FontChoice): string {
  if (choice.missing.length === 0) return text;
  return [...text].filter((c) => !choice.missing.includes(c)).join('').replace(/ {2,}/g, ' ').trim();
}

function fontCandidates(): Promise<string[]> {
  candidates ??= (async () => {
    // Fonts fontconfig knows for Chinese, Japanese and Korean, bold first: CJK fonts installed where we do not look.
    const listed = await runTool('fc-list', [':lang=zh:style=Bold', 'file']).then(({ stdout }) => stdout.split('\n').map((line) => line.replace(/:\s*$/, '').trim()).filter(Boolean), () => []);
    return [...new Set([...LATIN, ...CJK, ...listed.sort()])].filter((file) => existsSync(file));
  })();
  return candidates;
}

function coverageOf(file: string): Promise<Coverage> {
  let found = coverage.get(file);
  if (!found) {
    found = runTool('fc-query', ['-i', '0', '--format=%{charset}', file]).then(({ stdout }) => parseCharset(stdout), () => null);
    coverage.set(file, found);
  }
  return found;
}

/** fontconfig's charset text, "20-7e a0-2e9 2f3 …" (hex), as ranges. */
function parseCharset(text: string): [number, number][] {
  return text.trim().split(/\s+/).filter(Boolean).map((part) => {
    const [from, to = from] = part.split('-').map((hex) => parseInt(hex, 16));
    return [from, to] as [number, number];
  });
}

/** Without fontconfig: a CJK font is trusted with everything, a Latin one with what comes before the CJK blocks. */
function covers(ranges: Coverage, char: string, isCjkFont: boolean): boolean {
  const code = char.codePointAt(0) as number;
  if (ranges === null) return isCjkFont ? code < 0x1f000 : code < 0x2e80;
  return ranges.some(([from, to]) => code >= from && code <= to);
}
