import { isDeepStrictEqual } from 'node:util';
import { ASKED_GONE_AHEAD, type EditOp, EditOpMessage, ONLY_ASKING, Words } from '../../protocol';
import { approvalSteps } from './approvals';
import { besideAside, withoutTag } from './asideAround';
import { namesIntent, requestBeforeReason, toldOfOtherEditor } from './asides';
import { maskQuotes, MOMENT_REF, type ParseContext, readable } from './clauseWords';
import { correctionSteps, heardAt } from './corrections';
import { oddOperations } from './doubts';
import { detailSteps, lengthUnderCap } from './detailsAfter';
import { slotFragment } from './fragments';
import { momentNamedJustBefore, momentSteps } from './momentsNamed';
import { namedAskedSteps } from './namedAsked';
import { namedSteps } from './namedBefore';
import { parseClause, readAlone } from './parseClause';
import { placeSaidApart } from './placeApart';
import { readRest } from './readAndPush';
import { type Asked, type Parsed, type Reading, readingOf, type Step } from './reading';
import { clausesOf, colonQuoted } from './splitClauses';
import { messageRead } from './wholeMessage';
import { unwrapped, withoutActions } from './wrapping';
import { throughNoise } from './typedNoise';
import { textNounsMended, wordsSpacedJoined } from './wordsSpaced';

export interface ParsedMessage {
  ops: EditOp[];
  /** Clauses it could not read: the reply says so, and nothing is guessed. */
  unknown: string[];
  /** Operations sent as such (a chat model's tool call), taken as they are: nothing in them to doubt. */
  sent?: true;
}

/**
 * Turns one chat message into edit operations. A message that is a JSON list of operations (a chat model's tool
 * calls) is taken as is; otherwise it is split into clauses ("add a title …, then make it 9:16") read one by one.
 */
export function parseInstruction(message: string, context: ParseContext = { moments: 0, texts: 0 }): ParsedMessage {
  const structured = parseStructured(message);
  if (structured) return { ops: structured, unknown: [], sent: true };
  return doubtedLeft(message, readInstruction(throughNoise(message), context));
}

/**
 * "make it wide? nah", "make it play 1.5 times and then stop": made wide as a question, or a count of plays, asks no
 * shape or speed (left unread); "make it only 30 seconds for tiktok, not vertical though": the length's platform gives
 * no shape refused beside it.
 */
function doubtedLeft(message: string, read: ParsedMessage): ParsedMessage {
  const said = message.toLowerCase();
  const refused = Words.lengthOnlyForPlatform.test(said) && Words.shapeRefusedEn.test(said);
  const asked = (op: EditOp) => (op.op === 'set_aspect' && op.aspect === '16:9' && Words.madeWideAsked.test(said))
    || (op.op === 'set_speed' && Words.playedTimesThen.test(said));
  const dropped = (op: EditOp) => asked(op) || (op.op === 'set_aspect' && op.aspect === '9:16' && refused);
  if (!read.ops.some(dropped)) return read;
  const unknown = read.ops.some(asked) && read.unknown.length === 0 ? [message] : read.unknown;
  return { ...read, ops: read.ops.filter((op) => !dropped(op)), unknown };
}

/** A message, read through its noise once, unwrapped and read (again, a part of it or another wording of it). */
function readInstruction(message: string, context: ParseContext): ParsedMessage {
  message = textNounsMended(unwrapped(withoutActions(withoutLineNumbers(withBulletsApart(message)))))
    .replace(Words.tiltStraightened, '打直').replace(Words.keptAllExcepted, 'keeps')
    .replace(Words.passiveGapped, '$1$2 should be ');
  message = outsideTextWords(message, (said) => said.replace(Words.resultDeclaredAsked, 'will $1 be $2?')
    .replace(Words.momentsSpanned, (spanned, noun: string, from: string, to: string) => (Number(to) > Number(from)
      ? `${noun}s ${Array.from({ length: Number(to) - Number(from) }, (_, step) => Number(from) + step).join(', ')} and ${to}`
      : spanned)))
    .replace(Words.describedThenPlaced, (_, noun: string, shown: string, place?: string, number?: string) => (place !== undefined
      ? `the ${place} ${noun} ${shown}`
      : `${/^bit$/i.test(noun) ? 'part' : noun} ${number} ${shown}`));
  const spaced = readMessage(message, context);
  const joined = wordsSpacedJoined(message);
  if (joined === message) return spaced;
  // "剪 成 一 分 半 钟": typed a word at a time, the message read without those spaces, when read as typed it leaves words
  // unread, reads something odd, or only reads the same kinds of request with other values ("导出 前 给 我 看 一下 有 什么
  // 轨道", read whole, is no export: the spaces the user typed are kept where they part what the request asks).
  const whole = readMessage(joined, context);
  const kinds = (read: ParsedMessage) => [...new Set(read.ops.map((op) => op.op))].sort().join();
  // ("没 有 东西 动 的 地方，快进，不要 剪，两倍 就 好": read whole, the figure is the speed-up's own; read as typed, a speed
  // of its own too. One request, read as typed beside a second, whose details the whole reading changed, is that request
  // with its details; not one of two read the same, the other lost: "只用 第一个 和 第二个 视频 剪 三十秒".)
  const [one] = whole.ops;
  const detailsJoined = whole.ops.length === 1 && spaced.ops.length === 2 && kinds(whole) !== kinds(spaced)
    && spaced.ops.some((read) => read.op === one.op && !isDeepStrictEqual(read, one));
  return spaced.unknown.length > 0 || oddOperations(spaced).length > 0 || kinds(spaced) === kinds(whole) || detailsJoined ? whole : spaced;
}

