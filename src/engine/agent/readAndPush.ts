import { isDeepStrictEqual } from 'node:util';
import { type EditOp, FormatWords, HAN, IF_IT_CAN_ZH, quoted, resolutionFromText, Words } from '../../protocol';
import { complainsOnly, requestBeforeAside, saysResultOf, saysShape } from './asides';
import { between, MOMENT_REF, type ParseContext, placesNamed, readable, UNSAID } from './clauseWords';
import { backgroundNamedBefore, joined, pointFragment, slotFragment } from './fragments';
import { AUDIO_FILE } from './mediaOps';
import { sourceRefs, uploadFilesNamed } from './momentOps';
import { parseClause, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import type { Parsed, Reading, Step } from './reading';
import { isClauseBefore } from './splitClauses';

/** A request, then an aside in the same clause: the request (as requestBeforeAside reads it). */
function requestBeforeItsAside(reading: Reading, heard: Parsed): boolean {
  const { ops, context } = reading;
  const { clause, parsed } = heard;
  const beforeAside = requestBeforeAside(clause, context, parsed);
  if (beforeAside !== undefined) {
    ops.push(...beforeAside);
    return true;
  }
  return false;
}

/**
 * "vertical. blur. music. export.": after a request, a part named in one word is what the clip comes with (as in a
 * list, "…, 9:16, music").
 */
function partInOneWord(reading: Reading, heard: Parsed): boolean {
  const { ops, context } = reading;
  const { clause, text, parsed } = heard;
  const comesWith = parsed.length === 0 && ops.length > 0 && ONE_WORD.test(text) ? parseClause(`with ${clause}`, `with ${text}`, context) : [];
  if (comesWith.length > 0) {
    ops.push(...comesWith);
    return true;
  }
  return false;
}

/** "把 a.mp4 和上传的第二个放进来，别的不用": uploads put in, then the others refused, are the ones used. */
function uploadsPutIn(reading: Reading, heard: Parsed): boolean {
  const { ops } = reading;
  const { clause, text, next, parsed } = heard;
  if (parsed.length === 0 && next !== undefined && Words.result.use_sources.test(readable(next)) && Words.uploadsPut.test(text)) {
    ops.push({ op: 'use_sources', files: sourceRefs(clause) });
    return true;
  }
  return false;
}

/**
 * "the last recording was a test run, just use the first one": "the first one" used is an upload when the clause
 * before (which asked nothing) spoke of an upload by its place; read together, they choose it.
 */
function uploadByPlace(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context, clauses } = reading;
  const { place, clause, named, parsed } = heard;
  const uploadOne = parsed.length === 0 && isClauseBefore(clauses, place, named)
    ? parseClause(`${named}, ${clause}`, readable(`${named}, ${clause}`), context) : [];
  if (uploadOne.length === 1 && uploadOne[0].op === 'use_sources') {
    unknown.pop();
    ops.push(uploadOne[0]);
    return true;
  }
  return false;
}

/**
 * "the good footage is tank_test_03.mp4, use only that one", "好的素材是 a.mp4，就用这个": one upload named by its file in
 * the clause before (which asked nothing), then pointed back to as the one to use, is the one used (not the last upload).
 */
function uploadPointedBack(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, clauses } = reading;
  const { place, text, named, parsed } = heard;
  const files = isClauseBefore(clauses, place, named) ? uploadFilesNamed(named) : [];
  const unplaced = parsed.length === 0 || (parsed.length === 1 && parsed[0].op === 'use_sources' && parsed[0].files.join() === 'last');
  if (files.length !== 1 || !unplaced || !Words.uploadPointedBack.test(text.trim())) return false;
  unknown.pop();
  ops.push({ op: 'use_sources', files });
  return true;
}

/** "那就2倍吧，只给第二段": the moment a speed just said is for, named alone after it. */
function momentOfLastSpeed(reading: Reading, heard: Parsed): boolean {
  const { context } = reading;
  const { text, previous, parsed } = heard;
  const onlyFor = parsed.length === 0 && previous?.op === 'set_speed' && previous.index === undefined && Words.onlyFor.test(text.replace(MOMENT_REF, ''))
    ? placesNamed(text, context) : [];
  if (onlyFor.length === 1 && previous?.op === 'set_speed') {
    previous.index = onlyFor[0] < 0 ? Math.max(1, context.moments + 1 + onlyFor[0]) : onlyFor[0];
    return true;
  }
  return false;
}

