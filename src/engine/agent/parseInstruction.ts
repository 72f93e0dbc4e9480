import { isDeepStrictEqual } from 'node:util';
import { type EditOp, EditOpMessage, FillWords, FormatWords, NO_MOMENT_NOUN, ORDINALS, type OutputFormatName, quotedAll, quoted, Words } from '../../protocol';
import { besideAside, withoutTag } from './asideAround';
import {
  aside, messageApart, complainsOnly, namesIntent, contrasts, corrects, directionOfFigure, exportDetail, keptBesideRemoval, namesOtherMoment, onlyOccasion, otherUpload, parsedOnce, refuses, requestBeforeAside, requestBeforeReason, saysResultOf, saysShape, keptSceneSoundAside, saysWhichIsWhich, pointShownAside, idleShownAside, askedHowFirst,
} from './asides';
import { LONGEST_SHOWN_MS, LONGEST_TRANSITION_MS, meantPart, MOMENT_REF, negated, ORDINAL_EN, type ParseContext, placesNamed, readable, UNSAID } from './clauseWords';
import {
  askedOfNamed, AUTO_ZOOM, backdropOneNamed, backgroundNamedAfter, backgroundNamedBefore, cardNamedAgain, continued, heardNamed, joined, lengthNamedAgain, madeLength, measured, mergedTextEdit, pointFragment, SETTINGS, shortenedNamed, slotFragment, takesAway, textPlacement, textTimeFragment, zoomAtNamed,
} from './fragments';
import { CLIP_LENGTH, FORMAT_SAID, namesPart, parseClause, readAlone } from './parseClause';
import { ZOOM_SWITCHED_ON } from './mediaOps';
import { sourceRefs } from './momentOps';
import { ADDITIONS, LASTING, REMOVALS, SHORTENINGS } from './opKinds';
import { parseDurationMs } from './parseDuration';
import { countSaid, normalizeNumbers, parseClock, parseFactor, parseGone, parseRange, parseSeconds } from './parseQuantities';
import { corrected, meantInstead, type Said } from './selfCorrection';
import { slotsRead } from './slotReading';
import { clausesOf, colonQuoted, namesText } from './splitClauses';
import { unwrapped, withoutActions } from './wrapping';

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
  message = unwrapped(withoutActions(withoutLineNumbers(message)));
  const alone = besideAside(message, (said) => parseInstruction(said, context));
  if (alone) return alone;
  const ops: EditOp[] = [];
  const unknown: string[] = [];
  /** Best-moments ops whose length was not said: a neighbouring clause may say it ("精彩集锦，一分钟"). */
  const lengthless = new Set<EditOp>();
  /** The operation of a clause that also says the state it leaves ("上一步不要了" is an undo). */
  let saidResult: EditOp | undefined;
  let saidResultText = '';
  /** The change a complaint asked for ("the music is too loud"): the same change asked outright after it is that one. */
  let complainedChange: EditOp | undefined;
  /** A text or card whose words were given after a colon: "加个人名条：张伟，产品经理" runs on past the comma. */
  let colonWords: Extract<EditOp, { op: 'add_text' | 'add_card' }> | undefined;
  /** Shapes only a platform asked for ("投Instagram信息流"): a shape said outright in the message wins over them. */
  const purposeShapes = new Set<EditOp>();
  /** Shapes said as the recording's ("the video is landscape"): beside a shape asked, the one it had, no request. */
  const shapesHad = new Set<EditOp>();
  /** Clips asked for only by "it's too long": the reason for a cut the message names, when it names one. */
  const complaints = new Set<EditOp>();
  /** Clips asked as a bound ("needs to be under a minute"): beside a shorter clip asked ("make it 50 seconds"), the reason for it. */
  const bounds = new Set<EditOp>();
  /** Clips asked only by a length said alone ("大概五分钟左右"): beside a clip asked with a verb (控制在一分钟), that length was the recording's. */
  const bareLengths = new Set<EditOp>();
  /** Speeds only a direction asked for ("速度快一点"): beside a moment's figure the same way ("第二段1.5倍"), that figure's way. */
  const directions = new Set<EditOp>();
  /** The recording's sound kept as it is ("原声保留"): beside a change to the music, what that change leaves, no level of its own. */
  const keptSound = new Set<EditOp>();
  /** Music complained of as too loud before any music is added ("包厢里的音乐声太吵"): maybe music the recording holds. */
  const loudMusic = new Set<EditOp>();
  /** A resolution asked of the draft ("make it 720p", "resolution 4K"): an export said after it keeps it, not only the file. */
  const setResolutions = new Set<EditOp>();
  /** "no fades", said with no end of the clip: beside hard cuts, the transitions between clips said again, not its ends. */
  const fadesBetween = new Set<EditOp>();
  /** Moments removed by a number alone ("第一个…可以不要"): beside "只用第二个", a file left out, which that already does. */
  const unnamedRemovals = new Set<EditOp>();
  /** Fades whose clause named no part ("a 2 sec fade-in"): the music named after them ("…, on the music") is what they fade. */
  const unnamedFades = new Set<EditOp>();
  /** The op of a clause that only said a point in time ("0:21"): a zoom said next is at that point, no clip of that length. */
  let pointed: { op: EditOp; ms: number } | undefined;
  /** A clause approved just before ("the video sound, the birds are nice"): the sound it names may be the "it" asked of next. */
  let approved: { clause: string; place: number } | undefined;
  const clauses = clausesOf(message, context).flatMap((said) => labelledOff(said, context)).flatMap((said, place) => place > 0 ? approvedApart(said) : [said]);
  /** The request just made, as read, and where its operations start: a correction after it replaces them. */
  let asked: Said & { from: number } | undefined;
  /** A slip said alone ("不对"), waiting for the clause that says what was meant. */
  let slip: string | undefined;
  /** Whether that slip came after a request broken off ("speed up… I mean,"). */
  let slipAfterBreak = false;
  let clauseStart = 0;
  let request: Said = { clause: '', text: '' };
  for (const [place, said] of clauses.entries()) {
    const clause = colonQuoted(said);
    const text = readable(clause);
    // "开头淡入……算了，淡入淡出都要": a correction's first words said alone (算了, 还是) are a slip owned up to, though
    // they read as nothing.
    const owned = meantInstead(clause) === '' && quoted(clause) === undefined;
    if (text.length > 0 || quoted(clause) !== undefined || owned) {
      asked = ops.length > clauseStart ? { ...request, from: clauseStart } : slip === undefined ? undefined : asked;
      [clauseStart, request] = [ops.length, { clause, text }];
    }
    // "Lengthen through the… I mean, slow the first clip": words broken off ("…", "—") before any value, taken back by a
    // slip and read as nothing, are no words left unread when a request of its own follows ("片头停3秒…哦不，还是5秒吧"
    // corrects its value).
    const saidBefore = place > 0 ? colonQuoted(clauses[place - 1]) : undefined;
    const saidAfter = clauses[place + 1] === undefined ? undefined : colonQuoted(clauses[place + 1]);
    const broken = saidBefore !== undefined && brokenOff(message, saidBefore) && (Words.slip.test(text) || owned);
    if (broken && asked === undefined && unknown[unknown.length - 1] === saidBefore && !/\d/.test(readable(saidBefore))
      && saidAfter !== undefined && meantInstead(saidAfter) === undefined && readAlone(saidAfter, context).length > 0) {
      unknown.pop();
      continue;
    }
    // "音乐调到50%，不对，40%", "删掉第二段……啊不是，第三段", "剪个40秒的，算了还是30秒吧": what was meant replaces what was asked.
    if (asked !== undefined && slip === undefined && (Words.slip.test(text) || owned)) {
      slip = clause;
      slipAfterBreak = broken;
      continue;
    }
    // "音乐40%，哦不对，太大了，20%": why the slip was one asks nothing; what is meant comes next.
    if (slip !== undefined && Words.slipReason.test(text)) continue;
    const meantText = slip === undefined ? meantInstead(clause) : text;
    const meant = asked === undefined || meantText === undefined ? undefined : corrected(asked, { clause, text: meantText }, ops.slice(asked.from), context);
    // "speed up… I mean, slow the first clip to half speed": a request broken off, then a slip, is taken back whole; the
    // clause after it, no correction of its values, is what was meant, whatever it asks.
    if (asked !== undefined && meant === undefined && slip !== undefined && slipAfterBreak && parseClause(clause, text, context).length > 0) {
      ops.splice(asked.from);
      clauseStart = ops.length;
    }
    // A slip that reads as nothing (算了) before another request is no word left unread.
    if (slip !== undefined && meant === undefined && readable(slip) !== '') unknown.push(slip);
    slip = undefined;
    if (asked !== undefined && meant !== undefined) {
      ops.splice(asked.from, ops.length - asked.from, ...meant.ops);
      [clauseStart, request] = [asked.from, { clause: meant.clause, text: meant.text }];
      continue;
    }
    // "Changes:", "Here's what I need:": a label over the list that follows asks for nothing itself.
    if (said !== clauses[clauses.length - 1] && /[:：]\s*$/.test(said) && parseClause(clause, text.replace(/[:：]\s*$/, ''), context).length === 0
      && !namesIntent(text)) continue;
    if (detailOfLast({ clause, text, place }, clauses, ops, unknown, unnamedFades)) continue;
    // "oops", "好的", "the zoom is fine": an interjection or an approval asks for nothing ("… but make it quieter" does).
    // "export it for discord, webm is fine": an approval beside a request is a detail of it, not all the clause says;
    // "…, 720p is fine": a file's resolution or format approved is the one asked for (not "the zoom is fine").
    const approves = Words.approval.test(text) && !Words.contrast.test(text)
      // "在结尾加一行文字「…」就可以了": an edit verb makes "that'll do" the end of a request, no approval.
      && !(/\p{Script=Han}/u.test(text) && Words.aside.verb.test(text) && parseClause(clause, text, context).length > 0)
      && !(ops[ops.length - 1]?.op === 'export' && exportDetail(clause, text, context))
      // "音乐来一首 默认的就行": Chinese typed with spaces for commas, the same.
      && !text.split(/\s*,\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).some((piece) => !Words.approval.test(piece) && parseClause(piece, piece, context).length > 0);
    // "开头加个片头，“冀丰养殖”": words quoted alone (or only labelled as words: "片头卡片一张，文字“…”"), after a clause that
    // named a card or text without them, are its words.
    const wordsOf = text.length === 0 || Words.wordsLabel.test(text.trim()) ? namedWords(unknown[unknown.length - 1], clause, context) : undefined;
    if (wordsOf !== undefined) {
      unknown.pop();
      ops.push(...wordsOf);
      continue;
    }
    if (approves) approved = { clause, place };
    if (text.length === 0 || approves) continue;
    // "…, and kindly revert": a reply asked for, said last after a request, asks no undo of it.
    if (said === clauses[clauses.length - 1] && ops.length > 0 && Words.replyAsked.test(text)) continue;
    // "搞成竖屏咯，快点": hurry, said last, after a request that is no speed.
    if (said === clauses[clauses.length - 1] && Words.hurry.test(text) && ops.length > 0 && ops.every((op) => op.op !== 'set_speed')) continue;
    // "快点，剪成20秒，别废话", "背景音乐不要了，快点导出": hurry, said first or after a request that is no speed, before a
    // request that is no speed.
    const next = clauses[place + 1];
    if (next !== undefined && Words.hurry.test(text) && ops.every((op) => op.op !== 'set_speed')
      && readAlone(next, context).every((op) => op.op !== 'set_speed')) continue;
    const fragment = slotFragment(text);
    const previous = ops[ops.length - 1];
    // "精彩集锦，一分钟": the length of a clip said without one; "under a minute? say 55 seconds": a closer figure for it.
    if (fragment?.length !== undefined && previous?.op === 'compile_best_moments') {
      lengthless.delete(previous);
      complaints.delete(previous); // "太长了，一分钟": the complaint now has the length asked for
      previous.target_ms = fragment.length;
      clauseStart = ops.length - 1; // "…，两分钟以内…算了，一分半": a correction after it replaces the clip it measured
      continue;
    }
    // "the third clip a touch shorter? Two seconds off.": how much comes off the moment just shortened, said after it.
    if (previous?.op === 'trim_moment' && previous.by_ms !== undefined && Words.amountOffAlone.test(text)) {
      previous.by_ms = parseDurationMs(text) ?? previous.by_ms;
      continue;
    }
    // "加个BGM，30%", "加音乐，音量小一点，20%这样": the level of the music just added, or how much quieter it is.
    if (fragment?.volume !== undefined && (previous?.op === 'add_music' || (previous?.op === 'set_music_volume' && previous.change !== undefined))) {
      const level: EditOp = { op: 'set_music_volume', volume: fragment.volume };
      if (!joined(ops, level, text, unknown, lengthless)) ops.push(level);
      continue;
    }
    // "原声留着，音量100%", "原声保留，80%": the level the recording's sound, just kept, is kept at.
    if (fragment?.volume !== undefined && previous?.op === 'set_source_volume' && previous.volume === 1) {
      previous.volume = fragment.volume;
      continue;
    }
    // "交叉淡化半秒，三十秒": a transition that said its own length takes no second one; the length is the clip's.
    const ownLength = place > 0 && parseDurationMs(readable(clauses[place - 1])) !== undefined;
    if (!ownLength && measured(previous, fragment?.length ?? madeLength(text))) continue;
    // "加一行字幕「…」，5-9秒", "…，从20秒开始": when the text just added (or changed) shows, said after its words.
    const when = previous?.op === 'edit_text' || previous?.op === 'add_text' ? [previous.start_ms, previous.end_ms, 'duration_ms' in previous ? previous.duration_ms : undefined] : [0];
    const shows = when.every((v) => v === undefined) ? textTimeFragment(text) : undefined;
    if (shows) {
      delete (previous as { anchor?: unknown }).anchor;
      Object.assign(previous, shows);
      continue;
    }
    // "放大看一下，大概在0:15", "0:21，放大": a zoom and, in the clause beside it, the point it is at.
    const point = pointFragment(text);
    if (point !== undefined && isDeepStrictEqual(previous, AUTO_ZOOM)) {
      ops[ops.length - 1] = { op: 'zoom_at', start_ms: point, duration_ms: UNSAID.zoomMs };
      continue;
    }
    // "片尾卡片“…”，时长默认", "开头淡入，长短默认": what was just asked for, its length left at the default it has.
    if (previous && LASTING.has(previous.op) && Words.defaultLength.test(text)) continue;
    // "加标题“你好”，持续3秒", "add an intro card 'Acme', 3 seconds": how long the text, card or zoom just asked for shows.
    // "add title 'X', make it 3 seconds", "zoom at 0:20, keep it for 2 seconds": the length made (or kept) of what was just
    // added is its length too.
    const length = fragment?.length ?? (previous?.op === 'add_text' || previous?.op === 'add_card' || previous?.op === 'zoom_at' ? madeLength(text, LONGEST_SHOWN_MS) : undefined);
    const shown = previous?.op === 'add_text' && previous.end_ms === undefined && previous.duration_ms === undefined && (length ?? 0) <= LONGEST_SHOWN_MS
      || previous?.op === 'add_card' && (length ?? 0) <= LONGEST_SHOWN_MS || previous?.op === 'zoom_at';
    // "加标题“你好”，前3秒显示", "…, for the last 4 seconds": which end of the clip the text just asked for shows at.
    // "开头加标题「…」，显示前4秒": the end the text was put at, said again with how long it shows.
    const untimed = previous?.op === 'add_text' && [previous.start_ms, previous.end_ms, previous.duration_ms].every((v) => v === undefined)
      && (previous.anchor === undefined || previous.anchor === fragment?.edge?.anchor);
    if (fragment?.edge !== undefined && untimed) {
      Object.assign(previous, fragment.edge);
      continue;
    }
    // "标题改成“…”，只在前5秒出现": the text just changed shows from the start for that long (its last seconds depend on the
    // clip's length, which a text edit has no anchor for: not guessed).
    if (fragment?.edge?.anchor === 'start' && previous?.op === 'edit_text' && previous.start_ms === undefined && previous.end_ms === undefined) {
      Object.assign(previous, { start_ms: 0, end_ms: fragment.edge.duration_ms });
      continue;
    }
    // "加一行文字“登录”，放在底部", "…, sliding in": where the text just added sits, or how it comes in;
    // "标题改为“…”，置于画面中央": where the text just changed sits; "标题往下挪，挪到底下": the place it was just given, said again.
    const texted = previous?.op === 'add_text' || previous?.op === 'edit_text' ? previous : undefined;
    const placed = texted ? textPlacement(text) : undefined;
    // (An end of the clip only for a text added with no times of its own.)
    const anchorable = texted?.op === 'add_text' && texted.start_ms === undefined && texted.end_ms === undefined;
    // "标题嘎哈在中间，挪到最上边去": a text said to be somewhere (no move asked: "标题往下挪，挪到中间" stays unread), then
    // moved elsewhere, goes where it is moved.
    const movedOn = texted?.op === 'edit_text' && placed?.position !== undefined && Object.keys(texted).every((key) => ['op', 'index', 'position'].includes(key))
      && Words.textEdit.test(text) && place > 0 && !Words.textEdit.test(readable(clauses[place - 1]));
    if (texted && placed && (texted.op === 'add_text' || placed.motion === undefined) && (placed.anchor === undefined || anchorable)
      && (movedOn || Object.entries(placed).every(([key, value]) => !(key in texted) || (texted as Record<string, unknown>)[key] === value))) {
      Object.assign(previous, placed);
      continue;
    }
    // "标题怎么在底下，挪到中间", "the title spelling wrong, change to '…'": a text spoken of (and not read), then a change
    // that names nothing (and reads as nothing alone): that text changed so.
    // (Spoken of, not asked: "加个标题，然后放在顶部" adds a title with no words, and places none.)
    const spokenOf = place > 0 && unknown[unknown.length - 1] === clauses[place - 1] ? readable(clauses[place - 1]) : undefined;
    const spoken = !texted && context.texts > 0 && spokenOf !== undefined && Words.text.test(spokenOf) && !Words.aside.verb.test(spokenOf);
    const subject = Words.continued.text[/\p{Script=Han}/u.test(text) ? 'zh' : 'en'];
    const ofText = spoken && Words.textEdit.test(text) && !Words.text.test(text) && parseClause(clause, text, context).length === 0
      ? readAlone(`${subject} ${clause}`, context) : [];
    if (ofText.length === 1 && ofText[0].op === 'edit_text') {
      unknown.pop();
      ops.push(...ofText);
      continue;
    }
    // "上字幕“…”，走人名条样式": the style of the text just added, named after its words.
    if (previous?.op === 'add_text' && Words.lowerThirdAfter.test(text)) {
      previous.style = 'lower-third';
      continue;
    }
    // "加字幕“你好”，到第6秒消失": when the text just added goes away.
    // "标题请在2秒出现，8秒消失": when the text just moved goes.
    const gone = parseGone(text);
    if (gone !== undefined && previous?.op === 'edit_text' && previous.start_ms !== undefined && previous.end_ms === undefined && !Words.text.test(text) && previous.start_ms < gone) {
      previous.end_ms = gone;
      continue;
    }
    if (gone !== undefined && previous?.op === 'add_text' && previous.end_ms === undefined && previous.duration_ms === undefined
      && !Words.text.test(text) && (previous.start_ms ?? 0) < gone) {
      previous.end_ms = gone;
      continue;
    }
    // "在0:30放大，放大4秒", "…, zoom for 2 seconds", "转场柔一点，半秒的淡化": how long the zoom or transition just asked
    // for lasts, said with it named again.
    const again = lengthNamedAgain(previous, text);
    if (previous?.op === 'zoom_at' && again !== undefined) {
      previous.duration_ms = Math.max(1000, again);
      continue;
    }
    if (measured(previous, again)) continue;
    const cardAgain = cardNamedAgain(ops.slice(-2), text);
    if (cardAgain !== undefined) {
      cardAgain.card.duration_ms = Math.min(10_000, Math.max(500, cardAgain.length));
      continue;
    }
    if (length !== undefined && shown) {
      // "片头加“…”，片尾加“…”，两个都三秒": each of the two cards just added.
      const before = ops[ops.length - 2];
      if (previous.op === 'add_card' && before?.op === 'add_card' && Words.slot.several.test(text)) before.duration_ms = Math.max(500, length);
      if (previous.op === 'add_card') previous.duration_ms = Math.max(500, length);
      else if (previous.op === 'add_text' || previous.op === 'zoom_at') previous.duration_ms = Math.max(previous.op === 'zoom_at' ? 1000 : 0, length);
      continue;
    }
    // "清空时间线，重新剪一个二十秒的版本": a clause saying the state the step leaves asks nothing more, unless it says a
    // figure and reads alone as another request (the new clip, after the start over; not "关闭背景，画面撑满").
    const more = /\d/.test(text) && parseClause(clause, text, context).some((op) => op.op !== previous?.op);
    if (previous && saysResultOf(text, previous) && !more) continue;
    if (previous && takesAway(previous) && Words.removeAgain.test(text)) continue;
    // "这叠化，去掉", "背景，删了": a part named alone (read as adding it), then a remove verb alone: that part taken away.
    const takenAway = previous && place > 0 && Words.removeAgain.test(text) ? namedThenTaken(clauses[place - 1], clause, previous, context) : undefined;
    if (takenAway !== undefined) {
      ops.splice(ops.length - 1, 1, ...takenAway);
      continue;
    }
    // "音乐百分之三十，加上": a part named with what it should be (read as a change of one there is), then an add verb
    // alone: that part added so.
    const addedAfter = previous && place > 0 && Words.addAgain.test(text) ? namedThenAdded(clauses[place - 1], clause, previous, context) : undefined;
    if (addedAfter !== undefined) {
      ops.splice(ops.length - 1, 1, ...addedAfter);
      continue;
    }
    // After an addition ("字幕“你好”，加上"), it says it again.
    if (previous && ADDITIONS.has(previous.op) && Words.addAgain.test(text)) continue;
    // "add music at 40% then remove it again", "background default, then remove it": "it" taken away is what was just added.
    const addedGone = previous && Words.removeAgain.test(text) ? removalOf(previous) : undefined;
    if (addedGone) {
      ops.push(addedGone);
      continue;
    }
    // "lose the music and export a version without it": an export without what was just taken away is of the draft as it is now.
    const without = previous && takesAway(previous) ? text.replace(Words.withoutIt, '') : text;
    const exported = without === text ? [] : parseClause(without, without, context);
    if (exported.length > 0 && exported.every((op) => op.op === 'export')) {
      ops.push(...exported);
      continue;
    }
    if (previous?.op === 'compile_best_moments' && Words.compileAgain.test(text)) continue;
    // "已经撤销了，还原回来吧", "刚刚撤回了，给我恢复回来": an undo told as done (read as one asked), then what it took
    // brought back, is that undo taken back (a redo), not the undo said twice.
    if (previous?.op === 'undo' && place > 0 && Words.undoneStep.test(readable(clauses[place - 1])) && Words.result.redo.test(text)) {
      ops.splice(ops.length - 1, 1, { op: 'redo' });
      continue;
    }
    // "上一步不要了，撤回": the state said first, then the operation that leaves it: one operation.
    if (previous && saidResult === previous && parsedOnce(clause, text, context, previous)) continue;
    // "加个片头页，写“欢迎收看”": the words of a card or text the clause before named without them.
    const named = unknown[unknown.length - 1];
    // "加个片尾，写谢谢观看": the words unquoted after 写, as if quoted.
    const written = WRITTEN_ZH.exec(clause.trim())?.[1];
    const words = written === undefined ? clause : `“${written}”`;
    if (named !== undefined && quoted(words) && readable(words).replace(Words.writeWords, '').trim() === '') {
      const whole = readAlone(`${named} ${words}`, context);
      if (whole.length > 0) {
        unknown.pop();
        ops.push(...whole);
        continue;
      }
    }
    // "my students won't watch more than 2 minutes, cut it to that": the length said before, as the clip's; "the first
    // clip at 9 seconds, trim it to that": said with a moment, that moment's (never the whole clip's; a moment not found
    // one is not guessed at).
    const before = named === undefined ? undefined : parseDurationMs(readable(named));
    if (Words.thatLength.test(text) && (before !== undefined || previous?.op === 'compile_best_moments')) {
      const places = before !== undefined && MOMENT_REF.test(readable(named!)) ? placesNamed(readable(named!), context)
        .map((place) => (place < 0 ? context.moments + 1 + place : place)) : undefined;
      if (places !== undefined && (places.length !== 1 || places[0] < 1 || places[0] > context.moments)) {
        unknown.push(clause);
        continue;
      }
      if (places !== undefined) ops.push({ op: 'trim_moment', index: places[0], to_ms: before! });
      else if (before !== undefined) ops.push({ op: 'compile_best_moments', target_ms: before });
      if (before !== undefined) unknown.pop();
      continue; // "the limit is 90 seconds, make it that long": the clip just asked for, said again
    }
    // "Step 3 happens at 0:22, zoom there for 5s": "there" is the time the clause before (not read) said.
    const thereAt = named !== undefined && Words.there.test(text) ? parseClock(readable(named))?.said : undefined;
    const there = thereAt === undefined ? [] : parseClause(clause.replace(Words.there, `at ${thereAt}`), text.replace(Words.there, `at ${thereAt}`), context);
    if (there.length > 0 && there.every((op) => op.op === 'zoom_at' || (op.op === 'add_text' && op.start_ms !== undefined))) {
      unknown.pop();
      ops.push(...there);
      continue;
    }
    // "add music, export, then make it louder and export again", "加音乐导一版，再调小点导一版": the next version goes on
    // about what was changed before the file exported.
    const goesOn = previous?.op === 'export' ? [...ops].reverse().find((op) => op.op !== 'export') : previous;
    const continuation = continued(clause, text, goesOn, context);
    if (continuation && goesOn !== previous) {
      for (const op of continuation) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
      continue;
    }
    if (continuation) {
      // "配乐太吵了，小声一点": the same change said again is one; "放大，再多一点": a setting said again is the later one.
      if (isDeepStrictEqual(continuation[0], previous)) continue;
      if (continuation.length === 1 && mergedTextEdit(previous, continuation[0])) continue;
      // "…, too loud, put it at 10%": a level said outright after a change of it is the level.
      const level = continuation[0].op === 'set_music_volume' && continuation[0].volume !== undefined;
      // ("自动放大打开，收一点": an auto zoom switched on outright stays, its way said after it a second step.)
      const replaced = continuation[0].op === previous!.op && !ZOOM_SWITCHED_ON.has(previous!);
      if (continuation.length === 1 && (SETTINGS.has(previous!.op) || previous!.op === 'add_music' || level) && replaced) ops.pop();
      for (const op of continuation) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
      continue;
    }
    // "…又把片尾去掉，导出看看，再加回来导一次": a part taken away earlier in the message, asked back, comes back as it was
    // added; what the clause says after it is read on.
    const back = Words.addBack.exec(text);
    const restored = back ? addedBack(ops) : undefined;
    const then = back && restored ? parseClause(clause, text.slice(back[0].length), context) : [];
    if (back && restored && (then.length > 0 || text.slice(back[0].length).trim() === '')) {
      ops.push(restored);
      for (const op of then) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
      continue;
    }
    const read = parseClause(clause, text, context);
    const parsed = requestBeforeReason(clause, read, context) ?? read;
    if (parsed.length === 0 && colonWords === previous && colonWords !== undefined && !quoted(clause)) {
      // "Dr. Chen，Applied Scientist": the comma as typed.
      const typed = /^\s*([，,])/.exec(message.slice(message.indexOf(colonWords.text) + colonWords.text.length))?.[1];
      colonWords.text += `${typed === '，' || (typed === undefined && /\p{Script=Han}/u.test(`${colonWords.text}${clause}`)) ? '，' : ', '}${clause.trim()}`;
      continue;
    }
    // "the second clip is boring, remove it", 第二段太无聊了，删掉: a remove verb alone takes what the clause before named.
    if (parsed.length === 0 && named !== undefined && Words.removeAgain.test(text)) {
      // "不需要背景音乐，请移除": what was refused, then asked to be removed.
      const kept = meantPart(named);
      // "第三段是跑模型的等待时间，可以直接删掉": a moment said to be something is the moment removed, not what it shows.
      // "第一段螃蟹一动不动的，删了": a moment named by its place, then what it shows, the same (not the idle stretches in it).
      const moment = MOMENT_IS_ZH.exec(readable(kept)) ?? MOMENT_SHOWS_ZH.exec(readable(kept));
      const subject = moment ? moment[1] : Words.refusal.test(readable(kept)) ? kept.replace(new RegExp(Words.not.source, 'gi'), '') : kept;
      // "the part from 0:15 to 0:21, cut", "00:40-00:52 是我在翻 log，cut": the verb said alone, in English, takes it after it.
      const pronoun = /\b(it|that|them|those|em)\b/i;
      const both = /\p{Script=Han}/u.test(text) || (/\p{Script=Han}/u.test(subject) && pronoun.test(text)) ? `${subject}${text}`
        : pronoun.test(clause) ? clause.replace(pronoun, subject) : `${clause} ${subject}`;
      const removed = readAlone(both, context);
      if (removed.length > 0 && removed.every((op) => REMOVALS.has(op.op) || op.op === 'cut_range')) {
        unknown.pop();
        // "把讲题前那段等待，就是没声音也没动的地方，全部去掉": the stretch named, then said again plainly, is one.
        const first = unknown[unknown.length - 1];
        if (first !== undefined && Words.restates.test(readable(named)) && isDeepStrictEqual(readAlone(`${first}${clause}`, context), removed)) unknown.pop();
        // "拷贝里有几截是我在倒片，没声也没动的，全给掐了": stretches named by what they show, then described with no noun (…的), are one.
        else if (first !== undefined && first === colonQuoted(clauses[place - 2]) && /的$/.test(readable(named)) && Words.stretchesShown.test(readable(first))
          && !MOMENT_REF.test(readable(first)) && removed.every((op) => op.op === 'remove_dead_air')) unknown.pop();
        ops.push(...removed);
        continue;
      }
      // "前面排队那段全是干等 删掉，就是第一段": a moment named by what it shows (not guessed), then the removal, is one
      // request not read, which a place said after may still name.
      if (removed.length === 0 && /\p{Script=Han}/u.test(both) && SHOWN_MOMENT.test(readable(both))) {
        unknown[unknown.length - 1] = both;
        continue;
      }
    }
    // "the second clip is too long, shorten it a bit": the moment named before, not the whole video, is shortened.
    const shortened = parsed.every((op) => op.op === 'compile_best_moments') && named !== undefined ? shortenedNamed(named, text, context) : undefined;
    if (shortened !== undefined) {
      unknown.pop();
      ops.push(...shortened);
      continue;
    }
    // "又想要了，给恢复回来", "刚才撤销的那个，恢复回来": what was undone wanted again, or the step undone named, then brought
    // back (read alone as an undo, or not at all), is the undo taken back (a redo).
    if (parsed.length <= 1 && parsed.every((op) => op.op === 'undo') && named !== undefined && [Words.wantedAgain, Words.undoneStep].some((said) => said.test(readable(named))) && Words.result.redo.test(text)) {
      unknown.pop();
      ops.push({ op: 'redo' });
      continue;
    }
    const zoomed = named !== undefined && place > 0 && named === colonQuoted(clauses[place - 1]) ? zoomAtNamed(named, text, parsed, next === undefined ? undefined : readable(next)) : undefined;
    if (zoomed !== undefined) {
      unknown.pop();
      ops.push(zoomed);
      continue;
    }
    const picture = parsed.length === 0 && place > 0 ? backgroundNamedAfter(previous, readable(clauses[place - 1]), clause) : undefined;
    if (picture !== undefined) {
      ops[ops.length - 1] = picture;
      continue;
    }
    // "the crossfade is too slow, cut it to 200ms": a length asked of "it" (alone, the clip's) is the part's named before,
    // when that part takes the length ("the music is too long, cut it to 20 seconds" takes no music out); a moment named
    // so is left to the readings of moments named apart ("the kitchen clip, the third, make it 6 seconds" names two).
    const ofIt = parsed.length === 1 && parsed[0].op === 'compile_best_moments' ? askedOfNamed(named, clause, context) : undefined;
    const itsLength = ofIt?.every((op) => !('index' in op)) && ofIt.some((op) => Object.values(op).includes(parseSeconds(text) ?? parseDurationMs(text))) ? ofIt : undefined;
    const ofNamed = parsed.length === 0 ? askedOfNamed(named, clause, context) ?? heardNamed(named, clause, context) ?? backdropOneNamed(named, clause, context) : itsLength;
    if (ofNamed !== undefined) {
      unknown.pop();
      ops.push(...ofNamed);
      continue;
    }
    // "the video sound, the birds are nice, put it 150%": the sound named with a word of praise, then a level asked of "it".
    const heardApproved = parsed.length === 0 && approved?.place === place - 1 ? heardNamed(approved.clause, clause, context) : undefined;
    if (heardApproved !== undefined) {
      ops.push(...heardApproved);
      continue;
    }
    // "讲价格的那段删掉，就是第二段": a moment named by what it shows (not guessed), then said again by its place, is that one.
    const restated = parsed.length === 0 && named !== undefined && Words.restates.test(text) && MOMENT_REF.test(text) ? byPlace(named, text, context) : undefined;
    if (restated !== undefined) {
      unknown.pop();
      ops.push(...restated);
      continue;
    }
    // "第一段太长了，缩短3秒", "0:25到0:31我掉了哑铃，剪掉": what the clause before named (a moment, a stretch), asked of in
    // this one; with an aside between ("第二段是后台管理，客户不用看，去掉"), the one before it.
    // ("原声很重要，先别加音乐": not a refusal, whose "no" would be lost joined after the part named.)
    // ("原声太小了，放大到150%": 放大 read alone is a zoom; a level said so after the sound is named is that sound's, louder.)
    const zoomedAlone = parsed.length > 0 && parsed.every((op) => op.op === 'set_zoom');
    if ((parsed.length === 0 || zoomedAlone) && /\p{Script=Han}/u.test(`${clause}${named ?? ''}`) && !Words.refusal.test(readable(clause))) {
      // "游戏原声小一点，50%", "字幕位置太靠下了，挪到中间": the recording's sound, the music or a text, named first, takes what is said after
      // ("中间那段讲定式的，放到最后": the middle moment too; "两边空着的地方，给糊上模糊的": the empty sides, a fill;
      // "刚才撤销的那步，给我恢复回来": the step undone, a redo).
      // ("翻醅的声音圪嚓圪嚓，留着，就是小点，三成": a sound named, said kept and which way it goes, then its level.)
      const parts = zoomedAlone ? [Words.sourceAudio, Words.music] : [MOMENT_REF, Words.middleMoment, Words.emptySides, Words.sourceAudio, Words.music, Words.text, Words.undoneStep];
      const takes = (i: number) => {
        const asked = parseClause(`${unknown[i]}${askedOutright(clause)}`, readable(`${unknown[i]}${askedOutright(clause)}`), context);
        return asked.length > 0 && (!zoomedAlone || asked.every((op) => (op.op === 'set_source_volume' || op.op === 'set_music_volume') && op.volume !== undefined));
      };
      const subject = [unknown.length - 1, unknown.length - 2, unknown.length - 3].find((i) => i >= 0 && (i >= unknown.length - 2 || unknown.slice(i + 1).every(soundRemark)) && (parts.some((part) => part.test(readable(unknown[i])))
        || (!zoomedAlone && parseRange(readable(unknown[i])) !== undefined))
        && takes(i));
      if (subject !== undefined) {
        const whole = `${unknown[subject]}${askedOutright(clause)}`;
        unknown.splice(subject, 1);
        ops.push(...readAlone(whole, context));
        continue;
      }
    }
    // "音乐开头别那么突然，淡入2秒": a fade said after a clause about the music (not read) is the music's.
    if (parsed.length === 1 && parsed[0].op === 'fade' && parsed[0].target === 'clip' && named !== undefined && /\p{Script=Han}/u.test(named)
      && Words.music.test(readable(named))) {
      const both = `${named}${clause}`;
      const faded = readAlone(both, context);
      if (faded.length === 1 && faded[0].op === 'fade' && faded[0].target === 'music') {
        unknown.pop();
        ops.push(...faded);
        continue;
      }
    }
    // "crossfades please, nice and languid, 1.5 seconds", "add a fade in, nice and slow, 2 seconds": a length said with
    // how the transition (or fade) just asked should feel is that transition's, no clip's (a few seconds at most: "…, slow, 20 seconds" is not).
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && parsed[0].target_ms <= LONGEST_TRANSITION_MS && Words.transitionFeel.test(text) && !CLIP_LENGTH.test(text)
      && !Words.highlights.test(text) && !WHOLE_CLIP.test(text) && (previous?.op === 'crossfade' || previous?.op === 'fade') && measured(previous, parsed[0].target_ms)) continue;
    // "标题早点消失，5秒就行": a length alone after a clause about a text, card, the music or a zoom (not read) is theirs, no clip's.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && slotFragment(text)?.length !== undefined && named !== undefined
      && [Words.text, Words.card, Words.intro, Words.outro, Words.music, Words.zoom, Words.fade, Words.crossfade].some((part) => part.test(readable(named)))) {
      unknown.push(clause);
      continue;
    }
    // "打孔那段是第一段，太长了，留十秒就够": "too long" said alone after a clause naming a moment (not read) is about that
    // moment, no shorter clip: the two are one statement, which a length said next may measure.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(text) && named !== undefined && place > 0
      && named === colonQuoted(clauses[place - 1]) && MOMENT_REF.test(readable(named))) {
      unknown[unknown.length - 1] = `${named}${/\p{Script=Han}/u.test(named) ? '' : ', '}${clause}`;
      continue;
    }
    // "最后一段太拖了，剪到3秒": a length said after a clause naming a moment is that moment's, never the whole clip's; so
    // too with a remark between them ("第一段是我演的那场，哈哈，剪到4秒", "第二段我在打磨，磨得太久了，剪短五秒").
    // "Clip 1 drags its heels. Trim 2 seconds off it.": an amount taken off, read alone as nothing, is the moment's too.
    const momentAt = momentNamedAt(unknown);
    const measures = (parsed.length === 1 && parsed[0].op === 'compile_best_moments') || (parsed.length === 0 && Words.amountTakenOff.test(text));
    if (measures && momentAt !== undefined && !CLIP_LENGTH.test(text) && !Words.highlights.test(text)) {
      const moment = ordinalAlone(readable(unknown[momentAt])) ?? unknown[momentAt];
      const both = `${moment}${/\p{Script=Han}/u.test(moment) ? '' : ' '}${askedOutright(clause)}`;
      const trimmed = readAlone(both, context);
      if (trimmed.length > 0 && trimmed.every((op) => op.op === 'trim_moment')) {
        unknown.splice(momentAt, 1);
        ops.push(...trimmed);
      } else unknown.push(clause);
      continue;
    }
    // "第一段整短点 剪到八秒", "shorten clip 1, down to 8 seconds": a moment shortened by no amount said, then a length,
    // is that moment's new length, never a clip of the best moments beside it.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && previous?.op === 'trim_moment' && previous.by_ms !== undefined && place > 0
      && parseDurationMs(readable(clauses[place - 1])) === undefined && !CLIP_LENGTH.test(text) && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
      ops[ops.length - 1] = { op: 'trim_moment', index: previous.index, to_ms: parsed[0].target_ms };
      continue;
    }
    const complained = place > 0 ? readable(clauses[place - 1]) : '';
    // "the crossfades are too long, make them 0.3 seconds": the transitions called too long are the one part whose length
    // a few seconds at most can only be, so theirs it is.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && parsed[0].target_ms <= LONGEST_TRANSITION_MS && complainsOnly(complained)
      && Words.crossfade.test(complained) && named === colonQuoted(clauses[place - 1]) && !namesPart(complained) && !CLIP_LENGTH.test(text)
      && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
      unknown.pop();
      ops.push({ op: 'crossfade', ms: parsed[0].target_ms });
      continue;
    }
    // "结尾太长了，剪到3秒", "the intro is too long, make it 1 second": a length said after a part (an end, a card) called
    // too long is that part's, which is not guessed at (never the whole clip's).
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(complained) && namesPart(complained)
      && !MOMENT_REF.test(complained) && !CLIP_LENGTH.test(text) && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
      unknown.push(clause);
      continue;
    }
    // "第二段做酱汁的，两倍速": a speed said after a clause that only names a moment is that moment's; "第2段是报数，太快了，
    // 这段放慢": so is one after a complaint of its pace said between them.
    const paced = place > 1 && named !== undefined && named === colonQuoted(clauses[place - 1]) && Words.tooMuch.test(readable(named))
      && !MOMENT_REF.test(readable(named)) && unknown[unknown.length - 2] === colonQuoted(clauses[place - 2]) ? unknown[unknown.length - 2] : undefined;
    const namesMoment = (said: string) => MOMENT_REF.test(readable(said)) || ONE_NAMED.test(readable(said)) || Words.middleMoment.test(readable(said))
      || ordinalAlone(readable(said)) !== undefined;
    // "第二段，一本！慢动作，0.25倍": with a remark between, the moment named before it (as for a length: momentNamedAt).
    const remarkedAt = paced ?? named;
    const remarked = remarkedAt !== undefined && !namesMoment(remarkedAt) ? momentNamedAt(unknown) : undefined;
    const moment = remarked === undefined ? remarkedAt : unknown[remarked];
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && moment !== undefined
      && namesMoment(moment) && !Words.wholeVideo.test(text)) {
      const which = placesNamed(ordinalAlone(readable(moment)) ?? readable(moment), context)[0];
      if (which !== undefined) {
        if (remarked !== undefined) unknown.splice(remarked, 1);
        else unknown.splice(paced === undefined ? -1 : -2);
        ops.push({ ...parsed[0], index: which < 0 ? Math.max(1, context.moments + 1 + which) : which });
        continue;
      }
      // "the middle clip is too fast, slow it…" with no one middle, "第二段，不是第一段，加速": a moment not found (or only
      // refused), not the whole video.
      unknown.push(clause);
      continue;
    }
    // "the waiting at 0:30 is boring, speed it up": "it" is the stretch the clause before named by a time, which no speed
    // here is set for (not the whole video).
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && named !== undefined && Words.pronoun.test(text)
      && !Words.wholeVideo.test(text) && parseClock(readable(named)) !== undefined) {
      unknown.push(clause);
      continue;
    }
    // "等待时间太长了，加快一点", "安装那段太慢了，快进": stretches where nothing happens, complained of, then sped up.
    if (Words.idleComplaint.test(text) && Words.idle.test(text) && parsed.every((op) => op.op === 'compile_best_moments' || op.op === 'set_speed')) {
      unknown.push(clause);
      continue;
    }
    // "没有动的地方不要剪掉，给它加快8倍", "静止段不剪，按六倍速快进", "没声音的地方不用剪，快一点过去": "it" sped up (or a
    // speed naming no other part) is the idle or silent stretch the clause before kept from the cut (快快放过去, no factor
    // said: the idle stretches' own, not "faster"'s).
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && previous?.op === 'keep_everything'
      && (Words.pronoun.test(text) || !Words.wholeVideo.test(text)) && place > 0 && (Words.idle.test(readable(clauses[place - 1])) || Words.quietPlaces.test(readable(clauses[place - 1])))) {
      ops[ops.length - 1] = { op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor };
      continue;
    }
    // "…where nothing happens, speed them bits up": "those parts" sped up, no speed of their own until the clause before names them.
    const spedUp = parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined || parsed.length === 0 && Words.speed.test(text);
    if (spedUp && named !== undefined && (Words.idle.test(readable(named)) || Words.quietPlaces.test(readable(named)))
      && !Words.wholeVideo.test(text)) {
      const both = `${named}${/\p{Script=Han}/u.test(named) ? '，' : ', '}${clause}`;
      const idle = readAlone(both, context);
      // "the cell execution waits are idle, speed those up 10x": "those" are the stretches the clause before named.
      const those = Words.thoseNamed.test(text) ? [{ op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor } as const] : [];
      if (idle.length === 1 && idle[0].op === 'speed_up_idle' || those.length > 0) {
        unknown.pop();
        // "画面全黑的那几秒，就是没人没动静的，快进": the stretch named, then said again plainly, is one.
        if (Words.restates.test(readable(named)) && place > 1 && unknown[unknown.length - 1] === colonQuoted(clauses[place - 2])) unknown.pop();
        // "不动的片段，别剪，快进": sped up, the idle stretches are kept already; their "no cut" is how, no step (as in fragments).
        if (previous?.op === 'keep_everything') ops.pop();
        ops.push(...(those.length > 0 ? those : idle));
        continue;
      }
    }
    // "等安装时画面不动，那种地方16倍速": a speed for "those places" is for the ones the clause before described.
    // Said with no such clause before it, which places is not guessed at (nor taken for the whole video).
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && Words.thosePlaces.test(text)) {
      const both = named === undefined ? clause : `${named}${/\p{Script=Han}/u.test(named) ? '，' : ', '}${clause}`;
      const idle = readAlone(both, context);
      if (named !== undefined) unknown.pop();
      if (idle.length === 1 && idle[0].op === 'speed_up_idle') ops.push(...idle);
      else unknown.push(...(named === undefined ? [] : [named]), clause);
      continue;
    }
    if (pointed !== undefined && previous === pointed.op && parsed.length === 1 && isDeepStrictEqual(parsed[0], AUTO_ZOOM)) {
      // "0:33 放大 停五秒": the hold said with the zoom is how long it lasts there (as zoomAtNamed reads it).
      ops[ops.length - 1] = { op: 'zoom_at', start_ms: pointed.ms, duration_ms: Math.max(1000, parseDurationMs(text) ?? UNSAID.zoomMs) };
      continue;
    }
    // "标题我想改一下，现在的太长了，改成「…」": "too long" said after a clause about a text or a card is about that, no shorter clip.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(text) && place > 0
      && [Words.text, Words.card, Words.intro, Words.outro].some((part) => part.test(readable(clauses[place - 1])))) continue;
    // "加个人名条 王哥，二手车评估师": a lower third's words, a name and a role, run on past the comma after a space too.
    const nameAndRole = parsed[0]?.op === 'add_text' && parsed[0].style === 'lower-third' && quoted(clause) === undefined;
    colonWords = (clause !== said || nameAndRole) && parsed.length === 1 && (parsed[0].op === 'add_text' || parsed[0].op === 'add_card') ? parsed[0] : undefined;
    const beforeAside = requestBeforeAside(clause, context, parsed);
    if (beforeAside !== undefined) {
      ops.push(...beforeAside);
      continue;
    }
    // "vertical. blur. music. export.": after a request, a part named in one word is what the clip comes with (as in a
    // list, "…, 9:16, music").
    const comesWith = parsed.length === 0 && ops.length > 0 && ONE_WORD.test(text) ? parseClause(`with ${clause}`, `with ${text}`, context) : [];
    if (comesWith.length > 0) {
      ops.push(...comesWith);
      continue;
    }
    // "把 a.mp4 和上传的第二个放进来，别的不用": uploads put in, then the others refused, are the ones used.
    if (parsed.length === 0 && next !== undefined && Words.result.use_sources.test(readable(next)) && Words.uploadsPut.test(text)) {
      ops.push({ op: 'use_sources', files: sourceRefs(clause) });
      continue;
    }
    // "the last recording was a test run, just use the first one": "the first one" used is an upload when the clause
    // before (which asked nothing) spoke of an upload by its place; read together, they choose it.
    const uploadOne = parsed.length === 0 && named !== undefined && place > 0 && named === colonQuoted(clauses[place - 1])
      ? parseClause(`${named}, ${clause}`, readable(`${named}, ${clause}`), context) : [];
    if (uploadOne.length === 1 && uploadOne[0].op === 'use_sources') {
      unknown.pop();
      ops.push(uploadOne[0]);
      continue;
    }
    // "那就2倍吧，只给第二段": the moment a speed just said is for, named alone after it.
    const onlyFor = parsed.length === 0 && previous?.op === 'set_speed' && previous.index === undefined && Words.onlyFor.test(text.replace(MOMENT_REF, ''))
      ? placesNamed(text, context) : [];
    if (onlyFor.length === 1 && previous?.op === 'set_speed') {
      previous.index = onlyFor[0] < 0 ? Math.max(1, context.moments + 1 + onlyFor[0]) : onlyFor[0];
      continue;
    }
    // "第二段多了四秒，从后面剪掉": the cut said again after a moment's trim is how that trim is made, no second edit.
    if (parsed.length === 0 && previous?.op === 'trim_moment' && previous.by_ms !== undefined && Words.trimmedAgain.test(text)) continue;
    if (parsed.length === 0) {
      unknown.push(clause);
      continue;
    }
    // "the music is too loud, turn the music down": the change a complaint asked for, then asked outright, is one change.
    if (previous && complainedChange === previous && parsed.length === 1 && isDeepStrictEqual(parsed[0], previous)) continue;
    // "actually put it back, redo": a state said first is that of the step named after it, when it is that step's too.
    if (previous && saidResult === previous && parsed.length === 1 && parsed[0].op !== previous.op && saysResultOf(saidResultText, parsed[0])) ops.pop();
    // "上一步操作有误，撤回两步": the step a state said first is the first of the steps asked after it.
    if (previous && saidResult === previous && parsed.length > 1 && parsed.every((op) => isDeepStrictEqual(op, previous))) ops.pop();
    readAfter({ text, place, parsed, previous }, clauses, unknown, unnamedFades, context);
    // "add text 'Sale' in red", 字幕「谢谢」要红色: the text is added, the look the draft cannot give it is said back as unread.
    if (parsed.some((op) => op.op === 'add_text' || op.op === 'add_card') && Words.textLook.test(text)) unknown.push(clause);
    for (const op of parsed) {
      if (op.op === 'fade' && op.target === 'clip' && !Words.picture.test(text) && !Words.music.test(text)) unnamedFades.add(op);
      if (previous && op.op === 'fade' && Words.picture.test(text)) unnamedFades.delete(previous);
      if (op.op === 'set_aspect' && !saysShape(text)) purposeShapes.add(op);
      if (op.op === 'set_aspect' && Words.shapeHad.test(text)) shapesHad.add(op);
      if (op.op === 'compile_best_moments' && complainsOnly(text)) complaints.add(op);
      if (op.op === 'remove_moment' && !MOMENT_REF.test(text)) unnamedRemovals.add(op);
      if (op.op === 'set_speed' && Words.direction.speed.test(text) && !Words.wholeVideo.test(text)) directions.add(op);
      if (op.op === 'set_source_volume' && op.volume === 1 && Words.keepAudio.test(text)) keptSound.add(op);
      if (op.op === 'set_music_volume' && op.change === 'quieter' && Words.tooMuch.test(text) && !ops.some((done) => done.op === 'add_music')) loudMusic.add(op);
      // "the limit is 60 seconds, make it 30 seconds": a length stated, beside the one asked for, is a reason.
      if (op.op === 'compile_best_moments' && (slotFragment(text)?.length !== undefined || Words.statement.test(text)) && !Words.compile.test(text)) bareLengths.add(op);
      if (op.op === 'compile_best_moments' && Words.lengthUnder.test(text)) bounds.add(op);
      if (op.op === 'set_resolution' && Words.resolutionSet.test(text)) setResolutions.add(op);
      if (op.op === 'fade' && op.in_ms === 0 && op.out_ms === 0 && !Words.clipEnds.test(text)) fadesBetween.add(op);
      const added = op.op === 'remove_card' && op.card === undefined && Words.oneCard.test(text) ? cardAdded(ops) : undefined;
      if (op.op === 'remove_card' && added) op.card = added;
      if ((op.op === 'export' && setResolutions.has(ops[ops.length - 1])) || !joined(ops, op, text, unknown, lengthless)) ops.push(op);
      // "太长了，帮我剪成两分钟": a clip asked for outright, folded into the complaint before it, is asked for.
      else if (op.op === 'compile_best_moments' && !complaints.has(op)) complaints.delete(ops[ops.length - 1]);
    }
    saidResult = parsed.length === 1 && saysResultOf(text, parsed[0]) ? parsed[0] : undefined;
    complainedChange = parsed.length === 1 && Words.tooMuch.test(text) ? ops[ops.length - 1] : undefined;
    const at = pointFragment(text);
    pointed = at !== undefined && parsed.length === 1 ? { op: parsed[0], ms: at } : undefined;
    saidResultText = text;
  }
  if (slip !== undefined && readable(slip) !== '') unknown.push(slip); // "音乐调到50%，不对": wrong, but what was meant is not said
  // "刚才那步不要了，撤销一下": a clause saying what a later operation leaves was that operation said first; "下午开会要用，
  // 剪个45秒的": who or when it is for, beside a request, asks for nothing.
  const outright = ops.some((op) => op.op === 'set_aspect' && !purposeShapes.has(op) && !shapesHad.has(op));
  const shapeAsked = ops.some((op) => op.op === 'set_aspect' && !shapesHad.has(op));
  // "the kitchen clip is too long, make the second clip 3 seconds shorter": the complaint (read as a clip, or as
  // nothing when it names a part) is why, the cut is what.
  const shortened = ops.some((op) => SHORTENINGS.has(op.op) && !complaints.has(op));
  const chosen = ops.some((op) => op.op === 'use_sources');
  // "原声保留，音乐降到15%": the music turned down or taken out leaves the voice as it is.
  const musicChanged = ops.some((op) => op.op === 'set_music_volume' || op.op === 'remove_music');
  // "包厢里的音乐声太吵，原声压到一成": the music too loud, beside the recording's own sound turned down, is the music in the
  // recording: the reason for that, no change of the music.
  const sourceLowered = ops.some((op) => op.op === 'set_source_volume' && op.volume < 1);
  const askedClip = ops.some((op) => op.op === 'compile_best_moments' && !bareLengths.has(op) && !complaints.has(op));
  const withinBound = (bound: EditOp) => bound.op === 'compile_best_moments'
    && ops.some((op) => op.op === 'compile_best_moments' && !bounds.has(op) && !bareLengths.has(op) && op.target_ms < bound.target_ms);
  // "hard cuts between the clips, no fadey stuff": the fades refused are the ones between the clips.
  const hardCuts = ops.some((op) => op.op === 'crossfade' && op.ms === 0);
  const read = ops.filter((op) => !(directions.has(op) && figured(op, ops)) && !(outright && purposeShapes.has(op)) && !(shapeAsked && shapesHad.has(op)) && !(shortened && complaints.has(op)) && !(chosen && unnamedRemovals.has(op)) && !(askedClip && bareLengths.has(op)) && !(bounds.has(op) && withinBound(op)) && !(musicChanged && keptSound.has(op)) && !(sourceLowered && loudMusic.has(op)) && !(hardCuts && fadesBetween.has(op)));
  const unread = unknown.filter((clause) => !ops.some((op) => saysResultOf(readable(clause), op) || contrasts(clause, op, context))
      && !(ops.length > 0 && (onlyOccasion(clause) || refuses(clause, context, ops) || aside(clause, ops, messageApart(clause, message)) || keptBesideRemoval(clause, ops) || keptSceneSoundAside(clause, ops) || pointShownAside(clause, ops) || idleShownAside(clause, ops) || otherUpload(clause, ops) || directionOfFigure(clause, ops) || corrects(clause, ops) || saysWhichIsWhich(clause, ops) || askedHowFirst(clause, ops, context)))
      // "what did you cut? show me the tracks": the question the tracks shown answer.
      && !(ops.some((op) => op.op === 'show_tracks') && Words.aside.askedDraft.test(readable(clause))) && !(shortened && complainsOnly(readable(clause)) && !namesOtherMoment(readable(clause), ops)));
  const parsed = quotesKept(bySlots(read, unread, context, message), clauses);
  // "title go to center, lav?": a request with a word of another language beside it is the request, read whole without it.
  if (parsed.unknown.length > 0) {
    const untagged = withoutTag(message).map((said) => parseInstruction(said, context)).find((alone) => alone.ops.length > 0 && alone.unknown.length === 0);
    if (untagged !== undefined) return untagged;
  }
  // "music!!! loud!! like 80%!!", "music. 80%": a request said in fragments, none of which reads alone, is one request
  // said in parts: read as one clause (not when a fragment is asked: "music? 80%").
  if (parsed.ops.length > 0 || clauses.length < 2 || !clauses.every((said) => FRAGMENT.test(said.trim())) || /[?？]/.test(message)) return parsed;
  const oneClause = clauses.join(', ');
  const whole = oneClause === message ? parsed : parseInstruction(oneClause, context);
  return whole.ops.length > 0 && whole.unknown.length === 0 ? whole : parsed;
}