/**
 * A rewrite of the message made only outside a text's words, which stay as typed: quoted ('add text "Clips 1 to 3"'),
 * or after a colon that labels them ("add title: the party will be fun?", 字幕：…).
 */
function outsideTextWords(message: string, rewrite: (said: string) => string): string {
  const { masked, unmask } = maskQuotes(message);
  const labelled = colonQuoted(masked);
  const colon = labelled === masked ? null : /(?<!\d)\s*[:：]/.exec(masked);
  if (colon === null) return unmask(rewrite(masked));
  // (what colonQuoted leaves after the closing quote is said after the words: "…: Hello, 3s")
  const after = labelled.slice(labelled.lastIndexOf('”') + 1);
  const end = masked.trimEnd().length - after.length;
  const words = masked.slice(colon.index, end);
  return unmask(`${rewrite(masked.slice(0, colon.index))}${words}${rewrite(masked.slice(end))}`);
}

/**
 * "will it be 4k? export 4k", "so will the title be in the middle? put it in the middle": a question of what an edit
 * gives, then a request read whole, is no edit itself; the request is read, of the part the question named ("put it …"
 * is the title's), and with the value asked when it says none of its own ("will it be 1080p? export it").
 */
function resultAskedThenRequest(message: string, context: ParseContext): ParsedMessage | undefined {
  const said = /^([^?？]+)[?？]+\s*(\S[\s\S]*)$/.exec(message.trim());
  const question = said?.[1].trim().toLowerCase() ?? '';
  const asked = Words.resultAsked.exec(question);
  if (said === null || asked === null) return undefined;
  const named = asked.groups?.subject === undefined ? '' : `${asked.groups.subject}, `;
  const plain = readInstruction(`${named}${said[2]}`, context);
  if (plain.ops.length === 0 || plain.unknown.length > 0) return undefined;
  const value = question.slice(asked.index + asked[0].length).trim();
  const request = said[2].replace(/[.!]+\s*$/, '');
  const valued = value === '' ? plain : readInstruction(`${named}${request} ${value}`, context);
  const more = valued.unknown.length === 0 && valued.ops.length === plain.ops.length && plain.ops.every((op, at) =>
    Object.entries(op).every(([key, kept]) =>
      isDeepStrictEqual((valued.ops[at] as Record<string, unknown>)[key], kept)));
  return more ? valued : plain;
}

/** Where a remark ends: the clause breaks. */
const REMARK_WORDS = /^[^,，.。;；!！—–]*/;
/** The rest of a remark that a question is only one ("just curious how it looks"), to where a clause breaks. */
const REMARK_REST = new RegExp(String.raw`${REMARK_WORDS.source}[,，.。;；!！—–\s]*`);

