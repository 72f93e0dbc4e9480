import {
  ASPECTS, AspectWords, BACKGROUNDS, MOMENT_NOUN, type POSITIONS, BackgroundWords, DEFAULT_CLIP_MS, EditOpMessage, FillWords, FormatWords, MusicWords, ORDINALS, outputFromText, PlatformWords, PositionWords, quoted, quotePattern,
  resolutionFromText, SLIP, withoutQuotes, Words,
  type EditOp, type OutputFormatName,
} from '../../protocol';
import { isDeepStrictEqual } from 'node:util';
import { normalizeWording } from './normalizeWording';
import { parseDurationMs } from './parseDuration';
import {
  normalizeNumbers, parseAnchor, parseAt, parseClock, parseEdgeSpan, parseFactor, parseFor, parseGone, parseInOut, parseLengths, parseOrdinals, parseRange, parseSeconds, parseVolume,
} from './parseQuantities';

/** Words taken out of a clause wherever they stand, built once (not for every clause). */
const EVERY = {
  approval: new RegExp(Words.approval.source, 'g'),
  not: new RegExp(Words.not.source, 'g'),
  negation: new RegExp(Words.negation.source, 'g'),
};

/** What a clause means when it names no amount: "fade in" is 1 s, "crossfade" 0.5 s, "make moment 2 shorter" 2 s less, "zoom in at 0:12" 3 s, an intro card 2 s. */
const UNSAID = { fadeMs: 1000, crossfadeMs: 500, shortenMs: 2000, zoomMs: 3000, cardMs: 2000, idleFactor: 4 } as const;

/** What the parser needs to know of the session to resolve "the last moment" and file names. */
export interface ParseContext {
  moments: number;
  texts: number;
}

export interface ParsedMessage {
  ops: EditOp[];
  /** Clauses it could not read: the reply says so, and nothing is guessed. */
  unknown: string[];
}

/**
 * Turns one chat message into edit operations. A message that is a JSON list of operations (a chat model's tool
 * calls) is taken as is; otherwise it is split into clauses ("add a title …, then make it 9:16") read one by one.
 */
export function parseInstruction(message: string, context: ParseContext = { moments: 0, texts: 0 }): ParsedMessage {
  const structured = parseStructured(message);
  if (structured) return { ops: structured, unknown: [] };
  message = withoutLineNumbers(message);
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
  /** Clips asked for only by "it's too long": the reason for a cut the message names, when it names one. */
  const complaints = new Set<EditOp>();
  /** Clips asked only by a length said alone ("大概五分钟左右"): beside a clip asked with a verb (控制在一分钟), that length was the recording's. */
  const bareLengths = new Set<EditOp>();
  /** Moments removed by a number alone ("第一个…可以不要"): beside "只用第二个", a file left out, which that already does. */
  const unnamedRemovals = new Set<EditOp>();
  /** The op of a clause that only said a point in time ("0:21"): a zoom said next is at that point, no clip of that length. */
  let pointed: { op: EditOp; ms: number } | undefined;
  const clauses = splitClauses(message.replace(Words.kaomoji, ' ')).map(bracketedMoment).flatMap(firstThis).flatMap((part) => thenAgain(part, context)).flatMap((part) => spacedRequests(part, context)).flatMap((part) => listed(part, context))
    .flatMap((part) => sharedVerb(part, context)).flatMap((part) => madeWith(part, context))
    .reduce<string[]>((read, part) => whichMoment(read, part, context), []);
  /** The request just made, as read, and where its operations start: a correction after it replaces them. */
  let asked: Said & { from: number } | undefined;
  /** A slip said alone ("不对"), waiting for the clause that says what was meant. */
  let slip: string | undefined;
  let clauseStart = 0;
  let request: Said = { clause: '', text: '' };
  for (const [place, said] of clauses.entries()) {
    const clause = colonQuoted(said);
    const text = readable(clause);
    if (text.length > 0 || quoted(clause) !== undefined) {
      asked = ops.length > clauseStart ? { ...request, from: clauseStart } : slip === undefined ? undefined : asked;
      [clauseStart, request] = [ops.length, { clause, text }];
    }
    // "音乐调到50%，不对，40%", "删掉第二段……啊不是，第三段", "剪个40秒的，算了还是30秒吧": what was meant replaces what was asked.
    if (asked !== undefined && slip === undefined && Words.slip.test(text)) {
      slip = clause;
      continue;
    }
    const meantText = slip === undefined ? meantInstead(clause) : text;
    const meant = asked === undefined || meantText === undefined ? undefined : corrected(asked, { clause, text: meantText }, ops.slice(asked.from), context);
    if (slip !== undefined && meant === undefined) unknown.push(slip);
    slip = undefined;
    if (asked !== undefined && meant !== undefined) {
      ops.splice(asked.from, ops.length - asked.from, ...meant.ops);
      [clauseStart, request] = [asked.from, { clause: meant.clause, text: meant.text }];
      continue;
    }
    // "Changes:", "Here's what I need:": a label over the list that follows asks for nothing itself.
    if (said !== clauses[clauses.length - 1] && /[:：]\s*$/.test(said) && parseClause(clause, text.replace(/[:：]\s*$/, ''), context).length === 0
      && !INTENT_WORDS.some((pattern) => pattern.test(text))) continue;
    // "speed up the page loads, 3x is fine", "…, say 2x": a factor said alone after a speed is that speed's.
    const last = ops[ops.length - 1];
    if (FACTOR_ALONE.test(text) && (last?.op === 'speed_up_idle' || last?.op === 'set_speed')) {
      last.factor = parseFactor(text) ?? last.factor;
      continue;
    }
    // "导出4K，mov格式", "export it, as a webm": a file format said alone after an export is that export's.
    const format = last?.op === 'export' ? formatAlone(text) : undefined;
    if (last?.op === 'export' && format !== undefined) {
      last.format = format;
      continue;
    }
    // "oops", "好的", "the zoom is fine": an interjection or an approval asks for nothing ("… but make it quieter" does).
    // "export it for discord, webm is fine": an approval beside a request is a detail of it, not all the clause says;
    // "…, 720p is fine": a file's resolution or format approved is the one asked for (not "the zoom is fine").
    const approves = Words.approval.test(text) && !Words.contrast.test(text)
      // "在结尾加一行文字「…」就可以了": an edit verb makes "that'll do" the end of a request, no approval.
      && !(/\p{Script=Han}/u.test(text) && Words.aside.verb.test(text) && parseClause(clause, text, context).length > 0)
      && !(ops[ops.length - 1]?.op === 'export' && exportDetail(clause, text, context))
      && !text.split(/\s*,\s*/).some((piece) => !Words.approval.test(piece) && parseClause(piece, piece, context).length > 0);
    if (text.length === 0 || approves) continue;
    // "搞成竖屏咯，快点": hurry, said last, after a request that is no speed.
    if (said === clauses[clauses.length - 1] && Words.hurry.test(text) && ops.length > 0 && ops.every((op) => op.op !== 'set_speed')) continue;
    // "快点，剪成20秒，别废话": hurry, said first, before a request that is no speed.
    if (said === clauses[0] && Words.hurry.test(text) && clauses.length > 1
      && parseClause(clauses[1], readable(clauses[1]), context).every((op) => op.op !== 'set_speed')) continue;
    const fragment = slotFragment(text);
    const previous = ops[ops.length - 1];
    // "精彩集锦，一分钟": the length of a clip said without one; "under a minute? say 55 seconds": a closer figure for it.
    if (fragment?.length !== undefined && previous?.op === 'compile_best_moments') {
      lengthless.delete(previous);
      complaints.delete(previous); // "太长了，一分钟": the complaint now has the length asked for
      previous.target_ms = fragment.length;
      continue;
    }
    // "加个BGM，30%", "加音乐，音量小一点，20%这样": the level of the music just added, or how much quieter it is.
    if (fragment?.volume !== undefined && (previous?.op === 'add_music' || (previous?.op === 'set_music_volume' && previous.change !== undefined))) {
      const level: EditOp = { op: 'set_music_volume', volume: fragment.volume };
      if (!joined(ops, level, text, unknown, lengthless)) ops.push(level);
      continue;
    }
    if (measured(previous, fragment?.length)) continue;
    // "加一行字幕「…」，5-9秒", "…，从20秒开始": when the text just added shows, said after its words.
    const shows = previous?.op === 'add_text' && [previous.start_ms, previous.end_ms, previous.duration_ms].every((v) => v === undefined)
      ? textTimeFragment(text) : undefined;
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
    // "加标题“你好”，持续3秒", "add an intro card 'Acme', 3 seconds": how long the text, card or zoom just asked for shows.
    const shown = previous?.op === 'add_text' && previous.end_ms === undefined && previous.duration_ms === undefined
      || previous?.op === 'add_card' || previous?.op === 'zoom_at';
    // "加标题“你好”，前3秒显示", "…, for the last 4 seconds": which end of the clip the text just asked for shows at.
    // "开头加标题「…」，显示前4秒": the end the text was put at, said again with how long it shows.
    const untimed = previous?.op === 'add_text' && [previous.start_ms, previous.end_ms, previous.duration_ms].every((v) => v === undefined)
      && (previous.anchor === undefined || previous.anchor === fragment?.edge?.anchor);
    if (fragment?.edge !== undefined && untimed) {
      Object.assign(previous, fragment.edge);
      continue;
    }
    // "加一行文字“登录”，放在底部", "…, sliding in": where the text just added sits, or how it comes in.
    const placed = previous?.op === 'add_text' ? textPlacement(text) : undefined;
    if (previous?.op === 'add_text' && placed && Object.keys(placed).every((key) => !(key in previous))) {
      Object.assign(previous, placed);
      continue;
    }
    // "加字幕“你好”，到第6秒消失": when the text just added goes away.
    const gone = parseGone(text);
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
    if (fragment?.length !== undefined && shown) {
      if (previous.op === 'add_card') previous.duration_ms = Math.min(10_000, Math.max(500, fragment.length));
      else if (previous.op === 'add_text' || previous.op === 'zoom_at') previous.duration_ms = Math.max(previous.op === 'zoom_at' ? 1000 : 0, fragment.length);
      continue;
    }
    if (previous && saysResultOf(text, previous)) continue;
    if (previous && takesAway(previous) && Words.removeAgain.test(text)) continue;
    if (previous?.op === 'compile_best_moments' && Words.compileAgain.test(text)) continue;
    // "上一步不要了，撤回": the state said first, then the operation that leaves it: one operation.
    if (previous && saidResult === previous && parsedOnce(clause, text, context, previous)) continue;
    // "加个片头页，写“欢迎收看”": the words of a card or text the clause before named without them.
    const named = unknown[unknown.length - 1];
    // "加个片尾，写谢谢观看": the words unquoted after 写, as if quoted.
    const written = WRITTEN_ZH.exec(clause.trim())?.[1];
    const words = written === undefined ? clause : `“${written}”`;
    if (named !== undefined && quoted(words) && readable(words).replace(Words.writeWords, '').trim() === '') {
      const whole = parseClause(`${named} ${words}`, readable(`${named} ${words}`), context);
      if (whole.length > 0) {
        unknown.pop();
        ops.push(...whole);
        continue;
      }
    }
    // "my students won't watch more than 2 minutes, cut it to that": the length said before, as the clip's.
    const before = named === undefined ? undefined : parseDurationMs(readable(named));
    if (Words.thatLength.test(text) && (before !== undefined || previous?.op === 'compile_best_moments')) {
      if (before !== undefined) ops.push({ op: 'compile_best_moments', target_ms: before });
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
    const continuation = continued(clause, text, previous, context);
    if (continuation) {
      // "配乐太吵了，小声一点": the same change said again is one; "放大，再多一点": a setting said again is the later one.
      if (isDeepStrictEqual(continuation[0], previous)) continue;
      if (continuation.length === 1 && (SETTINGS.has(previous!.op) || previous!.op === 'add_music') && continuation[0].op === previous!.op) ops.pop();
      for (const op of continuation) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
      continue;
    }
    const parsed = parseClause(clause, text, context);
    if (parsed.length === 0 && colonWords === previous && colonWords !== undefined && !quoted(clause)) {
      colonWords.text += `${/\p{Script=Han}/u.test(`${colonWords.text}${clause}`) ? '，' : ', '}${clause.trim()}`;
      continue;
    }
    // "the second clip is boring, remove it", 第二段太无聊了，删掉: a remove verb alone takes what the clause before named.
    if (parsed.length === 0 && named !== undefined && Words.removeAgain.test(text)) {
      // "不需要背景音乐，请移除": what was refused, then asked to be removed.
      const subject = Words.refusal.test(readable(named)) ? named.replace(new RegExp(Words.not.source, 'gi'), '') : named;
      const both = /\p{Script=Han}/u.test(subject) ? `${subject}${clause}` : clause.replace(/\b(it|that)\b/i, subject);
      const removed = parseClause(both, readable(both), context);
      if (removed.length > 0 && removed.every((op) => REMOVALS.has(op.op) || op.op === 'cut_range')) {
        unknown.pop();
        // "把讲题前那段等待，就是没声音也没动的地方，全部去掉": the stretch named, then said again plainly, is one.
        const first = unknown[unknown.length - 1];
        if (first !== undefined && Words.restates.test(readable(named)) && isDeepStrictEqual(parseClause(`${first}${clause}`, readable(`${first}${clause}`), context), removed)) unknown.pop();
        ops.push(...removed);
        continue;
      }
    }
    // "第一段太长了，缩短3秒", "0:25到0:31我掉了哑铃，剪掉": what the clause before named (a moment, a stretch), asked of in
    // this one; with an aside between ("第二段是后台管理，客户不用看，去掉"), the one before it.
    if (parsed.length === 0 && /\p{Script=Han}/u.test(`${clause}${named ?? ''}`)) {
      // "游戏原声小一点，50%", "字幕位置太靠下了，挪到中间": the recording's sound, the music or a text, named first, takes what is said after.
      const subject = [unknown.length - 1, unknown.length - 2].find((i) => i >= 0 && ([MOMENT_REF, Words.sourceAudio, Words.music, Words.text].some((part) => part.test(readable(unknown[i])))
        || parseRange(readable(unknown[i])) !== undefined)
        && parseClause(`${unknown[i]}${clause}`, readable(`${unknown[i]}${clause}`), context).length > 0);
      if (subject !== undefined) {
        const whole = `${unknown[subject]}${clause}`;
        unknown.splice(subject, 1);
        ops.push(...parseClause(whole, readable(whole), context));
        continue;
      }
    }
    // "音乐开头别那么突然，淡入2秒": a fade said after a clause about the music (not read) is the music's.
    if (parsed.length === 1 && parsed[0].op === 'fade' && parsed[0].target === 'clip' && named !== undefined && /\p{Script=Han}/u.test(named)
      && Words.music.test(readable(named))) {
      const both = `${named}${clause}`;
      const faded = parseClause(both, readable(both), context);
      if (faded.length === 1 && faded[0].op === 'fade' && faded[0].target === 'music') {
        unknown.pop();
        ops.push(...faded);
        continue;
      }
    }
    // "标题早点消失，5秒就行": a length alone after a clause about a text, card, the music or a zoom (not read) is theirs, no clip's.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && slotFragment(text)?.length !== undefined && named !== undefined
      && [Words.text, Words.card, Words.intro, Words.outro, Words.music, Words.zoom, Words.fade, Words.crossfade].some((part) => part.test(readable(named)))) {
      unknown.push(clause);
      continue;
    }
    // "最后一段太拖了，剪到3秒": a length said after a clause naming a moment is that moment's, never the whole clip's.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && named !== undefined && MOMENT_REF.test(readable(named))
      && !CLIP_LENGTH.test(text) && !HIGHLIGHTS.test(text)) {
      const both = `${named}${/\p{Script=Han}/u.test(named) ? '' : ' '}${clause}`;
      const trimmed = parseClause(both, readable(both), context);
      unknown.pop();
      if (trimmed.length > 0 && trimmed.every((op) => op.op === 'trim_moment')) ops.push(...trimmed);
      else unknown.push(named, clause);
      continue;
    }
    // "第二段做酱汁的，两倍速": a speed said after a clause that only names a moment is that moment's.
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && named !== undefined
      && MOMENT_REF.test(readable(named)) && !Words.wholeVideo.test(text)) {
      const which = placesNamed(readable(named), context)[0];
      if (which !== undefined) {
        unknown.pop();
        ops.push({ ...parsed[0], index: which < 0 ? Math.max(1, context.moments + 1 + which) : which });
        continue;
      }
      // "the middle clip is too fast, slow it…" with no one middle: "it" is a moment not found, not the whole video.
      if (Words.pronoun.test(text)) {
        unknown.push(clause);
        continue;
      }
    }
    // "the waiting at 0:30 is boring, speed it up": "it" is the stretch the clause before named by a time, which no speed
    // here is set for (not the whole video).
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && named !== undefined && Words.pronoun.test(text)
      && !Words.wholeVideo.test(text) && parseClock(readable(named)) !== undefined) {
      unknown.push(clause);
      continue;
    }
    // "等待时间太长了，加快一点", "安装那段太慢了，快进": stretches where nothing happens, complained of, then sped up.
    if (IDLE_COMPLAINT.test(text) && Words.idle.test(text) && parsed.every((op) => op.op === 'compile_best_moments' || op.op === 'set_speed')) {
      unknown.push(clause);
      continue;
    }
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && named !== undefined && Words.idle.test(readable(named))
      && !Words.wholeVideo.test(text)) {
      const both = `${named}${/\p{Script=Han}/u.test(named) ? '，' : ', '}${clause}`;
      const idle = parseClause(both, readable(both), context);
      // "the cell execution waits are idle, speed those up 10x": "those" are the stretches the clause before named.
      const those = Words.thoseNamed.test(text) ? [{ op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor } as const] : [];
      if (idle.length === 1 && idle[0].op === 'speed_up_idle' || those.length > 0) {
        unknown.pop();
        ops.push(...(those.length > 0 ? those : idle));
        continue;
      }
    }
    // "等安装时画面不动，那种地方16倍速": a speed for "those places" is for the ones the clause before described.
    // Said with no such clause before it, which places is not guessed at (nor taken for the whole video).
    if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && Words.thosePlaces.test(text)) {
      const both = named === undefined ? clause : `${named}${/\p{Script=Han}/u.test(named) ? '，' : ', '}${clause}`;
      const idle = parseClause(both, readable(both), context);
      if (named !== undefined) unknown.pop();
      if (idle.length === 1 && idle[0].op === 'speed_up_idle') ops.push(...idle);
      else unknown.push(...(named === undefined ? [] : [named]), clause);
      continue;
    }
    if (pointed !== undefined && previous === pointed.op && parsed.length === 1 && isDeepStrictEqual(parsed[0], AUTO_ZOOM)) {
      ops[ops.length - 1] = { op: 'zoom_at', start_ms: pointed.ms, duration_ms: UNSAID.zoomMs };
      continue;
    }
    // "标题我想改一下，现在的太长了，改成「…」": "too long" said after a clause about a text or a card is about that, no shorter clip.
    if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(text) && place > 0
      && [Words.text, Words.card, Words.intro, Words.outro].some((part) => part.test(readable(clauses[place - 1])))) continue;
    colonWords = clause !== said && parsed.length === 1 && (parsed[0].op === 'add_text' || parsed[0].op === 'add_card') ? parsed[0] : undefined;
    const beforeAside = parsed.length === 0 ? requestBeforeAside(clause, context) : undefined;
    if (beforeAside !== undefined) {
      ops.push(...beforeAside);
      continue;
    }
    if (parsed.length === 0) {
      unknown.push(clause);
      continue;
    }
    // "the music is too loud, turn the music down": the change a complaint asked for, then asked outright, is one change.
    if (previous && complainedChange === previous && parsed.length === 1 && isDeepStrictEqual(parsed[0], previous)) continue;
    // "actually put it back, redo": a state said first is that of the step named after it, when it is that step's too.
    if (previous && saidResult === previous && parsed.length === 1 && parsed[0].op !== previous.op && saysResultOf(saidResultText, parsed[0])) ops.pop();
    for (const op of parsed) {
      if (op.op === 'set_aspect' && !saysShape(text)) purposeShapes.add(op);
      if (op.op === 'compile_best_moments' && complainsOnly(text)) complaints.add(op);
      if (op.op === 'remove_moment' && !MOMENT_REF.test(text)) unnamedRemovals.add(op);
      // "the limit is 60 seconds, make it 30 seconds": a length stated, beside the one asked for, is a reason.
      if (op.op === 'compile_best_moments' && (slotFragment(text)?.length !== undefined || Words.statement.test(text)) && !Words.compile.test(text)) bareLengths.add(op);
      if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
      // "太长了，帮我剪成两分钟": a clip asked for outright, folded into the complaint before it, is asked for.
      else if (op.op === 'compile_best_moments' && !complaints.has(op)) complaints.delete(ops[ops.length - 1]);
    }
    saidResult = parsed.length === 1 && saysResultOf(text, parsed[0]) ? parsed[0] : undefined;
    complainedChange = parsed.length === 1 && Words.tooMuch.test(text) ? ops[ops.length - 1] : undefined;
    const at = pointFragment(text);
    pointed = at !== undefined && parsed.length === 1 ? { op: parsed[0], ms: at } : undefined;
    saidResultText = text;
  }
  if (slip !== undefined) unknown.push(slip); // "音乐调到50%，不对": wrong, but what was meant is not said
  // "刚才那步不要了，撤销一下": a clause saying what a later operation leaves was that operation said first; "下午开会要用，
  // 剪个45秒的": who or when it is for, beside a request, asks for nothing.
  const outright = ops.some((op) => op.op === 'set_aspect' && !purposeShapes.has(op));
  // "the kitchen clip is too long, make the second clip 3 seconds shorter": the complaint (read as a clip, or as
  // nothing when it names a part) is why, the cut is what.
  const shortened = ops.some((op) => SHORTENINGS.has(op.op) && !complaints.has(op));
  const chosen = ops.some((op) => op.op === 'use_sources');
  const askedClip = ops.some((op) => op.op === 'compile_best_moments' && !bareLengths.has(op) && !complaints.has(op));
  return {
    ops: ops.filter((op) => !(outright && purposeShapes.has(op)) && !(shortened && complaints.has(op)) && !(chosen && unnamedRemovals.has(op)) && !(askedClip && bareLengths.has(op))),
    unknown: unknown.filter((clause) => !ops.some((op) => saysResultOf(readable(clause), op) || contrasts(clause, op, context))
      && !(ops.length > 0 && (onlyOccasion(clause) || refuses(clause, context, ops) || aside(clause, ops) || otherUpload(clause, ops) || directionOfFigure(clause, ops) || corrects(clause, ops)))
      // "what did you cut? show me the tracks": the question the tracks shown answer.
      && !(ops.some((op) => op.op === 'show_tracks') && Words.aside.askedDraft.test(readable(clause))) && !(shortened && complainsOnly(readable(clause)) && !namesOtherMoment(readable(clause), ops))),
  };
}