/** Edits that take or name a text or card by its words. */
const WORDED = new Set<EditOp['op']>(['add_text', 'edit_text', 'remove_text', 'add_card', 'remove_card']);

/**
 * "…开头加标题「春季上新」…": a clause naming a text or card with words quoted, in a message whose edits touch no text
 * or card nor take its words, is unread: the user hears so rather than lose a title with no word said (a text added,
 * renamed or removed by its words, or a slip's words said again, took them; "维持“精简”评级" names no text).
 */
function quotesKept(parsed: ParsedMessage, clauses: string[]): ParsedMessage {
  if (parsed.ops.length === 0 || parsed.ops.some((op) => WORDED.has(op.op))) return parsed;
  const taken = JSON.stringify(parsed.ops);
  const dropped = clauses.filter((clause) => namesText(clause) && quotedAll(clause).length > 0
    && quotedAll(clause).every((words) => !taken.includes(JSON.stringify(words).slice(1, -1))) && !parsed.unknown.includes(clause));
  return dropped.length === 0 ? parsed : { ...parsed, unknown: [...parsed.unknown, ...dropped] };
}

/** A fragment of a request: up to three words. */
const FRAGMENT = /^\S+(?:\s+\S+){0,2}$/;

/** The removal of a part just added (the music, a backdrop, a card); none for other operations. */
function removalOf(added: EditOp): EditOp | undefined {
  if (added.op === 'add_music') return { op: 'remove_music' };
  if (added.op === 'set_background') return { op: 'remove_background' };
  return added.op === 'add_card' ? { op: 'remove_card', card: added.card } : undefined;
}

