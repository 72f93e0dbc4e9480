import { HAN, PINYIN_UNITS, PINYIN_ZH } from '../../protocol';

/** Latin words in a row, apart by spaces alone: where pinyin typed for characters may stand. */
const LATIN_RUN = /(?<![a-z])[a-z]+(?:[ \t]+[a-z]+)*(?![a-z])/g;

/**
 * A clause with the pinyin typed for editing words read as their characters ("第三段shan diao" → 第三段删掉, "shu ping
 * 9:16 liang bian mo hu" → 竖屏 9:16 两边模糊; PINYIN_ZH). Only whole words are read, and only where they cannot be
 * English: in a clause with no Chinese characters every Latin word must be such pinyin ("fade in dan" stays as said).
 */
export function pinyinTyped(text: string): string {
  const runs = [...text.matchAll(LATIN_RUN)].map((run) => ({ at: run.index, said: run[0], read: runRead(run[0], /\d\s*$/.test(text.slice(0, run.index))) }));
  if (!HAN.test(text) && runs.some(({ read }) => /[a-z]/.test(read))) return text;
  return runs.reduceRight((out, { at, said, read }) => out.slice(0, at) + read + out.slice(at + said.length), text);
}

/** A word typed of the syllables PINYIN_ZH spells with, and nothing else: most English words are not. */
const SPELLABLE = new RegExp(`^(?:${[...new Set([...PINYIN_ZH.values()].flatMap(({ syllables }) => syllables))].join('|')})+$`);

/** A run of Latin words with each stretch of it that is pinyin of editing words read as their characters, the rest as typed. */
function runRead(run: string, afterFigure: boolean): string {
  const tokens = run.split(/[ \t]+/);
  const gaps = run.match(/[ \t]+/g) ?? [];
  let out = '';
  for (let start = 0; start < tokens.length;) {
    const first = afterFigure && start === 0;
    let reach = start;
    while (reach < tokens.length && SPELLABLE.test(tokens[reach])) reach += 1;
    const end = Array.from({ length: reach - start }, (_, i) => reach - 1 - i).find((last) => wordsOf(tokens.slice(start, last + 1), first) !== undefined);
    out += end === undefined ? tokens[start] : wordsOf(tokens.slice(start, end + 1), first)!.join('');
    start = (end ?? start) + 1;
    out += gaps[start - 1] ?? '';
  }
  return out;
}

/**
 * The editing words the typed syllables spell, all of them ("bang wo jian" → 帮我, 剪), with the spaces typed falling
 * between syllables; two syllables at least, or a unit alone after its figure ("45 miao").
 */
function wordsOf(tokens: string[], afterFigure: boolean): string[] | undefined {
  const joined = tokens.join('');
  const spaces = new Set(tokens.slice(0, -1).map((_, i) => tokens.slice(0, i + 1).join('').length));
  const read = (from: number): { words: string[]; syllables: number } | undefined => {
    if (from === joined.length) return { words: [], syllables: 0 };
    for (const [spelled, { word, syllables }] of PINYIN_ZH) {
      if (!joined.startsWith(spelled, from)) continue;
      const ends = new Set(syllables.map((_, i) => from + syllables.slice(0, i + 1).join('').length));
      if ([...spaces].some((space) => space > from && space < from + spelled.length && !ends.has(space))) continue;
      const rest = read(from + spelled.length);
      if (rest) return { words: [word, ...rest.words], syllables: syllables.length + rest.syllables };
    }
    return undefined;
  };
  const words = read(0);
  if (words === undefined) return undefined;
  return words.syllables >= 2 || (afterFigure && PINYIN_UNITS.has(words.words[0])) ? words.words : undefined;
}
