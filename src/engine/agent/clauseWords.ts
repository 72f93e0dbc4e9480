import { ASPECTS, MOMENT_NOUN, ORDINALS, quotePattern, withoutQuotes, Words } from '../../protocol';
import { normalizeWording } from './normalizeWording';
import { normalizeNumbers, parseOrdinals } from './parseQuantities';

// What every reader of a clause shares: the clause as the grammar reads it, how a moment is named, the
// amounts a clause means when it names none. Kept apart so the clause readers share it without importing one another.

/** Words taken out of a clause wherever they stand, built once (not for every clause). */
export const EVERY = {
  approval: new RegExp(Words.approval.source, 'g'),
  not: new RegExp(Words.not.source, 'g'),
  negation: new RegExp(Words.negation.source, 'g'),
  lengthNow: new RegExp(Words.lengthNow.source, 'g'),
  sourceLength: new RegExp(Words.sourceLength.source, 'g'),
  writeWords: new RegExp(Words.writeWords.source, 'g'),
  musicComparedStated: new RegExp(Words.musicSaid.comparedStated.source, 'g'),
};

/** What a clause means when it names no amount: music is at 35 %, "fade in" is 1 s, "crossfade" 0.5 s, "make moment 2 shorter" 2 s less, "zoom in at 0:12" 3 s, an intro card 2 s, "speed it up" 1.5×, "slow it down" 0.75×. */
export const UNSAID = { musicVolume: 0.35, fadeMs: 1000, crossfadeMs: 500, shortenMs: 2000, zoomMs: 3000, cardMs: 2000, idleFactor: 4, fasterFactor: 1.5, slowerFactor: 0.75 } as const;

/** The longest a transition or fade is taken to be: a longer length said beside one ("fade in, make it 30 seconds") is the clip's. */
export const LONGEST_TRANSITION_MS = 5000;

/** The longest a text or card is taken to show: a longer length said beside one ("加人名条“王敏”，三十秒") is the clip's. */
export const LONGEST_SHOWN_MS = 10_000;

/** What the parser needs to know of the session to resolve "the last moment" and file names. */
export interface ParseContext {
  moments: number;
  texts: number;
  /** Whether the draft has music: "music at 20%" adds it to a draft without any, and sets the level of the one there is. */
  music?: boolean;
}

/** A clause as the grammar reads it: lower case, without its quoted words (a title "点击保存" asks for no export). */
export const readable = (clause: string) => withoutSourceLength(withoutStoryFigures(normalizeNumbers(normalizeWording(withoutQuotes(clause.toLowerCase())))));

/** "we raised $5M, make it 30 seconds": money and the source's quality are no slot. */
const withoutStoryFigures = (text: string) => text.replace(Words.storyFigure, ' ');

/** "turn my 10 minute recording into a 2 min demo": the recording's length is no slot, its noun stays. */
const withoutSourceLength = (text: string) => text.replace(EVERY.sourceLength, (said) =>
  said.replace(/\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|分钟|分|秒|个?小时)(?:\s*long|长)?/, ' '));

/** A frame ratio said in numbers ("4:5", not the 4:5 of a clock or a longer figure): each built once. */
const RATIOS = ASPECTS.map((aspect) => [aspect, new RegExp(String.raw`(?<![\d:.])${aspect}(?![\d:])`)] as const);
export const ratioSaid = (text: string) => RATIOS.find(([, said]) => said.test(text))?.[0];
/** How that ratio was written, to read the clause without it. */
export const ratioWritten = (aspect: (typeof ASPECTS)[number]) => RATIOS.find(([said]) => said === aspect)![1];


/** The text with each quotation stood in for by a mark, so no split falls inside a title; unmask puts them back. */
export function maskQuotes(text: string): { masked: string; unmask: (part: string) => string } {
  const quotes: string[] = [];
  const masked = text.replace(quotePattern(), (q) => {
    quotes.push(q);
    return `\u0000${quotes.length - 1}\u0000`;
  });
  return { masked, unmask: (part) => part.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quotes[Number(i)]) };
}

/** Whether what the pattern finds has a "no" shortly before it in the same phrase ("not vertical", 不要竖屏), or a 不要 right after (竖屏不要). */
export function negated(text: string, pattern: RegExp): boolean {
  const found = pattern.exec(text);
  if (found === null) return false;
  // Read with the first letter of what it finds, so a bare 不 sees the verb it stands before (不加速).
  return new RegExp(String.raw`(?:${Words.negation.source})[^,，。;]{0,16}$`).test(text.slice(0, found.index + 1))
    // not "竖屏但是不要裁"; nor "裁满不要边", where what is refused is the border the fill leaves none of.
    || /^(?:(?!但|可是|不过)[^,，。;]){0,3}(不要|不用|算了)(?!黑?边|留白|空白)/.test(text.slice(found.index + found[0].length));
}

