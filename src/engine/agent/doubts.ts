import { isDeepStrictEqual } from 'node:util';
import { CAP_AFTER_ZH, CAP_BEFORE_EN, type EditOp, NO_WAIT, NOT_OVER, RESOLUTION_OF_SHORT_SIDE, SPACED_SLIP_ZH, VALUE_CUT_OFF, Words } from '../../protocol';
import { aside, uploadLeftOut } from './asides';
import { EVERY, lengthWhyAt, readable } from './clauseWords';
import { topicsOf } from './language';
import { parseDurationMs } from './parseDuration';
import { parseOrdinals } from './parseQuantities';
import type { ParsedMessage } from './parseInstruction';
import { throughNoise } from './typedNoise';
import { wordsSpacedJoined } from './wordsSpaced';

// A reading the grammar is not sure of is asked about before the draft changes: a wrong edit is worse than none.

/** "1:30", "1m30s", "1分30秒", "1分半", "1:02.5" are one length, not two figures. */
const MINUTES_AND_SECONDS = /(?<![\d.])(\d+)\s*(?::|分钟?|m(?:in(?:ute)?s?)?(?![a-z])|minutes?\s*(?:and\s*)?)\s*(半|\d{1,2}(?:\.\d+)?)(?:\s*(?:秒|s(?:ec(?:ond)?s?)?\b))?(?!\d)/g;
/** A figure and the letters joined to it: "30s" and "2x" are figures with a unit, "mp4", "3q" and "2pm" are words. */
const FIGURE = /(?<![a-z\d.±_-])(\d+(?:\.\d+)?)([a-z]*)(?!\d)/gu;
const UNIT_LETTERS = /^(?:|s|secs?|m|mins?|ms|x|p|st|nd|rd|th)$/;
/**
 * "1. cut 0:05-0:09\n2. fade out", "1）…；2）…", "(1) … (2) …", "1 undo\n2 undo", "step 1:", "Cue 3:", "build 2: 45s cut":
 * a list's numbers and labels are no values (in Chinese, right after a sentence's stop too: "…录屏。1）…"); "a minute
 * five." ends a sentence with the seconds of a length.
 */
const COUNTED = /(?<!\b(?:minutes?|mins?))(?:^|\n|\s|[;；。！]|(?<!\d)[:：])\d{1,2}\s*[.)）、](?!\d)|(?<=^|\s|[:：;；])[(（]\d{1,2}[)）]|(?<![\d:.])\d+\s*[:：](?!\s*\d)|(?<=[a-z] ?)\d{1,2}[:：](?=\s+\d)|(?<=\n|^(?=.*\n))\d{1,2}\s+(?=\p{L})/gu;

/** A piece of the message between its stops, where a moment named and its length now are said together. */
const PIECE = /[^,，。;；!！?？…]+/g;

