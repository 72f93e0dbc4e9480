import { ASPECTS, AspectWords, EXPORT_RESOLUTIONS, MOMENT_NOUN, OUTPUT_FORMATS, quotePattern, Words } from '../../protocol';

/** The English words of the shapes (AspectWords also holds Chinese ones, which a correction here never says). */
const SHAPE_WORDS = AspectWords.flatMap(([pattern]) => pattern.source.split('|')).filter((word) => /^[a-z ]+$/.test(word));

/**
 * The kinds of value a correction can replace, most particular first: what is said after "no wait" replaces the last
 * value of the same kind said before it. A shape before a clock time ("9:16" is no time), a range before a time.
 */
const KINDS: RegExp[] = [
  quotePattern(),
  new RegExp(String.raw`\b(?:${[...ASPECTS, ...SHAPE_WORDS].join('|')})\b`, 'gi'),
  /\b\d{1,2}:[0-5]\d\s*(?:-|–|to)\s*\d{1,2}:[0-5]\d\b/gi,
  /\b\d{1,2}:[0-5]\d\b/g,
  new RegExp(String.raw`\b(?:${[...OUTPUT_FORMATS, ...EXPORT_RESOLUTIONS].join('|')})\b`, 'gi'),
  /\b\d+(?:\.\d+)?\s*[x×](?![\w])/gi,
  new RegExp(String.raw`\b(?:${MOMENT_NOUN})\s*#?\s*\d+\b`, 'gi'),
  /(?<![:\d.])\b\d+(?:\.\d+)?(?![:\d])(?:\s*(?:%|seconds?|secs?|s|minutes?|mins?)(?![\w]))?/gi,
];

/** The value said alone after a correction, with what may close it ("please", "instead"). */
const ALONE = /^\s*(?:to |at |as |an? )?(.+?)\s*(?:,?\s*(?:please|instead|then|thanks))?[\s.!]*$/i;

/**
 * The message with each slip taken back and replaced by the value meant: "make it 30 seconds, no wait, 45" reads
 * "make it 45 seconds". Only a value alone after the correction words, of a kind said before them, replaces
 * anything; "…, actually make it louder" asks for more and stays as said.
 */
export function withCorrections(message: string): string {
  const said = Words.correction.exec(message);
  if (said === null) return message;
  const before = message.slice(0, said.index);
  const after = message.slice(said.index + said[0].length);
  const fixed = replaced(before, ALONE.exec(after)?.[1] ?? '');
  // The words after stay as said when they are no value alone; a later correction in them is still read.
  return fixed === undefined ? `${message.slice(0, said.index + said[0].length)}${withCorrections(after)}` : withCorrections(fixed);
}

/** The text with its last value of the kind of `value` replaced by it; undefined when `value` is no value of one kind. */
function replaced(text: string, value: string): string | undefined {
  const kind = KINDS.find((pattern) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', '')).test(value));
  if (kind === undefined) return undefined;
  const last = [...text.matchAll(new RegExp(kind.source, kind.flags))].pop();
  if (last?.index === undefined) return undefined;
  const meant = kind === KINDS[KINDS.length - 1] ? withUnitOf(last[0], value) : value;
  return `${text.slice(0, last.index)}${meant}${text.slice(last.index + last[0].length)}`;
}

/** "45" meant for "30 seconds" is 45 seconds: a bare figure keeps the unit said with the one it replaces. */
const withUnitOf = (old: string, value: string): string => (/^\d+(?:\.\d+)?$/.test(value) ? old.replace(/\d+(?:\.\d+)?/, value) : value);