/** "第二段多了四秒，从后面剪掉": the cut said again after a moment's trim is how that trim is made, no second edit. */
function trimSaidAgain(_reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  return parsed.length === 0 && previous?.op === 'trim_moment' && previous.by_ms !== undefined && Words.trimmedAgain.test(text);
}

/** "Undo 一下，刚才那个 crossfade 我要回来的", "undo, I want the fade back": what the undo brings back, no new edit. */
function broughtBackByUndo(_reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  return previous?.op === 'undo' && parsed.length > 0 && parsed.every((op) => op.op !== 'undo' && op.op !== 'redo') && Words.wishedBack.test(text);
}

/**
 * "Remove the text. No, wait, keep it, change it to 'X'": a clause said of "it" right after a request was taken back is
 * said of the part that request named: what the two read together that the request alone does not.
 */
function saidOfTakenBack(reading: Reading, heard: Parsed): boolean {
  const { ops, context, takenBack } = reading;
  const { clause, text, parsed } = heard;
  if (parsed.length > 0 || takenBack === undefined || !/\bit\b/.test(text)) return false;
  const alone = readAlone(takenBack.clause, context);
  const together = readAlone(`${takenBack.clause}, ${clause}`, context).filter((op) => !alone.some((read) => isDeepStrictEqual(read, op)));
  if (together.length === 0) return false;
  ops.push(...together);
  return true;
}

/** The operation just read, when it was done to one moment named by its number (where that moment is now, after a move). */
function momentDone(op: EditOp | undefined): { op: EditOp; index: number } | undefined {
  if (op?.op === 'move_moment') return { op, index: op.to };
  return (op?.op === 'set_speed' || op?.op === 'trim_moment' || op?.op === 'remove_moment') && op.index !== undefined ? { op, index: op.index } : undefined;
}

/**
 * "remove clip 3, then clip 1", "speed up clip 2, and clip 3": a moment named alone right after an operation on another
 * is that operation again, on it (a later moment removed first, so the earlier keeps its number); after a move, which
 * place it goes to is not known.
 */
function sameForMomentNamed(reading: Reading, heard: Parsed): boolean {
  const { ops, context } = reading;
  const { text, previous, parsed, next } = heard;
  const done = momentDone(previous);
  const named = placesNamed(text, context);
  // ("…, and the last clip, make it 4 seconds": the clause after it, said of it, asks what is done to it; so does one
  // that, said of the moment, reads as done to it: "第三段也是，剪到五秒".)
  const doneToIt = (op: EditOp) => 'index' in op && op.index !== undefined && named.includes(op.index);
  const saidOfAfter = next !== undefined && (/\b(?:it|that|them|this)\b/.test(readable(next)) || readAlone(`${text.match(MOMENT_REF)?.[0] ?? ''}${next}`, context).some(doneToIt));
  if (parsed.length > 0 || saidOfAfter || done === undefined || done.op.op === 'move_moment' || named.length !== 1 || text.replace(MOMENT_REF, ' ').replace(Words.momentAlso, ' ').trim() !== '') return false;
  const index = named[0] < 0 ? Math.max(1, context.moments + 1 + named[0]) : named[0];
  const again = { ...done.op, index } as EditOp;
  if (done.op.op === 'remove_moment' && index > done.index) ops.splice(ops.length - 1, 0, again);
  else ops.push(again);
  return true;
}

/** "it", 它 (not 它们, "them"): one thing said of again. */
const MOMENT_IT = /\bit\b|它(?!们)/;
/** A move refused (the refusal's 不, 别, 没: Words.refusalNegation), or said as a thought (的话, 会, a question). */
const HEDGED_ZH = new RegExp(String.raw`${Words.refusalNegation.source}|的话|会|吗|[?？]`, 'u');

/**
 * "clip 2 at 1.5x, then make it the first clip", "slow clip 3 down and put it last", "第三段1.5倍速，牛走得太慢了，再把它
 * 挪到第一个": "it" (它), right after an operation on one moment (a reason said between), is that moment when the clause
 * gives it a place, which only a moment has ("…, then make it 30 seconds" may be the whole video).
 */
