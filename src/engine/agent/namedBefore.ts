import { isDeepStrictEqual } from 'node:util';
import { type EditOp, HAN, LENGTH_SAID_AFTER, quoted, Words } from '../../protocol';
import { parsedOnce, saysResultOf } from './asides';
import { EVERY, MOMENT_REF, type ParseContext, placesNamed, readable, UNSAID } from './clauseWords';
import { trailingUndos } from './detailOfLast';
import { continued, joined, mergedTextEdit, placedBetween, SETTINGS, switchesOff, takesAway } from './fragments';
import { MUSIC_NAMES, ZOOM_SWITCHED_ON } from './mediaOps';
import { ADDITIONS } from './opKinds';
import { parseClause, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { parseClock, parseVolume, timesAsLoud } from './parseQuantities';
import { type Asked, type Reading, readWithNamed, type Step } from './reading';
import { colonQuoted, isClauseBefore } from './splitClauses';

/**
 * "清空时间线，重新剪一个二十秒的版本": a clause saying the state the step leaves asks nothing more, unless it says a
 * figure and reads alone as another request (the new clip, after the start over; not "关闭背景，画面撑满").
 */
function saysStateOfLast(heard: Asked, context: ParseContext): boolean {
  const { clause, text, previous } = heard;
  const more = /\d/.test(text) && parseClause(clause, text, context).some((op) => op.op !== previous?.op);
  return previous !== undefined && saysResultOf(text, previous) && !more;
}

/**
 * "撤回，刚才那两步不要": the steps an undo takes back, said after it as the state it leaves, are how many it undoes (one:
 * "撤回，刚才那下不要").
 */
function undoneStepsCounted(reading: Reading, heard: Asked): boolean {
  const { ops, context } = reading;
  const { clause, text, previous } = heard;
  if (previous?.op !== 'undo' || !saysStateOfLast(heard, context)) return false;
  const named = parseClause(clause, text, context);
  if (!named.every((op) => op.op === 'undo')) return false;
  const more = Math.max(0, named.length - trailingUndos(ops));
  ops.push(...Array.from({ length: more }, (): EditOp => ({ op: 'undo' })));
  return true;
}

/** The state the step leaves, said after it (saysStateOfLast): nothing more asked. */
const stateSaidOfLast = (reading: Reading, heard: Asked) => saysStateOfLast(heard, reading.context);

/**
 * "我不要片头啦 不要加", "no intro please, don't add one": a part said unwanted, then adding refused alone, is a part not to
 * be added, not one to take away (a removal said with its verb, "删掉片头 不要加", stays).
 */
function noneAddedAfter(reading: Reading, heard: Asked): boolean {
  const { ops, clauses } = reading;
  const { text, previous, place } = heard;
  if (previous === undefined || place === 0 || !takesAway(previous) || !Words.addRefused.test(text) || !Words.partUnwanted.test(readable(clauses[place - 1]))) return false;
  ops.pop();
  return true;
}

/**
 * "the auto zoom, don't turn it on", "背景音乐，不要加": a part named alone (read as adding it or switching it on), then
 * adding or switching it on refused alone: the part is not wanted, nothing asked of it.
 */
function namedThenRefused(reading: Reading, heard: Asked): boolean {
  const { ops, context, clauses } = reading;
  const { text, previous, place } = heard;
  // (Not after a removal: "remove the intro, don't add one" keeps it removed.)
  if (previous === undefined || place === 0 || takesAway(previous) || !(Words.addRefused.test(text) || Words.switchOnRefused.test(text))) return false;
  const before = clauses[place - 1];
  if (!isDeepStrictEqual(readAlone(before, context), [previous]) || Words.slot.add.test(readable(before))) return false;
  ops.pop();
  return true;
}

/**
 * "lose the music, remove it", "去掉背景音乐，删了": a remove verb alone after a removal says it again; "音乐不要了，关了吧",
 * a switch-off verb alone after what it switches off taken away.
 */
function removalSaidAgain(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  return previous !== undefined && ((takesAway(previous) && Words.removeAgain.test(text)) || (switchesOff(previous) && Words.switchOffAgain.test(text)));
}

/** "有无自动放大的功能？有的话打开": the auto zoom asked about, then switched on if it is there, is asked once. */
const switchOnIfThere = (_reading: Reading, heard: Asked) => heard.previous !== undefined
  && isDeepStrictEqual(heard.previous, { op: 'set_zoom', mode: 'auto' }) && Words.switchOnIfThere.test(heard.text);

/**
 * "这叠化，去掉", "背景，删了": a part named alone (read as adding it), then a remove verb alone: that part taken away; so
 * with a switch-off verb ("配乐太吵了，关掉吧": the music complained of, then switched off), when the two read together
 * take it away.
 */
function partNamedThenTaken(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { place, clause, text, previous } = heard;
  // (a switch-off after a removal already made says nothing more of it: "字幕删掉，关了吧" stays unread)
  const verbAlone = Words.removeAgain.test(text) || (Words.switchOffAgain.test(text) && !(previous && takesAway(previous)));
  const takenAway = previous && place > 0 && verbAlone
    ? namedThenTaken(clauses[place - 1], clause, previous, context) : undefined;
  return lastReplaced(reading, takenAway);
}

/**
 * "音乐百分之三十，加上": a part named with what it should be (read as a change of one there is), then an add verb
 * alone: that part added so.
 */
function partNamedThenAdded(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { place, clause, text, previous } = heard;
  const addedAfter = previous && place > 0 && Words.addAgain.test(text) ? namedThenAdded(clauses[place - 1], clause, previous, context) : undefined;
  return lastReplaced(reading, addedAfter);
}

/** After an addition ("字幕“你好”，加上"), it says it again. */
function additionSaidAgain(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  return previous !== undefined && ADDITIONS.has(previous.op) && Words.addAgain.test(text);
}

/** "说话的时候，音乐自动小，这个功能，打开": a setting just switched on (the ducking, the auto zoom), then switched on alone: said again. */
function switchedOnAgain(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  const on = (previous?.op === 'set_ducking' && previous.duck) || (previous?.op === 'set_zoom' && previous.mode === 'auto');
  return on && Words.switchOnAgain.test(text);
}

/** "这个视频，60秒的长度，请做成": the length or shape just read, then a verb of making it alone, said last: said again. */
function madeAgain(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  return (previous?.op === 'compile_best_moments' || previous?.op === 'set_aspect') && Words.madeAgain.test(text);
}

/** "add music at 40% then remove it again", "background default, then remove it": "it" taken away is what was just added. */
function addedThenRemoved(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { text, previous } = heard;
  const addedGone = previous && Words.removeAgain.test(text) ? removalOf(previous) : undefined;
  if (addedGone) {
    ops.push(addedGone);
    return true;
  }
  return false;
}

/**
 * "lose the music and export a version without it": an export without what was just taken away is of the draft as it is now.
 */
function exportWithoutIt(reading: Reading, heard: Asked): boolean {
  const { ops, context } = reading;
  const { text, previous } = heard;
  const without = previous && takesAway(previous) ? text.replace(Words.withoutIt, '') : text;
  const exported = without === text ? [] : parseClause(without, without, context);
  if (exported.length > 0 && exported.every((op) => op.op === 'export')) {
    ops.push(...exported);
    return true;
  }
  return false;
}

/** "精彩集锦，帮我剪一下", "…, cut it down": the video asked cut after a clip of its best moments is asked says that clip again. */
function clipAskedAgain(_reading: Reading, heard: Asked): boolean {
  const { text, previous } = heard;
  return previous?.op === 'compile_best_moments' && Words.compileAgain.test(text);
}

/**
 * "已经撤销了，还原回来吧", "刚刚撤回了，给我恢复回来": an undo told as done (read as one asked), then what it took
 * brought back, is that undo taken back (a redo), not the undo said twice.
 */
function undoTakenBack(reading: Reading, heard: Asked): boolean {
  const { ops, clauses } = reading;
  const { place, text, previous } = heard;
  if (previous?.op === 'undo' && place > 0 && Words.undoneStep.test(readable(clauses[place - 1])) && Words.result.redo.test(text)) {
    ops.splice(ops.length - 1, 1, { op: 'redo' });
    return true;
  }
  return false;
}

/** "上一步不要了，撤回": the state said first, then the operation that leaves it: one operation. */
function stateThenStep(reading: Reading, heard: Asked): boolean {
  const { context, saidResult } = reading;
  const { clause, text, previous } = heard;
  return previous !== undefined && saidResult === previous && parsedOnce(clause, text, context, previous);
}

/**
 * "加个片头页，写“欢迎收看”": the words of a card or text the clause before named without them.
 * "加个片尾，写谢谢观看": the words unquoted after 写, as if quoted. "can i add our number at the end like a card? 'Call
 * 555 0199', 3 secs": quoted, then how long it shows.
 */
function wordsOfNamedText(reading: Reading, heard: Asked): boolean {
  const { ops, unknown, context, clauses } = reading;
  const { clause, named, place, previous } = heard;
  const words = wordsAlone(clause);
  // "字幕放下面，写“Langkah 1”", "标题放中间，内容是“开业大吉”": a text named and placed with no words of its own (read as the
  // one there moved), then its words given: a text of those words added there.
  const placedBefore = place > 0 ? clauses[place - 1] : undefined;
  const placedOnly = previous?.op === 'edit_text' && Object.keys(previous).every((key) => key === 'op' || key === 'position');
  if (words !== undefined && placedOnly && !Words.textChangedTo.test(clause.toLowerCase()) && placedBefore !== undefined && parsedOnce(placedBefore, readable(placedBefore), context, previous)) {
    const added = readAlone(`${placedBefore} ${words}`, context);
    if (added.length === 1 && added[0].op === 'add_text' && added[0].position === previous.position) {
      ops[ops.length - 1] = added[0];
      return true;
    }
  }
  if (words !== undefined && named !== undefined) {
    const between = placedBetween(unknown, clauses, place);
    const whole = readAlone(`${between ?? named} ${words}`, context);
    if (whole.length > 0) {
      unknown.splice(between !== undefined ? -2 : -1);
      ops.push(...whole);
      return true;
    }
  }
  return false;
}

/**
 * A clause that only gives a text's words, quoted or after 写 ("写“欢迎收看”", 写谢谢观看, 内容是“…”, "Write 'Hello'."; the
 * sentence's closing mark is no word): those words, quoted.
 */
function wordsAlone(clause: string): string | undefined {
  const written = WRITTEN_ZH.exec(clause.trim())?.[1];
  const words = written === undefined ? clause : `“${written}”`;
  const rest = readable(words).replace(EVERY.writeWords, '').replace(LENGTH_SAID_AFTER, '').replace(/[.!。！]+\s*$/, '');
  return quoted(words) && rest.trim() === '' ? words : undefined;
}

/**
 * "my students won't watch more than 2 minutes, cut it to that": the length said before, as the clip's; "the first
 * clip at 9 seconds, trim it to that": said with a moment, that moment's (never the whole clip's; a moment not found
 * one is not guessed at).
 */
function lengthSaidBefore(reading: Reading, heard: Asked): boolean {
  const { ops, unknown, context } = reading;
  const { clause, text, previous, named } = heard;
  const before = named === undefined ? undefined : parseDurationMs(readable(named));
  if (Words.thatLength.test(text) && (before !== undefined || previous?.op === 'compile_best_moments')) {
    const places = before !== undefined && MOMENT_REF.test(readable(named!)) ? placesNamed(readable(named!), context)
      .map((place) => (place < 0 ? context.moments + 1 + place : place)) : undefined;
    if (places !== undefined && (places.length !== 1 || places[0] < 1 || places[0] > context.moments)) {
      unknown.push(clause);
      return true;
    }
    if (places !== undefined) ops.push({ op: 'trim_moment', index: places[0], to_ms: before! });
    else if (before !== undefined) ops.push({ op: 'compile_best_moments', target_ms: before });
    if (before !== undefined) unknown.pop();
    return true; // "the limit is 90 seconds, make it that long": the clip just asked for, said again
  }
  return false;
}

/** "Step 3 happens at 0:22, zoom there for 5s": "there" is the time the clause before (not read) said. */
function timeSaidThere(reading: Reading, heard: Asked): boolean {
  const { context } = reading;
  const { clause, text, named } = heard;
  const thereAt = named !== undefined && Words.there.test(text) ? parseClock(readable(named))?.said : undefined;
  const there = thereAt === undefined ? [] : parseClause(clause.replace(Words.there, `at ${thereAt}`), text.replace(Words.there, `at ${thereAt}`), context);
  return readWithNamed(reading, there.length > 0 && there.every((op) => op.op === 'zoom_at' || (op.op === 'add_text' && op.start_ms !== undefined)) ? there : undefined);
}

/**
 * "配乐，太吵", "配乐，小声点": the music named alone (配乐 reads as music added), then made quieter or louder, is the music
 * there is, no music added first.
 */
function musicNamedOnly(previous: EditOp, change: EditOp, named: string | undefined): boolean {
  const levelChanged = change.op === 'set_music_volume' && change.volume === undefined;
  return previous.op === 'add_music' && levelChanged && named !== undefined && readable(named).replace(MUSIC_NAMES, '').trim() === '';
}

/**
 * "add music, export, then make it louder and export again", "加音乐导一版，再调小点导一版": the next version goes on
 * about what was changed before the file exported.
 */
function changeGoesOn(reading: Reading, heard: Asked): boolean {
  const { ops, unknown, context, lengthless, clauses } = reading;
  const { clause, text, previous, place } = heard;
  const goesOn = previous?.op === 'export' ? [...ops].reverse().find((op) => op.op !== 'export') : previous;
  const continuation = continued(clause, text, goesOn, context);
  if (continuation && goesOn !== previous) {
    for (const op of continuation) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
    return true;
  }
  if (continuation) {
    // "配乐太吵了，小声一点": the same change said again is one; "放大，再多一点": a setting said again is the later one.
    if (isDeepStrictEqual(continuation[0], previous)) return true;
    if (continuation.length === 1 && mergedTextEdit(previous, continuation[0])) return true;
    // "…, too loud, put it at 10%": a level said outright after a change of it is the level.
    const level = continuation[0].op === 'set_music_volume' && continuation[0].volume !== undefined;
    // ("自动放大打开，收一点": an auto zoom switched on outright stays, its way said after it a second step.)
    const replaced = continuation[0].op === previous!.op && !ZOOM_SWITCHED_ON.has(previous!);
    if (continuation.length === 1 && ((SETTINGS.has(previous!.op) || previous!.op === 'add_music' || level) && replaced || musicNamedOnly(previous!, continuation[0], clauses[place - 1]))) ops.pop();
    for (const op of continuation) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
    return true;
  }
  return false;
}

/**
 * "…又把片尾去掉，导出看看，再加回来导一次": a part taken away earlier in the message, asked back, comes back as it was
 * added; what the clause says after it is read on.
 */
function partAddedBack(reading: Reading, heard: Asked): boolean {
  const { ops, unknown, context, lengthless } = reading;
  const { clause, text } = heard;
  const back = Words.addBack.exec(text);
  const restored = back ? addedBack(ops) : undefined;
  const then = back && restored ? parseClause(clause, text.slice(back[0].length), context) : [];
  if (back && restored && (then.length > 0 || text.slice(back[0].length).trim() === '')) {
    ops.push(restored);
    for (const op of then) if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
    return true;
  }
  return false;
}

/**
 * "开头加个卡片 “马坝油鸡” 两秒 结尾都加一个 “欢迎嚟食”": the other end given one too (都, 也), its words quoted, right after a
 * card, is a card there, of the usual length (its own unsaid; not a title: "结尾加一个 “…”" alone stays a text at the end).
 */
function cardAlike(reading: Reading, heard: Asked): boolean {
  const { ops } = reading;
  const { clause, text, previous } = heard;
  if (previous?.op !== 'add_card') return false;
  const alike = Words.cardAlike.exec(text);
  const words = alike ? quoted(clause) : undefined;
  const card = alike?.[1] ? 'outro' : 'intro';
  if (words === undefined || card === previous.card) return false;
  ops.push({ op: 'add_card', card, text: words, duration_ms: UNSAID.cardMs });
  return true;
}

/**
 * "改成竖屏会不会好点？那就改吧", "音乐要不要加……加个默认的吧": an edit weighed aloud just before (left unread, a question),
 * then decided: by its verb alone, the edit weighed; said with what it takes, read with the part the question named.
 */
function weighedThenDecided(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { named, clause, text, place } = heard;
  const weighed = isClauseBefore(clauses, place, named) ? Words.weighed.exec(readable(named)) : null;
  if (weighed === null) return false;
  // The edit weighed (会不会好点), or asked whether it can be done (能…吗); else the part and the verb of 要不要.
  const { weighedEdit, canEdit, part, verb } = weighed.groups ?? {};
  const edit = weighedEdit ?? canEdit;
  const decidedAlone = Words.decided.test(text);
  const read = edit !== undefined ? (decidedAlone ? readAlone(edit, context) : [])
    : readAlone(decidedAlone ? `${part}${verb}` : `${part}${clause}`, context);
  return readWithNamed(reading, read.length > 0 ? read : undefined);
}

/** "原声大点声，整到1.3倍": a sound named just before (left unread), then turned to a number of times: that sound's level. */
function soundTimes(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { named, clause, text, place } = heard;
  if (!isClauseBefore(clauses, place, named) || !Words.timesTurned.test(text) || !timesAsLoud(readable(`${named}${clause}`))) return false;
  const read = readAlone(`${named}${clause}`, context);
  return readWithNamed(reading, read.length > 0 && read.every((op) => op.op === 'set_source_volume' || op.op === 'set_music_volume') ? read : undefined);
}

/**
 * "字幕打上新米上市，放在下面", "加上字幕欢迎光临，底部": a text's words run on after its noun (left unread: where they end
 * is not said), then only where or when it shows: the words end at the comma, and the text is added there.
 */
function wordsThenWhereShown(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { named, clause, place } = heard;
  const unreadBefore = isClauseBefore(clauses, place, named);
  if (!unreadBefore || !HAN.test(named)) return false;
  const read = readAlone(`${named}，${clause}`, context);
  const added = read.length === 1 && read[0].op === 'add_text' && named.includes(read[0].text);
  return readWithNamed(reading, added ? read : undefined);
}

/**
 * "音乐咋这么大，调到百分之二十", "配乐怎么这么吵，两成就行": the music's level complained of (left unread, a question), then
 * a level with no part named: that level is the music's.
 */
function levelAfterComplaint(reading: Reading, heard: Asked): boolean {
  const { context, clauses } = reading;
  const { named, clause, text, place } = heard;
  const unreadBefore = isClauseBefore(clauses, place, named);
  const complained = unreadBefore ? Words.levelComplained.exec(readable(named)) : null;
  const levelAlone = parseVolume(text) !== undefined && readAlone(clause, context).length === 0;
  if (complained?.groups === undefined || !levelAlone) return false;
  // ("…，百分之三十就行": with no music in the draft the music named with a level reads as added at it: still its level.)
  const [read, ...more] = readAlone(`${complained.groups.music}${clause}`, context);
  const musicLevel = more.length === 0 && (read?.op === 'set_music_volume' || read?.op === 'add_music');
  const level = musicLevel ? read.volume : undefined;
  return readWithNamed(reading, level === undefined ? undefined : [{ op: 'set_music_volume', volume: level }]);
}

/**
 * "Everything you did in the last round, scrap it. Undo, undo, undo.": steps named all at once and taken back by a
 * pronoun are as many as the step words said right after count (no step more); with none said after, how many is not
 * guessed (the words are left unread).
 */
function takenBackAllCounted(reading: Reading, heard: Asked): boolean {
  const { unknown, clauses, context } = reading;
  const { place, clause, text, next } = heard;
  const parsed = readAlone(clause, context);
  const before = place > 0 ? colonQuoted(clauses[place - 1]) : undefined;
  const all = before !== undefined && Words.everythingDone.test(readable(before));
  if (!all || parsed.length !== 1 || parsed[0].op !== 'undo' || Words.undoWord.test(text)) return false;
  const counted = next !== undefined && Words.undoWord.test(readable(next)) && readAlone(next, context).every((op) => op.op === 'undo');
  if (counted && unknown[unknown.length - 1] === before) unknown.pop();
  if (!counted) unknown.push(clause);
  return true;
}

/**
 * "stop making it square and adding music": a request said by its -ing form alone after a stop said with one is a
 * second thing the user wants stopped, no request (left unread, as the stop is).
 */
function stoppedListed(reading: Reading, heard: Asked): boolean {
  const { unknown, clauses } = reading;
  const { clause, text, place } = heard;
  const stopBefore = place > 0 && Words.stoppedDoing.test(readable(clauses[place - 1]));
  if (!stopBefore || !Words.gerundOpening.test(text)) return false;
  unknown.push(clause);
  return true;
}

/** The request just read said again or taken back, and the clause before it named and asked of, in the order they are tried. */
export const namedSteps: Step<Asked>[] = [
  stoppedListed, takenBackAllCounted, wordsThenWhereShown, weighedThenDecided, soundTimes, levelAfterComplaint,
  cardAlike,
  undoneStepsCounted, stateSaidOfLast, noneAddedAfter, namedThenRefused, removalSaidAgain, switchOnIfThere, partNamedThenTaken,
  partNamedThenAdded, additionSaidAgain, switchedOnAgain, madeAgain, addedThenRemoved, exportWithoutIt, clipAskedAgain,
  undoTakenBack, stateThenStep, wordsOfNamedText, lengthSaidBefore, timeSaidThere, changeGoesOn, partAddedBack,
];

/** The operation just read replaced by what the clause before and this one read as together, when they read so. */
function lastReplaced(reading: Reading, read: EditOp[] | undefined): boolean {
  if (read === undefined) return false;
  reading.ops.splice(reading.ops.length - 1, 1, ...read);
  return true;
}

/** The removal of a part just added (the music, a backdrop, a card); none for other operations. */
function removalOf(added: EditOp): EditOp | undefined {
  if (added.op === 'add_music') return { op: 'remove_music' };
  if (added.op === 'set_background') return { op: 'remove_background' };
  return added.op === 'add_card' ? { op: 'remove_card', card: added.card } : undefined;
}

/** A clause that only gives words after 写 ("写谢谢观看", "内容是：欢迎", "写 ACME Ltd. 就行"; not 写错了, 写得好). */
const WRITTEN_ZH = /^(?:就|只|直接)?(?:写(?:上|着)?|(?:内容|文字)(?:是|为|\s*[:：]))\s*[:：]?\s*(?![错得的好完])([^“”"「」『』]+?)(?:\s+就(?:行|好|可以)了?)?$/u;

/** The part the last removal took away, as it was added before it (a card, the music, a backdrop); undefined when none was. */
function addedBack(ops: EditOp[]): EditOp | undefined {
  const latest = [...ops].reverse();
  const taken = latest.find((op) => op.op === 'remove_card' || op.op === 'remove_music' || op.op === 'remove_background');
  if (taken === undefined) return undefined;
  const added = latest.slice(latest.indexOf(taken) + 1).find((op) => (taken.op === 'remove_card' ? op.op === 'add_card' && (taken.card === undefined || op.card === taken.card)
    : taken.op === 'remove_music' ? op.op === 'add_music' : op.op === 'set_background'));
  return added === undefined ? undefined : structuredClone(added);
}

/** The clause before read with the add verb after it, when that reads as an addition other than the clause read alone. */
function namedThenAdded(before: string, clause: string, previous: EditOp, context: ParseContext): EditOp[] | undefined {
  if (!isDeepStrictEqual(readAlone(before, context), [previous]) || Words.slot.add.test(readable(before))) return undefined;
  const both = HAN.test(before) ? `${before}${clause}` : clause.replace(Words.pronounOfPart, before);
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