/**
 * "the third, make it 6 seconds", "the clip, the second, should be ten seconds": a moment named by its place alone, said
 * apart; so too after "and" ("…, an' the third, make it 6 seconds flat") or with a word or two of what it shows ("the last
 * bit", "the second torch trick"; not "the last thing", nor a part of the draft: "the second title").
 */
const ORDINAL_ALONE = new RegExp(String.raw`^(?:(?:and|an'|then|also|plus|now) )?the (${ORDINAL_EN}|last)(?! (?:${NO_MOMENT_NOUN})\b)(?: [a-z'-]+){0,2}[.!]*$`);
/** The moment ORDINAL_ALONE names, as the grammar names it ("the third clip"); none when the words name another part. */
const ordinalAlone = (text: string): string | undefined => {
  const said = ORDINAL_ALONE.exec(text);
  return said === null || OTHER_PARTS.some((part) => part.test(text)) || /\d/.test(text) ? undefined : `the ${said[1]} clip`;
};

/** The parts of the draft a remark may name, which make it no aside between a moment named and a length said of it. */
const OTHER_PARTS = [Words.music, Words.sourceAudio, Words.text, Words.card, Words.zoom, Words.fade, Words.crossfade];

/** "…，留着，就是小点": a sound said kept, or which way it goes, before its level is said. */
const soundRemark = (clause: string): boolean => Words.aside.keptSceneSound.test(readable(clause)) || Words.direction.sound.test(readable(clause));