function momentMovedAsIt(reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  const done = momentDone(previous);
  if (parsed.length > 0 || done === undefined || done.op.op === 'remove_moment' || !MOMENT_IT.test(text)) return false;
  // "不要把它挪到第一个", "它放最后面的话会很怪": 它 refused or only mused about is no move.
  if (/它/.test(text) && HEDGED_ZH.test(text)) return false;
  const said = text.replace(MOMENT_IT, (it) => (it === '它' ? `第${done.index}段` : `clip ${done.index}`));
  const moved = parseClause(said, said, reading.context);
  if (moved.length !== 1 || moved[0].op !== 'move_moment') return false;
  // "put it at the end … and it should be last": where it already went, said again, is no move more.
  if (moved[0].index !== moved[0].to) reading.ops.push(moved[0]);
  return true;
}

/** "export webm at 720, then same but vertical": the change said after "the same but", then the export before it again. */
function changedThenExportAgain(reading: Reading, heard: Parsed): boolean {
  const { ops } = reading;
  const { text, parsed } = heard;
  const before = [...ops].reverse().find((op) => op.op === 'export');
  if (before === undefined || parsed.length === 0 || parsed.some((op) => op.op === 'export') || !Words.sameButChanged.test(text)) return false;
  pushRead(reading, heard);
  ops.push({ ...before });
  return true;
}

/** A clause that reads as nothing, taken by no way of asking above: unread. */
function unreadAlone(reading: Reading, heard: Parsed): boolean {
  const { unknown } = reading;
  const { clause, parsed } = heard;
  if (parsed.length === 0) {
    unknown.push(clause);
    return true;
  }
  return false;
}

/** "the music is too loud, turn the music down": the change a complaint asked for, then asked outright, is one change. */
function complaintAskedOutright(reading: Reading, heard: Parsed): boolean {
  const { complainedChange } = reading;
  const { previous, parsed } = heard;
  return previous !== undefined && complainedChange === previous && parsed.length === 1 && isDeepStrictEqual(parsed[0], previous);
}

/** "back two steps, then forward one": after a step back, a bare step forward is one step redone. */
function forwardAfterBack(reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  if (parsed.length > 0 || previous?.op !== 'undo' || !Words.stepForward.test(text)) return false;
  reading.ops.push({ op: 'redo' });
  return true;
}

/**
 * "再给我恢复回来，撤之前那样是对的", "put it back, it was right before the undo": what was there asked back, then said to
 * have been right before the undo, is the undone step redone (the asking back left unread, or read as a step back).
 */
function backAsBeforeUndo(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, clauses } = reading;
  const { place, text, named, previous, parsed } = heard;
  const before = place > 0 ? clauses[place - 1] : undefined;
  // ("撤销之前才是对的": the undo named is when it was right, no step back asked.)
  const asksNothing = parsed.every((op) => op.op === 'undo');
  if (!asksNothing || before === undefined || !Words.rightBeforeUndo.test(text.trim()) || !Words.askedBack.test(readable(before).trim())) return false;
  if (isClauseBefore(clauses, place, named)) unknown.pop();
  else if (previous?.op === 'undo') ops.pop();
  else return false;
  ops.push({ op: 'redo' });
  return true;
}

const IF_IT_CAN = new RegExp(`^${IF_IT_CAN_ZH}`);

/** "能导出gif吗？可以的话就导": the request asked whether it can be done, read, then decided if it can: nothing more. */
function decidedIfItCan(_reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  return previous !== undefined && parsed.length === 0 && IF_IT_CAN.test(text) && Words.decided.test(text);
}

/** "片尾加张卡 写…，片头也这么弄": the card just added, asked for at the other end too, the same. */
function cardAtOtherEndToo(reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed, next } = heard;
  // "片尾也这么弄，写「一叶一码」": words of its own said next make it a card of its own (cardAlike).
  if (next !== undefined && quoted(next) !== undefined) return false;
  const end = previous?.op === 'add_card' && parsed.every((op) => isDeepStrictEqual(op, previous)) ? Words.cardOtherEndToo.exec(text.trim()) : null;
  const card = end?.[1] === undefined ? 'outro' : 'intro';
  if (end === null || previous?.op !== 'add_card' || previous.card === card) return false;
  reading.ops.push({ ...previous, card });
  return true;
}

/**
 * "a caption from 0:03 to 0:07 reading 'A', then another from 0:08 to 0:12 reading 'B'": "another" said for the kind of
 * text just added, with words of its own, is one more of that kind (read as if the kind were said).
 */
