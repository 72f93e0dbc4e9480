import { BackgroundWords, BACKGROUNDS, type EditOp, FACTOR_ALONE, FIGURE_APPROVED, FillWords, FormatWords, type OutputFormatName, Words } from '../../protocol';
import { aside } from './asides';
import { negated, readable } from './clauseWords';
import { FORMAT_SAID } from './parseClause';
import { countSaid, normalizeNumbers, parseFactor, parseSeconds, timesSaid } from './parseQuantities';
import type { Heard, Reading } from './reading';
import { isClauseBefore } from './splitClauses';

/**
 * A clause that only adds a detail to the request just read, or says it again: a speed's factor ("…, 3x is fine",
 * "…，0.5", "Half."), a factor said after a speed-up not read (unread too), steps back counted after the undos that make
 * them up, "and the one before it", a figure stressed ("Thirty."), a file's format after an export, the music after a
 * fade that named no part, a fill approved after a shape. The operations (and the words unread) are changed in place;
 * true when the clause was taken so.
 */
export function detailOfLast(reading: Reading, heard: Heard): boolean {
  const { ops, unknown, clauses, unnamedFades } = reading;
  const { clause, text, place } = heard;
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
  if (FACTOR_ALONE.test(text.replace(Words.signOff, '')) && isClauseBefore(clauses, place, unread) && Words.speed.test(readable(unread))) {
    unknown.push(clause);
    return true;
  }
  // "劈吊要慢放，0.5", "闲置的帧加速，倍率6": a bare figure, or one named as the rate, said alone after a speed is its factor
  // (one no speed here has, "…，30", is not; nor one against the way asked, "speed it up, 0.5").
  const rate = Number(BARE_FACTOR.exec(text)?.[1]);
  if ((last?.op === 'speed_up_idle' || last?.op === 'set_speed') && rate > 0 && rate <= 16 && Math.sign(rate - 1) * Math.sign(last.factor - 1) >= 0) {
    last.factor = rate;
    return true;
  }
  // "the second clip slower. Half.": half said alone after a slower speed is that speed.
  if (last?.op === 'set_speed' && last.factor < 1 && HALF_ALONE.test(text)) {
    last.factor = 0.5;
    return true;
  }
  // "刚才那个撤销，再撤销一次，退两步": the steps back counted after the undos that make them up are those undos, said again
  // (a total; "再退一步", one more, is not). So is an undo counted in times after the steps named unwanted ("刚才那两步都不要了，
  // 撤回两次", "the last two changes are wrong, undo twice"); not after an undo said outright ("撤销两次，再撤销两次").
  const stepsBack = last?.op === 'undo' ? Words.stepsBack.exec(text) : null;
  const stepsNamed = place > 0 && !Words.undoVerb.test(readable(clauses[place - 1]));
  const timesBack = last?.op === 'undo' && stepsNamed && Words.undo.test(text) && !Words.again.test(text) ? timesSaid(text) : 0;
  const total = stepsBack && !stepsBack[0].startsWith('再') ? countSaid(stepsBack[1]) : timesBack;
  if (total > 1 && trailingUndos(ops) >= total) return true;
  // "undo that. and the one before it.": one step more undone.
  if (last?.op === 'undo' && Words.stepBefore.test(text)) {
    ops.push({ op: 'undo' });
    return true;
  }
  // "the video needs to be 30 seconds. Thirty.": the figure just asked for, said again alone to stress it.
  if (last !== undefined && saidAgain(text, last)) return true;
  // "导出4K，mov格式", "export it, as a webm": a file format said alone after an export is that export's.
  // (An aside after the format only where the export before it named none: "export as webm, then also mp4, grazzi" is two.)
  const formatBefore = place > 0 && FormatWords.some(([pattern]) => pattern.test(readable(clauses[place - 1])));
  const format = last?.op === 'export' ? formatAlone(text, ops, formatBefore) : undefined;
  if (last?.op === 'export' && format !== undefined) {
    // "导出mp4和gif" (导出 said again for each): an export again, of another format than the one it said, is a second file.
    // "export in mov, then again in webm", "…, webm too": an export said again the same way. "导出两个：一个mp4，一个gif",
    // "导出两个版本，mp4跟gif": each file counted, or listed after an export of several, is one more.
    const several = clauses.slice(0, place).some((before) => Words.severalFiles.test(readable(before)));
    const another = Words.export.test(text) || Words.again.test(text) || Words.fileByFormat.test(text) || several;
    // "导出一个720p的 再导一个webm": a file counted by its format, its export said again, is a second file, even when the
    // first said no format ("导出720p，webm格式" is that one's).
    const oneMore = Words.fileExportedAgainZh.test(text) && Words.fileByFormat.test(text);
    // "export it 1080p and also as a gif", "导出720p，gif也要": a format said again ("also", "too") after an export that named
    // its size but no format is one more file; approved ("gif也行"), or after an export that named nothing ("导出，gif也要"),
    // it is the format of that one.
    const alsoAnother = last.resolution !== undefined && Words.again.test(text) && !Words.approval.test(text);
    if (another && (FORMAT_SAID.has(last) || oneMore || alsoAnother) && last.format !== format) {
      // "导出mp4，1080p的，再导一个gif": a file counted by its format alone is made as that format says, no size of the other's;
      // "1080p导出两个，一个mp4一个mov": one of the files counted, at the size said of them all.
      const file: EditOp = Words.fileByFormat.test(text) && !several ? { op: 'export', format } : { ...last, format };
      FORMAT_SAID.add(file);
      ops.push(file);
    } else {
      last.format = format;
      FORMAT_SAID.add(last);
    }
    return true;
  }
  // "加背景，sunset", "add a background, I want the mint one": a built-in backdrop named alone after one asked with no kind is
  // the one chosen (not over an uploaded picture).
  const backdrop = last?.op === 'set_background' && last.background === BACKGROUNDS[0]
    ? BackgroundWords.find(([pattern]) => pattern.test(text)) : undefined;
  if (last?.op === 'set_background' && backdrop !== undefined && Words.backdropChosen.test(text.replace(backdrop[0], ' ').replace(/\s+/g, ' ').trim())) {
    last.background = backdrop[1];
    return true;
  }
  // "导出 1080p 的mp4 发快手": the platform the file just exported is sent to is where it goes, nothing more asked.
  if (last?.op === 'export' && Words.postedAlone.test(text)) return true;
  // "fade in 2 s, fade out 4 s, on the music", "淡入两秒淡出四秒，音乐的": the music said alone after a fade naming no
  // part is the part it fades.
  if (last?.op === 'fade' && unnamedFades.has(last) && Words.musicAlone.test(text)) {
    last.target = 'music';
    return true;
  }
  // "Fade clip in 1 second, out 1 second", "fade in 2s, then out 3s": the other end said alone after a fade of one end
  // is that fade's, as long as said (else as long as the first end); not the end it has ("fade in 1s, in 2s").
  const otherEnd = last?.op === 'fade' && (last.in_ms === undefined) !== (last.out_ms === undefined) ? Words.fadeOtherEnd.exec(text) : null;
  const end = otherEnd && (otherEnd[3] ?? (otherEnd[1] === undefined ? 'in' : 'out'));
  if (last?.op === 'fade' && end && (end === 'out') === (last.out_ms === undefined)) {
    const length = parseSeconds(text) ?? last.in_ms ?? last.out_ms;
    if (end === 'out') last.out_ms = length;
    else last.in_ms = length;
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
export function trailingUndos(ops: EditOp[]): number {
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

/** "mov格式", "格式用webm", "as a gif", "H.264 MP4", "webm也来一个": a file format named with nothing else asked but an aside. */
function formatAlone(text: string, ops: EditOp[], formatBefore: boolean): OutputFormatName | undefined {
  const found = FormatWords.map((format) => ({ format, at: format[0].exec(text) })).find(({ at }) => at !== null);
  if (found === undefined || found.at === null) return undefined;
  const { format, at } = found;
  // "H.264 MP4": the codec every mp4 here is made with, said with it, is no other request.
  const rest = (said: string) => said.replace(AGAIN_ALL, '').replace(Words.plainKind, '').replace(/格式|文件|导出|输出|成|用|要|来|改成|换成|的|吧|就行|就好|一[个份版]|各|\b(format|file|as|in|an?|one|please)\b|\bh\.?264\b|\bavc\b|[\s,.，。!！]/g, '');
  const after = text.slice(at.index + at[0].length).trim();
  // "导出!! gif 发群里": where the file goes, said right after its format, is an aside beside the export.
  const asideAfter = !formatBefore && !Words.again.test(text) && rest(text.slice(0, at.index)) === '' && aside(after, ops);
  return rest(text.replace(format[0], ' ')) === '' || asideAfter ? format[1] : undefined;
}

/**
 * A figure said alone, maybe named as the rate, approved or hedged: "0.5", "倍率6", "速度=1.5", "1.1 is heaps", "0.9 maybe",
 * "say 1.2", "1.25 I think".
 */
const BARE_FACTOR = new RegExp(String.raw`^(?:(?:maybe|perhaps|say|like|about|around)\s+)?(?:倍率|倍速|速率|速度|rate|speed)?\s*(?:为|是|设为|[=:：])?\s*(\d+(?:\.\d+)?)${FIGURE_APPROVED}?(?:\s+(?:maybe|perhaps|i think|or so|i guess))?\s*(?:就行|就好|吧)?[.!?。！]*$`);
