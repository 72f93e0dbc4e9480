import { isDeepStrictEqual } from 'node:util';
import { HAN, quoted, SLIP_SAYS_NO, Words } from '../../protocol';
import { between, readable } from './clauseWords';
import { parseClause, readAlone } from './parseClause';
import type { Heard, Reading, Step } from './reading';
import { slotFragment } from './fragments';
import { corrected, meantInstead } from './selfCorrection';
import { colonQuoted } from './splitClauses';

/** The clause at `place`, as read; a clause that says anything (or owns up to a slip) ends the request before it. */
export function heardAt(reading: Reading, said: string, place: number): Heard {
  const { ops, clauses, message } = reading;
  const clause = colonQuoted(said);
  const text = readable(closesAsked(reading, place) ? clause.replace(/[?？]\s*$/u, '') : clause);
  // "开头淡入……算了，淡入淡出都要": a correction's first words said alone (算了, 还是) are a slip owned up to, though
  // they read as nothing.
  const owned = meantInstead(clause) === '' && quoted(clause) === undefined;
  if (text.length > 0 || quoted(clause) !== undefined || owned) {
    reading.asked = ops.length > reading.clauseStart ? { ...reading.request, from: reading.clauseStart }
      : reading.slip !== undefined ? reading.asked : detailOfAsked(reading);
    [reading.clauseStart, reading.request] = [ops.length, { clause, text }];
    reading.askedBefore = reading.asked === undefined ? '' : JSON.stringify(ops.slice(reading.asked.from));
  }
  const saidBefore = place > 0 ? colonQuoted(clauses[place - 1]) : undefined;
  // ("redo that... hmm, undo it": a pause alone, no slip owned up to, takes back nothing broken off.)
  const broken = saidBefore !== undefined && brokenOff(message, saidBefore) && (Words.slip.test(text) || (owned && Words.meantInstead.test(clause.trim().toLowerCase())));
  return { said, place, clause, text, owned, broken };
}

/**
 * "can you change the title to 'Hola' and put it at the bottom?", "can I trim clip 2 to 4s and fade it out?": the
 * question mark after the last part of a sentence that opened with a request (asked, or said outright) is that
 * request's, and asks nothing of the part it ends.
 */
function closesAsked({ message, clauses }: Reading, place: number): boolean {
  if (!/[?？]\s*$/u.test(clauses[place])) return false;
  // ("Title question: can I …": a heading may open the sentence, or the clause, before the request.)
  for (let before = place - 1; before >= 0 && /^[^.!?。！？\n]+$/u.test(between(message, clauses[before], clauses[before + 1]) ?? '.'); before -= 1) {
    const said = readable(clauses[before]);
    const asked = said.slice(said.indexOf(':') + 1).trim();
    if (Words.request.test(asked) || Words.askedAsMine.test(asked)) return true;
  }
  return false;
}

/**
 * "Export as MOV, 4K. No, …", "字幕加一句“…”，放下面，哦还是放上面吧", "片尾“…”，四秒，不对，三秒": a clause that made no
 * operation of its own but said a detail of the request before it (changed it in place; or, read whole, said a length
 * or level alone, as long as it was, maybe, or anything of a request that made operations) is part of that request,
 * said with it: a correction after it says again the request with its detail. Undefined when it did neither (no
 * request for a correction to take).
 */
function detailOfAsked({ asked, request, ops, askedBefore, unknown }: Reading): Reading['asked'] {
  if (asked === undefined) return undefined;
  // "Export a mov. Oh, the website needs webm. Webm then": a remark left unread between a request and what is meant
  // instead (why it changed: no figure, no words quoted, nothing read) leaves the request the one a correction takes.
  const remark = unknown.includes(request.clause) && !/\d/.test(request.text) && quoted(request.clause) === undefined;
  if (remark && JSON.stringify(ops.slice(asked.from)) === askedBefore) return asked;
  const readWhole = request.text.length > 0 && !unknown.includes(request.clause);
  const detail = JSON.stringify(ops.slice(asked.from)) !== askedBefore || (readWhole && (asked.from < ops.length || slotFragment(request.text) !== undefined));
  if (!detail) return undefined;
  const comma = HAN.test(request.clause) ? '，' : ', ';
  return { clause: `${asked.clause}${comma}${request.clause}`, text: `${asked.text}${comma}${request.text}`, from: asked.from };
}