function anotherOfKind(reading: Reading, heard: Parsed): boolean {
  const { clause, previous, parsed } = heard;
  const another = Words.anotherOfKind.exec(clause.trim());
  if (parsed.length > 0 || another === null || previous?.op !== 'add_text' || quoted(clause) === undefined) return false;
  const read = readAlone(`${another[0]} ${previous.style}${clause.trim().slice(another[0].length)}`, reading.context);
  if (read.length !== 1 || read[0].op !== 'add_text' || read[0].style !== previous.style) return false;
  reading.ops.push(read[0]);
  return true;
}

/** What a clause read alone asks, said without a detail of what was read before it, in the order they are tried. */
const restSteps: Step<Parsed>[] = [requestBeforeItsAside, anotherOfKind, partInOneWord, uploadsPutIn, uploadByPlace, uploadPointedBack, momentOfLastSpeed, trimSaidAgain, forwardAfterBack, broughtBackByUndo, backAsBeforeUndo, cardAtOtherEndToo, decidedIfItCan, saidOfTakenBack, sameForMomentNamed, momentMovedAsIt, changedThenExportAgain, unreadAlone, complaintAskedOutright];

/**
 * A clause past every reading of it with the clauses around it: read as it asks alone, its operations pushed (joined to
 * the ones before them where they say more of them), and what each was made for remembered.
 */
export function readRest(reading: Reading, heard: Parsed): void {
  const { said, clause, parsed } = heard;
  // "加个人名条 王哥，二手车评估师": a lower third's words, a name and a role, run on past the comma after a space too.
  const nameAndRole = parsed[0]?.op === 'add_text' && parsed[0].style === 'lower-third' && quoted(clause) === undefined;
  reading.colonWords = (clause !== said || nameAndRole) && parsed.length === 1 && (parsed[0].op === 'add_text' || parsed[0].op === 'add_card') ? parsed[0] : undefined;
  if (reading.musicAsked === undefined && musicAskedLoosely(heard)) reading.musicAsked = { at: reading.ops.length, clause };
  if (!restSteps.some((step) => step(reading, heard))) pushRead(reading, heard);
}

/**
 * "背景音乐 默认的 整起 …", "davai music, lofi, …", "BGMを入れて，…": the clause names the music and a verb of putting it
 * in or the bed it is, or a file of the user's; or names the music only, and the clause after it says so ("ehhh the music, i want it, the
 * default, …"). Not refused ("no lofi", "不要音乐": 不要 is no 要).
 */
function musicAskedLoosely(heard: Parsed): boolean {
  const { clause, text, next, parsed } = heard;
  if (!Words.music.test(text)) return false;
  const after = next === undefined ? '' : readable(next);
  // "Music: koto_bgm.mp3, a bit softer": a file of the user's named as the music asks for it.
  // ("BGM 不用 duck，直接铺": its ducking said, then the verb laying it in, alone.)
  const changedOnly = parsed.every((op) => op.op === 'set_ducking' || op.op === 'set_music_volume');
  // ("the music is too loud, put it to 15%", 音乐太吵了，放到百分之十五: after a change of the music there is, "it" put at a
  // level is that music's level, none asked for.)
  const levelled = parsed.length > 0 && Words.musicSaid.levelPut.test(after);
  return askedUnrefused(text) || AUDIO_FILE.test(clause) || (changedOnly && !levelled && !Words.music.test(after) && askedUnrefused(after));
}

/** Music asked for loosely, with no refusal before the words that ask it ("don't add music", "no lofi"; a "not" after them is of something else). */
function askedUnrefused(text: string): boolean {
  const asked = Words.musicSaid.askedLoosely.exec(text);
  return asked !== null && !Words.negation.test(text.slice(0, asked.index));
}

/**
 * "export mp4 1080p, then remove the background and export the same again", "…, export another one so i can pick": a file
 * said to be the same, or another, with no format or size of its own, is made as the last one the message exported.
 */
function sameFileAgain(op: Extract<EditOp, { op: 'export' }>, ops: EditOp[], text: string): void {
  const before = [...ops].reverse().find((done) => done.op === 'export');
  if (before === undefined || !Words.exportSame.test(text) || FormatWords.some(([format]) => format.test(text)) || resolutionFromText(text) !== undefined) return;
  Object.assign(op, before);
}