/** "…, 720p is fine" after an export: the approval, taken away, leaves a detail of that file (its resolution or format). */
function exportDetail(clause: string, text: string, context: ParseContext): boolean {
  const approved = parseClause(clause, text.replace(EVERY.approval, ' '), context);
  return approved.length > 0 && approved.every((op) => op.op === 'set_resolution' || op.op === 'export');
}

/** A clause that only gives words after 写 ("写谢谢观看", "内容是：欢迎"; not 写错了, 写得好). */
const WRITTEN_ZH = /^(?:就|只|直接)?(?:写(?:上|着)?|(?:内容|文字)(?:是|为|\s*[:：]))\s*[:：]?\s*(?![错得的好完])([^“”"「」『』]+)$/u;

/** The words of a correction after its slip ("还是30秒吧" → "30秒吧"), or undefined when the clause is none. */
function meantInstead(clause: string): string | undefined {
  // Read in the words as typed: reading drops "actually", "oops" as fillers.
  const typed = clause.trim().toLowerCase();
  const slip = Words.meantInstead.exec(typed);
  return slip === null ? undefined : readable(typed.slice(slip[0].length)).replace(Words.meantClosing, '');
}

/**
 * Values a correction says again in place of the request's own, most telling first: a time in the video, an ordinal,
 * a file format, a place on screen, a frame shape, a number with its unit (or the request's, when the correction says none: "make it 30 seconds, no wait, 45").
 */
/** The units a figure is said in, one kind each: a share, seconds, minutes, a speed, a resolution. */
const UNIT_KINDS = [/^[%％]$/, /^(秒钟?|s(ec(ond)?s?)?)$/, /^(分钟|分|min(ute)?s?)$/, /^(倍速?|[x×])$/, /^p$/];

const CORRECTED_VALUES: RegExp[] = [
  /\d{1,2}:[0-5]\d(?:\.\d+)?/g,
  /第\s*(?:\d+|[一二两三四五六七八九十]+)/g,
  new RegExp(FormatWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  new RegExp(PositionWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  new RegExp(AspectWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  /(?<![\d:.])\d+(?:\.\d+)?(?![\d:])(?<unit>\s*(?:%|％|秒钟?|分钟|分|倍速?|[x×]|p\b|s(?:ec(?:ond)?s?)?\b|min(?:ute)?s?\b))?/g,
  quotePattern(),
];

/**
 * The request just made, as the correction after it says it was meant: the request with the value said again in its
 * place ("删掉第二段" + "第三段"), or the correction alone when it asks the same edit ("标题放顶部" + "还是放底部好了").
 * Undefined when it is no correction of it: it asks another kind of edit.
 */
function corrected(asked: Said, meant: Said, was: EditOp[], context: ParseContext): Said & { ops: EditOp[] } | undefined {
  // "导出mp4，还是gif好？": a question weighs the other value, it does not ask for it.
  if ((meant.text.length === 0 && quoted(meant.clause) === undefined) || /[?？]$|[吗呢]$/.test(meant.text)) return undefined;
  const kinds = (ops: EditOp[]) => ops.map((op) => op.op).join();
  const replaces = (ops: EditOp[]) => ops.length > 0 && kinds(ops) === kinds(was);
  // "导出mp4，不对，先别导出", "加音乐，不对，不要音乐": the request, refused after the slip, is withdrawn.
  const unrefused = meant.text.replace(EVERY.not, ' ').trim();
  if (unrefused !== meant.text && replaces(parseClause(meant.clause, unrefused, context))) return { ...meant, ops: [] };
  // In the words as typed (a quote, "在第10秒") or as read (三秒 is 3秒).
  for (const value of CORRECTED_VALUES) {
    for (const [own, said] of [[asked.clause, meant.clause], [asked.text, meant.text]]) {
      const clause = withValue(own, said, value);
      const ops = clause === undefined ? [] : parseClause(clause, readable(clause), context);
      if (clause !== undefined && replaces(ops)) return { clause, text: readable(clause), ops };
    }
  }
  // Read alone, it must say a value ("还是放底部好了"): "转场1秒，还是用溶解吧" names the kind, not another length.
  const ops = CORRECTED_VALUES.some((value) => meant.clause.match(value) !== null) ? parseClause(meant.clause, meant.text, context) : [];
  return replaces(ops) ? { ...meant, ops } : undefined;
}

/** A clause as typed and as the grammar reads it. */
interface Said { clause: string; text: string }

/** The request with the correction's values of one kind put in place of its own: each in turn, or one for its last. */
function withValue(asked: string, meant: string, value: RegExp): string | undefined {
  const said = [...meant.matchAll(value)];
  const own = [...asked.matchAll(value)];
  if (said.length === 0 || own.length === 0 || (said.length !== own.length && said.length !== 1)) return undefined;
  const replaced = said.length === own.length ? own : own.slice(-1);
  // "trim clip 2 to 5 seconds, actually make it 3x faster": a figure of another unit is another request, no correction.
  const unitOf = (match: RegExpExecArray) => UNIT_KINDS.findIndex((kind) => kind.test(match.groups?.unit?.trim() ?? ''));
  if (replaced.some((match, i) => match.groups?.unit !== undefined && said[i].groups?.unit !== undefined && unitOf(match) !== unitOf(said[i]))) return undefined;
  const put = (match: RegExpExecArray, i: number) => `${said[i][0]}${'unit' in (said[i].groups ?? {}) && said[i].groups?.unit === undefined ? match.groups?.unit ?? '' : ''}`;
  return replaced.reduceRight((text, match, i) => `${text.slice(0, match.index)}${put(match, i)}${text.slice(match.index + match[0].length)}`, asked);
}

/** "太长了", "太慢了", "too slow": a complaint that, said of idle stretches, asks them sped up, not the clip shortened. */
const IDLE_COMPLAINT = /太(长|慢|久|拖|磨叽)|\btoo (long|slow)\b/;

/** A speed factor said alone, maybe as an approval: "3x is fine", "say 2x", "1.5x would be good", "8倍速", "x4". */
const FACTOR_ALONE = /^(?:(?:at|maybe|say|like|about|try|or)\s+)?(?:x\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:[x×]|倍速?))(?:\s+(?:is|would be|should be|will be|'s|sounds|seems)\s+(?:fine|ok|okay|good|enough|plenty|great|perfect|right))?(?:\s+(?:please|i think|or so|then))?(?:就行|就好|就可以|就够了?|即可|吧)?[.!。！]*$/;

/** "mov格式", "格式用webm", "as a gif": a file format named with nothing else asked. */
function formatAlone(text: string): OutputFormatName | undefined {
  const format = FormatWords.find(([pattern]) => pattern.test(text));
  const rest = format && text.replace(format[0], ' ').replace(/格式|文件|导出|输出|成|用|要|改成|换成|的|吧|就行|就好|\b(format|file|as|in|an?|please)\b|[\s,.，。!！]/g, '');
  return format && rest === '' ? format[1] : undefined;
}

/** Ops that make the video shorter: beside one, "it's too long" only says why. */
const SHORTENINGS = new Set<EditOp['op']>(['compile_best_moments', 'trim_moment', 'remove_moment', 'cut_range', 'remove_dead_air', 'speed_up_idle']);

/** A clause asking for a shorter clip only by saying it is too long: no clip word, no length. */
/** "第一段删掉，第二段太长了": a complaint about another moment than the ones the message changes is no reason for them. */
const namesOtherMoment = (text: string, ops: EditOp[]) => {
  const named = parseOrdinals(text);
  return named.length > 0 && !ops.some((op) => 'index' in op && op.index !== undefined && named.includes(op.index));
};
const complainsOnly = (text: string) => Words.tooLong.test(text) && !Words.compile.test(text) && parseDurationMs(text) === undefined;

/** Intent words a clause about who the video is for must not hold, or it may be a request the parser could not read. */
const INTENT_WORDS = [
  Words.compile, Words.text, Words.music, Words.background, Words.zoom, Words.speed, Words.fill, Words.resolution, Words.export,
  Words.card, Words.intro, Words.outro, Words.crossfade, Words.fade, Words.mute, Words.sourceAudio, Words.without, Words.textEdit,
  ...[...AspectWords, ...PlatformWords].map(([pattern]) => pattern),
];

/**
 * A clause that only says who or when the video is for ("学生注意力有限"), or how long the recording is ("这段录屏有十分钟"):
 * no other figure, no quote, no intent word.
 */
function onlyOccasion(clause: string): boolean {
  const text = readable(clause);
  const recording = new RegExp(Words.sourceLength.source).test(normalizeNumbers(clause.toLowerCase()));
  return (Words.occasion.test(text) || recording) && !/\d/.test(text) && quoted(clause) === undefined && !INTENT_WORDS.some((pattern) => pattern.test(text));
}

/**
 * "只用第一个视频，第二个拍糊了": beside "use only these uploads", a clause about another upload by its number (no moment
 * noun, no edit verb) says why that one is left out.
 */
function otherUpload(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const used = ops.flatMap((op) => (op.op === 'use_sources' ? op.files : []));
  const named = parseOrdinals(text);
  return used.length > 0 && named.length > 0 && named.every((n) => !used.includes(String(n))) && !MOMENT_REF.test(text)
    && !/\d/.test(text) && quoted(clause) === undefined && !Words.aside.verb.test(text);
}

/** The part of the draft an operation changes, as a clause beside it may speak of it (Words.aside.parts). */
const PART_OF: Record<EditOp['op'], keyof typeof Words.aside.parts> = {
  compile_best_moments: 'timeline', set_moment_range: 'timeline', trim_moment: 'timeline', remove_moment: 'timeline', move_moment: 'timeline', cut_range: 'timeline',
  remove_dead_air: 'timeline', speed_up_idle: 'timeline', set_speed: 'timeline', keep_everything: 'timeline', use_sources: 'timeline',
  set_source_volume: 'sound', add_music: 'sound', set_music_volume: 'sound', set_ducking: 'sound', remove_music: 'sound',
  fade: 'look', crossfade: 'timeline', set_aspect: 'look', set_fill: 'look', set_zoom: 'look', zoom_at: 'look', set_background: 'look',
  remove_background: 'look', add_text: 'words', edit_text: 'words', remove_text: 'words', add_card: 'words', remove_card: 'words',
  export: 'file', set_resolution: 'file', undo: 'history', redo: 'history', start_over: 'history', show_tracks: 'history',
};

/**
 * Whether a clause beside the request asks for nothing (Words.aside): "原声关掉，病房里太吵了", "导出720p，放内网用",
 * "Cut 0:50 to 0:58, I burned my finger there". One that may be a request not read stays unread: an edit verb, a
 * figure, a quote, a comparative or an "also", a part of the draft the request does not change, or another moment.
 */
function aside(clause: string, ops: EditOp[]): boolean {
  const said = readable(clause);
  if ((/\d/.test(said) && !restatesLength(said, ops)) || quoted(clause) !== undefined) return false;
  const text = Words.aside.frames.reduce((left, frame) => left.replace(frame, (...groups) =>
    groups.slice(1, -2).filter((group) => typeof group === 'string').join(' ')), said.replace(Words.aside.interjection, '')).trim();
  if (Words.aside.verb.test(text) || Words.aside.more.test(text)) return false;
  // Read away whole ("给家长群发的": who it is for), it asked for nothing.
  if (text !== '' && !/\p{Script=Han}/u.test(text) && !Words.aside.opens.test(text)) return false;
  return aboutParts(text, ops);
}

/**
 * "no not clip 1, I meant clip 3, remove clip 3": a correction that only names a moment, the one a request beside it
 * is about ("I meant clip 3") or not ("not clip 1").
 */
function corrects(clause: string, ops: EditOp[]): boolean {
  const said = Words.aside.correction.exec(readable(clause).replace(Words.aside.interjection, ''));
  const named = said === null ? [] : parseOrdinals(said[2]);
  const acted = ops.flatMap((op) => ('index' in op && op.index !== undefined ? [op.index] : []));
  return said !== null && named.length === 1 && acted.length > 0 && quoted(clause) === undefined
    && said[2].replace(MOMENT_NAMES, ' ').replace(new RegExp(String.raw`\b(${Object.keys(ORDINALS).join('|')}|last|one|${MOMENT_NOUN})\b`, 'g'), ' ').trim() === ''
    && (said[1] !== undefined || acted.includes(named[0]));
}

/** "the funder only watches the first 30 secs, make it 30 seconds": one figure, the length of the clip asked for beside it. */
function restatesLength(text: string, ops: EditOp[]): boolean {
  const length = (text.match(/\d+(?:\.\d+)?/g) ?? []).length === 1 ? parseDurationMs(text) : undefined;
  return length !== undefined && ops.some((op) => op.op === 'compile_best_moments' && op.target_ms === length);
}

/** Ops that take a stretch out: its picture and sound go with it, so a flaw of either ("拍糊了", "全是杂音") is why. */
const STRETCH_REMOVALS = new Set<EditOp['op']>(['remove_moment', 'cut_range', 'trim_moment']);

/**
 * "put clip 3 first, the kitchen is what sells the house": a request, then after a comma (with no verb there to split
 * at) an aside about it; read as the request, when what follows the comma is an aside to it.
 */
function requestBeforeAside(clause: string, context: ParseContext): EditOp[] | undefined {
  const comma = clause.lastIndexOf(', ');
  if (comma < 0) return undefined;
  const request = clause.slice(0, comma);
  const ops = parseClause(request, readable(request), context);
  return ops.length > 0 && aside(clause.slice(comma + 2), ops) ? ops : undefined;
}

/** Whether the clause speaks only of parts of the draft the operations change, and of no other moment than theirs. */
function aboutParts(text: string, ops: EditOp[]): boolean {
  const parts = new Set(ops.flatMap((op) => (STRETCH_REMOVALS.has(op.op) ? ['timeline', 'look', 'sound'] as const : [PART_OF[op.op]])));
  const spoken = Object.entries(Words.aside.parts).filter(([, pattern]) => pattern.test(text)).map(([part]) => part);
  // A step back (undo, redo) changes whatever the step changed: a clause beside it may speak of any part ("之前加的那条字幕，撤销吧").
  if (!parts.has('history') && !spoken.every((part) => parts.has(part as keyof typeof Words.aside.parts))) return false;
  const moments = parseOrdinals(text);
  return moments.every((n) => ops.some((op) => 'index' in op && op.index === (n < 0 ? op.index : n)));
}

/** "声音大点，原声调到120%": which way the sound or the speed goes, said beside the figure that sets it. */
function directionOfFigure(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const sound = ops.some((op) => op.op === 'set_source_volume' || (op.op === 'set_music_volume' && op.volume !== undefined));
  return (sound && Words.direction.sound.test(text)) || (ops.some((op) => op.op === 'set_speed') && Words.direction.speed.test(text));
}

/**
 * Whether the clause only says what not to do ("不要黑边", "不剪也不加速", "don't add music", 先别导出): understood, and
 * it changes nothing. A remove verb is no such "no": "删掉那个放大" is a removal not read, never a refusal of a zoom.
 */
function refuses(clause: string, context: ParseContext, ops: EditOp[]): boolean {
  const text = readable(clause);
  if (Words.refusal.test(text) || Words.notYet.test(text)) return true;
  if (!Words.not.test(text)) return false;
  const without = text.replace(EVERY.not, ' ').trim();
  // "改成上下留黑边，画面不要裁": a "no" about the part of the draft the request changes.
  return parseClause(clause, without, context).length > 0 || (!/\d/.test(text) && quoted(clause) === undefined && aboutParts(text, ops));
}

/**
 * Whether a clause the parser left ("不要模糊背景了" beside 用黑边, "no blur" beside black bars) is the "not this" of an
 * operation the message asks for: said without its "no", it sets the same thing to another value.
 */
function contrasts(clause: string, op: EditOp, context: ParseContext): boolean {
  const text = readable(clause);
  if (!Words.negation.test(text)) return false;
  const without = text.replace(EVERY.negation, ' ').trim();
  const said = parseClause(clause, without, context);
  return said.length === 1 && said[0].op === op.op && !isDeepStrictEqual(said[0], op);
}

/** Whether the clause names a frame shape outright ("4:5", 竖屏, "square"), not only by a platform. */
const saysShape = (text: string) => ASPECTS.some((aspect) => new RegExp(String.raw`(?<![\d:.])${aspect}(?![\d:])`).test(text))
  || AspectWords.some(([pattern]) => pattern.test(text));

/** Whether the clause reads as exactly that one operation. */
function parsedOnce(clause: string, text: string, context: ParseContext, op: EditOp): boolean {
  const parsed = parseClause(clause, text, context);
  return parsed.length === 1 && isDeepStrictEqual(parsed[0], op);
}

/** Whether the clause says the state the operation leaves (Words.result), so it asks for nothing more. */
function saysResultOf(text: string, op: EditOp): boolean {
  const lowered = (op.op === 'set_resolution' || op.op === 'export') && (op.resolution === '720p' || op.resolution === '1080p');
  const state = op.op === 'set_zoom' && op.mode === 'off' ? 'zoomOff'
    : lowered ? 'smallerFile'
    : op.op === 'set_source_volume' && op.volume === 0 ? 'muted'
    : op.op === 'set_ducking' && !op.duck ? 'noDuck'
    : ['remove_background', 'set_background', 'undo', 'redo', 'keep_everything', 'start_over', 'use_sources'].includes(op.op) ? op.op as keyof typeof Words.result : undefined;
  return state !== undefined && Words.result[state].test(text.replace(/[.!]+$/, '').replace(Words.wish, ''));
}

/**
 * "开头加个标题：产品演示": the words of a text or card being added, after a colon, as if quoted (not a clock's "0:05",
 * nor "the title: too big", which adds nothing).
 */
function colonQuoted(clause: string): string {
  const said = colonWords(clause);
  if (!said) return clause;
  const [open, close] = said.inner ? ['『', '』'] : ['“', '”'];
  return `${clause.slice(0, said.at)} ${open}${said.words}${close}`;
}

/** Where the words of a text or card given after a colon start, and whether a quote stands inside them. */
function colonWords(clause: string): { at: number; words: string; inner: boolean } | undefined {
  const colon = /(?<!\d)\s*[:：]\s*(.+)$/.exec(clause);
  // "加一行字幕：点击右上角“保存”": words after a colon that only quote a word inside them are all the words.
  const inner = colon !== null && (quotePattern().exec(colon[1])?.index ?? 0) > 0 && !/[『』]/.test(colon[1]);
  // "开场加片头：2026数字化峰会": words may start with a figure; a time or a length alone after the colon is no words.
  if ((quoted(clause) && !inner) || !colon || timingOnly(colon[1])) return undefined;
  const head = readable(clause.slice(0, colon.index));
  const names = Words.text.test(head) || Words.card.test(head) || Words.intro.test(head) || Words.outro.test(head);
  // "加一个标题，写：我们家的新菜谱": after the text named alone, a colon after 写 gives its words.
  // (Read as typed: "please: crossfade" is no 写 whose words follow, though "please" alone reads as nothing.)
  const writes = clause.slice(0, colon.index).toLowerCase().replace(Words.writeWords, '').trim() === '';
  // "title: Welcome to Acme": a text noun alone, with no article, labels the words to add ("the title: too big" adds nothing).
  const label = (/^[a-z-]+( [a-z-]+)?$/.test(head.trim()) && !/^(the|this|that|my|your|our)\b/.test(head.trim())) || /^(标题|字幕|文字|片头|片尾|(人名|姓名|名字)条|(开头|结尾|片头|片尾)?(卡片|字卡)|片头卡|片尾卡)$/.test(head.trim());
  return (names && (Words.textAdd.test(head) || label)) || writes ? { at: colon.index, words: colon[1].trim(), inner } : undefined;
}

/** "0:05", "3秒", "0:02到0:06", "5 seconds", "0:05开始讲解": words after a colon that say when or how long, or open with a clock time. */
const timingOnly = (said: string) => /^\d{1,2}\s*[:：]\s*[0-5]\d/.test(said.trim()) || /^\d/.test(said.trim())
  && normalizeNumbers(said.toLowerCase()).replace(/\d+(?:[.:：]\d+)*|秒钟?|分钟?|毫秒|\b(?:ms|s|secs?|seconds?|mins?|minutes?|to|from|for|until)\b|[到至从起后前开始结束左右以内处时的出现显示消失持续~～\-–—\s,，.。]/g, '') === '';

/** The part of the draft an operation changes that a later clause can go on about without naming it. */
const continuedPart = (op: EditOp | undefined): keyof typeof Words.continued | undefined =>
  op === undefined ? undefined
    : ['add_music', 'set_music_volume', 'set_ducking'].includes(op.op) || (op.op === 'fade' && op.target === 'music') ? 'music'
    : op.op === 'set_zoom' || op.op === 'zoom_at' ? 'zoom'
    : ['trim_moment', 'remove_moment', 'move_moment'].includes(op.op) ? 'moment' : undefined;

/** An ordinal with no noun after it ("delete the third", "the last one"): the moment the clause before named, by number. */
const BARE_ORDINAL = new RegExp(String.raw`\b(${Object.keys(ORDINALS).filter((word) => /^[a-z0-9]+$/.test(word)).join('|')}|last|final)\b(?:\s+one)?(?!\s*(?:\d|${MOMENT_NOUN}|file|upload|video|recording|text|title|caption))`);

/**
 * A clause that goes on about what the clause before it changed, without naming it: "turn it down" or "fade it out"
 * after music, "小声一点" after 配乐太吵了, "多一点" after 放大. Read with that subject put in ("it" stood in for, or
 * the subject said first); taken only when that reading is about the same part (so "add music, then make it
 * vertical" stays a shape), and, for a clause with no "it", only when the clause alone means nothing.
 */
function continued(clause: string, text: string, previous: EditOp | undefined, context: ParseContext): EditOp[] | undefined {
  const part = continuedPart(previous);
  if (!part) return undefined;
  const subject = Words.continued[part][/\p{Script=Han}/u.test(text) ? 'zh' : 'en'];
  const pronoun = Words.pronoun.test(text);
  if (!pronoun && parseClause(clause, text, context).length > 0) return undefined;
  // A moment goes on by number only: "…, and delete the third" is the third clip.
  if (part === 'moment' && !BARE_ORDINAL.test(text)) return undefined;
  const said = part === 'moment' ? text.replace(BARE_ORDINAL, `$1 ${subject}`)
    : pronoun ? text.replace(Words.pronoun, subject) : `${subject}${/^\p{Script=Han}/u.test(text) ? '' : ' '}${text}`;
  const ops = parseClause(clause, said, context);
  // "turn off auto zoom, I want the full screen visible": what the subject alone reads as ("zoom" is auto zoom) says
  // nothing of it, and must not undo the clause before.
  if (isDeepStrictEqual(ops, parseClause(subject, subject, context))) return undefined;
  // "关掉闪避，吉他要一直听得清": the music there is, gone on about, is no music added, unless a bed or a level is named.
  if (ops.some((op) => op.op === 'add_music') && !MusicWords.some(([pattern]) => pattern.test(text)) && parseVolume(text) === undefined) return undefined;
  if (ops.length === 0 || !ops.every((op) => continuedPart(op) === part)) return undefined;
  // "音乐大声点，孩子们喜欢热闹": a mood said with no verb is why, no music to add; after music just added
  // ("加个背景音乐，欢快一点的") it is that music's kind.
  const bed = ops.find((op) => op.op === 'add_music');
  if (bed === undefined) return ops;
  // After music just added only a kind or a file named is about it ("加个音乐，做瑜伽用" names none).
  const named = MusicWords.some(([pattern]) => pattern.test(text)) || /\.(mp3|wav|m4a|aac)\b/.test(text);
  if (previous?.op === 'add_music') return named ? [{ ...previous, track: bed.track }] : undefined;
  return Words.aside.verb.test(text) || Words.moodAsked.test(text) ? ops : undefined;
}

/** A clause as the grammar reads it: lower case, without its quoted words (a title "点击保存" asks for no export). */
const readable = (clause: string) => withoutSourceLength(normalizeNumbers(normalizeWording(withoutQuotes(clause.toLowerCase()))));

/** "turn my 10 minute recording into a 2 min demo": the recording's length is no slot, its noun stays. */
const withoutSourceLength = (text: string) => text.replace(Words.sourceLength, (said) =>
  said.replace(/\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|分钟|分|秒|个?小时)(?:\s*long|长)?/, ' '));

/** Ops that mean the same said twice ("改成竖屏，发抖音" after 竖屏): a repeat is dropped, unlike a second undo. */
const SETTINGS = new Set<EditOp['op']>([
  'set_aspect', 'set_fill', 'set_zoom', 'set_resolution', 'set_background', 'remove_background', 'remove_card', 'remove_music',
  'set_ducking', 'set_source_volume', 'crossfade', 'keep_everything', 'remove_dead_air', 'speed_up_idle', 'use_sources', 'show_tracks',
  'start_over',
]);

/** Ops that take something away: a remove verb said alone after one says it again. */
const REMOVALS = new Set<EditOp['op']>(['remove_music', 'remove_background', 'remove_card', 'remove_text', 'remove_moment', 'remove_dead_air']);

/** A removal, or a setting that takes something away ("no fades", "no transitions", a mute, zoom off): "remove them" after it says it again. */
const takesAway = (op: EditOp) => REMOVALS.has(op.op) || (op.op === 'fade' && !op.in_ms && !op.out_ms) || (op.op === 'crossfade' && op.ms === 0)
  || (op.op === 'set_source_volume' && op.volume === 0) || (op.op === 'set_zoom' && op.mode === 'off');

/**
 * Folds an op into the one before it when both are one request said in parts; true when it was folded (the caller
 * then drops it).
 */
/** Exports whose file format was said, not taken by default: two such of two formats are two files. */
const FORMAT_SAID = new WeakSet<EditOp>();

function joined(ops: EditOp[], op: EditOp, text: string, unknown: string[], lengthless: Set<EditOp>): boolean {
  const previous = ops[ops.length - 1];
  if (previous && SETTINGS.has(op.op) && isDeepStrictEqual(previous, op)) return true;
  // "Export an MP4 at 1080p, then a GIF at 720p": two files, each of its own format.
  const twoFiles = op.op === 'export' && previous?.op === 'export' && FORMAT_SAID.has(op) && FORMAT_SAID.has(previous) && op.format !== previous.format;
  if (op.op === 'export' && previous?.op === 'export' && !twoFiles) {
    // "渲染并导出1080p": one export, said twice; what each half names is kept.
    previous.format = op.format !== 'mp4' ? op.format : previous.format;
    if (op.resolution) previous.resolution = op.resolution;
    return true;
  }
  // "慢放，0.5倍速": one speed, said twice; the figure said last is the one meant. "第一段慢动作，四分之一速度": a figure
  // said alone after a moment's speed is that moment's, unless it names the whole video.
  if (op.op === 'set_speed' && previous?.op === 'set_speed'
    && (previous.index === op.index || (op.index === undefined && !Words.wholeVideo.test(text)))) {
    previous.factor = op.factor;
    return true;
  }
  // "保留所有内容，空闲的地方快放": speeding idle stretches up keeps every frame already; keeping everything is how, not a step.
  if (op.op === 'speed_up_idle' && previous?.op === 'keep_everything') {
    ops[ops.length - 1] = op;
    return true;
  }
  if (op.op === 'keep_everything' && previous?.op === 'speed_up_idle') return true;
  // "I uploaded acme-bg.png, put the recording on that as a background": the backdrop just named, said again by "that".
  const unnamed = op.op === 'set_background' && op.background === BACKGROUNDS[0] && !BackgroundWords.some(([pattern]) => pattern.test(text));
  if (unnamed && previous?.op === 'set_background' && Words.sameOne.test(text)) return true;
  // "I uploaded brand.jpg, use it as the background": the image the clause before named (and asked nothing of).
  const image = unnamed && Words.sameOne.test(text) && unknown.length > 0 ? IMAGE_FILE.exec(unknown[unknown.length - 1])?.[0] : undefined;
  if (image !== undefined) {
    unknown.pop();
    ops.push({ op: 'set_background', background: image });
    return true;
  }
  // "加个背景音乐，说话时自动压低": music added already ducks under speech; asked again it is the same music, no second step.
  if (op.op === 'set_ducking' && previous?.op === 'add_music') {
    previous.duck = op.duck;
    return true;
  }
  if (op.op === 'set_music_volume' && op.volume !== undefined && previous?.op === 'set_music_volume' && previous.change !== undefined) {
    ops.pop(); // "小声点，百分之二十": the figure says how much quieter; the music just added takes it, else it is the level
    if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
    return true;
  }
  // "配乐调到20%，声音小点": the way it goes, said after the figure, is that figure's ("再小一点" goes further).
  if (op.op === 'set_music_volume' && op.change !== undefined && previous?.op === 'set_music_volume' && previous.volume !== undefined
    && !/再|更|\b(even|still|further)\b/.test(text)) return true;
  if (op.op === 'set_music_volume' && op.volume !== undefined && previous?.op === 'add_music') {
    previous.volume = op.volume; // "加个BGM，音量调到30%": the level of the music just added
    return true;
  }
  if (op.op === 'set_fill' && previous?.op === 'set_aspect' && previous.fill === undefined) {
    previous.fill = op.fill; // "竖屏，背景模糊": the shape and how footage fills it, said in two clauses
    return true;
  }
  if (op.op === 'export' && op.resolution === undefined && previous?.op === 'set_resolution') {
    ops[ops.length - 1] = { ...op, resolution: previous.resolution }; // "the portal takes 720p, export at that": one export
    return true;
  }
  if (op.op === 'set_resolution' && previous?.op === 'export') {
    previous.resolution = op.resolution; // "导出高清的，4K": the export's resolution, said after it
    return true;
  }
  // "fade in at the start and fade out at the end": one fade, both ends. "音乐开头淡入两秒，结尾淡出三秒": the other end,
  // said without naming the picture, is that of the music just faded.
  if (op.op === 'fade' && previous?.op === 'fade' && (previous.target === op.target || (previous.target === 'music' && !Words.picture.test(text)))
    && (previous.in_ms === undefined) !== (op.in_ms === undefined) && (previous.out_ms === undefined) !== (op.out_ms === undefined)) {
    Object.assign(previous, op, { target: previous.target });
    return true;
  }
  // "加音乐，要欢快的", "bgm 整上！！lofi！！": one music, said twice; a bed or a level the later names is the music's.
  if (op.op === 'add_music' && previous?.op === 'add_music') {
    if (MusicWords.some(([pattern]) => pattern.test(text)) || /\.(?:mp3|wav|m4a|aac)\b/.test(text)) previous.track = op.track;
    if (parseVolume(text) !== undefined) previous.volume = op.volume;
    return true;
  }
  // "转场慢一点，1秒的溶解", "加转场，硬切就行": one transition, said twice; the later says how long, unless it names none.
  if (op.op === 'crossfade' && previous?.op === 'crossfade') {
    if (op.ms !== UNSAID.crossfadeMs || parseSeconds(text) !== undefined) previous.ms = op.ms;
    return true;
  }
  if (op.op !== 'compile_best_moments') return false;
  // "the client only sees 20 seconds, make it 20 seconds": one clip, its length said twice.
  if (previous?.op === 'compile_best_moments' && previous.target_ms === op.target_ms) return true;
  // "I only have 30 seconds, cut it down": the length came first.
  const said = parseDurationMs(text) !== undefined;
  const pending = unknown.length > 0 && !said ? slotFragment(readable(unknown[unknown.length - 1]))?.length : undefined;
  if (pending !== undefined) {
    unknown.pop();
    op.target_ms = pending;
    return false;
  }
  if (!said) {
    if (previous?.op === 'compile_best_moments') return true; // "30 seconds, cut it down": one clip, said twice
    lengthless.add(op);
    return false;
  }
  if (previous?.op === 'compile_best_moments' && lengthless.delete(previous)) {
    previous.target_ms = op.target_ms; // "只保留精彩部分，控制在40秒内": one clip, its length said second
    return true;
  }
  return false;
}

/**
 * A clause that only gives a length ("一分钟", "20秒左右", "45 seconds max"), a volume ("音量50%"), or an end of the
 * clip and a length ("前4秒显示", "for the last 3 seconds": no clip length).
 */
function slotFragment(text: string): { length?: number; volume?: number; edge?: { anchor: 'start' | 'end'; duration_ms: number } } | undefined {
  // "…，9:16": a frame shape written like a clock time is no length.
  if ((ASPECTS as readonly string[]).includes(text.trim())) return undefined;
  // "前4秒显示", "for the first 4 seconds": an end of the clip and a length, which is no clip length.
  const edge = parseEdgeSpan(text);
  const said = edge ? text.replace(Words.spanWords, '') : text;
  const rest = said
    .replace(/[?？]+$/, '') // "40秒左右？": a length offered as a question is still the length
    .replace(/\d+(?:\.\d+)?\s*(?:%|percent|％)|(?:volume|音量)\s*(?:to|at|of|=)?|一半|四分之一|\bhalf\b|\b(a )?quarter\b/g, '')
    .replace(/[\d.:\s-]+|seconds?|secs?|minutes?|mins?|(?<![a-z])[ms]\b|分钟|分|秒|半|钟|左右|以内|内|max(imum)?|的$|这样|时长(?:为|是)?|or less|about|around|roughly|long|i only have|for this|\bfor\b|lasting|\b(say|maybe|like)\b|就行|就好|就够了|大约|大概|最多|上下|持续|显示|停留|停|保持|\b(hold|stay)(s|ing)?( it| there| on it)?\b/g, '');
  if (rest.length > 0) return undefined;
  if (edge) return { edge };
  const length = parseDurationMs(text);
  const volume = /%|percent|％|volume|音量/.test(text) ? parseVolume(text) : undefined;
  return length !== undefined || volume !== undefined ? { length, volume } : undefined;
}

const AUTO_ZOOM: EditOp = { op: 'set_zoom', mode: 'auto' };

/**
 * "叠化，1秒", "淡出，2秒": the length of the transition or fade just asked for, said in a clause of its own (a factor said
 * alone is taken in the main loop, FACTOR_ALONE). True when it was taken.
 */
function measured(previous: EditOp | undefined, length: number | undefined): boolean {
  if (length !== undefined && previous?.op === 'crossfade' && previous.ms > 0) previous.ms = length;
  else if (length !== undefined && previous?.op === 'fade' && (previous.in_ms || previous.out_ms)) {
    if (previous.in_ms) previous.in_ms = length;
    if (previous.out_ms) previous.out_ms = length;
  } else return false;
  return true;
}

/** What a zoom or a transition is called when said again with its length (a fade may name another end: 淡入2秒，淡出3秒). */
const NAMED_AGAIN: Partial<Record<EditOp['op'], RegExp>> = { zoom_at: Words.zoom, crossfade: Words.transitionNoun };

/** The length said in a clause that only names the zoom or transition just asked again with it ("放大4秒", "半秒的淡化", "过渡1秒"). */
function lengthNamedAgain(previous: EditOp | undefined, text: string): number | undefined {
  const noun = previous === undefined ? undefined : NAMED_AGAIN[previous.op];
  if (noun === undefined || !noun.test(text)) return undefined;
  return slotFragment(text.replace(new RegExp(noun.source, 'g'), ' ').replace(/的/g, ' '))?.length;
}

/** The words around a point or a stretch of time said alone ("大概在0:15", "从20秒开始", "从第20秒到第24秒"). */
const TIME_WORDS = /大概|大约|差不多|左右|前后|那一刻|那个?时候|那里|那儿|位置|处|的时候|开始|出现|显示|起|从|到|至|在|\b(around|about|roughly|at|from|to|starting|start|on)\b|[\s,.，。~～-]/g;

/** A clause that only says when a text shows: a stretch ("5-9秒", "从第20秒到第24秒") or a start ("从20秒开始"). */
function textTimeFragment(text: string): { start_ms: number; end_ms?: number } | undefined {
  const range = parseRange(text);
  const start = range ? undefined : parseAt(text);
  if (!range && start === undefined) return undefined;
  const rest = text.replace(/\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:秒|s\b|secs?|seconds?)?/g, '').replace(TIME_WORDS, '');
  return rest === '' ? range ?? { start_ms: start! } : undefined;
}

/** A clause that only says a point in time: a clock time ("0:21", "大概在0:15"), or seconds said as a point ("在15秒那里"). */
function pointFragment(text: string): number | undefined {
  const clock = parseClock(text);
  const at = clock?.ms ?? parseAt(text);
  if (at === undefined || parseRange(text)) return undefined;
  const rest = text.replace(/\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:秒|s\b|secs?|seconds?)/g, '').replace(TIME_WORDS, '');
  return rest === '' ? at : undefined;
}

/** A clause that only says where a text sits or how it comes in ("放在底部", "at the top", "滑动进入", "slide it in"). */
function textPlacement(text: string): { position?: (typeof POSITIONS)[number]; motion?: 'slide' } | undefined {
  const position = PositionWords.find(([pattern]) => pattern.test(text));
  const motion = Words.slide.test(text) ? 'slide' as const : undefined;
  if (!position && !motion) return undefined;
  const rest = [position?.[0], Words.slide, Words.placement].reduce((left, pattern) => (pattern ? left.replace(new RegExp(pattern.source, 'g'), ' ') : left), text);
  if (rest.trim().length > 0) return undefined;
  return { ...(position ? { position: position[1] } : {}), ...(motion ? { motion } : {}) };
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

/** Chinese verbs that start a new request after 并, or after a space ("剪成一分钟 导出GIF"). */
const ZH_VERB = String.raw`加|添加|改|去掉|删|导出|把|调`;
const VERB = String.raw`add|make|put|remove|delete|drop|lose|ditch|kill|scrap|toss|axe|nuke|get rid of|fade|mute|unmute|export|render|use|set|change|swap|crossfade|speed|slow|move|trim|cut|shorten|keep|turn|bump|reduce|lower|raise|boost|play|undo|redo|show|zoom|auto[- ]?zoom|slap|stick`;

/** Splits on sentence punctuation (a full stop before a space, a question mark before more words), "then", and "and" before a new verb; quoted text is never split. */
export function splitClauses(message: string): string[] {
  // "最后加个片尾：加油小将们！": the mark closing a line that gives a text's words after a colon is theirs.
  const { masked, unmask } = maskQuotes(message.replace(CLOSED_COLON_WORDS, (said) => colonQuoted(said)));
  // A comma typed half-width between Chinese words ("剪成30秒,改成竖屏") ends a clause as "，" does.
  const separator = new RegExp(String.raw`\s*(?:[;；。！!\n]|[?？](?=\s*\S)|(?<![\d.]|\b(?:e\.g|i\.e|etc|vs|dr|mr|ms)|\b(?:no|nr|num)(?=\.\s*\d))\.\s+|，|(?<=\p{Script=Han}\s*),|,(?=\s*\p{Script=Han})|,\s*(?:and\s+)?(?:then|finally|lastly|afterwards|after that)\s+|\s+(?:and\s+)?then\s+|,?\s+and\s+(?=(?:also\s+)?(?:${VERB})\b|(?:don't|do not|never)\s+(?:${VERB}|touch)\b)|,\s+(?=(?:${VERB})\b)|,\s+(?=(?:i|we)\s)|,?\s+(?:and\s+)?(?:while you(?:'re| are) at it|on top of that|in addition|additionally)\b,?|,\s+(?=(?:can|could|would) (?:you|we)\b)|(?:……|…|\.{3}|,|\s[-–—])\s*(?=${SLIP}\s*(?:[,，!！…]|\.{3}|$|\s+(?:make|change) (?:that|it)\b))|然后|并且|并(?=${ZH_VERB})|接着|顺便|另外|还要|(?:^|\s+|(?<=[:：]))\d{1,2}\s*[.、)）]\s*(?=\p{Script=Han}))\s*`, 'iu');
  // "- undo the last thing\n- then make it 45 seconds": a bullet's mark left alone by a split says nothing.
  const parts = masked.split(SENTENCE_AFTER_NUMBER).flatMap((sentence) => sentence.split(separator)).map((part) => unmask(part).trim()).filter((part) => part.length > 0 && !/^[-*•·–—]+$/.test(part));
  // "when nothing moves, play at 3x", 没操作的时候，加速: a clause saying when or where belongs to the one after it.
  return parts.reduce<string[]>((joinedParts, part, i) => {
    const before = parts[i - 1];
    if (before !== undefined && SUBORDINATE.test(before)) joinedParts[joinedParts.length - 1] = `${before}${/\p{Script=Han}$/u.test(before) ? '，' : ', '}${part}`;
    else joinedParts.push(part);
    return joinedParts;
  }, []);
}

/**
 * "cut everything before 0:05. Second, add a title": a full stop after a number ends a sentence when a capital letter
 * follows (not a decimal, nor a list's "1. " at the start of a line).
 */
const SENTENCE_AFTER_NUMBER = /(?<=[^\n\d]\d+)\.\s+(?=[A-Z])/u;

/** Words after a colon that end a line with "！" or "？": a text's words, when the head names one (colonQuoted). */
const CLOSED_COLON_WORDS = /[^;；。！!？?\n，,]*[:：][^;；。！!？?\n，,]+[！!？?]+(?=\s*(?:\n|$))/g;

/** A clause that only says when or where the next one applies. */
const SUBORDINATE = /^(when|whenever|where|wherever|while)\b(?!.*[?？]$)|(的时候|时候)$/i;

/** The text with each quotation stood in for by a mark, so no split falls inside a title; unmask puts them back. */
function maskQuotes(text: string): { masked: string; unmask: (part: string) => string } {
  const quotes: string[] = [];
  const masked = text.replace(quotePattern(), (q) => {
    quotes.push(q);
    return `\u0000${quotes.length - 1}\u0000`;
  });
  return { masked, unmask: (part) => part.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quotes[Number(i)]) };
}

/** A moment described by what it shows, then named in brackets: "加载那段（第二段）删了" → "第二段删了". */
const DESCRIBED_ZH = /[^\s，,。；;（(]{1,12}?(?:那段|这段|那个片段|这个片段|的片段|的那段)\s*[（(]([^（()）]{1,16})[)）]/gu;

/** The name said in brackets stands for the description before it, when it names a moment (the description may read as another intent: 加载 is idle time). */
const bracketedMoment = (clause: string) => clause.replace(DESCRIBED_ZH, (said, name: string) => (MOMENT_REF.test(readable(name)) ? name : said));

/**
 * "the ring exchange is clip 2, it should come first", "the pose clip is the 2nd one. Make it 8 seconds", "speed the
 * loading clip (clip 3) up": a moment named by what it shows, then by its place; what is asked of "it" next (or of the
 * description) is asked of that moment by its place.
 */
function whichMoment(read: string[], part: string, context: ParseContext): string[] {
  const said = MOMENT_BY_PLACE.exec(part) ?? undefined;
  const parts = said ? [said[1], said[2]] : [part];
  for (const piece of parts) {
    const named = read[read.length - 1];
    const which = named === undefined ? undefined : MOMENT_IS.exec(named.toLowerCase());
    // "clip 1 is too long, trim it by 2 seconds": a clause naming one moment and asking nothing, then "it" asked of.
    const complaint = named !== undefined && !which && MOMENT_REF.test(readable(named)) && placesNamed(readable(named), context).length === 1
      && parseClause(named, readable(named), context).length === 0 && parseClause(piece, readable(piece), context).length === 0;
    const place = which ? parseOrdinals(normalizeNumbers(which[1]).replace(/\bone\b/, 'clip'))[0] : complaint ? placesNamed(readable(named), context)[0] : undefined;
    const asked = place === undefined ? undefined : piece.replace(/\b(?:it|this one|that one)\b/i, `clip ${place < 0 ? Math.max(1, context.moments + 1 + place) : place}`);
    if (asked !== undefined && /^\S+(?: \S+){0,2} (?:it|this one|that one)\b|^it\b/i.test(piece)
      && (which || parseClause(asked, readable(asked), context).length > 0)) {
      read[read.length - 1] = asked;
    } else read.push(piece.replace(MOMENT_ASIDE, '$1'));
  }
  return read;
}

/** "the loading clip (clip 3)": a moment described, then named by its place in brackets: the place is the name. */
const MOMENT_ASIDE = new RegExp(String.raw`\b(?:the|this|that|my|our)\s+(?:[\w'-]+\s+){1,3}?\(((?:${MOMENT_NOUN})\s*#?\s*\d+)\)`, 'gi');
/** A clause saying which moment is which ("the ring exchange is clip 2", "the pose clip is the 2nd one"), then the request. */
const MOMENT_IS = new RegExp(String.raw`^(?:the|this|that|my|our)\s+(?!(?:${MOMENT_NOUN})s?\b)[\w'\s-]{1,40}?\s+is\s+((?:${MOMENT_NOUN})\s*#?\s*\d+|the\s+\S+\s+(?:one|${MOMENT_NOUN}))$`);
const MOMENT_BY_PLACE = new RegExp(String.raw`^(.*?\bis\s+(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|the\s+\S+\s+(?:one|${MOMENT_NOUN})))\s*[,.;:]\s*(.+)$`, 'i');

/** "导出之前先把静音去掉": what is to be done before, said second, is done first. */
function firstThis(part: string): string[] {
  const { masked, unmask } = maskQuotes(part);
  // Without 先, only after a verb that finishes the video ("导出之前把音乐关了"; not "把之前的标题删掉").
  const before = /^(.+?)(?:之前|以前)[，,\s]*先(.+)$/u.exec(masked) ?? /^(.*(?:导出|渲染|出片|发布|上传)[^，,。]{0,6}?)(?:之前|以前)[，,\s]*(.+)$/u.exec(masked);
  return before ? [unmask(before[2]).trim(), unmask(before[1]).trim()] : [part];
}

/** 再 said between two requests ("加标题再导出"): "then"; not "more" (再大一点), "again" (再来一遍), nor 从头再来, nor "later" (等下再导出, 我自己后期再配), nor 再见. */
const THEN_AGAIN = /(?<!从头|回头|待会儿?|晚点|以后|之后|后期|后面|到时候|自己|等下|等一下|等会儿?|一会儿?|稍后|过会儿?|明天|下次)再(?!见|会|(?:推|拉|放|缩)?(?:大|小|快|慢|短|长|多|少|高|低|近|远|响|轻)一?(?:点|些)|(?:来|做)一[遍次]|说|恢复|还原)/u;

/**
 * "加标题“你好”再导出" is two requests, but in "背景再去掉吧", "音乐再大声点", "第三个片段再短4秒" 再 stands between a
 * subject and what is asked of it: parted only when what follows 再 reads as a request alone, or neither half does
 * while the whole does not either.
 */
function thenAgain(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(part);
  const at = THEN_AGAIN.exec(masked);
  // "加字幕：看到黄线再打满": a 再 inside a text's words is theirs.
  if (!at || at.index > (colonWords(masked)?.at ?? Infinity)) return [part];
  const [before, after] = [unmask(masked.slice(0, at.index)).trim(), unmask(masked.slice(at.index + at[0].length)).trim()];
  const rest = thenAgain(after, context);
  if (before === '') return rest;
  const reads = (said: string) => parseClause(said, readable(said), context).length > 0;
  const whole = `${before}${after}`;
  if (reads(after) ? !reads(before) && reads(whole) : reads(whole)) return thenAgain(whole, context);
  return [before, ...rest];
}

/**
 * "剪成一分钟 1:1 导出GIF": a space before a Chinese verb parts two requests, when each side reads as one ("把第三段
 * 删掉" is one request with a space in it).
 */
function spacedRequests(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(part);
  const reads = (pieces: string[]) => pieces.length > 1 && pieces.every((piece) => parseClause(piece, readable(piece), context).length > 0);
  const pieces = masked.split(new RegExp(String.raw`(?<=[\p{Script=Han}\d])\s+(?=${ZH_VERB})`, 'u')).map(unmask);
  if (reads(pieces)) return pieces;
  // "剪成30秒竖屏加音乐", "加字幕「演示」导出gif": with no space either, before a verb that adds or exports (not 加速, 加大).
  const joined = masked.split(/(?<=[\p{Script=Han}\d\u0000])(?=加(?![速快大长强粗载宽])|添加|导出)/u).map(unmask);
  // "在第5秒加字幕…", "0:22加字幕…": a time said first is when, no request of its own.
  const timed = joined.some((piece) => pointFragment(readable(piece)) !== undefined || slotFragment(readable(piece)) !== undefined);
  return reads(joined) && !timed ? joined : [part];
}

/**
 * "30 seconds, 9:16, with lofi music": requests listed with commas and no verb to split on, when each reads as a
 * request of its own kind. A length, level or factor after the first is a detail of the one before it ("trim clip 2,
 * 3 seconds", "fast forward the idle bits, 8x"), and a clip length is trusted only said alone or with a clip word (not
 * "we present in 10 min, …").
 */
function listed(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(part);
  const said = masked.split(/\s*,\s*|\s+\+\s+|(?<=\p{Script=Han})\+|\+(?=\p{Script=Han})/u).map(unmask).filter((piece) => piece.length > 0);
  if (said.length < 2) return [part];
  // "…, 9:16, music": a thing named alone in a list is what the clip comes with ("…, it clashes with our song", a
  // sentence with its own subject, is no thing named).
  const pieces = said.map((piece, i) => (i > 0 && !SUBJECT.test(piece) && parseClause(piece, readable(piece), context).length === 0 ? `with ${piece}` : piece));
  const kinds = new Set<EditOp['op']>();
  let before: EditOp[] = [];
  for (const [i, piece] of pieces.entries()) {
    const text = readable(piece);
    // "vertical, 30 seconds, upbeat music": a shape or a look takes no length, so a length after one is the clip's.
    const alone = slotFragment(text) !== undefined;
    const detail = (alone && !before.every((op) => MEASURELESS.has(op.op))) || /^(?:x\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*[x×倍])$/.test(text);
    const read = parseClause(piece, text, context);
    const guessedLength = read.some((op) => op.op === 'compile_best_moments') && !alone && !Words.compile.test(text);
    // Two of a kind are two only when each has its own words ("title 'A', caption 'B'").
    const again = read.some((op) => kinds.has(op.op)) && quoted(piece) === undefined;
    if ((detail && i > 0) || read.length === 0 || guessedLength || again) return [part];
    read.forEach((op) => kinds.add(op.op));
    before = read;
  }
  return pieces;
}

/** A clause opening with a subject pronoun: a sentence, not a thing named in a list. */
const SUBJECT = /^(it|it's|they|they're|we|we're|i|i'm|he|she)\s/i;

/** Ops a length or a level said after them cannot be a detail of. */
const MEASURELESS = new Set<EditOp['op']>(['set_aspect', 'set_fill', 'set_resolution', 'set_background', 'remove_background', 'keep_everything']);

/**
 * "a 20 second version for TikTok with music", "make a 40s shorts version with the sunset background": the clip being
 * made, and what it comes with, when that reads as a request of another kind (not "vertical with a blurred background",
 * which is the shape's fill, nor "music with a fade in").
 */
function madeWith(clause: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(clause);
  const at = /\s+with\s+/i.exec(masked);
  if (!at) return [clause];
  const made = unmask(masked.slice(0, at.index));
  const added = unmask(masked.slice(at.index + 1));
  const clip = parseClause(made, readable(made), context);
  const extra = parseClause(added, readable(added), context);
  const shapesTheClip = clip.length > 0 && clip.every((op) => op.op === 'compile_best_moments' || op.op === 'set_aspect');
  const another = extra.length > 0 && extra.every((op) => !['set_fill', 'set_aspect', 'fade', 'compile_best_moments'].includes(op.op));
  return shapesTheClip && another ? [made, added] : [clause];
}

const LEADING_VERB = new RegExp(String.raw`^(?:(?:please\s+)?(?:${VERB})\b|加上?|添加|增加|去掉|删掉|删除|改成|换成|用)`, 'i');
const TRAILING_VERB = /(?:删掉|去掉|删除|删了|拿掉|不要了?|不用了?|(?:调到|调成|设为|设成|改成|改为)\s*(?:百分之)?[\d.]+\s*[%％]?)$/;

/**
 * Two things under one verb ("加淡入淡出和轻音乐", "add a title 'Launch' and some music", "把音乐和标题删掉"), or under
 * none ("title 'Launch' 0-3s and a fade in"): each half read with the verb, when both halves read as different
 * intents; otherwise the clause as said.
 */
/** The stretch of time a clause says, its moments' numbers left out ("clip 1 to 0:03" names clip 1, no second 1). */
const timeSpan = (clause: string) => parseRange(readable(clause).replace(MOMENT_NAMES, ' '));

function sharedVerb(clause: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(clause);
  const conjunction = /\s+and\s+|\s*&\s*|和|以及|跟(?!随)|与/.exec(masked);
  // "between 0:40 and 0:44", 第一段和第三段之间: the "and" of a range or of what is between joins two places, not two requests.
  // "a minute and a half": the "and" of a length, not of two requests.
  // "its in point to 0:12 and its out point to 0:20": the "and" of a range's two ends.
  if (!conjunction || /^(a )?half\b/i.test(masked.slice(conjunction.index + conjunction[0].length))
    || /\bbetween\s+[\d:.]+\s*(?:s|secs?|seconds?)?$/i.test(masked.slice(0, conjunction.index))
    || (timeSpan(clause) !== undefined && [masked.slice(0, conjunction.index), masked.slice(conjunction.index)].every((half) => timeSpan(half) === undefined))
    || /^[^，,。]{0,10}(之间|中间)/.test(masked.slice(conjunction.index + conjunction[0].length))) return [clause];
  let first = masked.slice(0, conjunction.index).trim();
  let second = masked.slice(conjunction.index + conjunction[0].length).trim();
  const lead = LEADING_VERB.exec(first)?.[0];
  const trail = TRAILING_VERB.exec(second)?.[0];
  if (lead && !LEADING_VERB.test(second)) second = `${lead} ${second}`;
  else if (trail && !TRAILING_VERB.test(first)) first = `${first}${trail}`;
  else if (lead || trail) return [clause];
  // Else two things named without a verb ("title 'Launch' 0-3s and a fade in"): each half as it is.
  const halves = [unmask(first), unmask(second)];
  // A shape and its fill are one intent ("make it vertical and crop to fill"); two of a kind, each named with its own
  // words, are two ("加片头“Acme”和片尾“acme.dev”"; not "add captions 'Hi' and 'Bye'", whose second has no name).
  const kind = (op: EditOp) => (op.op === 'set_fill' ? 'set_aspect' : op.op === 'zoom_at' ? 'set_zoom' : op.op);
  const [a, b] = halves.map((half) => parseClause(half, readable(half), context).map(kind));
  const ownWords = halves.every((half) => quoted(half) !== undefined
    && [Words.text, Words.card, Words.intro, Words.outro].some((noun) => noun.test(readable(half))))
    // "export an mp4 and a gif": two files, each of its own format.
    || new Set(halves.map((half) => FormatWords.find(([pattern]) => pattern.test(readable(half)))?.[1] ?? 'unsaid')).size === 2
      && halves.every((half) => FormatWords.some(([pattern]) => pattern.test(readable(half))));
  // "cut 1:00 to 1:10 and 2:00 to 2:05": two stretches, the later cut first so the earlier keeps its times.
  const ranges = halves.map((half) => parseRange(readable(half)));
  if (a.length === 1 && b.length === 1 && a[0] === 'cut_range' && b[0] === 'cut_range' && ranges[0] && ranges[1]) {
    return ranges[0].start_ms > ranges[1].start_ms ? halves : [halves[1], halves[0]];
  }
  return a.length > 0 && b.length > 0 && (ownWords || !a.some((kind) => b.includes(kind))) ? halves : [clause];
}

function parseClause(original: string, text: string, context: ParseContext): EditOp[] {
  const has = (pattern: RegExp) => pattern.test(text);
  // A question is answered by the reply, a refusal changes nothing: neither may edit ("what is a crossfade?").
  if (has(Words.refusal) || has(Words.notYet) || has(Words.unmadeEdit)) return [];
  if (has(Words.question) && (!has(Words.request) || has(Words.asks))) return has(Words.showTracks) ? [{ op: 'show_tracks' }] : [];

  // "undo twice", 撤销两次: the step as many times as said.
  const times = has(Words.thrice) ? 3 : has(Words.twice) ? 2 : 1;
  if (has(Words.redo)) return Array.from({ length: times }, (): EditOp => ({ op: 'redo' }));
  if (has(Words.undo)) return Array.from({ length: times }, (): EditOp => ({ op: 'undo' }));
  if (has(Words.startOver)) return [{ op: 'start_over' }];
  // "a 15s version for stories and a 60s one for youtube": two clips of two lengths, which one draft is not (not guessed
  // at, nor the shape of either).
  if (new Set([...text.matchAll(VERSION_LENGTH)].map((said) => parseDurationMs(said[1]))).size > 1) return [];
  if (!has(/\bonly\b|只/)) {
    const shape = shapeOps(original, text, context);
    if (shape) return shape;
  }
  const op = intentOp(original, text, context);
  const ops = op === undefined ? [] : [op].flat();
  // "the export failed", "the background is distracting", "the zoom makes me dizzy": a statement about a part names
  // it, and the part alone reads as adding it; no change is asked for (one it states, "the music is too loud", is).
  if (Words.statement.test(text) && !/\d/.test(text) && ops.length > 0 && ops.every(namedOnly)) return [];
  return ops;
}

/** Ops a part's noun alone reads as (export, a backdrop, auto zoom, transitions, fades, music): a statement about it asks none. */
const namedOnly = (op: EditOp) => ['export', 'set_background', 'crossfade', 'fade', 'add_music'].includes(op.op) || (op.op === 'set_zoom' && op.mode === 'auto');

/**
 * A frame shape named in the clause. Said outright ("vertical", 横屏, "9:16") it rides along with whatever else the
 * clause asks ("横屏1080p导出", "a 30 second vertical clip"); said by a platform ("for TikTok", 发B站) it is a
 * purpose: the shape asked for when the clause asks for nothing else or for the clip made for it ("剪一分钟发B站"),
 * and never where the user asks to post it.
 * Undefined when no shape is named.
 */
function shapeOps(original: string, text: string, context: ParseContext): EditOp[] | undefined {
  const words = text.replace(/[\w.-]+\.[a-z0-9]{2,4}\b/g, ' '); // a file name ("landscape.png") names no shape
  // A ratio said in numbers wins over the words around it ("portrait 4:5 for the feed").
  const ratio = ASPECTS.find((aspect) => new RegExp(String.raw`(?<![\d:.])${aspect}(?![\d:])`).test(words));
  const named = AspectWords.find(([pattern]) => pattern.test(words));
  // Two shapes: the one it goes to ("from landscape to portrait", 横屏改成竖屏), else a choice not made ("portrait or landscape").
  const shapes = AspectWords.filter(([pattern]) => pattern.test(words));
  if (shapes.length > 1 && !ratio) {
    const [from, to] = shapes.map(([pattern]) => pattern.exec(words)!).sort((a, b) => a.index - b.index);
    const into = words.slice(from.index + from[0].length, to.index);
    if (!/\b(to|into)\b|成|为/.test(into)) return [];
    return shapeOps(original, `${words.slice(0, from.index)}${words.slice(from.index + from[0].length)}`, context);
  }
  const platform = PlatformWords.find(([pattern]) => pattern.test(words));
  // "Reels format", "a 20 second tiktok", 抖音视频: the platform names the shape itself.
  const where = platform?.[0].exec(words);
  const platformShape = platform && (Words.shapeNoun.test(words) || (where && (Words.platformKind.after.test(words.slice(where.index + where[0].length))
    || Words.platformKind.before.test(words.slice(0, where.index))))) ? platform : undefined;
  const aspect = ratio ?? named?.[1] ?? (Words.publish.test(text) ? undefined : platform?.[1]);
  if (!aspect) return undefined;
  if (negated(words, ratio ? new RegExp(ratio) : (named ?? platform)![0])) return [];
  // A fill said with it is the shape's ("vertical with a blurred background"), a fill said with a "no" is none.
  const fillSaid = FillWords.find(([pattern]) => pattern.test(text));
  const fill = wantedFill(text);
  const said: RegExp[] = [...[...AspectWords, ...PlatformWords].map(([pattern]) => pattern), ...(platformShape ? [Words.shapeNoun] : []),
    ...(fillSaid ? [Words.fill, fillSaid[0], FILL_NOUNS] : [])];
  const rest = said.reduce((left, pattern) => left.replace(new RegExp(pattern.source, 'g'), ' '), text);
  // "剪成竖屏": the verb of making a clip says no clip of the best moments when only the shape follows it.
  const others = /^[\s的吧个一]*(?:剪成|剪辑成|做成|弄成|剪)[\s的吧个一]*$/.test(rest) ? [] : parseClause(original, rest, context);
  const shape: EditOp = fill ? { op: 'set_aspect', aspect, fill: fill[1] } : { op: 'set_aspect', aspect };
  // "a 30 second clip for TikTok", 剪一分钟发B站: the clip being made is for that platform, so it takes its shape too.
  const madeFor = others.length > 0 && others.every((op) => op.op === 'compile_best_moments');
  if (ratio || named || platformShape || madeFor) return [shape, ...others];
  return others.length > 0 ? others : OTHER_SUBJECTS.test(text) ? [] : [shape];
}

/** Whether what the pattern finds has a "no" shortly before it in the same phrase ("not vertical", 不要竖屏), or a 不要 right after (竖屏不要). */
function negated(text: string, pattern: RegExp): boolean {
  const found = pattern.exec(text);
  if (found === null) return false;
  // Read with the first letter of what it finds, so a bare 不 sees the verb it stands before (不加速).
  return new RegExp(String.raw`(?:${Words.negation.source})[^,，。;]{0,16}$`).test(text.slice(0, found.index + 1))
    || /^(?:(?!但|可是|不过)[^,，。;]){0,3}(不要|不用|算了)/.test(text.slice(found.index + found[0].length)); // not "竖屏但是不要裁"
}

/** The fill the clause asks for: the first one said without a "no" ("letterbox the video, no blur"). */
const wantedFill = (text: string) => FillWords.find(([pattern]) => pattern.test(text) && !negated(text, pattern));

/** With a fill said, "background" is the fill's ("vertical with a blurred background"), not a backdrop to add. */
const FILL_NOUNS = /\b(background|fill)\b|背景|填充/;

/** A length said as what the exported clip is ("a 20 second gif"), not when ("in 30 seconds") nor of what ("30 seconds of it"). */
const EXPORT_LENGTH = /(?<!\b(?:in|after|within|at|every|by|under|over|than|from|to|until|till)\s+)(?<![\d:.])\b(\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?))(?![\w:])(?!\s*(?:ago|later|from now|of|long|in|into|to|is|was|are|too)\b)/;

function intentOp(original: string, text: string, context: ParseContext): EditOp | EditOp[] | undefined {
  const has = (pattern: RegExp) => pattern.test(text);
  const resolve = (n: number, count: number) => (n < 0 ? Math.max(1, count + 1 + n) : n);
  // "a gif of the first 5 seconds": a part of the timeline is not something an export makes.
  if (has(Words.export) && !has(Words.compile) && !parseEdgeSpan(text) && !parseRange(text)) {
    // "export as mp3", "export the audio only", "export at 30 fps": a file or a setting no export here makes (not an mp4 instead).
    if (has(Words.unmadeOutput)) return [];
    const resolution = resolutionFromText(text);
    const format = outputFromText(text).format;
    const exported: EditOp = resolution ? { op: 'export', format, resolution } : { op: 'export', format };
    if (FormatWords.some(([pattern]) => pattern.test(text))) FORMAT_SAID.add(exported);
    // "30s vertical export now", "export a 20 second gif": the length of the clip the file is made of.
    const length = EXPORT_LENGTH.exec(text)?.[1];
    if (length !== undefined) return [{ op: 'compile_best_moments', target_ms: parseDurationMs(length)! }, exported];
    // "export without music": the file made has none, so the removal comes first; what else it says is not guessed at.
    const without = /\b(without|minus)\b(.+)$/.exec(text);
    if (!without) return exported;
    const removed = parseClause(original, `remove${without[2]}`, context);
    return removed.length > 0 && removed.every((op) => REMOVALS.has(op.op)) ? [...removed, exported] : [];
  }
  if (has(Words.showTracks)) return { op: 'show_tracks' };

  // "cut the loading screen, 0:30-0:41": the stretch said by its times is the one cut, what it shows only names it.
  // "remove the fan noise", "get rid of the hum in my voice track": cleaning a sound is nothing the editor does (no mute,
  // no music removal).
  if (has(Words.noiseRemoval)) return [];
  if (has(Words.deadAir) && !(has(Words.cutRange) && parseRange(text.replace(MOMENT_NAMES, ' ')))) return { op: 'remove_dead_air' };
  const music = musicOp(text, original);
  if (music) return music;
  // "turn my mic audio down to 60%", 视频原声调到50%: the recording's own sound at a level.
  // "bring the recorded sound back to normal": its level as recorded.
  const sourceLevel = has(Words.sourceAudio) ? parseVolume(text) ?? (has(/\bback to (normal|full)\b|\b(normal|original) (volume|level)\b/) ? 1 : undefined) : undefined;
  // "drop the room sound to 20%", "cut my voice down to a quarter": a removal verb that says a level lowers the sound to
  // it, it does not silence it.
  if (sourceLevel !== undefined && sourceLevel > 0 && !has(/\bmute\b/)) return { op: 'set_source_volume', volume: sourceLevel };
  // "mute clip 2": the recording's sound is the whole clip's, never one moment's (not guessed at).
  if ((has(Words.mute) || has(Words.sourceAudio) && has(Words.silence)) && MOMENT_REF.test(text)) return [];
  // "silence the screen recording audio", 把原声关了: the recording's own sound, switched off.
  if (has(Words.mute) || (has(Words.sourceAudio) && has(Words.silence) && !negated(text, Words.silence))) return { op: 'set_source_volume', volume: 0 };
  if (sourceLevel !== undefined) return { op: 'set_source_volume', volume: sourceLevel };
  if (has(Words.keepAudio)) return { op: 'set_source_volume', volume: 1 };

  const look = cardOp(text, original) ?? backgroundOp(text, original);
  if (look) return look;
  const textOp = textOverlayOp(text, original, context, resolve);
  if (textOp) return textOp;

  const zoom = zoomOp(text);
  if (zoom) return zoom;

  if (has(Words.hardCuts) || (has(Words.crossfade) && has(Words.without))) return { op: 'crossfade', ms: 0 };
  if (has(Words.crossfade)) return { op: 'crossfade', ms: parseSeconds(text) ?? (has(Words.zero) ? 0 : UNSAID.crossfadeMs) };
  if (has(Words.fade)) return fadeOp(text, 'clip');

  // "crop out the taskbar", "crop the logo out": a thing taken out of the picture, which no fill does (not guessed at).
  if (SCENE_BACKGROUND.test(text)) return [];
  if (/\bcrop (?:out (?:the|that|this|my|our) |(?:the|that|this|my|our) [\w'-]+(?: [\w'-]+)? out\b)/.test(text)) return [];
  if (has(Words.fill)) {
    const fill = wantedFill(text);
    if (fill) return { op: 'set_fill', fill: fill[1] };
    if (FillWords.some(([pattern]) => pattern.test(text))) return [];
  }
  if (has(Words.resolution) && !has(Words.compile)) {
    const resolution = resolutionFromText(text);
    // "gif 720p", "a 1080p mp4": a file format named with it is the file to make at that resolution.
    if (resolution && FormatWords.some(([pattern]) => pattern.test(text))) return { op: 'export', format: outputFromText(text).format, resolution };
    if (resolution) return { op: 'set_resolution', resolution };
  }

  // "cut everything before 0:05": the timeline from its start up to that time ("everything after 1:30" ends where the
  // parser does not know: not guessed at).
  const upTo = /\b(?:everything|anything|all|the (?:part|bit|stuff)) (?:before|up to|until|till) (.+)$/.exec(text);
  const upToMs = upTo ? parseClock(upTo[1])?.ms ?? parseSeconds(upTo[1]) : undefined;
  if (upToMs !== undefined && upToMs > 0 && has(Words.cutRange)) return { op: 'cut_range', start_ms: 0, end_ms: upToMs };
  // "cut clip 2 to 4 seconds": the 2 names a moment, it starts no stretch of time.
  const range = parseRange(text.replace(MOMENT_NAMES, ' '));
  // "第二段改用原素材里0:20到0:35": which part of its source a moment plays (a cut verb with it cuts, not guessed otherwise).
  const spanOf = range && has(Words.sourceSpan) && !has(Words.cutRange) && MOMENT_REF.test(text) ? parseOrdinals(text.replace(/在[\d.]+\s*秒/g, ' ')) : [];
  if (range && spanOf.length === 1) return { op: 'set_moment_range', index: resolve(spanOf[0], context.moments), in_ms: range.start_ms, out_ms: range.end_ms };
  // "cut it down to 1-2 minutes": a span said as what the video is cut to is a length, no stretch to cut (not guessed at).
  if (range && has(LENGTH_SPAN)) return undefined;
  if (range && has(Words.cutRange)) return has(Words.notRemoved) ? [] : { op: 'cut_range', ...range };
  const moment = momentOp(text, context, resolve);
  if (moment) return moment;
  // "make every clip 5 seconds": each moment, which no operation here does at once (nor is it a 5 second clip).
  if (has(EACH_MOMENT)) return undefined;
  // "trim 3 seconds off the start": the start of the timeline up to then goes; off the end ends where the parser does not
  // know (not guessed at, nor a clip length). Where the video starts or ends ("begin the video at 0:12") is a point, no cut.
  const offEdge = /(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+off\s+(?:of\s+)?(?:the\s+)?(start|beginning|front|end|ending)\b/.exec(text);
  if (offEdge && parseOrdinals(text).length === 0) return /^end/.test(offEdge[2]) ? [] : { op: 'cut_range', start_ms: 0, end_ms: Number(offEdge[1]) * 1000 };
  // "make it start at 5 seconds": a point, no clip of that length.
  if (/\b(?:start|begin|end|stop)s?\b(?:\s+(?:it|this|the (?:video|clip|whole thing)))?\s+(?:at|from)\s+\d/.test(text) && parseOrdinals(text).length === 0) return [];
  const edge = parseEdgeSpan(text);
  if (edge && (has(Words.cutRange) || has(/\btrim\b/)) && parseOrdinals(text).length === 0) {
    // "cut the first 5 seconds", 把前5秒去掉: the start of the timeline. Where its end is, the parser does not know, so
    // "the last 5 seconds" is not guessed at (nor taken for a 5 second clip).
    return edge.anchor === 'start' ? { op: 'cut_range', start_ms: 0, end_ms: edge.duration_ms } : [];
  }

  if (has(Words.speedUpIdle)) return { op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor };
  // "最精彩的那段放慢", "讲价格的那段删掉": a moment named by what it shows, with no number, is not guessed (nor a clip of the best).
  if (/[^，,。\s](那|这)一?(段|个片段|部分)/.test(text) && !MOMENT_REF.test(text) && middleOf(text, context) === undefined && (has(Words.speed) || has(Words.moveMoment) || has(Words.negation))) return [];
  if ((has(Words.speed) || has(Words.normalSpeed)) && !has(Words.compile)) {
    // "不要原速" is not the speed as recorded, and says no other speed either; "不剪也不加速" asks for no speed.
    if (has(Words.normalSpeed) && negated(text, Words.normalSpeed)) return [];
    if (negated(text, Words.speed)) return [];
    const factor = has(Words.normalSpeed) ? 1 : parseFactor(text) ?? (has(/slow|减速|慢/) ? 0.75 : 1.5);
    const middle = middleOf(text, context);
    // "slow down from 1:00 to 1:10": a stretch of time, which no speed here is set for (not the whole video).
    if (middle === 0 || range) return [];
    // "后面两段加速": each of the two moments at that end.
    const pair = middle === undefined ? twoEnds(text, context) : undefined;
    if (pair) return pair.map((index): EditOp => ({ op: 'set_speed', factor, index }));
    const which = middle ?? parseOrdinals(text)[0];
    // "speed up the typing parts", "speed through the demo": some stretches, not the whole video nor a moment by number (not guessed at).
    if (which === undefined && /\b(parts|bits|sections|stretches|places|spots)\b|\bthrough\b|\b(the|this|that) (?!whole\b|entire\b|video\b|clip\b|recording\b)[\w'-]+ (part|bit|section|stretch|scene|segment)\b|\b(this|that) (part|bit|section|stretch|scene)\b/.test(text) && !/\b(all|whole|entire|every)\b/.test(text)) return [];
    // "2x except clip 1": every moment but some, which no one speed here does (not the one named).
    if (has(Words.except)) return [];
    return which === undefined ? { op: 'set_speed', factor } : { op: 'set_speed', factor, index: resolve(which, context.moments) };
  }
  if (has(Words.useSources)) return { op: 'use_sources', files: sourceRefs(original) };
  // "don't remove anything yet": not now, a wait for the next message, not a choice to keep the whole recording.
  if (has(Words.keepEverything)) return has(/\b(yet|till i say|until i say)\b/) ? [] : { op: 'keep_everything' };
  // "we present in 10 min, need a 45 second cut": the length said of the clip is the one meant.
  // "at 1:15 the screen freezes", "start the video at 0:45": a clock time said as a point is no length.
  const length = parseDurationMs(CLIP_LENGTH.exec(text)?.[1] ?? text.replace(POINT_IN_TIME, ' '));
  // "a gif of the first 5 seconds", "显示5秒": a part of the timeline, or how long something shows, is no clip length.
  if (parseEdgeSpan(text) || parseGone(text) !== undefined || has(/\b(for|lasting)\s+\d|持续|显示|停|\b(hold|stay)(s|ing)?\b/)) return undefined;
  // "trim the start by 3 seconds", "shorten it by 10 seconds": an amount of change to a length it does not know, no clip length.
  if (has(Words.compile) && length !== undefined && has(/\bby\s+(about\s+)?\d/)) return undefined;
  // "trim from 12 to 22 seconds": a stretch trimmed, cut or kept (not guessed at), is no clip as long as its end.
  if (has(Words.compile) && range) return undefined;
  if (has(Words.compile)) return { op: 'compile_best_moments', target_ms: length ?? DEFAULT_CLIP_MS };
  // A length alone ("cut this down to 45 seconds", "压缩到一分钟") asks for the best moments at that length, and so
  // does "it's too long"; a clause that also names something else it could be about, or a stretch of time
  // ("删掉0:20到0:25", a cut it did not read), is not guessed at.
  // "5 seconds shorter", "take 5 seconds off" change a length the parser does not know: not a 5 second clip.
  // "the meeting starts in 5 minutes": a time from now, not a length (unless a length is said of the clip too).
  const fromNow = !CLIP_LENGTH.test(text) && has(/\bin \d+(\.\d+)?\s*(minutes?|hours?|seconds?)\b/);
  // "30 seconds is too short", 30秒不够: the length the user does not want.
  const unwanted = length !== undefined && has(/\btoo (short|long)\b|\bnot (long )?enough\b|太短|太长|不够/);
  // "no longer than 50 seconds", "sixty seconds, no more": a bound is the length asked for, not a change of one.
  const changes = /\b(shorter|longer|by|more|less|extra)\b|\btake\b.*\boff\b|短一点|长一点|短些|长些|(缩短|减少|少|短|剪掉|去掉|删掉|切掉|砍掉)\s*\d/.test(text.replace(Words.lengthLimit, ' '));
  // "shorten the intro card to 1 second": a length said of a card is the card's.
  if (range || fromNow || unwanted || has(OTHER_SUBJECTS) || has(/\b(intro|outro|cards?)\b|片头|片尾|卡片/) || has(Words.editPoint) || changes) return undefined;
  // "第45秒出现“第三步”": words to show, with a time, are no clip of that length.
  if (quoted(original) !== undefined) return undefined;
  // "the second clip is too long", "the intro is too long": a part named too long is no shorter video (nor guessed at).
  if (length === undefined && has(Words.tooLong) && namesPart(text)) return undefined;
  if (length !== undefined || has(Words.tooLong)) return { op: 'compile_best_moments', target_ms: length ?? DEFAULT_CLIP_MS };
  return undefined;
}

/** A clause naming a part of the video, not the whole: a moment by place or by what is in it ("the pricing section"), a card, an end. */
const namesPart = (text: string) => MOMENT_REF.test(text) || parseOrdinals(text).length > 0 || middleOf(text, { moments: 1, texts: 0 }) !== undefined
  || [Words.intro, Words.outro, Words.card].some((pattern) => pattern.test(text))
  || new RegExp(String.raw`\b(?!(?:the|this|that|my|our|your|a|an|whole|entire|final|full|video|demo|short|highlights?)\b)[a-z]+ (?:${MOMENT_NOUN}|bit)s?\b|\b(ending|beginning|opening|end|start)\b`).test(text);

/** A span after "to" or "into" ("down to 1-2 minutes", "into 30 to 45 seconds"): the length asked for, not a stretch of the video. */
const LENGTH_SPAN = /\b(?:down to|into|make (?:it|this|the (?:video|clip)) |(?:be|keep (?:it|this)|get (?:it|this)(?: down)?) (?:to )?)\s*(?:about |around |roughly |like )?\d[\d.:]*\s*(?:s|secs?|seconds?|minutes?|mins?|m)?\s*(?:-|–|to|or)\s*\d/;

/** "every clip", "all the clips": each moment ("all the parts" is the whole video). */
const EACH_MOMENT = new RegExp(String.raw`\b(every|each) (${MOMENT_NOUN})\b|\ball( of)?( the)? (moment|clip|segment|scene|shot)s\b`);

/** A clock time said as a point: "at 1:15", "from 0:45", "around 2:30 I sneeze", 在1:12, 到0:20 said alone (not "keep it at 0:45", 压到0:20, a length). */
const POINT_IN_TIME = /(?:(?<!\b(?:keep|have|get|want|wants|need|needs|cap|hold|set|put|bring)\s+(?:it|this|that|the (?:video|clip|whole thing))\s+)\b(?:at|from|after|before|until|till|since)\s+(?:around |about |roughly )?|^(?:around|about) |(?:(?<!控制|保持|限制|压缩|缩短|剪|定|放|卡)在|于|^到)\s*)\d{1,2}:[0-5]\d(?:\.\d+)?/g;

/** A length said of the clip itself: "a 45 second cut", "a 2-minute version", 30秒的短视频. */
const CLIP_LENGTH = /((?:\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|m|分钟?)\s*(?:and\s+)?)?\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?|秒|分钟))\s*-?\s*(?:long\s+)?(?:cut|clip|version|video|edit|reel|teaser|trailer|summary|recap|overview|demo|highlights?|preview|的(?:视频|版本|短视频|片子|精华|集锦))/;

/** A length said of one version among others: "a 15s version", "a 60 second one". */
const VERSION_LENGTH = /(\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?|m))\s*-?\s*(?:long\s+)?(?:one|version|cut|clip|edit)\b/g;

/** A clip of the best parts named as such: its length is the clip's, whatever moment was named before. */
const HIGHLIGHTS = /\b(highlights?|best (parts|moments|bits)|recap|montage)\b|精彩|集锦|精华|高光/;

/** Words of other intents: with one of them, a length is that intent's (a title's, a fade's), not the clip's. */
const OTHER_SUBJECTS = new RegExp([Words.text, Words.music, Words.fade, Words.crossfade, Words.speed, /\b(moment|segment|scene|shot)s?\b|第|(那|这)一?(段|部分|块|个片段)/]
  .map((pattern) => pattern.source).join('|'));

/** "auto zoom", "zoom in on the form at 0:12 for 3 seconds", "less zoom", "no zoom", "自动缩放", "不要缩放". */
function zoomOp(text: string): EditOp | EditOp[] | undefined {
  // "缩小一点" is a zoom out only when nothing else is there to shrink: "把字幕缩小一点" is about the title.
  const shrink = Words.zoomShrink.test(text) && !OTHER_SUBJECTS.test(text) && !Words.background.test(text) && !Words.shrinkable.test(text);
  if ((!Words.zoom.test(text) && !shrink) || /zoom to fill/.test(text)) return undefined;
  // "字幕放大一点", "放大标题": the size of a text, which no operation here sets (no zoom of the picture).
  if (Words.textEnlarged.test(text)) return [];
  // "remove the zoom at 0:30", "no zoom on clip 2", "the zoom at 0:12 is too long", "make the zoom shorter": one zoom, or its
  // length, which no operation here changes (not every zoom, nor a new one).
  const oneZoom = parseClock(text) !== undefined || parseAt(text) !== undefined || MOMENT_REF.test(text);
  if (((Words.zoomOff.test(text) || Words.cutRange.test(text)) && oneZoom) || /\btoo (long|short)\b|\b(shorter|longer)\b/.test(text)) return [];
  if (Words.zoomOff.test(text)) return { op: 'set_zoom', mode: 'off' };
  if (Words.zoomLess.test(text)) return { op: 'set_zoom', mode: 'less' };
  if (Words.zoomMore.test(text)) return { op: 'set_zoom', mode: 'more' };
  // A zoom has no clip length: a clock time in its clause is where it starts ("0:08放大特写2秒", "zoom on 1:05"), and a
  // length said beside it how long it holds.
  const clock = parseClock(text);
  const at = parseAt(text) ?? parseRange(text)?.start_ms ?? clock?.ms;
  if (at === undefined) return { op: 'set_zoom', mode: 'auto' };
  const range = parseRange(text);
  // "第30秒放大5秒", "at 12s zoom 4 seconds": with the point said in seconds, a second length is how long it holds.
  const lengths = parseLengths(text);
  const held = range ? undefined : clock ? parseSeconds(text.replace(clock.said, ' ')) : lengths.length === 2 && lengths[0] === at ? lengths[1] : undefined;
  const duration = parseFor(text) ?? (range ? range.end_ms - range.start_ms : held);
  return { op: 'zoom_at', start_ms: at, duration_ms: Math.max(1000, duration ?? UNSAID.zoomMs) };
}

function musicOp(text: string, original: string): EditOp | EditOp[] | undefined {
  // "re-enable the ducking": ducking is the music's, named or not.
  if (!Words.music.test(text) && !Words.noDuck.test(text) && !/\bducking\b/.test(text)) return undefined;
  // "drop the music volume to 20%" is a level, not a removal.
  // "stop lowering the music when I speak": the ducking switched off, not the music.
  if (Words.noDuck.test(text)) return { op: 'set_ducking', duck: false };
  // "remove clip 2 but keep the music": the music is what stays, not what goes.
  if (Words.musicRemove.test(text) && /\b(keep|leave)\s+(the\s+|my\s+)?(music|bgm|song|soundtrack)\b/.test(text)) return undefined;
  // "stop the music at 1:00": from a time on is no removal of all of it (and no setting of its own).
  if (Words.musicRemove.test(text) && /\b(at|from|after|before|until|till)\s+\d/.test(text)) return [];
  // "drop the music a bit": a degree makes the verb a level's, not a removal's.
  const degree = /\b(a (bit|little|touch|notch|tad)|slightly|somewhat)\b/.test(text);
  if (Words.musicRemove.test(text) && !degree && !/\bvolume\b|音量|\b(down|up)\b|\d\s*(%|percent)/.test(text) && parseVolume(text) === undefined) return { op: 'remove_music' };
  if (Words.musicRemove.test(text) && degree && /\b(drop|cut|lower|reduce)\b/.test(text)) return { op: 'set_music_volume', change: 'quieter' };
  if (Words.fade.test(text)) return fadeOp(text, 'music');
  if (Words.duck.test(text) && !/\b(add|play|put)\b|加|添加/.test(text)) return { op: 'set_ducking', duck: true };
  const volume = parseVolume(text);
  const bed = MusicWords.find(([pattern]) => pattern.test(text))?.[1];
  // "用我的 燃.mp3": a name in Chinese stands after a space (in "用song.mp3" the 用 is no part of it).
  const file = /(?:(?<=^|\s)\p{Script=Han}[\p{Script=Han}\p{N}_-]*|[\w.-]+)\.(?:mp3|wav|m4a|aac)\b/iu.exec(original)?.[0];
  // "we don't use music on this show", "I never want music": a "no" before the verb that adds it refuses music.
  // ("音乐别要那么大声" asks it quieter.)
  if (Words.musicAdd.test(text) && negated(text, Words.musicAdd) && !Words.quieter.test(text)) return [];
  const adds = Words.musicAdd.test(text);
  // A level said ("quieter", "set the music to 30%") changes the music there is; "change the music to upbeat" replaces it.
  // "add the lo-fi music, not too loud, 20 percent": a bed added outright comes in at the level said with it.
  const addsBed = (bed !== undefined || file !== undefined) && /\badd\b|添加|加(点|个|一?段|一?首|上)/.test(text);
  // "加背景音乐 别太大声 百分之二十五": music added with a cap on how loud says the new music's level, no change of one there is.
  const capped = adds && /(别|不要|不用|莫)(整|弄|搞)?(太|那么|这么)?(大声|响|吵)|\bnot too loud\b/.test(text);
  const level = !addsBed && !capped && (Words.quieter.test(text) || Words.louder.test(text) || (volume !== undefined && /\b(set|change|turn)\b|调|设/.test(text)));
  // "I want the music the same as the intro": a track named by another, which the product cannot find (no bed in its place).
  if (!level && adds && bed === undefined && file === undefined && Words.musicLikeOther.test(text)) return [];
  if (!level && (adds || bed || file)) {
    return { op: 'add_music', track: file ?? bed ?? 'lofi', volume: volume ?? 0.35, duck: true };
  }
  if (volume !== undefined) return { op: 'set_music_volume', volume };
  // "bring the music down to like 15": a bare figure a level is turned to is out of a hundred.
  const turnedTo = /\b(?:down|up) to (?:like |about |around |maybe |roughly )?(\d{1,3})\b(?!\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|x\b|[:.]\d))/.exec(text);
  if (turnedTo && Number(turnedTo[1]) <= 100 && (Words.quieter.test(text) || Words.louder.test(text))) return { op: 'set_music_volume', volume: Number(turnedTo[1]) / 100 };
  if (Words.quieter.test(text)) return { op: 'set_music_volume', change: 'quieter' };
  if (Words.louder.test(text)) return { op: 'set_music_volume', change: 'louder' };
  return undefined;
}

function textOverlayOp(
  text: string, original: string, context: ParseContext, resolve: (n: number, count: number) => number,
): EditOp | undefined {
  // "把“欢迎”改成“你好”", "标题“A”换成“B”": a text's words, then the words it takes.
  const renamed = renamedWords(original);
  if (renamed !== undefined && context.texts > 0 && !Words.card.test(text) && !Words.intro.test(text) && !Words.outro.test(text)) return { op: 'edit_text', text: renamed };
  // "a caption at the bottom that says click next": the words, unquoted, after "says".
  const words = quoted(original) ?? ((Words.text.test(text) || /写上|写着/.test(text)) && Words.textAdd.test(text) ? saysWords(original) : undefined);
  const mentionsText = Words.text.test(text);
  if (!mentionsText && !(words && Words.textAdd.test(text))) return undefined;
  // "第三段开头加字幕…": an edge of one moment, whose time on the clip is not known here (not the clip's start; not guessed).
  if (/(段|片段|\b(?:clip|moment|segment|part|scene|shot)s?\s*#?\s*\d+)\s*的?\s*(开头|开始|结尾|末尾|最后)/.test(text)) return undefined;
  const which = parseOrdinals(text).find((n) => n !== undefined);
  const index = which === undefined ? undefined : resolve(which, context.texts);
  const position = PositionWords.find(([pattern]) => pattern.test(text))?.[1];
  if (Words.textRemove.test(text) && !words) return index === undefined ? { op: 'remove_text' } : { op: 'remove_text', index };
  // "make the title disappear at 0:08", "make it show up at 0:03": when a text there is goes (the time is its end), or comes.
  const [goesAt, comesAt] = [Words.textGoes, Words.textComes].map((verb) => {
    const said = words ? undefined : verb.exec(text);
    return said ? parseAt(`at ${text.slice(said.index + said[0].length)}`) : undefined;
  });
  // "show the title from 0:03 until 0:09": both ends said are a range, not only when it goes.
  const timing = parseRange(text) === undefined && goesAt !== undefined ? { end_ms: goesAt } : comesAt !== undefined ? { start_ms: comesAt } : textTiming(text);
  // "change the title to …", or a text named with a new place or end and no words ("can the text go at the bottom").
  // Without words, "put the title at the bottom" can only move one.
  // "标题到第8秒就消失": a text named with when it goes, and no words, is the one there.
  const edits = Words.textEdit.test(text) || ((position !== undefined || parseRange(text) !== undefined || parseGone(text) !== undefined || goesAt !== undefined || comesAt !== undefined) && !words);
  const adds = new RegExp(String.raw`\b(add|insert|create${words ? '|put' : ''})\b|^加|加(个|一个|一条|一行|上|入)|添加|增加|插入|打上|打个|标上|标个`).test(text);
  if (edits && !adds && context.texts > 0) {
    const edit: EditOp = { op: 'edit_text' };
    if (index !== undefined) edit.index = index;
    // "replace "Helo" with "Hello"", ""Recieve" should be "Receive"": the old words, then the new ones (""B" not "A"",
    // ""B" instead of "A"" the other way).
    const both = allQuoted(original);
    const newFirst = /\b(instead of|not|rather than)\b\W*$/i.test(original.slice(0, original.lastIndexOf(both[1] ?? '')));
    if (words) edit.text = both.length === 2 ? both[newFirst ? 0 : 1] : words;
    if (position) edit.position = position;
    if ('start_ms' in timing && timing.start_ms !== undefined) edit.start_ms = timing.start_ms;
    if ('end_ms' in timing && timing.end_ms !== undefined) edit.end_ms = timing.end_ms;
    // "move the text up": a change it could not read is not made as an edit that changes nothing.
    return Object.keys(edit).some((key) => key !== 'op' && key !== 'index') ? edit : undefined;
  }
  if (!words) return undefined;
  const style = /caption|subtitle|字幕/.test(text) ? 'caption' : /lower[- ]third|name (tag|plate)|名牌|(人名|姓名|名字)条/.test(text) ? 'lower-third' : 'title';
  // A lower third said as two quotes is its two lines: "add a lower third 'Jane Doe' 'CEO, Acme'".
  const lines = style === 'lower-third' ? allQuoted(original).slice(0, 2) : [];
  const motion = Words.slide.test(text) ? 'slide' as const : undefined;
  return {
    op: 'add_text', text: lines.length === 2 ? lines.join('\n') : words, style, ...timing,
    ...(position ? { position } : {}), ...(motion ? { motion } : {}),
  };
}

const SAYS = /\b(?:that|which) (?:says|reads)\s+(.+)$|\bsaying\s+(.+)$/i;
/**
 * "加个标题写季度复盘", "加个标题叫年度总结", "顶部写上 上线啦", "加标题 新品上线", "片头卡写 Sidekick 1.0": the words, unquoted,
 * after 写/叫 or after the text's noun and a space; with 写 alone, only set apart by a space ("标题写错了" adds nothing).
 */
const SAYS_ZH = /(?:写(?:上|着)|叫做?|(?:内容|文字)(?:是|为))\s*[:：]?\s*(\S.*)$|写\s+(\S.*)$|(?<=加[^，,。\s]{0,3}写)(?![错得的好完])(\S.*)$|(?:标题|字幕|文字)\s+(\S.*)$/u;
/** "… saying click here from 0:10 to 0:14": when or where it shows, said after the words, is no part of them. */
const SAID_AFTER = /\s+(?:(?:from|at|between|for|until|till|starting)\s+\d[\d:.]*\b.*|(?:at|on|in) the (?:start|end|beginning|top|bottom|middle|center)\b.*)$/i;
/**
 * "put the title Spring Sale at the top", "add a caption hello world on the bottom": the words, unquoted, right after the
 * text's noun, when where it goes closes them (so "put the title back at the top" is no words).
 */
const NOUN_THEN_WORDS = /^(?:please\s+)?(?:put|add|place|stick)\s+(?:the|a)\s+(?:title|caption|heading)\s+(?!(?:at|on|in|to|from|for|of|up|down|over|back|here|there|text|card|is|was|says|saying|that|which|higher|lower|again|instead|slightly|a bit|a little|more|further|just|right|all|way|also|too|i|we|you|they|it|one)\b)(\S.*?)(?=\s+(?:at|on|in) the (?:top|bottom|middle|center)\b)/i;
const saysWords = (original: string) => {
  const said = SAYS.exec(original) ?? NOUN_THEN_WORDS.exec(original) ?? (/\p{Script=Han}/u.test(original) ? SAYS_ZH.exec(original.trim()) : null);
  return said ? said.slice(1).find((group) => group !== undefined)?.replace(SAID_AFTER, '').trim() : undefined;
};

/** The second of two quotes with a change between them ("“欢迎”改成“你好”", "'Hi' to 'Hello'"): the words a text takes. */
function renamedWords(original: string): string | undefined {
  const [first, second, ...more] = [...original.matchAll(quotePattern())];
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const between = original.slice(first.index + first[0].length, second.index);
  const words = second.slice(1).find((group) => group !== undefined)?.trim();
  return words && /^\s*(改成|换成|改为|替换成|替换为|变成|改|换|to|into|->|→|=>)\s*$/i.test(between) ? words : undefined;
}

function allQuoted(original: string): string[] {
  return [...original.matchAll(quotePattern())].map((match) => match.slice(1).find((group) => group !== undefined)?.trim() ?? '').filter(Boolean);
}

/** "add an intro card 'Acme' for 2 seconds", "end with 'Try it at acme.io'", 加片头“产品演示”2秒, "remove the outro". */
function cardOp(text: string, original: string): EditOp | undefined {
  // A card said with where it goes: "a card at the end saying …", 结尾加一张卡片.
  const anchor = Words.card.test(text) ? parseAnchor(text) : undefined;
  const [intro, outro] = [Words.intro.test(text) || anchor === 'start', Words.outro.test(text) || anchor === 'end'];
  // "remove both cards", 卡片都删掉: with neither named, every card.
  if (!intro && !outro) return Words.card.test(text) && Words.without.test(text) && !quoted(original) ? { op: 'remove_card' } : undefined;
  const card = intro && outro ? undefined : intro ? 'intro' as const : 'outro' as const;
  // "an outro that says Thanks for watching": the words, unquoted, after "says".
  const words = quoted(original) ?? (Words.without.test(text) ? undefined : saysWords(original));
  if (Words.without.test(text) && !words) return card ? { op: 'remove_card', card } : { op: 'remove_card' };
  // A card stands before or after the footage: words "for the last 4 seconds" of it are a text over it.
  if (!words || !card || /\b(first|last|final) \d|(前|最后)\s*\d/.test(text)) return undefined;
  const length = parseFor(text) ?? parseSeconds(text);
  return { op: 'add_card', card, text: words, duration_ms: Math.min(10_000, Math.max(500, length ?? UNSAID.cardMs)) };
}

/**
 * "remove the man from the background of the shot", "a fan in the background", "the background behind me", "blur the
 * background of my room": a place in the filmed picture, no backdrop nor fill.
 */
const SCENE_BACKGROUND = /\b(in|from|out of) the background\b|\bbackground (behind|around) (me|us|him|her|them)\b|\bbackground (from|of|in) (my|the|our) (webcam|camera|cam|room|office|shot|footage|face ?cam|kitchen|house|home|studio)\b/;

/** An uploaded picture named by its file. */
const IMAGE_FILE = /[\w.-]+\.(?:png|jpe?g|webp|gif|avif)\b/i;

/** "add a background", "use my image as background", "put it on a sunset gradient", 加背景, "no background". */
function backgroundOp(text: string, original: string): EditOp | undefined {
  // "blurred background" is how footage fills a frame of another shape, and "background music" is music: no backdrop.
  if (!Words.background.test(text) || Words.fill.test(text) || Words.music.test(text) || Words.noise.test(text)) return undefined;
  // "把背景里的人抠掉", "the person in the background": something in the picture, which no operation here takes out.
  if (/背景(里|中|上)(面)?的|\bin the background\b/.test(text)) return undefined;
  if (SCENE_BACKGROUND.test(text)) return undefined;
  // "用回原来的背景": the one there was before, which the draft does not keep (not guessed; an undo may bring it back).
  if (/(原来|之前|以前|刚才|上一个|上次)的?(那个)?背景|\b(previous|old|original|earlier) background\b/.test(text)) return undefined;
  if (Words.without.test(text) || /\b(background|backdrop|wallpaper) off\b/.test(text)) return { op: 'remove_background' };
  // "背景不要这么亮": less of something about it, which has no setting; not a backdrop to put on.
  if (/(不要|别)(这么|那么|太|那样|这样)/.test(text)) return undefined;
  // "能改圆角大小吗", "bigger rounded corners": a measure of the frame's corners or shadow, which has no setting, is not guessed at.
  if (/圆角|rounded corners|(drop )?shadow|阴影/.test(text) && /大小|尺寸|半径|弧度|粗细|\b(radius|size|bigger|smaller|larger|rounder|sharper)\b|更大|更小|大一?点|小一?点/.test(text)) return undefined;
  const file = IMAGE_FILE.exec(original)?.[0];
  if (file) return { op: 'set_background', background: file };
  if (Words.ownImage.test(text)) return { op: 'set_background', background: 'image' };
  const named = BackgroundWords.find(([pattern]) => pattern.test(text))?.[1];
  // "a white background", "plain background", 灰色背景: a kind there is no built-in for is not guessed at.
  const kind = /([a-z]+)\s+(?:background|backdrop|wallpaper)\b|(\p{Script=Han}{1,3}色)的?背景|背景[^，,。]{0,4}?(\p{Script=Han}{1,2}色)/u.exec(text);
  if (!named && kind && !Words.anyBackground.test(kind[1] ?? kind[2] ?? kind[3])) return undefined;
  // "background: the shot from our trip", "set the background to the beach": a picture described, which the product
  // cannot find (no backdrop guessed in its place).
  const said = Words.backgroundSaid.exec(text)?.[1].split(/[^a-z'-]+/).filter((word) => word !== '');
  if (!named && said?.some((word) => !Words.backgroundFiller.test(word))) return undefined;
  return { op: 'set_background', background: named ?? BACKGROUNDS[0] };
}

/** When a text shows (read from the clause without its quotes): a range, a start and a length, an edge, or nothing. */
function textTiming(unquoted: string): Partial<Pick<Extract<EditOp, { op: 'add_text' }>, 'start_ms' | 'end_ms' | 'duration_ms' | 'anchor'>> {
  const range = parseRange(unquoted);
  if (range) return range;
  const edge = parseEdgeSpan(unquoted);
  if (edge) return edge;
  const duration = parseFor(unquoted);
  // "0:22加字幕…": a clause that opens with a clock time says when.
  const clock = parseClock(unquoted);
  const at = parseAt(unquoted) ?? (clock?.index === 0 ? clock.ms : undefined);
  const anchor = parseAnchor(unquoted);
  const gone = parseGone(unquoted);
  return {
    ...(at !== undefined && gone === undefined ? { start_ms: at } : {}),
    ...(gone !== undefined ? { end_ms: gone } : {}),
    ...(duration !== undefined ? { duration_ms: duration } : {}),
    ...(anchor ? { anchor } : {}),
  };
}

function fadeOp(text: string, target: 'clip' | 'music'): EditOp {
  const length = Words.without.test(text) || /\bstop\b/.test(text) ? 0 : parseSeconds(text) ?? UNSAID.fadeMs;
  // Which end: said ("fade in", "fade to black"), or where ("a fade at the start"); neither, or both: both ends.
  const anchor = parseAnchor(text);
  const fadeIn = Words.fadeIn.test(text) || (anchor === 'start' && !/\b(and )?(the )?end\b|结尾/.test(text));
  const fadeOut = Words.fadeOut.test(text) || (anchor === 'end' && !/\b(start|beginning)\b|开头/.test(text));
  const both = fadeIn === fadeOut; // "fade in and out", or just "fade"
  return {
    op: 'fade',
    target,
    ...(fadeIn || both ? { in_ms: length } : {}),
    ...(fadeOut || both ? { out_ms: length } : {}),
  };
}

function momentOp(text: string, context: ParseContext, resolve: (n: number, count: number) => number): EditOp | EditOp[] | undefined {
  // "the first two clips", 前两段: two neighbours named by one end.
  const ends = twoEnds(text, context);
  // "中间那段不要了", "中间那段放到最后": the one in the middle (when there is one), named first; not the one between two named.
  const said = ends ?? parseOrdinals(text);
  const middle = Words.middleMoment.test(text) && !(Words.between.test(text) && said.length >= 2);
  if (middle && context.moments % 2 === 0) return undefined;
  const ordinals = middle ? [(context.moments + 1) / 2, ...said] : said;
  if (ordinals.length === 0) return undefined;
  const pair = (ordinals.length >= 2 ? ordinals : numberPair(text) ?? ordinals).map((n) => resolve(n, context.moments));
  // "第一段和第三段之间那段", "the clip between clips 1 and 3": the one moment between the two named; with none or
  // several between them, which is not guessed at.
  const between = !middle && Words.between.test(text) && pair.length >= 2;
  if (between && Math.abs(pair[0] - pair[1]) !== 2) return [];
  const index = between ? Math.min(pair[0], pair[1]) + 1 : resolve(ordinals[0], context.moments);
  const named = between ? [index] : pair;
  // "cut clip 2 in half": a share of a moment's length it does not know, no removal (not guessed at).
  if (/\b(in half|by half|halve)\b/.test(text)) return [];
  // "segment 2 should play 0:04 to 0:10 of its source recording": where in its source the one moment named runs (no
  // speed, no cut); "move clip 2's in point to 0:06…" moves no moment.
  const span = parseRange(text.replace(MOMENT_NAMES, ' '));
  if (span && named.length === 1 && Words.momentSpan.test(text) && !Words.speed.test(text) && !Words.cutRange.test(text)) {
    return { op: 'set_moment_range', index, in_ms: span.start_ms, out_ms: span.end_ms };
  }
  // "第二个镜头入点设在素材的3秒，出点9秒": each edge by its point.
  const points = parseInOut(text.replace(MOMENT_NAMES, ' '));
  if (points && named.length === 1) return { op: 'set_moment_range', index, ...points };
  // One point of the two ("第二段入点设在3秒"), or an out point before the in: where the moment runs is not guessed at
  // (no trim, no length); a point moved by an amount is a trim ("出点往前收2秒").
  if (Words.editPoint.test(text) && !Words.shorter.test(text)) return [];
  if (Words.swapMoments.test(text)) return swapOps(named);
  // "make clip 3 the opener", "end on the first clip": the moment named goes first or last.
  if (Words.leadMoment.test(text) !== Words.closeMoment.test(text)) {
    return { op: 'move_moment', index, to: Words.leadMoment.test(text) ? 1 : Math.max(1, context.moments) };
  }
  if (Words.moveMoment.test(text)) {
    // "put clip 3 first": a place said with the number's noun before it ("3 first" is no "first clip").
    // Where it goes is said after the moment that moves ("开头那段挪到第二个位置" goes second, not first).
    const where = text.replace(MOMENT_REF, (said) => said.replace(/\D+/g, ' '));
    const bareNumber = /\bto\s+(?:(?:position|spot|slot|place)\s+)?(\d+)\s*$/.exec(where);
    const to = /(to|at) (the )?(start|beginning|front|top)\b|first place|\d\s+first( please| pls)?$|\b(go|goes|come|comes|be) first\b|开头|最前|最开始/.test(where) ? 1
      : /(to|at) (the )?(end|back)\b|last place|\d\s+last( please| pls)?$|\b(go|goes|come|comes|be) last\b|结尾|最后面|(移到|放到|挪到|调到)最后/.test(where) ? Math.max(1, context.moments)
      : ordinals[1] !== undefined ? resolve(ordinals[1], context.moments)
      // "mv clip 3 to 1": a bare number it goes to is a place.
      : bareNumber ? Number(bareNumber[1]) : undefined;
    if (to === undefined) return undefined;
    // "the drone clip should come first": the place it goes names no moment, and one named by what it shows is not guessed at.
    if (parseOrdinals(text.replace(MOVE_PLACE, ' ')).length === 0 && !MOMENT_REF.test(text.replace(MOVE_PLACE, ' '))) return [];
    // "after clip 4": once clip 2 is taken out, clip 4 is third; "before clip 4" takes its place.
    const after = /\bafter\b|之后|后面/.test(text);
    const before = /\bbefore\b|之前|前面/.test(text);
    const place = after ? (index < to ? to : to + 1) : before ? (index < to ? to - 1 : to) : to;
    return { op: 'move_moment', index, to: place };
  }
  if (Words.shorter.test(text)) {
    // "第二段别剪掉2秒": a shortening said with a "no" is none.
    if (negated(text, Words.shorter)) return [];
    // A moment is shortened from its end: "2 seconds off the start of clip 1" is not guessed at.
    if (/\b(start|beginning|front) of\b|开头(?!(那|这)?一?个?(段|片段|镜头))/.test(text)) return [];
    // "缩短至8秒", "缩短为8秒": the length it ends at, not the length taken off.
    const to = /\bto\s+\d|(到|至|为|成)\s*\d/.test(text) ? parseSeconds(text.replace(/^.*?(?:\bto\s+|(?:到|至|为|成)\s*)(?=\d)/, '')) : undefined;
    if (to !== undefined) return { op: 'trim_moment', index, to_ms: to };
    // "clip 2 by 3 seconds": the 2 names the clip; "clip 1 second shorter": the 1 is the length.
    const withoutNames = text.replace(MOMENT_NAMES, '');
    return { op: 'trim_moment', index, by_ms: parseSeconds(withoutNames) ?? UNSAID.shortenMs };
  }
  // "make clip 2 only 3 seconds long", 第二段只留3秒: a moment and the length it should have.
  const length = parseDurationMs(text.replace(MOMENT_NAMES, ''));
  const namesMoment = MOMENT_REF.test(text) && !Words.text.test(text) && !Words.music.test(text);
  if (length !== undefined && namesMoment && !parseRange(text.replace(MOMENT_NAMES, ' '))) {
    // "make clip 3 start at 0:05": a time it starts or ends at is a point, no length it is trimmed to (not guessed at).
    if (Words.textComes.test(text) || Words.textGoes.test(text)) return [];
    const to = /\bto\s+\d|到\s*\d/.test(text);
    // "cut the last 2 seconds of clip 3" trims its end; from its start, or from nowhere said, is not guessed at (nor
    // taken for a clip of that length).
    if (Words.removeMoment.test(text) && !to) return /\b(end|last|final)\b|结尾|末尾|最后/.test(text) ? { op: 'trim_moment', index, by_ms: length } : [];
    // "clip 2 is 3 seconds too long"; not "太长了，只留6秒", the length it keeps.
    const keeps = /\b(only|keep|just)\b|留|只要/.test(text);
    if (/\btoo long\b|太长/.test(text) && !to && !keeps) return { op: 'trim_moment', index, by_ms: length };
    // "trim the end of clip 3 by 4 seconds": what is taken off its end (its start is not guessed at).
    if (/\b(trim|shave|chop|take)\b/.test(text) && /\bby\s+\d/.test(text) && !/\b(start|beginning|front)\b/.test(text)) return { op: 'trim_moment', index, by_ms: length };
    const lengthens = /\b(longer|shorter|more|less|by|extra|too)\b|长一点|更长|多|太/.test(keeps ? text.replace(/\btoo (long|slow)\b|太(?![多少])[^\s\d，,。]了?/, ' ') : text);
    // "太拖了，剪到3秒": a length to end at, said beside a complaint, is still the length it should have.
    if ((!lengthens || (to && !/\b(by|more|less|extra)\b|多|少/.test(text))) && (to || /\b(only|long|be|keep|make|set|just)\b|留|保留|只要|剪到|剪成|控制在|缩到|改成|变成|改为/.test(text))) {
      return { op: 'trim_moment', index, to_ms: length };
    }
    return []; // about this moment's length, but not in a way read here: no other intent takes it
  }
  // "everything except clip 2", "just keep the first and last clips": the others go (the later first).
  if ((Words.removeMoment.test(text) && Words.except.test(text)) || Words.keepOnly.test(text)) {
    const kept = new Set(named);
    return Array.from({ length: context.moments }, (_, i) => context.moments - i).filter((n) => !kept.has(n))
      .map((n): EditOp => ({ op: 'remove_moment', index: n }));
  }
  if (Words.removeMoment.test(text)) {
    if (Words.notRemoved.test(text)) return []; // "第二段不要删"
    // "remove clips 1 and 3", 删除第一段和第三段: the later one first, so the earlier keeps its number.
    return [...new Set(named)].sort((a, b) => b - a).map((n): EditOp => ({ op: 'remove_moment', index: n }));
  }
  return undefined;
}

/** "the first two clips", 前两段, 头两段, 后面两段: two neighbours named by one end. */
function twoEnds(text: string, context: ParseContext): number[] | undefined {
  if (/\bfirst two\b|(前|头)(面)?两(段|个)/.test(text)) return [1, 2];
  return /\blast two\b|(最后|后面?)两(段|个)/.test(text) && context.moments >= 2 ? [context.moments - 1, context.moments] : undefined;
}

/** Where a moment goes, said by an ordinal word: "come first", "go last", "in first place". */
const MOVE_PLACE = /\b(go|goes|come|comes|be|put|place|placed|moved?) (first|last)\b|\b(first|last) place\b|\b(first|last)$/g;

/** "clips 1 and 3", "clip 2 & 4": two moments named by one noun. */
function numberPair(text: string): number[] | undefined {
  // "0:03 and 0:09" are two times, no two moments.
  const pair = /(?<![\d:.])(\d+)\s*(?:and|&|with|和|与|跟)\s*#?\s*(\d+)(?![\d:.])/.exec(text.replace(MOMENT_NAMES, (name) => name.replace(/\D+/, ' ')));
  return pair ? [Number(pair[1]), Number(pair[2])] : undefined;
}

/** "the middle clip", 中间那段: the one in the middle, when there is one (an even count has none: 0, not guessed at). */
const middleOf = (text: string, context: ParseContext): number | undefined =>
  !Words.middleMoment.test(text) ? undefined : context.moments % 2 === 1 ? (context.moments + 1) / 2 : 0;

/** The moments a clause names by their places: "the second clip", "the middle clip" (when the draft has one middle). */
const placesNamed = (text: string, context: ParseContext): number[] => {
  const middle = middleOf(text, context);
  return middle ? [middle] : parseOrdinals(text);
};

/** A moment named by its place: "clip 2", "the second clip", "the last moment", 第二段, 第三个片段, 最后一段 (not "the second file"). */
const MOMENT_REF = new RegExp(String.raw`\b(${MOMENT_NOUN})s?\s*#?\s*\d|片段\s*#?\s*\d|(?<![\d.]\s*-?\s*)\b(${Object.keys(ORDINALS).join('|')}|last|final|opening|closing|middle)\s+(${MOMENT_NOUN})\b|\bthe (?:middle one|one in the middle)\b|第\s*(\d+|[一二两三四五六七八九十]+)\s*个?\s*(段|片段|镜头|部分|${MOMENT_NOUN})|(最后|开头|开场|结尾|末尾|最前面?|头)(那|这)?一?个?(段|片段|镜头)`);

/** "clip 2", "moment #3": a moment's name, whose number is no length ("clip 1 second shorter" keeps its 1 second). */
const MOMENT_NAMES = new RegExp(String.raw`(${MOMENT_NOUN})s?\s*#?\s*\d+(?!\d|\.\d|\s*(?:s\b|secs?\b|seconds?\b|秒|\.\d))`, 'g');

/**
 * "swap clip 1 and clip 2", "switch clips 1 and 3", 第一段和第三段互换: the first takes the second's place, then the
 * moment that slid into the gap goes where the first was (nothing more for neighbours).
 */
function swapOps([a, b]: number[]): EditOp[] | undefined {
  if (a === undefined || b === undefined || a === b) return undefined;
  const [first, second] = [Math.min(a, b), Math.max(a, b)];
  const moves: EditOp[] = [{ op: 'move_moment', index: first, to: second }];
  if (second - first > 1) moves.push({ op: 'move_moment', index: second - 1, to: first });
  return moves;
}

/** "the second file" → "2", "the last upload" → "last", "only walkthrough.mov" → "walkthrough.mov". */
function sourceRefs(message: string): string[] {
  // "use only the first file, the second one is the failed run": why, said after, names no file to use.
  const original = message.replace(/\s*[,;(]\s*(?:the|that|this|my|our)\s+(?:other|second|first|last|\w+)\s+(?:one|file|video|recording|upload|take)s?\s+(?:is|was|has|had|are|were)\b.*$/i, '');
  const names = [...original.matchAll(/[\w.-]+\.(?:mp4|mov|avi|webm|mkv)\b/gi)].map((m) => m[0]);
  if (names.length > 0) return names;
  const text = original.toLowerCase();
  // "the first and last recordings": each named, in the order said; "the latest upload", 刚上传的: the last.
  const ordinals = parseOrdinals(text).filter((n) => n > 0 || n === -1).map((n) => (n === -1 ? 'last' : String(n)));
  return ordinals.length > 0 ? ordinals : ['last'];
}