/** Words of other intents: with one of them, a length is that intent's (a title's, a fade's), not the clip's. */
export const OTHER_SUBJECTS = new RegExp([Words.text, Words.music, Words.fade, Words.crossfade, Words.speed, /\b(moment|segment|scene|shot)s?\b|第|(那|这)一?(段|部分|块|个片段)/]
  .map((pattern) => pattern.source).join('|'));

/** "clips 2 and 3", 第一段跟第三段: moments listed with "and", each asked the one thing said of them. */
// "第一段第三段都1.5倍": two moments named one after the other, nothing between them, are a list too.
export const LISTED_AND = /\band\b|&|和|与|跟|、|以及|(?<=第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个|片段|镜头))\s*(?=第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个|片段|镜头|都))/;

/** "the middle clip", 中间那段: the one in the middle, when there is one (an even count has none: 0, not guessed at). */
export const middleOf = (text: string, context: ParseContext): number | undefined =>
  !Words.middleMoment.test(text) ? undefined : context.moments % 2 === 1 ? (context.moments + 1) / 2 : 0;

/**
 * "clip 3, not clip 1", "not the first clip, the second one", 是第二段不是第一段: the words that name the moment meant, the
 * one refused taken out (nothing left when only refused: "not the first clip"); so is one it is likened to ("clip 2
 * repeats the first, so remove it").
 */
export const meantPart = (text: string) => text.replace(REFUSED_PART, ' ').replace(Words.likenedTo, ' ');
const REFUSED_PART = new RegExp(String.raw`\bnot\s+(?:the\s+)?(?:${MOMENT_NOUN}|${Object.keys(ORDINALS).join('|')}|last|final)\b[^,.;]*|不是第[^，,。;是]*`, 'g');

/** The moments a clause names by their places: "the second clip", "the middle clip" (when the draft has one middle). */
export const placesNamed = (text: string, context: ParseContext): number[] => {
  const meant = meantPart(text);
  const middle = middleOf(meant, context);
  return middle ? [middle] : parseOrdinals(meant);
};

/** The English ordinal words and numbers ("third", "3rd"), as one alternation. */
export const ORDINAL_EN = Object.keys(ORDINALS).filter((word) => /^[a-z0-9]+$/.test(word)).join('|');
/**
 * A moment named by its place: "clip 2", "the second clip", "the last moment", 第二段, 第三个片段, 最后一段 (not "the second
 * file", nor "the blast beat part 2x", a factor).
 */
export const MOMENT_REF = new RegExp(String.raw`\b(${MOMENT_NOUN})s?\s*#?\s*\d(?!\d*(?:\.\d+)?\s*(?:x\b|[×倍])|\d?:[0-5]\d)|片段\s*#?\s*\d|(?<![\d.]\s*-?\s*)\b(${Object.keys(ORDINALS).join('|')}|last|final|opening|closing|middle)\s+(${MOMENT_NOUN})\b|\bthe (?:middle one|one in the middle)\b|第\s*(\d+|[一二两三四五六七八九十]+)\s*个?\s*(段|片段|镜头|部分|${MOMENT_NOUN})|(最后|开头|开场|结尾|末尾|最前面?|头|首|末|尾)(那|这)?一?个?(段|片段|镜头)`);

/** "clip 2", "moment #3": a moment's name, whose number is no length ("clip 1 second shorter" keeps its 1 second). */
export const MOMENT_NAMES = new RegExp(String.raw`(${MOMENT_NOUN})s?\s*#?\s*\d+(?!\d|\.\d|:[0-5]\d|\s*(?:s\b|secs?\b|seconds?\b|x\b|[秒×倍]|\.\d))`, 'g');


/**
 * Where why the clip is to be short opens, said with the length no one sits through (Words.aside.lengthWhy): "make it
 * 45s, no one sits through 5 minutes" (at "no one"), -1 when it is not said.
 */
export function lengthWhyAt(text: string): number {
  for (const open of text.matchAll(Words.aside.lengthWhyOpens)) if (Words.aside.lengthWhy.test(text.slice(open.index).trim())) return open.index;
  return -1;
}

/** What the message has between a clause and the one after it (a space, a comma, a full stop); undefined when not found. */
export function between(message: string, before: string, clause: string): string | undefined {
  const at = message.indexOf(before);
  const rest = at < 0 ? '' : message.slice(at + before.length);
  const next = rest.indexOf(clause);
  return at < 0 || next < 0 ? undefined : rest.slice(0, next);
}
