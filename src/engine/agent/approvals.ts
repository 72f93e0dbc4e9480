import { type EditOp, HAN, quoted, Words } from '../../protocol';
import { exportDetail, namesIntent } from './asides';
import { type ParseContext, readable } from './clauseWords';
import { detailOfLast } from './detailOfLast';
import { placedBetween } from './fragments';
import { parseClause, readAlone } from './parseClause';
import { type Asked, type Reading, readWithNamed, type Step } from './reading';

/** "Changes:", "Here's what I need:": a label over the list that follows asks for nothing itself. */
function labelOverList(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { said, clause, text } = heard;
  return said !== clauses[clauses.length - 1] && /[:：]\s*$/.test(said) && parseClause(clause, text.replace(/[:：]\s*$/, ''), context).length === 0
    && !namesIntent(text);
}

/**
 * "开头加个片头，“冀丰养殖”": words quoted alone (or only labelled as words: "片头卡片一张，文字“…”"), after a clause that
 * named a card or text without them, are its words.
 */
function wordsQuotedAlone(reading: Reading, heard: Asked): boolean {
  const { unknown, context, clauses } = reading;
  const { clause, text, place } = heard;
  const alone = text.length === 0 || Words.wordsLabel.test(text.trim());
  // "再加一行字，从旁边滑进来的那种，写“…”": how it comes in, said between, goes with the text named (placedBetween).
  const between = alone ? placedBetween(unknown, clauses, place) : undefined;
  const withPlace = between === undefined ? undefined : namedWords(between, clause, context);
  if (withPlace !== undefined) unknown.pop();
  const wordsOf = withPlace ?? (alone ? namedWords(unknown[unknown.length - 1], clause, context) : undefined);
  return readWithNamed(reading, wordsOf);
}

/**
 * "oops", "好的", "the zoom is fine": an interjection or an approval asks for nothing ("… but make it quieter" does).
 * "export it for discord, webm is fine": an approval beside a request is a detail of it, not all the clause says;
 * "…, 720p is fine": a file's resolution or format approved is the one asked for (not "the zoom is fine").
 */
function approvalOrInterjection(reading: Reading, heard: Asked): boolean {
  const { ops, context } = reading;
  const { place, clause, text } = heard;
  const approves = Words.approval.test(text) && !Words.contrast.test(text)
    // "在结尾加一行文字「…」就可以了": an edit verb makes "that'll do" the end of a request, no approval.
    && !(HAN.test(text) && Words.aside.verb.test(text) && parseClause(clause, text, context).length > 0)
    && !(ops[ops.length - 1]?.op === 'export' && exportDetail(clause, text, context))
    // "音乐来一首 默认的就行": Chinese typed with spaces for commas, the same.
    && !text.split(/\s*,\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).some((piece) => !Words.approval.test(piece) && parseClause(piece, piece, context).length > 0)
    // "Throw an intro card up front, 'Gardens Skate', two seconds is fine": a figure approved last, after a request whose
    // words (a quote among them) run over its commas, is how long or how much of it.
    && !requestBeforeApproval(clause, context);
  if (approves) reading.approved = { clause, place };
  return text.length === 0 || approves;
}

/** Whether the clause, up to its last comma, asks something, and what follows that comma approves a figure. */
function requestBeforeApproval(clause: string, context: ParseContext): boolean {
  const last = /,\s*([^,]*\d[^,]*|[^,]*\b(?:one|two|three|four|five|ten|half)\b[^,]*)$/.exec(clause);
  if (last === null || !Words.approval.test(readable(last[1]))) return false;
  const before = clause.slice(0, last.index);
  return parseClause(before, readable(before), context).length > 0;
}

/** "…, and kindly revert": a reply asked for, said last after a request, asks no undo of it. */
function replyAskedLast(reading: Reading, heard: Asked): boolean {
  const { ops, clauses } = reading;
  const { said, text } = heard;
  return said === clauses[clauses.length - 1] && ops.length > 0 && Words.replyAsked.test(text);
}

/** "搞成竖屏咯，快点": hurry, said last, after a request that is no speed. */
function hurrySaidLast(reading: Reading, heard: Asked): boolean {
  const { ops, clauses } = reading;
  const { said } = heard;
  return said === clauses[clauses.length - 1] && hurried(heard) && ops.length > 0 && ops.every((op) => op.op !== 'set_speed');
}

/** Hurry said, as typed too: the wording read makes 搞快点 (Southwest Mandarin's "hurry up") a pace asked (调快点). */
const hurried = ({ said, text }: Asked) => Words.hurry.test(text) || Words.hurry.test(said.trim());

/**
 * "快点，剪成20秒，别废话", "背景音乐不要了，快点导出": hurry, said first or after a request that is no speed, before a
 * request that is no speed.
 */
function hurryBeforeRequest(reading: Reading, heard: Asked): boolean {
  const { ops, context } = reading;
  const { next } = heard;
  return next !== undefined && hurried(heard) && ops.every((op) => op.op !== 'set_speed')
    && readAlone(next, context).every((op) => op.op !== 'set_speed');
}

/** Labels, details of the request just read, approvals, interjections and hurry, in the order they are tried. */
export const approvalSteps: Step<Asked>[] = [labelOverList, detailOfLast, wordsQuotedAlone, approvalOrInterjection, replyAskedLast, hurrySaidLast, hurryBeforeRequest];

/** A clause of quoted words only, read with the clause before it that named a text or card to add or change without words. */
function namedWords(named: string | undefined, quote: string, context: ParseContext): EditOp[] | undefined {
  if (named === undefined || quoted(quote) === undefined || quoted(named) !== undefined) return undefined;
  const read = readAlone(`${named} ${quote}`, context);
  return read.length > 0 && read.every((op) => op.op === 'add_text' || op.op === 'add_card' || op.op === 'edit_text') ? read : undefined;
}
