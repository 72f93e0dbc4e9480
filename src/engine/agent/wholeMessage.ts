import { type EditOp, quotedAll, SLIP_SAYS_NO, Words } from '../../protocol';
import { aside, messageApart, opensMessage, complainsOnly, contrasts, corrects, directionOfFigure, keptBesideRemoval, namesOtherMoment, onlyOccasion, otherUpload, refuses, saysResultOf, keptSceneSoundAside, saysWhichIsWhich, pointShownAside, idleShownAside, askedHowFirst, wayWished, pointedBack } from './asides';
import { type ParseContext, readable, UNSAID } from './clauseWords';
import { takesAway } from './fragments';
import { AUDIO_FILE, musicAdded } from './mediaOps';
import { SWAP_MOVES } from './momentOps';
import { sharpEnough, SHORTENINGS, sourceLowered, WORDED } from './opKinds';
import type { ParsedMessage } from './parseInstruction';
import { parseVolume } from './parseQuantities';
import type { Reading } from './reading';
import { slotsRead } from './slotReading';
import { namesText } from './splitClauses';

/**
 * The message read to its end: a slip left waiting is unread, each operation made only as the reason for another
 * (a shape a platform asked, a complaint, a bound, …) is dropped beside it, and each clause left unread that is only an
 * aside beside what was read is no word left unread; then what no form of the grammar read is read by slots.
 */
export function messageRead(reading: Reading): ParsedMessage {
  const { ops, unknown, context, clauses, message, purposeShapes, shapesHad, complaints, bounds, bareLengths, directions, keptSound, soundLeft, loudMusic, qualitiesWanted, fadesBetween, unnamedRemovals, slip } = reading;
  // "add music, actually no": a slip left waiting that says only "no" took back the request before it ("undo that, my bad"
  // owns up to what the undo is for); one that reads as words ("音乐调到50%，不对": wrong, but what was meant is not said)
  // is reported unread.
  if (slip !== undefined && readable(slip) === '' && SLIP_SAYS_NO.test(slip) && reading.asked !== undefined) ops.splice(reading.asked.from);
  if (slip !== undefined && readable(slip) !== '') unknown.push(slip);
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
  // "原声留着 加个音乐 百分之四十", "原声保留，再加个音乐": music added leaves the voice as it is too (said so, no level).
  const musicAdded = ops.some((op) => op.op === 'add_music');
  // "包厢里的音乐声太吵，原声压到一成": the music too loud, beside the recording's own sound turned down, is the music in the
  // recording: the reason for that, no change of the music.
  const sourceTurnedDown = ops.some(sourceLowered);
  const askedClip = ops.some((op) => op.op === 'compile_best_moments' && !bareLengths.has(op) && !complaints.has(op));
  const withinBound = (bound: EditOp) => bound.op === 'compile_best_moments'
    && ops.some((op) => op.op === 'compile_best_moments' && !bounds.has(op) && !bareLengths.has(op) && op.target_ms < bound.target_ms);
  // "hard cuts between the clips, no fadey stuff": the fades refused are the ones between the clips.
  const hardCuts = ops.some((op) => op.op === 'crossfade' && op.ms === 0);
  // "茶商那边要高清，请导出1080p的MP4": the sharpness wished, beside a file at a size that gives it, is why that size.
  const sharpFile = (wished: EditOp) => ops.some((op) => sharpEnough(op, wished));
  endsByDraftNumber(ops, context);
  const read = ops.filter((op) => !(directions.has(op) && figured(op, ops)) && !(outright && purposeShapes.has(op)) && !(shapeAsked && shapesHad.has(op)) && !(shortened && complaints.has(op)) && !(chosen && unnamedRemovals.has(op)) && !(askedClip && bareLengths.has(op)) && !(bounds.has(op) && withinBound(op)) && !(musicChanged && keptSound.has(op)) && !(musicAdded && soundLeft.has(op)) && !(sourceTurnedDown && loudMusic.has(op)) && !(hardCuts && fadesBetween.has(op)) && !(qualitiesWanted.has(op) && sharpFile(op)))
    .filter((op) => !(op.op === 'redo' && mistakeLetStand(message, ops)));
  const unread = unknown.filter((clause) => !ops.some((op) => saysResultOf(readable(clause), op) || contrasts(clause, op, context))
      && !(ops.length > 0 && (onlyOccasion(clause) || refuses(clause, context, ops) || aside(clause, ops, messageApart(clause, message), opensMessage(clause, message)) || keptBesideRemoval(clause, ops) || keptSceneSoundAside(clause, ops) || pointShownAside(clause, ops) || idleShownAside(clause, ops) || otherUpload(clause, ops) || directionOfFigure(clause, ops) || wayWished(clause, ops) || pointedBack(clause, ops) || corrects(clause, ops) || saysWhichIsWhich(clause, ops) || askedHowFirst(clause, ops, context)))
      // "what did you cut? show me the tracks", "show the tracks, I want to check the music's there": the question the
      // tracks shown answer.
      && !(ops.some((op) => op.op === 'show_tracks') && checksDraft(readable(clause))) && !(shortened && complainsOnly(readable(clause)) && !namesOtherMoment(readable(clause), ops)));
  const added = musicAddedFirst(reading, read);
  musicDescribedBeside(reading, read);
  const named = added ? unread.filter((clause) => clause !== reading.musicAsked?.clause) : unread;
  return quotesKept(bySlots(read, named, context, message), clauses);
}

