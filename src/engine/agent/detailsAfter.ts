import { isDeepStrictEqual } from 'node:util';
import { type EditOp, FIGURE_APPROVED, FormatWords, HAN, Words } from '../../protocol';
import { LONGEST_SHOWN_MS, readable, UNSAID } from './clauseWords';
import { AUTO_ZOOM, cardNamedAgain, joined, lengthNamedAgain, madeLength, measured, pointFragment, textPlacement, textTimeFragment } from './fragments';
import { LASTING } from './opKinds';
import { parseClause, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { figureAlone, parseGone } from './parseQuantities';
import { type Asked, type Reading, readWithNamed, type Step } from './reading';

/** "精彩集锦，一分钟": the length of a clip said without one; "under a minute? say 55 seconds": a closer figure for it. */
function lengthOfLastClip(reading: Reading, heard: Asked): boolean {
  const { ops, lengthless, complaints } = reading;
  const { previous, fragment } = heard;
  if (fragment?.length !== undefined && previous?.op === 'compile_best_moments') {
    lengthless.delete(previous);
    complaints.delete(previous); // "太长了，一分钟": the complaint now has the length asked for
    previous.target_ms = fragment.length;
    reading.clauseStart = ops.length - 1; // "…，两分钟以内…算了，一分半": a correction after it replaces the clip it measured
    return true;
  }
  return false;
}

/** A figure said alone as the one preferred: "Eighty would be preferable", "say 50, ideally", "80 is fine". */
const FIGURE_PREFERRED = new RegExp(String.raw`^(?:(?:say|maybe|ideally|like|about|around)\s+)?(\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)(?:${FIGURE_APPROVED}|\s+(?:would be|is|'d be)\s+(?:preferable|preferred|ideal|better|best|nicer)|,?\s+ideally)[.!]*$`);
/** How far under its cap a length preferred may be and still be meant within it (a quarter of it or more). */
const WITHIN_CAP = 4;

/**
 * "the clip not exceed ninety seconds? Eighty would be preferable", "under 5 minutes. 3 is fine": a figure preferred,
 * said without its unit right after a cap on the clip, is the length meant under it, in whichever unit (seconds or
 * minutes) puts it under the cap and near it. Tried before the approvals (which take "80 is fine" as a yes).
 */
export function lengthUnderCap(reading: Reading, heard: Asked): boolean {
  const { previous, text } = heard;
  const figure = figureAlone(FIGURE_PREFERRED.exec(text)?.[1] ?? '');
  if (previous?.op !== 'compile_best_moments' || !reading.bounds.has(previous) || !(figure > 0)) return false;
  const cap = previous.target_ms;
  const length = [1000, 60_000].map((unit) => figure * unit).find((ms) => ms < cap && ms * WITHIN_CAP >= cap);
  if (length === undefined) return false;
  reading.bounds.delete(previous);
  previous.target_ms = length;
  return true;
}

/** "the third clip a touch shorter? Two seconds off.": how much comes off the moment just shortened, said after it. */
function amountOffLastTrim(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  if (previous?.op === 'trim_moment' && previous.by_ms !== undefined && Words.amountOffAlone.test(text)) {
    previous.by_ms = parseDurationMs(text) ?? previous.by_ms;
    return true;
  }
  return false;
}

/** "加个BGM，30%", "加音乐，音量小一点，20%这样": the level of the music just added, or how much quieter it is. */
function levelOfLastMusic(reading: Reading, heard: Asked): boolean {
  const { ops, unknown, lengthless } = reading;
  const { text, previous, fragment } = heard;
  if (fragment?.volume !== undefined && (previous?.op === 'add_music' || (previous?.op === 'set_music_volume' && previous.change !== undefined))) {
    const level: EditOp = { op: 'set_music_volume', volume: fragment.volume };
    if (!joined(ops, level, text, unknown, lengthless)) ops.push(level);
    return true;
  }
  return false;
}

/**
 * "音乐大一点，1.2倍", "背景音乐调大点，1.5倍吧": the music just made louder, then a number of times said alone, is how
 * loud (as many times its level, twice at most). Fewer times than once ("音乐大一点，0.8倍"), or times after the music
 * made quieter ("音乐小一点，0.8倍"), say no level for sure, and no speed of the clip either: left unread.
 */
function timesOfLouderMusic(reading: Reading, heard: Asked): boolean {
  const { clause, text, previous } = heard;
  const turned = previous?.op === 'set_music_volume' && previous.change !== undefined ? previous : undefined;
  const times = Number(/\d+(?:\.\d+)?/.exec(text)?.[0]);
  if (turned === undefined || !Words.timesTurned.test(text.trim())) return false;
  if (turned.change === 'louder' && times > 1) {
    delete turned.change;
    turned.volume = Math.min(2, times);
  } else reading.unknown.push(clause);
  return true;
}

/**
 * "music at 60%. Hmm, halve that.": the level just set, halved, said in a sentence of its own. "开到百分之四十……太吵了，减半！":
 * so after the complaint that asked it quieter, which the halving says how much.
 */
function levelHalvedAfter(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { text, previous } = heard;
  if (!Words.halvedThat.test(text.trim())) return false;
  const complained = previous?.op === 'set_music_volume' && previous.change === 'quieter' ? ops.at(-2) : undefined;
  const said = complained?.op === 'add_music' || complained?.op === 'set_music_volume' ? complained : previous;
  const level = said?.op === 'add_music' || said?.op === 'set_music_volume' || said?.op === 'set_source_volume' ? said : undefined;
  if (level?.volume === undefined) return false;
  if (level === complained) ops.pop();
  level.volume /= 2;
  return true;
}

/** "原声留着，音量100%", "原声保留，80%": the level the recording's sound, just kept, is kept at. */
function levelOfKeptSound(_reading: Reading, heard: Asked): boolean {
  const { previous, fragment } = heard;
  if (fragment?.volume !== undefined && previous?.op === 'set_source_volume' && previous.volume === 1) {
    previous.volume = fragment.volume;
    return true;
  }
  return false;
}

/** "交叉淡化半秒，三十秒": a transition that said its own length takes no second one; the length is the clip's. */
function lengthOfLastTransition(reading: Reading, heard: Asked): boolean {
  const { clauses } = reading;
  const { place, text, previous, fragment } = heard;
  const ownLength = place > 0 && parseDurationMs(readable(clauses[place - 1])) !== undefined;
  return !ownLength && measured(previous, fragment?.length ?? madeLength(text));
}

/** "加一行字幕「…」，5-9秒", "…，从20秒开始": when the text just added (or changed) shows, said after its words. */
function timesOfLastText(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  const when = previous?.op === 'edit_text' || previous?.op === 'add_text' ? [previous.start_ms, previous.end_ms, 'duration_ms' in previous ? previous.duration_ms : undefined] : [0];
  const shows = when.every((v) => v === undefined) ? textTimeFragment(text) : undefined;
  if (shows) {
    delete (previous as { anchor?: unknown }).anchor;
    Object.assign(previous!, shows);
    return true;
  }
  return false;
}

/** "放大看一下，大概在0:15", "0:21，放大": a zoom and, in the clause beside it, the point it is at. */
function pointOfLastZoom(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { text, previous } = heard;
  const point = pointFragment(text);
  if (point !== undefined && isDeepStrictEqual(previous, AUTO_ZOOM)) {
    ops[ops.length - 1] = { op: 'zoom_at', start_ms: point, duration_ms: UNSAID.zoomMs };
    return true;
  }
  return false;
}

/** "片尾卡片“…”，时长默认", "开头淡入，长短默认": what was just asked for, its length left at the default it has. */
function defaultLengthKept(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  return previous !== undefined && LASTING.has(previous.op) && Words.defaultLength.test(text);
}

/**
 * "加标题“你好”，前3秒显示", "…, for the last 4 seconds": which end of the clip the text just asked for shows at.
 * "开头加标题「…」，显示前4秒": the end the text was put at, said again with how long it shows.
 */
function edgeOfLastText(_reading: Reading, heard: Asked): boolean {
  const { previous, fragment } = heard;
  const untimed = previous?.op === 'add_text' && [previous.start_ms, previous.end_ms, previous.duration_ms].every((v) => v === undefined)
    && (previous.anchor === undefined || previous.anchor === fragment?.edge?.anchor);
  if (fragment?.edge !== undefined && untimed) {
    Object.assign(previous, fragment.edge);
    return true;
  }
  return false;
}

/**
 * "标题改成“…”，只在前5秒出现": the text just changed shows from the start for that long (its last seconds depend on the
 * clip's length, which a text edit has no anchor for: not guessed).
 */
function startOfChangedText(_reading: Reading, heard: Asked): boolean {
  const { previous, fragment } = heard;
  if (fragment?.edge?.anchor === 'start' && previous?.op === 'edit_text' && previous.start_ms === undefined && previous.end_ms === undefined) {
    Object.assign(previous, { start_ms: 0, end_ms: fragment.edge.duration_ms });
    return true;
  }
  return false;
}

/**
 * "a title 'Hello' and a caption 'Bye', both at the top", "…，两个都放在中间": where every text just added sits, said once for
 * all of them (given the last alone, the others were left where they fall). When one already sits elsewhere ("a title
 * 'A' at the bottom and a caption 'B', both at the top"), which place is meant is not guessed: the words are said back
 * as unread.
 */
function placeOfEveryText(reading: Reading, heard: Asked): boolean {
  const every = Words.everyOfThem.exec(heard.text.trim());
  const added = reading.ops.filter((op): op is Extract<EditOp, { op: 'add_text' }> => op.op === 'add_text');
  const placed = every === null ? undefined : textPlacement(heard.text.trim().slice(every[0].length));
  const position = placed?.position;
  if (added.length < 2 || position === undefined || Object.keys(placed!).length > 1) return false;
  if (added.some((op) => (op.position ?? position) !== position)) reading.unknown.push(heard.clause);
  else for (const op of added) op.position = position;
  return true;
}

/**
 * "加一行文字“登录”，放在底部", "…, sliding in": where the text just added sits, or how it comes in;
 * "标题改为“…”，置于画面中央": where the text just changed sits; "标题往下挪，挪到底下": the place it was just given, said again.
 */
function placeOfLastText(reading: Reading, heard: Asked): boolean {
  const { clauses } = reading;
  const { place, text, previous } = heard;
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
    Object.assign(texted, placed);
    return true;
  }
  return false;
}