/** A message, unwrapped, split into clauses and read one by one. */
function readMessage(message: string, context: ParseContext): ParsedMessage {
  // "can clip 3 open the teaser? just asking": the question, said to be only one, asks for no edit (its words named
  // back). What is said after the remark is read ("…? just wondering, also add music"), the question with it when that
  // goes ahead with it ("…? just asking, please do it").
  const asked = ONLY_ASKING.exec(message);
  if (asked) {
    const remark = REMARK_REST.exec(message.slice(asked.index + asked[0].length))?.[0] ?? '';
    // ("…, then export": the step after the question is the first asked)
    const rest = message.slice(asked.index + asked[0].length + remark.length).trim()
      .replace(/^(?:and\s+)?then\s+/i, '');
    if (rest === '') return { ops: [], unknown: [message.trim()] };
    // (the question and what goes ahead with it, parted where the remark ended)
    const apart = remark.replace(REMARK_WORDS, '').trim();
    const question = message.slice(0, asked.index + 1);
    if (ASKED_GONE_AHEAD.test(rest)) return readInstruction(`${question}${apart}${rest}`, context);
    return readInstruction(rest, context);
  }
  const resulted = resultAskedThenRequest(message, context);
  if (resulted !== undefined) return resulted;
  const passedOn = headedRequest(message, context);
  if (passedOn !== undefined) return readInstruction(passedOn, context);
  const alone = besideAside(message, (said) => readInstruction(said, context));
  if (alone) return alone;
  const clauses = clausesOf(message, context).flatMap((said) => labelledOff(said, context)).flatMap((said, place) => place > 0 ? approvedApart(said) : [said]);
  const reading = readingOf(message, clauses, context);
  for (const [place, said] of clauses.entries()) readClause(reading, said, place);
  const parsed = messageRead(reading);
  if (parsed.unknown.length > 0) {
    const placed = placeSaidApart(message, clauses, context, (said) => readInstruction(said, context));
    if (placed !== undefined) return placed;
  }
  // "title go to center, lav?": a request with a word of another language beside it is the request, read whole without it.
  if (parsed.unknown.length > 0) {
    const untagged = withoutTag(message).map((said) => readInstruction(said, context)).find((alone) => alone.ops.length > 0 && alone.unknown.length === 0);
    if (untagged !== undefined) return untagged;
  }
  // "music!!! loud!! like 80%!!", "music. 80%": a request said in fragments, none of which reads alone, is one request
  // said in parts: read as one clause (not when a fragment is asked: "music? 80%", nor takes back the one before: "music.
  // never mind", "music, no wait").
  if (parsed.ops.length > 0 || clauses.length < 2 || !clauses.every((said) => FRAGMENT.test(said.trim())) || /[?？]/.test(message)
    || clauses.some((said) => Words.withdrawnWhole.test(said.trim().toLowerCase()) || Words.slip.test(said.trim().toLowerCase()))) return parsed;
  const oneClause = clauses.join(', ');
  const whole = oneClause === message ? parsed : readInstruction(oneClause, context);
  return whole.ops.length > 0 && whole.unknown.length === 0 ? whole : parsed;
}

/** The ways of asking tried before a clause is read alone, in order: an earlier one wins. */
const BEFORE_READ: Step<Asked>[] = [lengthUnderCap, ...approvalSteps, ...detailSteps, ...namedSteps];

/** The ways of asking tried once the clause is read alone, in order: an earlier one wins (else the rest is read). */
const AFTER_READ: Step<Parsed>[] = [...namedAskedSteps, ...momentSteps];

/**
 * One clause read into the reading: a correction of the request before it; else a detail of what was read before it, or
 * what it asks of the clause before it; else what it asks alone.
 */
function readClause(reading: Reading, said: string, place: number): void {
  const { ops, unknown, context, clauses } = reading;
  const heard = heardAt(reading, said, place);
  if (correctionSteps.some((step) => step(reading, heard))) return;
  // "in Premiere I'd add music, make it vertical": what is done in another editor is told, never asked here (an aside
  // beside a request, else words unread).
  if (toldOfOtherEditor(heard.clause, clauses[place + 1])) {
    unknown.push(heard.clause);
    return;
  }
  const asked: Asked = { ...heard, previous: ops[ops.length - 1], fragment: slotFragment(heard.text), next: clauses[place + 1], named: unknown[unknown.length - 1] };
  if (BEFORE_READ.some((step) => step(reading, asked))) return;
  const read = parseClause(heard.clause, heard.text, context);
  const alone = endOfNamedMoment(reading, asked, read) ? [] : read;
  const parsed = { ...asked, parsed: requestBeforeReason(heard.clause, read, context) ?? alone };
  if (AFTER_READ.some((step) => step(reading, parsed))) return;
  readRest(reading, parsed);
}

/**
 * "第二段太长了，最后3秒删掉", "the first clip drags, lose the last 5 seconds of it": the last seconds said right
 * after a clause (not read) naming a moment are that moment's end, no stretch of the clip's: read as nothing alone,
 * for the steps after reading to take them with the moment named.
 */
function endOfNamedMoment(reading: Reading, asked: Asked, read: EditOp[]): boolean {
  const atEnd = read.length === 1 && read[0].op === 'cut_range' && read[0].from_end === true;
  return atEnd && momentNamedJustBefore(reading, asked);
}

/** A fragment of a request: up to three words. */
const FRAGMENT = /^\S+(?:\s+\S+){0,2}$/;