/**
 * "open with clip 3 and end with clip 1", 让第三段开场，第一段收尾: one moment wished first and another last, each named by
 * its number in the draft the user sees; the second is moved from where the first move left it (read as numbered after
 * it, "clip 1" would be clip 3 again, moved back to the end).
 */
function endsByDraftNumber(ops: EditOp[], context: ParseContext): void {
  const moves = ops.filter((op): op is Extract<EditOp, { op: 'move_moment' }> => op.op === 'move_moment');
  const last = Math.max(1, context.moments);
  if (moves.length !== 2 || ops.some((op) => op.op === 'remove_moment') || context.moments < 3) return;
  const [first, second] = moves;
  // "swap clip 1 and clip 3", "clips 1 and 3, swap them": a swap's two moves are no two ends wished.
  if (moves.some((move) => SWAP_MOVES.has(move))) return;
  const ends = [first.to, second.to].sort((a, b) => a - b).join();
  if (ends !== `1,${last}` || first.index === second.index) return;
  const order = Array.from({ length: context.moments }, (_, i) => i + 1);
  const [moved] = order.splice(first.index - 1, 1);
  order.splice(first.to - 1, 0, moved);
  second.index = order.indexOf(second.index) + 1;
}

/**
 * "accidentally clicked undo, it's fine leave it", 误点撤销也没事, 我不小心点了撤销，再撤销一次: an undo told as a mistake
 * asks its redo only when nothing else is said of it. Let stand, or beside a step back asked, it is only told (why that
 * step); a redo asked in words of its own ("…, redo it") is still made.
 */
function mistakeLetStand(message: string, ops: EditOp[]): boolean {
  const said = readable(message);
  if (!Words.undoneByMistake.test(said)) return false;
  const rest = said.replace(new RegExp(Words.undoneByMistake.source, 'g'), ',').split(/[,，。.;；!！]+/)
    .map((piece) => piece.trim()).filter((piece) => piece !== '');
  const redoAsked = rest.some((piece) => !Words.not.test(piece) && (Words.redo.test(piece) || Words.result.redo.test(piece)));
  return !redoAsked && (ops.some((op) => op.op === 'undo') || rest.some((piece) => Words.undoLetStand.test(piece)));
}

/** What the draft has, asked or checked ("what did you cut?", "音乐加上没"). */
const checksDraft = (said: string) => Words.aside.askedDraft.test(said) || Words.musicSaid.checked.test(said);

/** A change of the music there is: its level, its fade, its ducking. */
const musicChange = (op: EditOp) => op.op === 'set_music_volume' || op.op === 'set_ducking' || (op.op === 'fade' && op.target === 'music');