/**
 * "标题怎么在底下，挪到中间", "the title spelling wrong, change to '…'": a text spoken of (and not read), then a change
 * that names nothing (and reads as nothing alone): that text changed so.
 * (Spoken of, not asked: "加个标题，然后放在顶部" adds a title with no words, and places none.)
 */
function changeOfTextSpokenOf(reading: Reading, heard: Asked): boolean {
  const { unknown, context, clauses } = reading;
  const { place, clause, text, previous } = heard;
  const texted = previous?.op === 'add_text' || previous?.op === 'edit_text' ? previous : undefined;
  const spokenOf = place > 0 && unknown[unknown.length - 1] === clauses[place - 1] ? readable(clauses[place - 1]) : undefined;
  const spoken = !texted && context.texts > 0 && spokenOf !== undefined && Words.text.test(spokenOf) && !Words.aside.verb.test(spokenOf);
  const zh = HAN.test(text);
  // ("标题错了，改成开心农场": in Chinese the text's noun runs on into the change, as 标题改成… says it.)
  const ofText = spoken && Words.textEdit.test(text) && !Words.text.test(text) && parseClause(clause, text, context).length === 0
    ? readAlone(`${Words.continued.text[zh ? 'zh' : 'en']}${zh ? '' : ' '}${clause}`, context) : [];
  return readWithNamed(reading, ofText.length === 1 && ofText[0].op === 'edit_text' ? ofText : undefined);
}