/** The operations of a clause read as it asks, pushed; what each was made for, and what the clause said, remembered. */
function pushRead(reading: Reading, heard: Parsed): void {
  const { ops, unknown, context, clauses, lengthless, purposeShapes, shapesHad, complaints, bounds, bareLengths, directions, keptSound, soundLeft, loudMusic, setResolutions, qualitiesWanted, fadesBetween, unnamedRemovals, unnamedFades, saidResult, saidResultText } = reading;
  const { place, clause, text, previous, parsed } = heard;
  cardAtOtherEnd(ops, text, parsed);
  cardDoneAlike(ops, text, parsed);
  // "actually put it back, redo": a state said first is that of the step named after it, when it is that step's too; so is
  // a step back said in words a start over says ("scrap it, start again": the last step goes with the rest).
  if (previous && (saidResult === previous || previous.op === 'undo') && parsed.length === 1 && parsed[0].op !== previous.op && saysResultOf(saidResultText, parsed[0])) ops.pop();
  // "上一步操作有误，撤回两步": the step a state said first is the first of the steps asked after it ("撤销多了，重做一步":
  // the one step).
  if (previous && saidResult === previous && parsed.length > 0 && parsed.every((op) => isDeepStrictEqual(op, previous))) ops.pop();
  const spaced = () => place > 0 && spacedOn(reading.message, clauses[place - 1], heard.said) && !(place > 1 && spacedOn(reading.message, clauses[place - 2], clauses[place - 1]));
  const afterComma = () => commaAfterOpening(reading.message, clauses, place, context);
  readAfter({ text, place, parsed, previous, spaced, afterComma }, clauses, unknown, unnamedFades, context);
  // "add text 'Sale' in red", 字幕「谢谢」要红色, 标题「你好」 大一点, 左上角加个标题: the text is added, the look, size or corner
  // the draft cannot give it is said back as unread.
  if (parsed.some((op) => op.op === 'add_text' || op.op === 'add_card') && [Words.textLook, Words.textSized, Words.textCorner].some((said) => said.test(text))) unknown.push(clause);
  for (const op of parsed) {
    if (op.op === 'fade' && op.target === 'clip' && !Words.picture.test(text) && !Words.music.test(text)) unnamedFades.add(op);
    if (previous && op.op === 'fade' && Words.picture.test(text)) unnamedFades.delete(previous);
    if (op.op === 'set_aspect' && !saysShape(text)) purposeShapes.add(op);
    if (op.op === 'set_aspect' && Words.shapeHad.test(text)) shapesHad.add(op);
    if (op.op === 'compile_best_moments' && complainsOnly(text)) complaints.add(op);
    if (op.op === 'remove_moment' && !MOMENT_REF.test(text)) unnamedRemovals.add(op);
    if (op.op === 'set_speed' && Words.direction.speed.test(text) && !Words.wholeVideo.test(text)) directions.add(op);
    if (op.op === 'set_source_volume' && op.volume === 1 && Words.keepAudio.test(text)) keptSound.add(op);
    if (op.op === 'set_source_volume' && op.volume === 1 && Words.soundLeftAsIs.test(text) && !/\d/.test(text)) soundLeft.add(op);
    if (op.op === 'set_music_volume' && op.change === 'quieter' && Words.tooMuch.test(text) && !ops.some((done) => done.op === 'add_music')) loudMusic.add(op);
    // "the limit is 60 seconds, make it 30 seconds": a length stated, beside the one asked for, is a reason.
    if (op.op === 'compile_best_moments' && (slotFragment(text)?.length !== undefined || Words.statement.test(text)) && !Words.compile.test(text)) bareLengths.add(op);
    if (op.op === 'compile_best_moments' && Words.lengthUnder.test(text)) bounds.add(op);
    if (op.op === 'set_resolution' && Words.resolutionSet.test(text)) setResolutions.add(op);
    if (op.op === 'set_resolution' && Words.qualityWanted.test(text)) qualitiesWanted.add(op);
    if (op.op === 'fade' && op.in_ms === 0 && op.out_ms === 0 && !Words.clipEnds.test(text)) fadesBetween.add(op);
    // "shiok! 加 outro card 写 “…” … 然后 card 拿掉 …", "加片头卡片 … 再把卡片删掉": a card named bare, after the message
    // added one kind of card, is that one (not "卡片都删掉", "both cards": every card).
    const added = op.op === 'remove_card' && op.card === undefined && (Words.oneCard.test(text) || !Words.everyCard.test(text)) ? cardAdded(ops) : undefined;
    if (op.op === 'remove_card' && added) op.card = added;
    if (op.op === 'export') sameFileAgain(op, ops, text);
    if ((op.op === 'export' && setResolutions.has(ops[ops.length - 1])) || keptAsFirstStep(op, ops, clauses, place) || !joined(ops, op, text, unknown, lengthless)) ops.push(op);
    // "太长了，帮我剪成两分钟": a clip asked for outright, folded into the complaint before it, is asked for.
    else if (op.op === 'compile_best_moments' && !complaints.has(op)) complaints.delete(ops[ops.length - 1]);
  }
  // ("最后两步都不要，退回去": a state said of steps counted is the last of them, which the step said after takes again.)
  const once = parsed.length > 0 && parsed.every((op) => isDeepStrictEqual(op, parsed[0]));
  reading.saidResult = once && saysResultOf(text, parsed[0]) ? parsed[parsed.length - 1] : undefined;
  reading.complainedChange = parsed.length === 1 && Words.tooMuch.test(text) ? ops[ops.length - 1] : undefined;
  const at = pointFragment(text);
  reading.pointed = at !== undefined && parsed.length === 1 ? { op: parsed[0], ms: at } : undefined;
  reading.saidResultText = text;
}