/**
 * "音乐要 默认的 音乐淡入两秒", "davai music, lofi, but more quiet after", "BGMを入れて，音量は25%", "加 music 默认那个
 * export 看看 然后 music 大声一点": with no music in the draft and none added by the message, music asked for loosely
 * beside a change of it is added, where it was asked (the change alone would do nothing); a level said first is the added
 * music's. So is a level said first and changed after ("配乐弄轻一点百分之十，导出一版，再把音乐弄响一点": the first level is
 * the music it plays at, the second a change of it). Not music complained of in the recording ("包厢里的音乐声太吵"), nor
 * with music there (ParseContext.music), whose level, fade or ducking is changed. True when the music was added.
 */
function musicAddedFirst(reading: Reading, ops: EditOp[]): boolean {
  const { context, musicAsked, loudMusic } = reading;
  if (context.music !== false || ops.some((op) => op.op === 'add_music' || op.op === 'remove_music' || loudMusic.has(op))) return false;
  const first = ops.findIndex(musicChange);
  const level = ops[first];
  const levelled = level?.op === 'set_music_volume' && level.volume !== undefined ? level.volume : undefined;
  const changedAfter = levelled !== undefined && ops.slice(first + 1).some((op) => op.op === 'set_music_volume');
  if (first < 0 || (musicAsked === undefined && !changedAfter)) return false;
  // "Music: koto_bgm.mp3, and a little quieter": the file the music was asked by is the one added.
  const file = musicAsked === undefined ? undefined : AUDIO_FILE.exec(musicAsked.clause)?.[0];
  if (levelled !== undefined) {
    ops[first] = musicAdded(levelled, file);
    return true;
  }
  const anchor = musicAsked === undefined ? -1 : ops.indexOf(reading.ops[musicAsked.at]);
  // "the lofi music at 20% with a fade-in": a level said where the music was asked is the added music's.
  const askedLevel = musicAsked === undefined ? undefined : parseVolume(readable(musicAsked.clause));
  ops.splice(anchor < 0 ? first : Math.min(anchor, first), 0, musicAdded(askedLevel, file));
  return true;
}

/**
 * "音乐要轻一点的，默认那首，百分之十五", "BGM 不用 duck，直接铺，level 25%": with no music in the draft, how the music should be,
 * said beside the music added, describes that music. Said before it: a level said is its level (unless the music names
 * its own), and a way it should go ("quieter") beside a level is that level's. Said right after it: its ducking and its
 * level are the added music's ("a touch louder" after it is a change, kept). Not music complained of in the recording.
 */
function musicDescribedBeside(reading: Reading, ops: EditOp[]): void {
  const { context, loudMusic } = reading;
  const at = ops.findIndex((op) => op.op === 'add_music' || op.op === 'remove_music');
  const added = ops[at];
  if (context.music !== false || added?.op !== 'add_music') return;
  for (let next = ops[at + 1]; next?.op === 'set_ducking' || (next?.op === 'set_music_volume' && next.volume !== undefined); next = ops[at + 1]) {
    if (next.op === 'set_ducking') added.duck = next.duck;
    else added.volume = next.volume ?? added.volume;
    ops.splice(at + 1, 1);
  }
  const before = ops.slice(0, at).filter((op) => op.op === 'set_music_volume' && !loudMusic.has(op));
  const level = before.flatMap((op) => (op.op === 'set_music_volume' && op.volume !== undefined ? [op.volume] : [])).at(-1);
  if (level !== undefined && added.volume === UNSAID.musicVolume) added.volume = level;
  if (added.volume === UNSAID.musicVolume) return;
  for (const op of before) ops.splice(ops.indexOf(op), 1);
}

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
  return { ops, unknown: read.length === 0 ? left : left.filter((clause) => !aside(clause, ops, messageApart(clause, message), opensMessage(clause, message)) && !again(clause)) };
}

/** "速度快一点，第二段1.5倍": a speed said by its direction only is the way of a moment's speed said by a figure. */
const figured = (direction: EditOp, ops: EditOp[]) => direction.op === 'set_speed' && ops.some((op) => op.op === 'set_speed'
  && op.index !== undefined && Math.sign(op.factor - 1) === Math.sign(direction.factor - 1));