/** "加个标题「你好」，放大一点", "…, make it bigger": the size of the text just added or changed, which no edit sets: said back. */
function sizeOfLastText(reading: Reading, heard: Asked): boolean {
  const { clause, text, previous } = heard;
  const ofText = previous?.op === 'add_text' || previous?.op === 'edit_text' || previous?.op === 'add_card';
  if (!ofText || Words.textSized.exec(text)?.index !== 0) return false;
  reading.unknown.push(clause);
  return true;
}

/** "上字幕“…”，走人名条样式": the style of the text just added, named after its words. */
function styleOfLastText(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  if (previous?.op === 'add_text' && Words.lowerThirdAfter.test(text)) {
    previous.style = 'lower-third';
    return true;
  }
  return false;
}

/**
 * "加字幕“你好”，到第6秒消失": when the text just added goes away.
 * "标题请在2秒出现，8秒消失": when the text just moved goes.
 */
function whenLastTextGoes(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  const gone = parseGone(text);
  if (gone !== undefined && previous?.op === 'edit_text' && previous.start_ms !== undefined && previous.end_ms === undefined && !Words.text.test(text) && previous.start_ms < gone) {
    previous.end_ms = gone;
    return true;
  }
  if (gone !== undefined && previous?.op === 'add_text' && previous.end_ms === undefined && previous.duration_ms === undefined
    && !Words.text.test(text) && (previous.start_ms ?? 0) < gone) {
    previous.end_ms = gone;
    return true;
  }
  return false;
}

/**
 * "在0:30放大，放大4秒", "…, zoom for 2 seconds", "转场柔一点，半秒的淡化": how long the zoom or transition just asked
 * for lasts, said with it named again.
 */
function lastingNamedAgain(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { text, previous } = heard;
  const again = lengthNamedAgain(previous, text);
  if (previous?.op === 'zoom_at' && again !== undefined) {
    previous.duration_ms = Math.max(1000, again);
    return true;
  }
  if (measured(previous, again)) return true;
  const cardAgain = cardNamedAgain(ops.slice(-2), text);
  if (cardAgain !== undefined) {
    cardAgain.card.duration_ms = Math.min(10_000, Math.max(500, cardAgain.length));
    return true;
  }
  return false;
}