function parseStructured(message: string): EditOp[] | undefined {
  const trimmed = message.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return undefined;
  try {
    const parsed = EditOpMessage.safeParse(JSON.parse(trimmed));
    if (!parsed.success) return undefined;
    return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  } catch {
    return undefined;
  }
}

/** "1 undo\n2 undo\n3 redo": a list numbered without a dot, a request a line (every line, counted from 1; "1 minute" is a length), read without its numbers. */
function withoutLineNumbers(message: string): string {
  const lines = message.split('\n');
  const numbered = lines.length > 1 && lines.every((line, i) => new RegExp(String.raw`^\s*${i + 1}\s+(?!(?:seconds?|secs?|s|minutes?|mins?|m|hours?|x|%|percent|times)\b)\S`).test(line));
  return numbered ? lines.map((line) => line.replace(/^\s*\d+\s+/, '')).join('\n') : message;
}

/**
 * "- 加标题：X - 标题在中间", "- slow clip 3 down - drop the first one": a line opened with a bullet that holds another,
 * spaced, lists an item at each (a text's words end at the next bullet); not a dash between figures ("0:10 - 0:20"),
 * nor one after a comma (the items said again as one clause, read whole).
 */
const withBulletsApart = (message: string): string =>
  message.split('\n').map((line) => (/^\s*[-•]\s/.test(line) ? line.replace(/(?<=[^\s\d:,，;；.。])[^\S\n]+[-•][^\S\n]+(?![\d:])/g, '\n- ') : line)).join('\n');

/** A short English heading before a colon, then what it heads: "Final answer: undo", "Three edits: the second clip 4 seconds long". */
const HEADING = /^([a-z][a-z' -]{0,30}?)\s*:\s+(\S.*)$/i;

/**
 * "Final answer: undo, undo, then redo", "My list: …": a heading said before the request it heads, in its clause, asks
 * nothing itself (it is parted as "Changes:" said alone is: a label over what follows). Not a text's words after a
 * colon ("caption: hello"), a time ("at 0:31"), nor a heading that reads, or names a part of the draft ("music: 30%"),
 * nor one the clause reads with ("idle intervals: accelerate by a factor of 8").
 */
function labelledOff(said: string, context: ParseContext): string[] {
  const heading = HEADING.exec(said);
  if (!heading || colonQuoted(said) !== said || heading[1].split(/\s+/).length > 4 || readAlone(said, context).length > 0) return [said];
  return headingAsksNothing(heading[1], context) && readAlone(heading[2], context).length > 0 ? [`${heading[1]}:`, heading[2]] : [said];
}

/**
 * A heading that asks nothing itself: no reading, no intent word ("music: 30%"), no moment named ("first clip: 0:07": a
 * moment named is what the rest is said of, no label; a time alone said of it is not guessed at); a part named only as
 * what the message is about ("Title question: …") asks nothing either.
 */
function headingAsksNothing(heading: string, context: ParseContext): boolean {
  const label = readable(heading);
  return parseClause(heading, label, context).length === 0 && (Words.topicHeading.test(label.trim()) || !namesIntent(label) && !MOMENT_REF.test(label));
}

/**
 * "Gary: 'use the second recording only'", "Per Dana: '…' She'll review Thursday.", 老闆話：「頭嗰段唔要」，仲有…: a
 * request someone else wrote, pasted in quotes after a heading saying whose (or where it was noted), is the request,
 * read without its quote marks, with whatever is said around it. Not when the heading names a text or words shown
 * ("title: 'Welcome'", "tagline: '…'"), nor when the quoted words read as nothing (a text's words, or a remark).
 */
function headedRequest(message: string, context: ParseContext): string | undefined {
  const headed = Words.headedQuote.exec(message);
  const words = headed?.slice(3).find((said) => said !== undefined);
  if (!headed || words === undefined || Words.shownWords.test(headed[2].toLowerCase()) || !headingAsksNothing(headed[2], context)) return undefined;
  if (readInstruction(words, context).ops.length === 0) return undefined;
  return `${message.slice(0, headed.index)}${headed[1]}${words}${message.slice(headed.index + headed[0].length)}`;
}

/**
 * "Add music!! the default one is fine, 50% please", "… sounds good, 20 percent": an approval, then only a figure after a
 * comma. The approval asks nothing, and the figure is a detail of the request before it, so each is a clause of its own
 * (read whole, the approval would take the figure away with it). Only after a request: said first ("the zoom is fine,
 * 3 seconds"), the figure has no request to be a detail of.
 */
function approvedApart(said: string): string[] {
  const [first, ...rest] = said.split(/\s*,\s*/);
  return rest.length > 0 && Words.approval.test(readable(first)) && rest.every((piece) => slotFragment(readable(piece)) !== undefined) ? [first, ...rest] : [said];
}