/**
 * "Lengthen through the… I mean, slow the first clip": words broken off ("…", "—") before any value, taken back by a
 * slip and read as nothing, are no words left unread when a request of its own follows ("片头停3秒…哦不，还是5秒吧"
 * corrects its value).
 */
function brokenOffTakenBack(reading: Reading, heard: Heard): boolean {
  const { unknown, context, clauses, asked } = reading;
  const { place, broken } = heard;
  const saidBefore = place > 0 ? colonQuoted(clauses[place - 1]) : undefined;
  const saidAfter = clauses[place + 1] === undefined ? undefined : colonQuoted(clauses[place + 1]);
  if (broken && asked === undefined && unknown[unknown.length - 1] === saidBefore && !/\d/.test(readable(saidBefore!))
    && saidAfter !== undefined && meantInstead(saidAfter) === undefined && readAlone(saidAfter, context).length > 0) {
    unknown.pop();
    return true;
  }
  return false;
}

/**
 * "make it 30, no, 40 seconds": a bare figure that read as nothing, then a slip and a request read with its figure, was
 * that request said wrong: taken back by the slip, no words left unread (the request after the slip is read on).
 */
function bareFigureTakenBack(reading: Reading, heard: Heard): boolean {
  const { unknown, context, clauses, asked } = reading;
  const saidBefore = heard.place > 0 ? colonQuoted(clauses[heard.place - 1]) : undefined;
  // The slip said as one ("no, …", "no wait, …"; not "make that one 6 seconds long", a moment named before).
  const slipped = Words.slip.test(heard.clause.split(/[,，]/)[0].trim());
  const meant = slipped ? meantInstead(heard.clause) : undefined;
  if (asked === undefined && meant !== undefined && /\d/.test(meant) && readAlone(meant, context).length > 0
    && saidBefore !== undefined && unknown[unknown.length - 1] === saidBefore && /\d/.test(readable(saidBefore))) unknown.pop();
  return false;
}

/**
 * "音乐调到50%，不对，40%", "删掉第二段……啊不是，第三段", "剪个40秒的，算了还是30秒吧": what was meant replaces what was asked.
 * "…, like 1.25x? Or 1.5.": another value weighed waits as a slip does, for the one settled on.
 */
function slipSaidAlone(reading: Reading, heard: Heard): boolean {
  const { clause, text, owned, broken } = heard;
  // "Remove the text. No, wait, keep it": a slip said in two clauses is one.
  if (reading.slip !== undefined && readable(reading.slip) === '' && owned) {
    reading.slip = `${reading.slip}, ${clause}`;
    return true;
  }
  if (reading.asked !== undefined && reading.slip === undefined && (Words.slip.test(text) || owned || Words.alternative.test(text))) {
    reading.slip = clause;
    reading.slipAfterBreak = broken;
    return true;
  }
  return false;
}

/**
 * "音乐40%，哦不对，太大了，20%": why the slip was one asks nothing; what is meant comes next. "加个音乐，算了，车间里机器的声音
 * 挺有味道的，还是别加了": so does a remark that reads as nothing, no figure in it, before what is meant said with 还是.
 */
function slipReasoned(reading: Reading, heard: Heard): boolean {
  if (reading.slip === undefined) return false;
  const next = reading.clauses[heard.place + 1];
  return Words.slipReason.test(heard.text) || (next !== undefined && !/\d/.test(heard.text) && quoted(heard.clause) === undefined
    && readAlone(heard.clause, reading.context).length === 0 && (meantInstead(colonQuoted(next)) !== undefined || Words.withdrawn.test(readable(next))));
}