/**
 * "加标题“你好”，持续3秒", "add an intro card 'Acme', 3 seconds": how long the text, card or zoom just asked for shows.
 * "add title 'X', make it 3 seconds", "zoom at 0:20, keep it for 2 seconds": the length made (or kept) of what was just
 * added is its length too.
 */
function lengthOfLastShown(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { text, previous, fragment } = heard;
  const length = fragment?.length ?? (previous?.op === 'add_text' || previous?.op === 'add_card' || previous?.op === 'zoom_at' ? madeLength(text, LONGEST_SHOWN_MS) : undefined);
  const shown = previous?.op === 'add_text' && previous.end_ms === undefined && previous.duration_ms === undefined && (length ?? 0) <= LONGEST_SHOWN_MS
    || previous?.op === 'add_card' && (length ?? 0) <= LONGEST_SHOWN_MS || previous?.op === 'zoom_at';
  if (length !== undefined && shown) {
    // "片头加“…”，片尾加“…”，两个都三秒", "…，都三秒": each of the two cards just added.
    const before = ops[ops.length - 2];
    if (previous.op === 'add_card' && before?.op === 'add_card' && (Words.slot.several.test(text) || Words.slot.allListed.test(text))) before.duration_ms = Math.max(500, length);
    if (previous.op === 'add_card') previous.duration_ms = Math.max(500, length);
    else if (previous.op === 'add_text' || previous.op === 'zoom_at') previous.duration_ms = Math.max(previous.op === 'zoom_at' ? 1000 : 0, length);
    return true;
  }
  return false;
}

/**
 * "现在多长，一分钟左右？", "how long is it? about 2 minutes?": a length put forward with a question mark just after a question
 * is a guess at its answer, no clip asked for (as "我想要短的，30秒左右吗？" is).
 */
function guessAfterQuestion(reading: Reading, heard: Asked): boolean {
  const before = reading.clauses[heard.place - 1];
  if (before === undefined || !Words.lengthProposed.test(heard.text) || !/[?？]\s*$/.test(heard.text)) return false;
  const asked = readable(before);
  if (!Words.question.test(asked) && !Words.asks.test(asked)) return false;
  reading.unknown.push(heard.clause);
  return true;
}

/**
 * "Export 两个 size，1080p 跟 720p", "export two sizes, 1080p and 720p": the files counted under the export verb, listed
 * after it as many as counted, are that many exports (the format said with the count kept).
 */
function exportsListedAfterCount(reading: Reading, heard: Asked): boolean {
  const { ops, clauses, context } = reading;
  const { clause, previous, place } = heard;
  // (Only a count that ends its clause heads the list: "export 2 files, 1080p" lists one already; nor is a count asked,
  // "export two sizes? 1080p and 720p", any files made.)
  const countedAt = place > 0 ? reading.message.indexOf(clauses[place - 1].trim()) : -1;
  const countSaid = countedAt < 0 ? '' : clauses[place - 1].trim();
  const asked = /^\s*[?？]/.test(reading.message.slice(countedAt + countSaid.length));
  const counted = countSaid !== '' && !asked && Words.exportsCounted.test(readable(countSaid).trim());
  if (previous?.op !== 'export' || !counted) return false;
  const parts = clause.trim().split(Words.exportsListedJoin);
  const verb = Words.exportVerb[HAN.test(clause) ? 'zh' : 'en'];
  const listed = parts.flatMap((part) => readAlone(`${verb}${part}`, context));
  if (parts.length < 2 || parts.includes('') || listed.length !== parts.length
    || !listed.every((op) => op.op === 'export')) return false;
  ops.pop();
  const formatSaid = FormatWords.some(([pattern]) => pattern.test(readable(clause)));
  ops.push(...listed.map((op) => (op.op === 'export' && !formatSaid ? { ...op, format: previous.format } : op)));
  return true;
}

/** Details of the request just read, said after it, in the order they are tried. */
export const detailSteps: Step<Asked>[] = [guessAfterQuestion, exportsListedAfterCount, lengthOfLastClip, amountOffLastTrim, levelOfLastMusic, timesOfLouderMusic, levelHalvedAfter, levelOfKeptSound, lengthOfLastTransition, timesOfLastText, pointOfLastZoom, defaultLengthKept, edgeOfLastText, startOfChangedText, placeOfEveryText, placeOfLastText, changeOfTextSpokenOf, sizeOfLastText, styleOfLastText, whenLastTextGoes, lastingNamedAgain, lengthOfLastShown];