/** "under a minute", "no longer than 90 seconds", "not exceed ninety seconds": a length said as a cap on the clip. */
const CAP = new RegExp(String.raw`(?:\b(?:${CAP_BEFORE_EN})|${NOT_OVER})\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|seconds?|secs?|s)\b`, 'g');
/** "60秒以内", "两分钟之内" (its figure in digits, as read): a cap said in Chinese, after its length. */
const CAP_ZH = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(秒|分)钟?\s*(?:${CAP_AFTER_ZH})`, 'g');

/**
 * "第一段时长11秒，缩短为8秒", "why is it 2 minutes long … make it 30 seconds": the length a moment (or, no moment named, the
 * clip) has now, beside a trim of that moment to less (a clip of another length): said as what is, no value to carry. A
 * moment's length now beside an edit of another part, or a trim to more than it has ("第一段时长8秒，整体剪到30秒" read
 * as clip 1 to 30 s), may be a request misread: still doubted.
 */
function lengthHad(piece: string, said: string, ops: EditOp[]): boolean {
  const named = parseOrdinals(piece);
  const had = parseDurationMs(said) ?? 0;
  const shortened = (op: EditOp) => op.op === 'trim_moment' && (named.length === 0 || named.includes(op.index)) && (op.to_ms ?? 0) < had;
  // ("the picking scene, number two, is 12 seconds; …": a moment named by its number alone, no ordinal in the piece.)
  return named.length > 0 ? ops.some(shortened) : ops.some((op) => (op.op === 'compile_best_moments' && op.target_ms !== undefined && op.target_ms !== had) || shortened(op));
}

/**
 * "make it 45s, no one sits through 5 minutes", "1 min version cause nobody watches 4 minute videos": the length people
 * will not sit through, beside a clip asked, is why it is short: no figure left over; so is another length judged too
 * long or short ("make it 25 seconds, 35 is too long").
 */
function lengthWhyOff(piece: string, ops: EditOp[], minutesSaid: boolean): string {
  const at = otherLengthJudged(piece, ops, minutesSaid) ? 0 : lengthWhyAt(piece);
  return at < 0 || !ops.some((op) => op.op === 'compile_best_moments') ? piece : piece.slice(0, at);
}

/**
 * Another length judged too long or too short beside a clip asked the other way of it ("make it 25 seconds, 35 is too
 * long"); said alone ("35 is too long"), the clip read from the complaint may not be what is meant: still doubted. A
 * figure judged with no unit is in the clip's whole minutes when minutes are said ("make it 2 minutes, 3 is too long").
 */
function otherLengthJudged(piece: string, ops: EditOp[], minutesSaid: boolean): boolean {
  if (!Words.aside.otherLengthJudged.test(piece.trim())) return false;
  const figure = Number(/\d+(?:\.\d+)?/.exec(piece)?.[0]);
  const unitSaid = /\d\s*(?:s|secs?|seconds?|mins?|minutes?)\b/.test(piece);
  const minutesOfPiece = /\d\s*(?:mins?|minutes?)\b/.test(piece);
  const tooLong = /\btoo long\b/.test(piece);
  return ops.some((op) => {
    if (op.op !== 'compile_best_moments') return false;
    const inMinutes = minutesOfPiece || (!unitSaid && minutesSaid && op.target_ms % 60_000 === 0);
    const judged = figure * (inMinutes ? 60_000 : 1000);
    return tooLong ? op.target_ms < judged : op.target_ms > judged;
  });
}

/**
 * "一分钟太长了点", "两分钟有点太长了": a length judged too long (or short) with no other length said, or beside a clip read
 * no shorter (longer) than it, may be the complaint's length taken as the one asked (or a default one): asked first
 * (not "剪成一分钟，两分钟太长了").
 */
function lengthJudgedKept(message: string, ops: EditOp[]): string[] {
  const other = parseDurationMs(readable(message.replace(Words.aside.lengthJudgedZh, ' ')));
  return [...message.matchAll(Words.aside.lengthJudgedZh)].filter(([, length, way]) => {
    const judged = parseDurationMs(readable(length));
    const kept = (target: number) => other === undefined || (way === '短' ? target <= judged! : target >= judged!);
    return judged !== undefined && ops.some((op) => op.op === 'compile_best_moments' && kept(op.target_ms));
  }).map(([said]) => said);
}

/** How far a length said roughly may be from the one read and still be it ("一分钟出头…就六十五秒"). */
const ROUGHLY = 0.2;

/** A length said roughly, then exactly: the rough one, near a length the operations carry (a clip's, a moment's), was that one. */
function roughlyCarried(ops: EditOp[], number: string, unit: string): boolean {
  const said = Number(number) * (/^(?:分|m)/.test(unit) ? 60_000 : 1000);
  return ops.some((op) => [op.op === 'compile_best_moments' ? op.target_ms : undefined, op.op === 'trim_moment' ? op.to_ms : undefined]
    .some((length) => length !== undefined && Math.abs(length - said) <= ROUGHLY * said));
}

/** A length said roughly, alone between its stops ("大概40分钟", "40分钟左右", "about 40 minutes"). */
const ROUGH_ALONE = new RegExp(String.raw`^\s*(?:有|是)?\s*(?:${Words.roughLength.source})\s*(?:长)?\s*$`);
/** The message's pieces and the stops between them (each stop kept, every other item). */
const PIECES_APART = /([,，。;；!！?？…]+)/;

/**
 * "这是腾讯会议录的培训，大概40分钟，帮我出一个3分钟的", "this is our standup recording, about 40 minutes, make a 3 minute
 * summary": a length said roughly and alone right after the recording is told of (a piece that asks nothing beside the
 * request), longer than the clip asked, is how long the recording is: no figure left over. With no recording told
 * before it ("about 40 seconds, make it 30 seconds"), it may be the clip's length, meant first.
 */
function recordingRoughly(piece: string, before: string, ops: EditOp[]): boolean {
  const length = ROUGH_ALONE.test(piece) ? parseDurationMs(piece) : undefined;
  const clips = ops.filter((op) => op.op === 'compile_best_moments');
  return length !== undefined && clips.length > 0 && clips.every((op) => op.target_ms < length)
    && Words.recordingTold.test(before) && aside(before, ops);
}

/**
 * Whether a clip the operations ask for keeps within the cap ("needs to be under a minute. make it 50 seconds",
 * "要求60秒以内，帮我剪成55秒").
 */
const keepsWithin = (ops: EditOp[], number: string, unit: string) => ops.some((op) => op.op === 'compile_best_moments'
  && op.target_ms <= Number(number) * (/^(?:m|分)/.test(unit) ? 60_000 : 1000));

/**
 * Every value the operations carry: numbers as they are, the rest as the words that hold them (a title's digits),
 * where a span ends ("12秒到20秒" is 8 s from 12 s), how long it is, and how many times an operation is made ("go back 2 steps").
 */
function carried(ops: EditOp[]): { numbers: number[]; words: string } {
  const numbers: number[] = [
    ...ops.map((op) => ops.filter((other) => other.op === op.op).length).filter((times) => times > 1),
    ...ops.flatMap((op) => ('start_ms' in op && 'duration_ms' in op && op.start_ms !== undefined && op.duration_ms !== undefined ? [op.start_ms + op.duration_ms] : [])),
    // "0:20至0:23那三秒…剪掉": how long a span is, said with its ends (counted back for the clip's last seconds).
    ...ops.flatMap((op) => ('start_ms' in op && 'end_ms' in op && op.start_ms !== undefined && op.end_ms !== undefined ? [Math.abs(op.end_ms - op.start_ms)] : [])),
  ];
  const words: string[] = [];
  JSON.stringify(ops, (_, value: unknown) => {
    if (typeof value === 'number') numbers.push(value);
    if (typeof value === 'string') words.push(value, readable(value));
    return value;
  });
  return { numbers, words: words.join(' ') };
}

/** Used when an operation carries it as said, in seconds, minutes or per cent, as a frame's short side, or in its words. */
function uses(values: ReturnType<typeof carried>, said: string): boolean {
  const figure = Number(said);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
  return values.numbers.some((v) => [figure, figure * 1000, figure * 60000, figure / 100].some((meant) => close(v, meant)))
    || new RegExp(`(?<![\\d.])${said.replace('.', '\\.')}(?![\\d])`).test(values.words)
    || (RESOLUTION_OF_SHORT_SIDE[figure] !== undefined && values.words.includes(RESOLUTION_OF_SHORT_SIDE[figure]));
}

/** "at 1/4 volume": a share typed as a fraction is one figure, its value. */
const FRACTION = /(?<![\d/.])([1-9])\/([2-9])(?![\d/])/g;

/** Pieces of a message between its stops, and before a slip typed between spaces ("剪成30秒 不对 40秒"). */
const STOPS = new RegExp(String.raw`[,，。;；!！?？…—]+|\s-\s|\.\s|${SPACED_SLIP_ZH}`, 'u');

/** The message from its last correction on ("make it 30 seconds, no wait, 45"): what came before was taken back. */
function afterCorrection(text: string): string {
  const pieces = text.split(STOPS);
  // A piece split off before a spaced slip opens with the slip, its first word ("不对 40秒").
  const slipFirst = (piece: string) => Words.slip.test(/^\S+(?=\s)/u.exec(piece.trim())?.[0] ?? '') && /^\p{Script=Han}/u.test(piece.trim());
  // ("…, hmm, 4:5", "…. Webm then": a value reconsidered, from its pause on.)
  const reconsidered = (at: number) => Words.reconsidered.test(pieces.slice(at).join(', ').trim());
  const corrections = pieces.map((piece, at) => (Words.meantInstead.test(piece.trim()) || Words.slip.test(piece.trim()) || slipFirst(piece) || reconsidered(at) ? at : 0));
  const last = Math.max(...corrections);
  // "make it 30 no wait 25 secs": a slip inside a piece takes back what the piece said before it.
  // "…, I meant 45, my partner says 30 is too short": who wanted the correction, told after it, says why.
  return (last === 0 ? text : pieces.slice(last).join(', ').replace(Words.slipTold, '')).replace(SLIPPED_INSIDE, '');
}

/** A piece up to a slip said inside it, right before the figure meant ("make it 30 no wait 25 secs"). */
const SLIPPED_INSIDE = new RegExp(String.raw`[^,，。;；!！?？]*\b(?:${NO_WAIT})\s+(?=\d)`, 'gu');

/** "speed it up to 1.5x, my viewers watch at 2x anyway": a speed read as the figure said for it, beside the pace people watch at. */
const paceSaidBeside = (text: string, ops: EditOp[]) => ops.some((op) => op.op === 'set_speed'
  && new RegExp(String.raw`(?<![\d.])${String(op.factor).replace('.', '\\.')}\s*x\b`).test(text.replace(Words.paceWatched, ' ')));

/**
 * The figures the user said that the reading does not use: "Add music!! the default one is perfect, at 50% please!!" read
 * as music at the default 35 % leaves "50" over, so the reading missed what it was for.
 */
function figuresLeftOver(message: string, ops: EditOp[]): string[] {
  const values = carried(ops);
  const over: string[] = [];
  const rest = afterCorrection(readable(message))
    .replace(COUNTED, ' ')
    .replace(Words.acted, ' ')
    .replace(Words.noEditFigure, ' ')
    .replace(Words.typedTag, ' ')
    .replace(PIECE, (piece) => (uploadLeftOut(piece, ops) ? ' ' : piece))
    .replace(Words.paceWatched, (said) => (paceSaidBeside(readable(message), ops) ? ' ' : said))
    .replace(Words.noneOfIt, ' ')
    .replace(CAP, (said, number: string, unit: string) => (keepsWithin(ops, number, unit) ? ' ' : said))
    .replace(CAP_ZH, (said, number: string, unit: string) => (keepsWithin(ops, number, unit) ? ' ' : said))
    .split(PIECES_APART).map((piece, at, pieces) => (at >= 2 && recordingRoughly(piece, pieces[at - 2], ops) ? ' ' : piece)).join('')
    .replace(Words.roughLength, (said, before?: string, unitBefore?: string, after?: string, unitAfter?: string) =>
      (roughlyCarried(ops, before ?? after ?? '', unitBefore ?? unitAfter ?? '') ? ' ' : said))
    .replace(PIECE, (piece) => piece.replace(EVERY.lengthNow, (said) => (lengthHad(piece, said, ops) ? ' ' : said)))
    .replace(PIECE, (piece) => lengthWhyOff(piece, ops, /\d\s*(?:mins?|minutes?)\b/.test(message)))
    .replace(MINUTES_AND_SECONDS, (said, minutes: string, secs: string) => {
      const total = Number(minutes) * 60 + (secs === '半' ? 30 : Number(secs));
      if (![String(total), minutes].some((figure) => uses(values, figure)) && !values.words.includes(said.trim())) over.push(said.trim());
      return ' ';
    });
  const whole = rest.replace(FRACTION, (said, over: string, under: string) => (uses(values, String(Math.round((Number(over) / Number(under)) * 100) / 100)) ? ' ' : said));
  for (const [said, figure, letters] of whole.matchAll(FIGURE)) {
    if (UNIT_LETTERS.test(letters) && !uses(values, figure)) over.push(said);
  }
  return over;
}

/**
 * What makes a reading unsure, in the user's words: figures it leaves over, and clauses it could not read that name
 * something the editor has ("…, export a webm without it" beside an export read as mp4). Empty: sure, nothing read,
 * or operations sent as such (a chat model's tool call).
 */
export function doubtsAbout(message: string, { ops, unknown, sent }: ParsedMessage): string[] {
  if (ops.length === 0 || sent) return [];
  const named = unknown.filter((clause) => /\d/.test(clause.replace(Words.noEditFigure, ' ')) || topicsOf(clause).size > 0);
  // The message as it was read, through its noise ("１０８０ｐ", "b4 u export").
  const heard = throughNoise(message);
  const cutOff = VALUE_CUT_OFF.exec(heard.trim())?.[1];
  // ("两 秒 半": a message typed a word at a time has its figures looked for as it was read, 2.5 s, none left over.)
  return [...named, ...figuresLeftOver(wordsSpacedJoined(heard), ops).filter((figure) => !named.some((clause) => readable(clause).includes(figure))),
    ...(cutOff === undefined ? [] : [cutOff]), ...lengthJudgedKept(heard, ops)];
}

/**
 * Settings of the whole clip that hold one value: said twice in one message with two, one of the two readings is
 * wrong (fragments.ts's SETTINGS are the operations a repeat of which is dropped, valueless ones among them).
 */
const ONE_VALUE = new Set<EditOp['op']>([
  'compile_best_moments', 'speed_up_idle', 'set_aspect', 'set_fill', 'set_resolution', 'set_zoom', 'set_background',
  'set_music_volume', 'set_source_volume', 'crossfade',
]);
/** Below this a clip of the best moments is no demo: "半秒" read as a length was a crossfade's or a fade's. */
const SHORTEST_CLIP_MS = 3000;
/** Fades and crossfades longer than these were another figure of the message ("剪30秒…结尾淡出" is no 30 s fade). */
const LONGEST_FADE_MS = 10_000;
const LONGEST_CROSSFADE_MS = 3000;

function implausible(op: EditOp): boolean {
  switch (op.op) {
    case 'compile_best_moments': return op.target_ms !== undefined && op.target_ms < SHORTEST_CLIP_MS;
    case 'fade': return Math.max(op.in_ms ?? 0, op.out_ms ?? 0) > LONGEST_FADE_MS;
    case 'crossfade': return op.ms > LONGEST_CROSSFADE_MS;
    default: return false;
  }
}

/**
 * Operations a reading makes that no one asks for as read: a value far outside what people ask ("片段之间フェード，
 * 0.5秒" read as a 0.5 s clip), or a setting said a second time with another value before an export or a step back
 * ("the blur on the sides is feio, use the black bars" read as blur, then bars).
 */
export function oddOperations({ ops, sent }: ParsedMessage): EditOp[] {
  if (sent) return [];
  const settled = new Map<string, EditOp>();
  const odd = new Set<EditOp>();
  for (const op of ops) {
    if (['export', 'undo', 'redo', 'start_over'].includes(op.op)) settled.clear();
    const setting = op.op === 'set_speed' ? `${op.op}${op.index ?? ''}` : ONE_VALUE.has(op.op) ? op.op : undefined;
    const before = setting === undefined ? undefined : settled.get(setting);
    // "auto zoom on, but less of it": less or more of the zoom just switched on is how much of it, no second value.
    const degree = op.op === 'set_zoom' && before?.op === 'set_zoom' && before.mode === 'auto' && (op.mode === 'less' || op.mode === 'more');
    if (before && !degree && !isDeepStrictEqual(before, op)) odd.add(before).add(op);
    if (setting !== undefined) settled.set(setting, op);
    if (implausible(op)) odd.add(op);
  }
  return [...odd];
}

/** What makes a reading unsure: words of the message (doubtsAbout) and operations (oddOperations). Undefined: sure. */
export function unsureOf(message: string, parsed: ParsedMessage): { words: string[]; odd: EditOp[] } | undefined {
  const words = doubtsAbout(message, parsed);
  const odd = oddOperations(parsed);
  return words.length > 0 || odd.length > 0 ? { words, odd } : undefined;
}