/** What the clause after a request (or after a slip) says was meant instead of it: it replaces what was asked. */
function meantInsteadOfAsked(reading: Reading, heard: Heard): boolean {
  const { ops, unknown, context, asked, slip } = reading;
  const { clause, text } = heard;
  const meantText = slip === undefined ? meantInstead(clause) : text;
  const meant = asked === undefined || meantText === undefined ? undefined : corrected(asked, { clause, text: meantText }, ops.slice(asked.from), context, ops.slice(0, asked.from));
  // "speed up… I mean, slow the first clip to half speed": a request broken off, then a slip, is taken back whole; the
  // clause after it, no correction of its values, is what was meant, whatever it asks.
  if (asked !== undefined && meant === undefined && slip !== undefined && reading.slipAfterBreak && parseClause(clause, text, context).length > 0) {
    ops.splice(asked.from);
    reading.clauseStart = ops.length;
  }
  // "Well, no, the committee watches on a laptop": a slip saying no, then only why, still waits for what is meant.
  const slipSaid = slip === undefined ? clause : `${slip}, ${clause}`;
  if (asked !== undefined && meant === undefined && meantText !== undefined && SLIP_SAYS_NO.test(slipSaid) && Words.slipWhy.test(meantText)) {
    reading.slip = slipSaid;
    return true;
  }
  // A slip that reads as nothing (算了) before another request is no word left unread.
  if (slip !== undefined && meant === undefined && readable(slip) !== '') unknown.push(slip);
  reading.slip = undefined;
  if (asked !== undefined && meant !== undefined) {
    reading.takenBack = meant.ops.length === 0 ? asked : undefined;
    ops.splice(asked.from, ops.length - asked.from, ...meant.ops);
    [reading.clauseStart, reading.request] = [asked.from, { clause: meant.clause, text: meant.text }];
    return true;
  }
  return false;
}

/**
 * "add music. never mind", "make it vertical, forget it": the request just made is taken back whole. After several
 * requests, which of them it takes back is not said: none is made, and the words are reported unread.
 */
function requestTakenBack(reading: Reading, heard: Heard): boolean {
  const { ops, unknown, clauseStart, asked } = reading;
  // The request's operations start where the clause before began (heardAt moves that start past a clause it reads words in).
  const from = clauseStart < ops.length ? clauseStart : asked?.from;
  if (!Words.withdrawnWhole.test(heard.clause.trim().toLowerCase())) return false;
  // "brighten?? no nvm": words just left unread, taken back, are no longer asked for.
  if (from === undefined) {
    const saidBefore = heard.place > 0 ? colonQuoted(reading.clauses[heard.place - 1]) : undefined;
    if (saidBefore === undefined || unknown[unknown.length - 1] !== saidBefore) return false;
    unknown.pop();
    return true;
  }
  const several = from > 0;
  ops.splice(several ? 0 : from);
  if (several) unknown.push(heard.clause);
  [reading.asked, reading.slip, reading.clauseStart] = [undefined, undefined, ops.length];
  return true;
}

/**
 * "remove the first clip. actually yes remove the first clip", "make clip 2 slower. yeah, make clip 2 slower": a request
 * said again after a yes to it, as someone thinking aloud settles on it, is made once ("undo. undo", said again with
 * no yes, is two steps back).
 */
function saidAgainSettled(reading: Reading, heard: Heard): boolean {
  const { ops, asked, context } = reading;
  const typed = heard.clause.trim().toLowerCase();
  const yes = Words.yesAgain.exec(typed);
  if (asked === undefined || yes === null) return false;
  const again = readAlone(typed.slice(yes[0].length), context);
  return again.length > 0 && isDeepStrictEqual(again, ops.slice(asked.from));
}

/** Slips and corrections, in the order they are tried. */
export const correctionSteps: Step<Heard>[] = [requestTakenBack, brokenOffTakenBack, bareFigureTakenBack, saidAgainSettled, slipSaidAlone, slipReasoned, meantInsteadOfAsked];

/** Whether a clause, as typed in the message, trails off ("speed up…", "Lengthen the... ", "make it —"): broken off. */
function brokenOff(message: string, clause: string): boolean {
  const at = message.indexOf(clause.trim());
  return at >= 0 && /^\s*(?:\.{2,}|…|[-–—]{1,2}(?=\s))/.test(message.slice(at + clause.trim().length));
}