/**
 * The clause just read, as the clause before it says more of it: the user's picture named alone, then a backdrop asked
 * without saying which ("那张图我传上去了，当背景用": that picture); an end of the clip and how long said alone, then a text
 * with no times of its own ("在最后三秒，写一行字：“…”": shown there); a fade naming no part, then music named last ("a 2
 * sec fade-in then a 4 sec fade-out on the music": the music both fade). The operations (and the words unread) are
 * changed in place.
 */
function readAfter(
  said: { text: string; place: number; parsed: EditOp[]; previous: EditOp | undefined; spaced: () => boolean; afterComma: () => boolean },
  clauses: string[], unknown: string[], unnamedFades: Set<EditOp>, context: ParseContext,
): void {
  const { text, place, parsed, previous, spaced, afterComma } = said;
  const uploaded = place > 0 && parsed.length === 1 ? backgroundNamedBefore(parsed[0], text, clauses[place - 1], context) : undefined;
  if (uploaded !== undefined) {
    parsed[0] = uploaded;
    if (unknown[unknown.length - 1] === clauses[place - 1]) unknown.pop();
  }
  const edgeBefore = place > 0 && unknown[unknown.length - 1] === clauses[place - 1] ? slotFragment(readable(clauses[place - 1]))?.edge : undefined;
  const timeless = parsed.length === 1 && parsed[0].op === 'add_text' && parsed[0].anchor === undefined
    && [parsed[0].start_ms, parsed[0].end_ms, parsed[0].duration_ms].every((v) => v === undefined) ? parsed[0] : undefined;
  if (edgeBefore !== undefined && timeless !== undefined) {
    Object.assign(timeless, edgeBefore);
    unknown.pop();
  }
  const fade = parsed.length === 1 && parsed[0].op === 'fade' ? parsed[0] : undefined;
  if (previous?.op === 'fade' && unnamedFades.has(previous) && fade?.target === 'music' && Words.musicLast.test(text)) previous.target = 'music';
  if (fade?.target !== 'clip' || previous?.op !== 'add_music' || Words.picture.test(text)) return;
  // "lofi music please, with fade in 2 seconds and fade out 2 seconds": a fade naming no part, said with "with" right
  // after the music was asked for, is the music's ("Add music. Fade in 2 s.", said apart, stays the clip's).
  // "加个背景音乐 nnigou.mp3 开头淡入两秒", "加个音乐 madi.mp3 百分之四十五 结尾淡出三秒": in Chinese, a fade naming no part
  // run on after the music added with only a space between (its file or level said) is the music's, as "加个bgm 开头淡入1秒"
  // read whole is; in a list ("剪30秒、竖屏、加音乐、结尾淡出", "剪30秒 竖屏 加音乐 结尾淡出": the music one item of it), or
  // naming the picture or the whole ("整个视频淡出"), it stays the clip's.
  const runOn = HAN.test(text) && !Words.wholeVideo.test(text) && spaced();
  // "add music mine.mp3 at 40%, fade in 1 second and out 1 second", "配乐用 lofi，开头淡入 1 秒": so too past a comma, when
  // the music opened the sentence (one request and how it goes on); not as a step after it ("…, then fade in"), nor in a
  // list of requests ("make it 30s, add music, fade out") or a sentence of its own ("Add music. Fade in.").
  const goesOn = !Words.wholeVideo.test(text) && !Words.stepAfter.test(text) && afterComma();
  if (Words.withDetail.test(text) || runOn || goesOn) fade.target = 'music';
}

