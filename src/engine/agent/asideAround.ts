import { type EditOp, quoted, Words } from '../../protocol';
import * as vocabulary from '../../protocol/vocabulary';
import { aside, onlyOccasion } from './asides';
import { readable } from './clauseWords';

/**
 * "第二段删掉（给新同事看的）", "the client is picky, make it vertical", "make it vertical, if that's possible": a whole
 * request with an aside before or after it (who or what it is for, someone's wish, a courtesy, a judgement of the
 * whole) that names no part of the draft, no figure, no time and no edit: read as the request alone, so the aside
 * neither stays unread nor runs into the request's last clause ("停4秒（给新同事看的）"). Not where the user's own
 * words may run on ("加人名条：张伟，产品经理").
 */
export function besideAside<Parsed extends { ops: EditOp[] }>(message: string, read: (said: string) => Parsed): Parsed | undefined {
  if (quoted(message) !== undefined || Words.wordsToTheEnd.test(message)) return undefined;
  for (const [request, said] of cuts(message)) {
    if (!asksNothing(said) || read(said).ops.length > 0) continue;
    const parsed = read(request);
    // A courtesy or a judgement of the whole is an aside to any request; who it is for, to one it names nothing beside.
    if (parsed.ops.length > 0 && (Words.aside.around.test(readable(said)) || aside(said, parsed.ops))) return parsed;
  }
  return undefined;
}

/** A clause of the kinds an aside is, naming no part of the draft (a look-alike: "X, the music is too loud"). */
function asksNothing(clause: string): boolean {
  const text = readable(clause);
  return (onlyOccasion(clause) || Words.aside.around.test(text)) && !Object.values(Words.aside.parts).some((part) => part.test(text));
}

/** Where an aside is cut off: a comma, a stop, a question mark ("what?? undo"), a dash or a bracket around it ("X（给新同事看的）"). */
const BREAK = String.raw`(?:\s*[,，;；。!！]|[.?]+(?=\s)|？+|\s[-–—])\s*`;
const SEGMENT = String.raw`[^,，;；。!！?？()（）]+?`;
const AFTER = new RegExp(String.raw`^(.+?)(?:\s*[(（](${SEGMENT})[)）]|${BREAK}(${SEGMENT}))[.。!！]*$`, 'su');
const BEFORE = new RegExp(String.raw`^(${SEGMENT})${BREAK}(.+)$`, 'su');

/** The message as [request, aside]: the aside last, then the aside first. */
function cuts(message: string): [string, string][] {
  const after = AFTER.exec(message.trim());
  const before = BEFORE.exec(message.trim());
  return [
    ...(after === null ? [] : [[after[1], after[2] ?? after[3]] as [string, string]]),
    ...(before === null ? [] : [[before[2], before[1]] as [string, string]]),
  ];
}

/**
 * Every word the vocabulary spells, in its lists and patterns (a regex's escapes like \b cut away): a word none of them
 * knows is no word of an edit.
 */
const KNOWN_WORDS = (() => {
  const known = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of value.toLowerCase().replace(/\\[a-z]/g, ' ').match(/[\p{L}']+/gu) ?? []) known.add(word);
    } else if (value instanceof RegExp) walk(value.source);
    else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const [key, inner] of Object.entries(value)) {
        walk(key);
        walk(inner);
      }
    }
  };
  walk(vocabulary);
  return known;
})();

/**
 * A word the vocabulary knows, as spelled, as a pattern's stem before its ending ("remov(?:e|ing)" knows "removing"), or
 * before a contraction ("i'll", "shouldn't").
 */
const knownWord = (word: string) => [word, word.replace(/(?:'ll|'s|'re|'ve|'d|'m|n't|s|es|ed|d|ing|ly)$/, '')].some((form) => KNOWN_WORDS.has(form));

/** A run of one or two words in Latin letters (a tag beside a request), with an opening ¿¡ and a closing ?! of its own. */
const TAG = String.raw`[¿¡]?([\p{Script=Latin}'’]+(?:\s+[\p{Script=Latin}'’]+)?)[?!.…]*`;
const TAG_BEFORE = new RegExp(String.raw`^${TAG}\s*[,!.;:…]+\s*(.+)$`, 'su');
const TAG_AFTER = new RegExp(String.raw`^(.+?)\s*[,;.!…—–-]+\s*${TAG}$`, 'su');
/** One word set beside the request by a space alone ("sheeeh undo undo", "…, no cutting jan"). */
const WORD_BEFORE = /^([\p{Script=Latin}'’]+)\s+(.+)$/su;
const WORD_AFTER = /^(.+?)\s+([\p{Script=Latin}'’]+)[!.…]*$/su;
/**
 * The words of a message the vocabulary does not know: more than a few (two, or a fifth of a long message's words: its
 * story names things no edit knows), and it is said in words the grammar may misread.
 */
const UNKNOWN_WORDS_AT_MOST = 2;
const UNKNOWN_SHARE_AT_MOST = 0.2;
const fewUnknown = (said: string) => {
  const words = said.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];
  const unknown = words.filter((word) => !knownWord(word)).length;
  return unknown <= Math.max(UNKNOWN_WORDS_AT_MOST, words.length * UNKNOWN_SHARE_AT_MOST);
};

/**
 * "title go to center, lav?", "barev! make whole video, all parts", "sheeeh undo undo", "…, remove them voilà": a
 * request with a word of another language beside it, opening or closing the message (set apart by a stop or a comma,
 * or by a space when it is one word, no question is asked and the word leads on from nothing or to nothing: "keyframe
 * the zoom", "I'll export after lunch" are a verb and its object): words the vocabulary knows none of, beside a request
 * in words it knows but a few. The message without them (the words before, then the words after), for its reader to
 * try when the whole is not read.
 */
export function withoutTag(message: string): string[] {
  const said = message.trim();
  if (quoted(said) !== undefined || Words.wordsToTheEnd.test(said)) return [];
  const foreign = (tag: string) => tag.toLowerCase().replace(/’/g, "'").split(/\s+/).every((word) => !knownWord(word));
  const spaced = !/[?？]/.test(said);
  const apart = TAG_BEFORE.exec(said);
  // A word spaced before an article, a pronoun or the like is a verb taking it ("keyframe the zoom", Words.aside.imperative).
  const spacedBefore = spaced && apart === null ? WORD_BEFORE.exec(said) : null;
  const before = apart ?? (spacedBefore !== null && !Words.aside.imperative.test(said.toLowerCase()) ? spacedBefore : null);
  const after = TAG_AFTER.exec(said) ?? (spaced ? WORD_AFTER.exec(said) : null);
  return [
    ...(before !== null && foreign(before[1]) ? [before[2]] : []),
    ...(after !== null && foreign(after[2]) && !Words.leadsOn.test(after[1]) ? [after[1]] : []),
  ].filter(fewUnknown);
}