/** "第一段太长了，能剪短十秒吗？": a yes/no question asked after the part it is of is the request said outright, joined to that part. */
const askedOutright = (clause: string): string => (/\p{Script=Han}/u.test(clause) ? unwrapped(clause) : clause);

/**
 * The unread clause naming a moment that a length said now is of: the last unread clause, or the one before up to two
 * unread remarks naming no part of the draft ("哈哈", "磨得太久了"); undefined when there is none.
 */
function momentNamedAt(unknown: string[]): number | undefined {
  for (let i = unknown.length - 1; i >= Math.max(0, unknown.length - 3); i--) {
    const text = readable(unknown[i]);
    if (MOMENT_REF.test(text) || ordinalAlone(text) !== undefined && !(i > 0 && OTHER_PARTS.some((part) => part.test(readable(unknown[i - 1]))))) return i;
    if (namesPart(text) || OTHER_PARTS.some((part) => part.test(text))) return undefined;
  }
  return undefined;
}

/** The one kind of card the message added before ("add an intro card …, then drop the card"): none when it added both or none. */
function cardAdded(ops: EditOp[]): 'intro' | 'outro' | undefined {
  const kinds = new Set(ops.flatMap((op) => (op.op === 'add_card' ? [op.card] : [])));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/**
 * "that third bit where I drop the pot, take it out": what no form of the grammar read, read by the one part it names
 * and the one thing it asks of it (a clause left, or two in a row: one naming the part, the next asking).
 */
function bySlots(ops: EditOp[], unknown: string[], context: ParseContext, message: string): ParsedMessage {
  const slotted = slotsRead(unknown, context);
  // "第一段太慢了，整体1.5倍": a pace read by slots beside a speed asked outright is why that speed is asked.
  const read = slotted.ops.filter((op) => !(op.op === 'set_speed' && ops.some((asked) => asked.op === 'set_speed')));
  const { left } = slotted;
  // An export said with them is of the draft they make: it stays last.
  const exported = ops.findIndex((op) => op.op === 'export');
  ops.splice(exported < 0 ? ops.length : exported, 0, ...read);
  // "… get rid o it because the team complained": beside what was read by slots, a reason is context, as beside any request;
  // "the title, I want it away. Delete.": a remove verb alone after a removal so read says it again.
  const again = (clause: string) => read.some(takesAway) && Words.removeAgain.test(readable(clause));
  return { ops, unknown: read.length === 0 ? left : left.filter((clause) => !aside(clause, ops, messageApart(clause, message)) && !again(clause)) };
}

/** The request of a clause about a moment named by what it shows, asked of the one its place names ("…，就是最后一段"). */
function byPlace(named: string, restated: string, context: ParseContext): EditOp[] | undefined {
  const place = readable(restated).replace(Words.restates, '').trim();
  // "The pouring tea part please slow, … It is clip 2": the part named by what it shows, said in English, is that place too.
  const both = named.replace(/[^，,。\s]{1,8}?(?:那|这)一?(?:段|个片段|部分)|\bthe (?:[\w'-]+ ){1,3}(?:part|bit|section|scene|shot)\b/i, place);
  const read = both === named ? [] : readAlone(both, context);
  return read.length > 0 && read.every((op) => 'index' in op && op.index !== undefined) ? read : undefined;
}

/** A clause of quoted words only, read with the clause before it that named a text or card to add or change without words. */
function namedWords(named: string | undefined, quote: string, context: ParseContext): EditOp[] | undefined {
  if (named === undefined || quoted(quote) === undefined || quoted(named) !== undefined) return undefined;
  const read = readAlone(`${named} ${quote}`, context);
  return read.length > 0 && read.every((op) => op.op === 'add_text' || op.op === 'add_card' || op.op === 'edit_text') ? read : undefined;
}

/** "速度快一点，第二段1.5倍": a speed said by its direction only is the way of a moment's speed said by a figure. */
const figured = (direction: EditOp, ops: EditOp[]) => direction.op === 'set_speed' && ops.some((op) => op.op === 'set_speed'
  && op.index !== undefined && Math.sign(op.factor - 1) === Math.sign(direction.factor - 1));

/** A clause that only gives words after 写 ("写谢谢观看", "内容是：欢迎", "写 ACME Ltd. 就行"; not 写错了, 写得好). */
const WRITTEN_ZH = /^(?:就|只|直接)?(?:写(?:上|着)?|(?:内容|文字)(?:是|为|\s*[:：]))\s*[:：]?\s*(?![错得的好完])([^“”"「」『』]+?)(?:\s+就(?:行|好|可以)了?)?$/u;

/**
 * A speed factor said alone, maybe as an approval: "3x is fine", "say 2x", "1.5x would be good", "8倍速", "倍率6", "x4",
 * "perhaps twice as fast", or offered ("Three quarters speed maybe?"); with the speed-up named again ("快6倍", "加速到8倍"), the same.
 */
const FACTOR_ALONE = /^(?:(?:at|maybe|perhaps|say|like|about|try|or)\s+|(?:再|就)?(?:快|加快|加速|快进|快放|提速)(?:到|成|个)?\s*)?(?:x\s?\d+(?:\.\d+)?|倍速\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:[x×]|倍速?)|(?:twice|\d+ times) as fast|\d+ times faster|(?:three[\s-]quarters?|(?:a |one )?quarter|0?\.\d+) speed)(?:\s+(?:is|would be|should be|will be|'s|sounds|seems)\s+(?:fine|ok|okay|good|enough|plenty|great|perfect|right))?(?:\s+(?:please|i think|or so|then|maybe|perhaps|i guess))?(?:就行|就好|就可以|就够了?|即可|吧)?[.!?？。！]*$/;

/** A figure said alone, maybe named as the rate: "0.5", "倍率6", "速度=1.5". */
const BARE_FACTOR = /^(?:倍率|倍速|速率|速度|rate|speed)?\s*(?:为|是|设为|[=:：])?\s*(\d+(?:\.\d+)?)\s*(?:就行|就好|吧)?[.!。！]*$/;

/**
 * The clause just read, as the clause before it says more of it: the user's picture named alone, then a backdrop asked
 * without saying which ("那张图我传上去了，当背景用": that picture); an end of the clip and how long said alone, then a text
 * with no times of its own ("在最后三秒，写一行字：“…”": shown there); a fade naming no part, then music named last ("a 2
 * sec fade-in then a 4 sec fade-out on the music": the music both fade). The operations (and the words unread) are
 * changed in place.
 */
function readAfter(
  said: { text: string; place: number; parsed: EditOp[]; previous: EditOp | undefined }, clauses: string[], unknown: string[], unnamedFades: Set<EditOp>, context: ParseContext,
): void {
  const { text, place, parsed, previous } = said;
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
  const faded = parsed.length === 1 && parsed[0].op === 'fade' && parsed[0].target === 'music' && Words.musicLast.test(text);
  if (previous?.op === 'fade' && unnamedFades.has(previous) && faded) previous.target = 'music';
}

/**
 * A clause that only adds a detail to the request just read, or says it again: a speed's factor ("…, 3x is fine",
 * "…，0.5", "Half."), a factor said after a speed-up not read (unread too), steps back counted after the undos that make
 * them up, "and the one before it", a figure stressed ("Thirty."), a file's format after an export, the music after a
 * fade that named no part, a fill approved after a shape. The operations (and the words unread) are changed in place;
 * true when the clause was taken so.
 */
function detailOfLast(said: { clause: string; text: string; place: number }, clauses: string[], ops: EditOp[], unknown: string[], unnamedFades: Set<EditOp>): boolean {
  const { clause, text, place } = said;
  const last = ops[ops.length - 1];
  // "speed up the page loads, 3x is fine", "…, say 2x": a factor said alone after a speed is that speed's (a sign-off
  // after it too, where the message's words run to its end: "Sue says …, maybe 3x lol").
  if (FACTOR_ALONE.test(text.replace(Words.signOff, '')) && (last?.op === 'speed_up_idle' || last?.op === 'set_speed')) {
    last.factor = parseFactor(text) ?? last.factor;
    return true;
  }
  // "could you speed up the parts where nobody's climbing? like 6x": a factor said alone after a speed-up not read is that
  // request's, unread too (no speed of the whole video).
  const unread = unknown[unknown.length - 1];
  if (FACTOR_ALONE.test(text.replace(Words.signOff, '')) && place > 0 && unread !== undefined && unread === colonQuoted(clauses[place - 1]) && Words.speed.test(readable(unread))) {
    unknown.push(clause);
    return true;
  }
  // "劈吊要慢放，0.5", "闲置的帧加速，倍率6": a bare figure, or one named as the rate, said alone after a speed is its factor
  // (one no speed here has, "…，30", is not).
  const rate = Number(BARE_FACTOR.exec(text)?.[1]);
  if ((last?.op === 'speed_up_idle' || last?.op === 'set_speed') && rate > 0 && rate <= 16) {
    last.factor = rate;
    return true;
  }
  // "the second clip slower. Half.": half said alone after a slower speed is that speed.
  if (last?.op === 'set_speed' && last.factor < 1 && HALF_ALONE.test(text)) {
    last.factor = 0.5;
    return true;
  }
  // "刚才那个撤销，再撤销一次，退两步": the steps back counted after the undos that make them up are those undos, said again
  // (a total; "再退一步", one more, is not).
  const stepsBack = last?.op === 'undo' ? Words.stepsBack.exec(text) : null;
  const total = stepsBack && !stepsBack[0].startsWith('再') ? countSaid(stepsBack[1]) : 0;
  if (total > 1 && trailingUndos(ops) >= total) return true;
  // "undo that. and the one before it.": one step more undone.
  if (last?.op === 'undo' && Words.stepBefore.test(text)) {
    ops.push({ op: 'undo' });
    return true;
  }
  // "the video needs to be 30 seconds. Thirty.": the figure just asked for, said again alone to stress it.
  if (last !== undefined && saidAgain(text, last)) return true;
  // "导出4K，mov格式", "export it, as a webm": a file format said alone after an export is that export's.
  const format = last?.op === 'export' ? formatAlone(text) : undefined;
  if (last?.op === 'export' && format !== undefined) {
    // "导出mp4和gif" (导出 said again for each): an export again, of another format than the one it said, is a second file.
    // "export in mov, then again in webm", "…, webm too": an export said again the same way. "导出两个：一个mp4，一个gif",
    // "导出两个版本，mp4跟gif": each file counted, or listed after an export of several, is one more.
    const several = clauses.slice(0, place).some((before) => Words.severalFiles.test(readable(before)));
    const another = Words.export.test(text) || Words.again.test(text) || Words.fileByFormat.test(text) || several;
    if (another && FORMAT_SAID.has(last) && last.format !== format) {
      // "导出mp4，1080p的，再导一个gif": a file counted by its format alone is made as that format says, no size of the other's.
      const file: EditOp = Words.fileByFormat.test(text) ? { op: 'export', format } : { ...last, format };
      FORMAT_SAID.add(file);
      ops.push(file);
    } else {
      last.format = format;
      FORMAT_SAID.add(last);
    }
    return true;
  }
  // "fade in 2 s, fade out 4 s, on the music", "淡入两秒淡出四秒，音乐的": the music said alone after a fade naming no
  // part is the part it fades.
  if (last?.op === 'fade' && unnamedFades.has(last) && Words.musicAlone.test(text)) {
    last.target = 'music';
    return true;
  }
  // "make it square, black bars top and bottom is ok": a fill approved after a shape is the one it is made with.
  const fill = last?.op === 'set_aspect' && Words.approval.test(text) ? FillWords.find(([pattern]) => pattern.test(text) && !negated(text, pattern))?.[1] : undefined;
  if (last?.op === 'set_aspect' && fill !== undefined) {
    last.fill = fill;
    return true;
  }
  return false;
}

/** How many undos the operations read so far end with. */
function trailingUndos(ops: EditOp[]): number {
  let count = 0;
  while (count < ops.length && ops[ops.length - 1 - count].op === 'undo') count++;
  return count;
}

/** "Half.", "say half speed": how much slower, said alone after a slower speed. */
const HALF_ALONE = /^(?:(?:at|maybe|say|like|try)\s+)?(?:by )?half(?:\s+(?:speed|as fast|the speed))?(?:\s+(?:please|then|maybe|perhaps))?[.!?]*$/;

/** Whether a clause is only a figure the operation carries, as said ("Thirty." after 30 seconds, "20!" after 20 %). */
function saidAgain(text: string, op: EditOp): boolean {
  const figure = /^(\d+(?:\.\d+)?)[.!]*$/.exec(normalizeNumbers(text))?.[1];
  const carried = Object.values(op).flatMap((value) => (typeof value === 'number' ? [value, value / 1000, value * 100] : []));
  return figure !== undefined && carried.includes(Number(figure));
}

/** Every "again", "too" of a clause (Words.again finds the first). */
const AGAIN_ALL = new RegExp(Words.again.source, 'g');

/** "mov格式", "格式用webm", "as a gif", "H.264 MP4", "webm也来一个": a file format named with nothing else asked. */
function formatAlone(text: string): OutputFormatName | undefined {
  const format = FormatWords.find(([pattern]) => pattern.test(text));
  // "H.264 MP4": the codec every mp4 here is made with, said with it, is no other request.
  const rest = format && text.replace(format[0], ' ').replace(AGAIN_ALL, '').replace(Words.plainKind, '').replace(/格式|文件|导出|输出|成|用|要|来|改成|换成|的|吧|就行|就好|一[个份版]|各|\b(format|file|as|in|an?|one|please)\b|\bh\.?264\b|\bavc\b|[\s,.，。!！]/g, '');
  return format && rest === '' ? format[1] : undefined;
}

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

/** A moment named by what it shows: 讲价格的那段, 排队那段 (its place is not guessed). */
/** The part the last removal took away, as it was added before it (a card, the music, a backdrop); undefined when none was. */
function addedBack(ops: EditOp[]): EditOp | undefined {
  const latest = [...ops].reverse();
  const taken = latest.find((op) => op.op === 'remove_card' || op.op === 'remove_music' || op.op === 'remove_background');
  if (taken === undefined) return undefined;
  const added = latest.slice(latest.indexOf(taken) + 1).find((op) => (taken.op === 'remove_card' ? op.op === 'add_card' && (taken.card === undefined || op.card === taken.card)
    : taken.op === 'remove_music' ? op.op === 'add_music' : op.op === 'set_background'));
  return added === undefined ? undefined : structuredClone(added);
}

const SHOWN_MOMENT = /[^，,。\s](那|这)一?(段|个片段|部分)/;

/** A Chinese moment named by its place, then said to be something: 第三段是等待时间, 最后一段都是加载. */
const MOMENT_IS_ZH = new RegExp(String.raw`^((?:${MOMENT_REF.source}))(?:都|就|其实|全|全部|基本上?|主要)?是`);
/** "第一段螃蟹一动不动的", "第二段和第三段都不动": moments named by their place, then what they show (not a stretch inside it: 第二段里不动的地方). */
const MOMENT_SHOWS_ZH = new RegExp(String.raw`^((?:${MOMENT_REF.source})(?:(?:和|跟|与|、)(?:${MOMENT_REF.source}))*)(?![^，,。]*(?:地方|部分|时候|时间|那些|这些|那几|里|中间|之间|以外|之外|前|后))`);

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
  const [label, rest] = [readable(heading[1]), heading[2]];
  // ("first clip: 0:07": a moment named is what the rest is said of, no label; a time alone said of it is not guessed at.)
  const asksNothing = parseClause(heading[1], label, context).length === 0 && !namesIntent(label) && !MOMENT_REF.test(label);
  return asksNothing && readAlone(rest, context).length > 0 ? [`${heading[1]}:`, rest] : [said];
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

/** Whether a clause, as typed in the message, trails off ("speed up…", "Lengthen the... ", "make it —"): broken off. */
function brokenOff(message: string, clause: string): boolean {
  const at = message.indexOf(clause.trim());
  return at >= 0 && /^\s*(?:\.{2,}|…|[-–—]{1,2}(?=\s))/.test(message.slice(at + clause.trim().length));
}

/** A clause of one word ("music", "captions."). */
const ONE_WORD = /^[a-z-]+[.!]*$/;

/** The whole clip named ("make the video 30 seconds", 整个视频剪到30秒): a length for it, whatever part was named before. */
const WHOLE_CLIP = new RegExp(String.raw`${Words.wholeVideo.source}|\bthe (video|clip|edit|cut)\b|视频`);

/** "the second one, not the first": a moment named by its place and "one". */
const ONE_NAMED = new RegExp(String.raw`\b(${Object.keys(ORDINALS).join('|')}|last) one\b`);

/** The clause before read with the add verb after it, when that reads as an addition other than the clause read alone. */
function namedThenAdded(before: string, clause: string, previous: EditOp, context: ParseContext): EditOp[] | undefined {
  if (!isDeepStrictEqual(readAlone(before, context), [previous]) || Words.slot.add.test(readable(before))) return undefined;
  const both = /\p{Script=Han}/u.test(before) ? `${before}${clause}` : clause.replace(/\b(?:it|that|them)\b/i, before);
  const added = readAlone(both, context);
  return added.length > 0 && added.every((op) => ADDITIONS.has(op.op)) && !isDeepStrictEqual(added, [previous]) ? added : undefined;
}

/** The part the clause before only named, read again with the remove verb after it: what it takes away, if it does. */
function namedThenTaken(before: string, clause: string, previous: EditOp, context: ParseContext): EditOp[] | undefined {
  if (!isDeepStrictEqual(readAlone(before, context), [previous]) || Words.slot.add.test(readable(before))) return undefined;
  const both = `${before}${clause}`;
  const taken = readAlone(both, context);
  return taken.length > 0 && taken.every(takesAway) ? taken : undefined;
}