/**
 * "加个片头“A”，结尾再加个“B”": words put at the end right after an intro card, naming no kind of text, are the card at
 * the other end (as "片尾“B”" is); "结尾加个标题“B”", naming a title, stays a title.
 */
function cardAtOtherEnd(ops: EditOp[], text: string, parsed: EditOp[]): void {
  const [op] = parsed;
  const before = ops[ops.length - 1];
  if (parsed.length !== 1 || op.op !== 'add_text' || before?.op !== 'add_card' || before.card !== 'intro' || Words.text.test(text)) return;
  if (!isDeepStrictEqual(op, { op: 'add_text', text: op.text, style: 'title', anchor: 'end' })) return;
  parsed[0] = { op: 'add_card', card: 'outro', text: op.text, duration_ms: UNSAID.cardMs };
}

/**
 * "an intro card 'A' for 3 secs, and do that for the outro too but saying 'B'": a card asked as the one just added was,
 * its own length unsaid, lasts as long as that one.
 */
function cardDoneAlike(ops: EditOp[], text: string, parsed: EditOp[]): void {
  const [op] = parsed;
  const before = ops[ops.length - 1];
  if (parsed.length !== 1 || op.op !== 'add_card' || before?.op !== 'add_card' || before.card === op.card || !Words.doneAlike.test(text) || parseDurationMs(text) !== undefined) return;
  op.duration_ms = before.duration_ms;
}

/**
 * Whether a clause follows the one before it in the message with only a space between ("加个音乐 madi.mp3 结尾淡出三秒"); a
 * line break parts the lines of a list ("- 背景音乐 默认\n- 淡入淡出 1秒") as a comma does, no run-on.
 */
const spacedOn = (message: string, before: string, clause: string) => /^[^\S\n]+$/.test(between(message, before, clause) ?? '');

/**
 * The clause before this one opened its sentence, and only a comma parts them ("Add music at 40%, fade in 1s"); or the
 * music opened it and only its details stand between, each after a comma ("add x.mp3 at 45%, no ducking, fade in 3 s":
 * the music still the last thing made, its details made no request of their own).
 */
function commaAfterOpening(message: string, clauses: string[], place: number, context: ParseContext): boolean {
  const comma = (at: number) => /^\s*[,，]\s*$/.test(between(message, clauses[at - 1], clauses[at]) ?? '');
  const opens = (at: number) => at === 0 || /[.!?。！？;；\n]/.test(between(message, clauses[at - 1], clauses[at]) ?? '');
  let opening = place;
  while (opening > 0 && comma(opening)) opening -= 1;
  if (opening === place || !opens(opening)) return false;
  const opened = opening === place - 1 ? [] : readAlone(clauses[opening], context);
  return opening === place - 1 || (opened.length > 0 && opened.every((op) => op.op === 'add_music'));
}

/** The idle stretches sped up after the whole was kept as the first step ("先全部留着不要剪，再把发呆的地方快转"): two steps. */
const keptAsFirstStep = (op: EditOp, ops: EditOp[], clauses: string[], place: number) =>
  op.op === 'speed_up_idle' && ops[ops.length - 1]?.op === 'keep_everything' && place > 0 && Words.keptFirst.test(readable(clauses[place - 1]).trim());

/** The one kind of card the message added before ("add an intro card …, then drop the card"): none when it added both or none. */
function cardAdded(ops: EditOp[]): 'intro' | 'outro' | undefined {
  const kinds = new Set(ops.flatMap((op) => (op.op === 'add_card' ? [op.card] : [])));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** A clause of one word ("music", "captions."). */
const ONE_WORD = /^[a-z-]+[.!]*$/;
