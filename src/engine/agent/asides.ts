import { isDeepStrictEqual } from 'node:util';
import { AspectWords, CLOSING_PARTICLES_ZH, cutLengthMs, type EditOp, HAN, MOMENT_NOUN, ORDINALS, PlatformWords, PositionWords, quoted, SCENE_BACKGROUND, thingShownQuoted, Words } from '../../protocol';
import { EVERY, maskQuotes, MOMENT_NAMES, MOMENT_REF, type ParseContext, ratioSaid, readable } from './clauseWords';
import { REMOVALS, REPLACEMENTS, SHORTENINGS, sourceLowered, STRETCH_REMOVALS } from './opKinds';
import { parseClause, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { normalizeNumbers, parseOrdinals } from './parseQuantities';

/** The words that name a moment by its place ("the second one", "clip"), taken out to see what else a correction says. */
const MOMENT_WORDS = new RegExp(String.raw`\b(${Object.keys(ORDINALS).join('|')}|last|one|${MOMENT_NOUN})\b`, 'g');

// Whether a clause beside a request asks for something itself: reasons, complaints, replies, who it is for,
// refusals and contrasts ("not the music, the title"), so that a request is read once and an aside changes nothing.

/** "…, 720p is fine" after an export: the approval, taken away, leaves a detail of that file (its resolution or format). */
export function exportDetail(clause: string, text: string, context: ParseContext): boolean {
  const approved = parseClause(clause, text.replace(EVERY.approval, ' '), context);
  return approved.length > 0 && approved.every((op) => op.op === 'set_resolution' || op.op === 'export');
}

/** "第一段删掉，第二段太长了": a complaint about another moment than the ones the message changes is no reason for them. */
export const namesOtherMoment = (text: string, ops: EditOp[]) => {
  const named = parseOrdinals(text);
  return named.length > 0 && !ops.some((op) => 'index' in op && op.index !== undefined && named.includes(op.index));
};

/** A clause asking for a shorter clip only by saying it is too long: no clip word, no length. */
export const complainsOnly = (text: string) => Words.tooLong.test(text) && !Words.compile.test(text) && parseDurationMs(text) === undefined;

/** Intent words a clause about who the video is for must not hold, or it may be a request the parser could not read. */
const INTENT_WORDS = [
  Words.compile, Words.text, Words.music, Words.background, Words.zoom, Words.speed, Words.fill, Words.resolution, Words.export,
  Words.card, Words.intro, Words.outro, Words.crossfade, Words.fade, Words.mute, Words.sourceAudio, Words.without, Words.textEdit,
  ...[...AspectWords, ...PlatformWords].map(([pattern]) => pattern),
];

/** Whether a clause holds any intent word (INTENT_WORDS): it may be a request the grammar did not read. */
export const namesIntent = (text: string): boolean => INTENT_WORDS.some((pattern) => pattern.test(text));

/**
 * A clause that only says who or when the video is for ("学生注意力有限"), or how long the recording is ("这段录屏有十分钟"):
 * no other figure, no quote, no intent word.
 */
export function onlyOccasion(clause: string): boolean {
  const text = readable(clause);
  const recording = Words.sourceLength.test(normalizeNumbers(clause.toLowerCase()));
  return (Words.occasion.test(text) || recording || toldOnly(text)) && !/\d/.test(text.replace(Words.noEditFigure, ' '))
    && quoted(clause.replace(thingShownQuoted, ' ')) === undefined && !namesIntent(text);
}

/**
 * A fact told beside the request (Words.told) that speaks of no moment and of no part of the draft but the file (a
 * platform or a group it goes to is where the file goes): "给家长听的", "这是第二段的录屏" may be about what to change.
 */
const toldOnly = (text: string) => Words.told.test(text) && parseOrdinals(text).length === 0
  && !Object.entries(Words.aside.parts).some(([part, pattern]) => part !== 'file' && pattern.test(text));

/** The uploads the operations choose to use. */
const chosenFiles = (ops: EditOp[]) => ops.flatMap((op) => (op.op === 'use_sources' ? op.files : []));

/**
 * "只用第一个视频，第二个拍糊了": beside "use only these uploads", a clause about another upload by its number (no moment
 * noun, no edit verb) says why that one is left out; so does one refusing the rest ("ignore the other uploads", 别的不要) or
 * saying them spoiled ("另一个拍糊了"),
 * and one naming another upload as the chosen files' names number them (uploadLeftOut).
 */
export function otherUpload(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const used = chosenFiles(ops);
  const named = parseOrdinals(text);
  if (used.length > 0 && [Words.otherUploadsRefused, Words.otherUploadsFaulted].some((said) => said.test(text))) return true;
  return (used.length > 0 && named.length > 0 && named.every((n) => !used.includes(String(n))) && !MOMENT_REF.test(text)
    && !/\d/.test(text) && quoted(clause) === undefined && !Words.aside.verb.test(text)) || uploadLeftOut(clause, ops);
}

/** A file's name ending in a word and its number ("demo_part1.mp4", "take-3.mov"): the word and the number. */
const NUMBERED_FILE = /([\p{L}]+)[\s_-]?(\d+)\.[a-z\d]{2,4}$/iu;

/**
 * Beside uploads chosen that are numbered in their names ("demo_part1.mp4", "demo_part3.mp4"), an upload named by the same
 * word and a number ("part 2"), undefined when the uploads chosen are not all so numbered.
 */
function uploadNumbered(ops: EditOp[]): RegExp | undefined {
  const used = chosenFiles(ops);
  const numbered = used.map((file) => NUMBERED_FILE.exec(file)).filter((said) => said !== null);
  const words = [...new Set(numbered.map(([, word]) => word.toLowerCase()))];
  return used.length === 0 || numbered.length < used.length ? undefined : new RegExp(String.raw`(?<![\p{L}])(?:${words.join('|')})\s*#?\s*(\d+)(?![\d.])`, 'giu');
}

/**
 * "use only demo_part1.mp4 and demo_part3.mp4; part 2 was the broken build": a clause whose one figure is an upload named
 * so (uploadNumbered), none of those chosen, with no edit verb, is why that upload is left out (its figure no value).
 */
export function uploadLeftOut(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const named = uploadNumbered(ops);
  const chosen = chosenFiles(ops).map((file) => Number(NUMBERED_FILE.exec(file)?.[2]));
  const said = named === undefined ? [] : [...text.matchAll(named)].map((match) => Number(match[1]));
  // ("part 2 too", "part 2 is the good one" may ask for it after all: an "also", or which one is wanted.)
  return said.length === 1 && (text.match(/\d+/g) ?? []).length === 1 && !chosen.includes(said[0]) && !Words.aside.more.test(text)
    && quoted(clause) === undefined && !Words.aside.verb.test(text);
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

/** Whether a clause names the part of the draft an operation changes ("leave the shape as it is" of a shape asked). */
export const namesPartOf = (text: string, op: EditOp): boolean => Words.aside.parts[PART_OF[op.op]].test(text);

/**
 * Whether a clause beside the request asks for nothing (Words.aside): "原声关掉，病房里太吵了", "导出720p，放内网用",
 * "Cut 0:50 to 0:58, I burned my finger there". One that may be a request not read stays unread: an edit verb, a
 * figure, a quote, a comparative or an "also", a part of the draft the request does not change, or another moment.
 * Apart: the clause opens or closes the message, set apart from the rest by a stop or a comma (messageApart); first:
 * it opens the message (opensMessage).
 */
export function aside(clause: string, ops: EditOp[], apart = false, first = false): boolean {
  // "Hiii!! Can we make this … for our Reels?? 🦷✨": marks left alone say no words; "自动放大开起来，boleh?": "can?"
  // asked after the request asks it.
  if (!/[\p{L}\p{N}]/u.test(clause) || Words.aside.canAsked.test(readable(clause).trim())) return true;
  // "…, both at the top": a place said of every one just named asks it of them, never context (given where it cannot
  // be, it is said back as unread).
  if (Words.everyOfThem.test(readable(clause).trim()) && PositionWords.some(([place]) => place.test(readable(clause)))) return false;
  if (SAID_OF_ITS_REQUEST.some((said) => said(clause, ops))) return true;
  if (asksNothing(clause, ops, first)) return true;
  // "我们蜡染的视频，你帮剪，三十秒的": the clip said again by its verb alone, wherever it is said.
  if (Words.compileAgain.test(readable(clause))) return ops.some((op) => op.op === 'compile_best_moments');
  const said = readable(clause).replace(/[.!]+$/, ''); // "There's keyboard clacking the whole way through.": said to its end
  // "配乐百分之十八，取「要發」之意": words quoted as what the figure means, no text's words.
  if (Words.aside.meaning.test(said)) return aboutParts('', ops);
  if (Words.aside.lengthInsisted.test(said) || Words.aside.otherLengthJudged.test(said)) return ops.some((op) => op.op === 'compile_best_moments');
  if (Words.aside.bothWanted.test(said)) return ops.filter((op) => op.op === 'export').length > 1;
  // "做成1:1，放 Instagram": the platform beside a shape asked is where the clip goes (beside none, judged as any clause is).
  if (Words.aside.postedTo.test(said) && ops.some((op) => op.op === 'set_aspect')) return true;
  // "i want both, obrigado mano", "Ahlan my dear, I have a video of us …": a greeting, a thanks or a farewell opening or
  // closing the clause after a comma is said beside the rest, which is read as an aside alone.
  const greeted = withoutGreetings(clause);
  if (greeted !== clause) return aside(greeted, ops, apart, first);
  if (Words.aside.lengthWhy.test(said)) return ops.some((op) => op.op === 'compile_best_moments');
  // "包饺子的全过程，剪成一分钟", "Delete clip 2. Wrong recipe.", "标题改成「…」，给换一下", "放大少一点，头都切掉了": what the
  // footage is of, why a moment goes, the request said again, what it mends; each beside the request it speaks of only.
  // (Beside another request, the clause is judged as any other: "mic test vid, keep everything please"; but a process
  // named beside a speed, "拌馅的过程，加速", may be the stretch the speed acts on: unread.)
  const compiled = ops.some((op) => op.op === 'compile_best_moments');
  const sped = ops.some((op) => op.op === 'set_speed' || op.op === 'speed_up_idle');
  const topic = Words.aside.topicNamed.test(said);
  if (topic && !compiled && sped && HAN.test(said)) return false;
  if ((topic && compiled)
    || (Words.aside.wrongShown.test(said) && ops.some((op) => REMOVALS.has(op.op) || op.op === 'cut_range'))
    || (Words.aside.replacedAgain.test(said) && ops.some((op) => REPLACEMENTS.has(op.op)))
    || (Words.aside.croppedNow.test(said) && ops.some(showsMore))) return true;
  // "the screen swap part, zoom at 0:25": which stretch of the footage, beside a request that says where it is.
  if (Words.aside.placeNamed.test(said) && parseOrdinals(said).length === 0) return ops.some(placedInFootage);
  // "in Clipchamp there is 'Fill' and 'Fit'": words quoted from another editor are what it calls things, no text's.
  if (toldOfOtherEditor(clause) && !/\d/.test(said)) return true;
  const { partsCounted, uploadTold, faultLetBe } = Words.aside;
  if ([partsCounted, uploadTold, faultLetBe].some((told) => told.test(said))) return true;
  if ((/\d/.test(said.replace(Words.noEditFigure, ' ')) && !restatesLength(said, ops) && !lengthItHas(said, ops)) || quoted(clause) !== undefined || FILE_NAMED.test(said)) return false;
  // "成片宜静，转场以叠化过渡", "结尾淡出……像翻完最后一页那样": a precept or an image naming no edit is why the request
  // beside it is asked, or how it is to look, whatever part its words seem to speak of.
  if ((Words.aside.precept.test(said) || Words.aside.likeness.test(said)) && !namesIntent(said)) return true;
  const text = Words.aside.frames.reduce((left, frame) => left.replace(frame, (...groups) =>
    groups.slice(1, -2).filter((group) => typeof group === 'string').join(' ')), said.replace(Words.aside.interjection, '')).trim();
  // "ngl the typing test is the best part": what of the footage matters most, no moment named by its place (that may be a
  // moment the request leaves alone).
  if (Words.aside.highlight.test(text) && parseOrdinals(text).length === 0) return true;
  // "blur is for cowards", "is it free", "post-call, brain is mush": said as what is, asked about, or called out.
  const shaped = shapedAside(clause, text, apart);
  if (shaped !== undefined) return aboutParts(spokenOf(shaped, ops), ops);
  // "the hard cuts look jumpy", "the blur looks cheap": in a statement, an edit word before its verb names the part it is about.
  // "I undid the fade by accident": in what the user tells they did, an edit word after an article is the part it was done to.
  const stated = text.replace(Words.statement, ' ');
  const verb = [text, stated === text ? text : stated.replace(ARTICLED, ' ')].every((said) => Words.aside.verb.test(said));
  if (verb || Words.aside.more.test(text)) return false;
  // Read away whole ("给家长群发的": who it is for), it asked for nothing.
  // Opening otherwise, it is context unless it may be a request in words not known (a verb first) or a "no" to one ("but not yet").
  if (text !== '' && !HAN.test(text) && !Words.aside.opens.test(text)
    && (Words.aside.imperative.test(text) || Words.not.test(text) || Words.notYet.test(text))) return false;
  return aboutParts(text, ops);
}

/**
 * "in Premiere I'd add music", "I've a recital recording out of iMovie": what is done, or came, in another editor
 * (Words.aside.otherEditor) asks nothing of this one, whatever its verbs (an aside when it holds no figure), unless this
 * one is named in it or right after it ("…, can you do that here").
 */
export const toldOfOtherEditor = (clause: string, next = '') => Words.aside.otherEditor.test(readable(clause).replace(/[.!]+$/, ''))
  && ![clause, next].some((near) => Words.aside.thisEditor.test(readable(near)));

/** A zoom taken back or made less, or bars instead of a crop: what shows the picture's edges again ("边都切掉了"). */
const showsMore = (op: EditOp) => (op.op === 'set_zoom' && (op.mode === 'less' || op.mode === 'off'))
  || ((op.op === 'set_fill' || op.op === 'set_aspect') && op.fill === 'letterbox');

/** An operation placed in the footage: on a moment, or at a time. */
const placedInFootage = (op: EditOp) => ('index' in op && op.index !== undefined) || 'start_ms' in op;

/** The clause without the greetings, thanks or farewells set apart by commas at its ends (the clause as it is when none, or all). */
function withoutGreetings(clause: string): string {
  const pieces = clause.split(/\s*[,;]\s*/);
  const greets = (piece: string) => GREETING.test(readable(piece).replace(/[.!?]+$/, '').trim());
  let [first, last] = [0, pieces.length];
  while (first < last && greets(pieces[first])) first += 1;
  while (last > first && greets(pieces[last - 1])) last -= 1;
  return first === last || (first === 0 && last === pieces.length) ? clause : pieces.slice(first, last).join(', ');
}

/** The shapes a piece of an aside may have (Words.aside.shape), a cry only beside another of them, shouted or said apart. */
const { statement: STATEMENT, question: QUESTION, greeting: GREETING, cry: CRY, apart: APART, answered: ANSWERED, wished: WISHED, statementZh: STATEMENT_ZH } = Words.aside.shape;

/**
 * A clause beside a request shaped as no request at all (the general rule behind the asides listed in Words.aside):
 * each piece of it, between its commas and "and" / "but", said as what is ("I made mistake", "blur is for cowards",
 * 挑毛很慢的), asked about ("is it free", "why the video is standing"), a greeting ("hello dear") or a cry beside them
 * ("post-call, brain is mush", "…, oops"; alone only shouted, "READY ALL", or said apart, opening or closing the
 * message, in a few words that name no edit: "dead on. now …"). A wish or a request anywhere in it ("I want
 * it pumping", "let's …", 可以慢一些), an "also" or a comparative (Words.aside.more) and anything else keep it unread.
 * Returns the clause's words (for the parts it speaks of), or undefined when it is not so shaped.
 */
function shapedAside(clause: string, text: string, apart: boolean): { text: string; self: boolean } | undefined {
  const said = text.replace(/^[^\p{L}\p{N}]+/u, '');
  // ("will the export be HD": a will that asks what an edit gives is a question, no wish.)
  if (said === '' || (WISHED.test(said) && !Words.resultAsked.test(said))) return undefined;
  if (HAN.test(said)) return STATEMENT_ZH.test(said) && !Words.aside.more.test(said) ? { text: said, self: false } : undefined;
  const pieces = said.split(/\s*[,;:]\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+/).filter((piece) => piece !== '');
  if (pieces.some((piece) => Words.aside.more.test(piece))) return undefined;
  const told = pieces.filter((piece) => STATEMENT.test(piece) || QUESTION.test(piece) || GREETING.test(piece));
  // "UNDERWATER CLIP 2 SLOWER, HALF SPEED": words shouted that name an edit ("HALF SPEED") are a detail of it, no cry.
  const shouted = /\p{Lu}{2}/u.test(clause) && clause === clause.toUpperCase() && !namesIntent(said);
  const cried = pieces.every((piece) => told.includes(piece) || CRY.test(piece));
  const criedApart = apart && pieces.length === 1 && APART.test(said) && !Words.aside.verb.test(said) && !namesIntent(said);
  if (!criedApart && (!cried || (told.length === 0 && !shouted))) return undefined;
  // "I hear you on the length": said back to the editor, it asks nothing of the parts it names.
  if (told.length === pieces.length && ANSWERED.test(told[0])) return { text: '', self: true };
  // "I made mistake", "I change mind": a statement of the user's own (no edit done in it) is about them.
  return { text: said, self: /^(?:i|we|i'm|im|i've|we're|we've)\b/.test(told[0] ?? '') && !EDITED.some((form) => Words.aside.verb.test(form(said))) };
}

/** An edit verb said in the past ("I deleted", "we added"), as Words.aside.verb knows it in the present. */
const EDITED = [(said: string) => said, (said: string) => said.replace(/ed\b/g, ''), (said: string) => said.replace(/d\b/g, '')];

/**
 * The words of a shaped aside whose parts of the draft count: a mistake or something wrong ("oops", "the clips are in
 * the wrong order") is of the history beside no other part, but of the part said with it ("it has my password on
 * screen, oops": the look a removal changes) or of the user's own doing ("I made mistake").
 */
function spokenOf(shaped: { text: string; self: boolean }, ops: EditOp[]): string {
  const history = new RegExp(Words.aside.parts.history.source, 'gu');
  const other = Object.entries(Words.aside.parts).some(([part, pattern]) => part !== 'history' && pattern.test(shaped.text)
    && ops.some((op) => PART_OF[op.op] === part || STRETCH_REMOVALS.has(op.op)));
  return shaped.self || other ? shaped.text.replace(history, ' ') : shaped.text;
}

/** Whether a clause opens the message (what is said before the request: the footage it is of). */
export const opensMessage = (clause: string, message: string) => message.trim().startsWith(clause.trim());

/**
 * Whether a clause opens or closes the message, set apart from the rest of it by a stop or a comma ("dead on. now put …",
 * "…, export it. ta muchly"), the place of a greeting, a thanks or a cheer.
 */
export function messageApart(clause: string, message: string): boolean {
  const said = message.trim();
  const at = said.indexOf(clause);
  if (at < 0) return false;
  const [before, after] = [said.slice(0, at), said.slice(at + clause.length)];
  const bare = (part: string) => !/[\p{L}\p{N}]/u.test(part);
  return (bare(before) && !bare(after) && /^\s*[.!,;:…]/.test(after)) || (bare(after) && !bare(before) && /[.!,;:…]\s*$/.test(before));
}

/** A word after an article ("the fade", "a cut"): a noun, though an edit verb is spelled so. */
const ARTICLED = /\b(?:the|that|this|these|those|my|our|a|an)\s+[a-z-]+/g;

/**
 * "kill the gym noise. Mute the original audio.": a noise cleaned, beside the recording's sound switched off, is what the
 * mute does; "let's lower the room noise. Set the video's own audio to 30 percent.": a noise lowered, beside the recording's
 * sound turned down, what that does.
 */
const noiseMuted = (clause: string, ops: EditOp[]) => ops.some((op) => (op.op === 'set_source_volume' && op.volume === 0
  && Words.noiseRemoval.test(readable(clause))) || (sourceLowered(op) && Words.noiseLowered.test(readable(clause))));

/** "remove dead air only. Retain all talking.": beside the silences taken out, the speech said to stay is what that leaves. */
const speechKept = (clause: string, ops: EditOp[]) => Words.aside.speechKept.test(readable(clause)) && ops.some((op) => op.op === 'remove_dead_air');

/**
 * "第一段（开箱）保留，第三段删除": beside the removal of later moments, the ones said to stay are what the removal leaves
 * (what they show, in brackets, names them again). A moment after a removed one ("第二段删掉，第三段留着") is numbered
 * again by the removal: which one stays is not guessed at. "speed up clip 2 and 3, clip 1 stays": beside other moments'
 * speeds (no moment moved), one said to stay is what they leave too.
 */
export function keptBesideRemoval(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause).replace(/[（(][^（()）]*[)）]/g, '');
  const kept = parseOrdinals(text);
  const removed = ops.flatMap((op) => (STRETCH_REMOVALS.has(op.op) && 'index' in op && op.index !== undefined ? [op.index] : []));
  const paced = ops.flatMap((op) => (op.op === 'set_speed' && op.index !== undefined ? [op.index] : []));
  return Words.aside.keptMoment.test(text) && removed.length + paced.length > 0 && !ops.some((op) => op.op === 'move_moment')
    && kept.every((n) => n > 0 && !paced.includes(n) && !removed.includes(n));
}

/**
 * "cut it to 40 seconds. only the calmest, clearest parts": beside the clip of the best moments, which stretches are best
 * (no figure, no place, no other part of the draft named before what they show).
 */
function bestPicked(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const picked = text.replace(/ (?:where|when|in which|that|with|of) .*$/, '');
  return Words.aside.bestPicked.test(text) && ops.some((op) => op.op === 'compile_best_moments') && !/\d/.test(text)
    && quoted(clause) === undefined && parseOrdinals(picked).length === 0 && !INTENT_WORDS.some((pattern) => pattern !== Words.compile && pattern.test(picked));
}

/** "…, the last one is the good one, so use only the last file": beside that one upload chosen, why it is (Words.aside.goodTake). */
function goodTakeChosen(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const [good] = parseOrdinals(text);
  const chosen = chosenFiles(ops);
  return Words.aside.goodTake.test(text) && chosen.length === 1 && chosen[0] === (good < 0 ? 'last' : String(good));
}

/** "片头那个卡不要了 片尾留着", "删掉片尾，片头保留": beside one card taken away, the other said to stay is what that leaves. */
function cardKept(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const kept = Words.cardKept.exec(text);
  const other = kept !== null && Words.intro.test(kept[0]) ? 'outro' : 'intro';
  return kept !== null && text.replace(kept[0], '').replace(CLOSING_PARTICLES_ZH, '').trim() === '' && ops.some((op) => op.op === 'remove_card' && op.card === other);
}

/**
 * "take out the idle bits, keep the rest": beside a removal, what it leaves said to stay; beside the idle stretches or a
 * moment sped up ("idle bits 8x, keep the rest"), the rest at its pace, which it stays at; beside any request, said to
 * stay as it is.
 */
const keptRest = (clause: string, ops: EditOp[]) => Words.aside.keptRest.test(readable(clause))
  && ops.some((op) => op.op === 'remove_dead_air' || op.op === 'speed_up_idle' || (op.op === 'set_speed' && op.index !== undefined)
    || STRETCH_REMOVALS.has(op.op) || Words.aside.restAsIs.test(readable(clause)));

/**
 * "turn my voice down, leave the music", "remove the music, keep my voice": beside a change of one sound, the
 * other said to stay as it is, which the change leaves.
 */
function soundKept(clause: string, ops: EditOp[]): boolean {
  const kept = Words.aside.soundKept.exec(readable(clause))?.groups;
  if (kept === undefined) return false;
  const music = Words.music.test(kept.kept ?? kept.stays);
  const changesOther = (op: EditOp) => (music ? op.op === 'set_source_volume' : op.op === 'set_music_volume' || op.op === 'remove_music');
  return ops.some(changesOther);
}

/** "speed the idle parts 8x, keep em": beside idle stretches sped up, the stretches said to stay, which a speed-up cuts none of. */
const spedKept = (clause: string, ops: EditOp[]) => Words.aside.spedKept.test(readable(clause).replace(/[.!]+$/, ''))
  && ops.some((op) => op.op === 'speed_up_idle');

/** "剪成一分钟，动作要领都留着": beside a clip picked or the idle stretches taken out or sped up, what happens said to stay, which they keep. */
const contentKept = (clause: string, ops: EditOp[]) => Words.aside.contentKept.test(readable(clause))
  && (ops.some((op) => op.op === 'compile_best_moments') || idleTaken(ops));

/** Whether the operations take out or speed up the idle stretches. */
const idleTaken = (ops: EditOp[]) => ops.some((op) => op.op === 'remove_dead_air' || op.op === 'speed_up_idle');

/**
 * "中间我去拿器材那会儿，画面没人也没声音，那段可以剪掉": beside the idle stretches taken out or sped up, the while one of them
 * was; "晚上太暗，…全部删掉": or the footage filmed too dark to show anything, why they go.
 */
const idleWhile = (clause: string, ops: EditOp[]) => idleTaken(ops)
  && [Words.aside.idleWhile, Words.aside.filmedDark].some((said) => said.test(readable(clause)));

/** "第三段挪到最前面，院子的全景放开头更好": beside a moment moved to the start (or later), that place said better is why. */
function placedBetter(clause: string, ops: EditOp[]): boolean {
  const said = Words.aside.placedBetter.exec(readable(clause));
  return said !== null && ops.some((op) => op.op === 'move_moment' && (said[1] === undefined ? op.to > 1 : op.to === 1));
}

/** "在第20秒处放大画面，保持5秒，突出树上的猴群": beside a zoom in, what it is to show (no intent word of its own). */
const zoomedFor = (clause: string, ops: EditOp[]) => Words.aside.zoomedFor.test(readable(clause)) && !namesIntent(readable(clause))
  && ops.some((op) => op.op === 'zoom_at' || (op.op === 'set_zoom' && op.mode !== 'off' && op.mode !== 'less'));

/**
 * The asides that speak of the request beside them, tried in turn (the first that holds says so): what it keeps or
 * leaves, which stretches or take it picks, the noise it does away with, the while it cuts, why it moves a moment there,
 * what a zoom shows.
 */
const SAID_OF_ITS_REQUEST: readonly ((clause: string, ops: EditOp[]) => boolean)[] = [
  bestPicked, keptRest, soundKept, speechKept, noiseMuted, goodTakeChosen, cardKept, spedKept, contentKept, idleWhile,
  placedBetter, zoomedFor, cameAtOnce,
];

/**
 * "take out the fade in of the music, I want it to start directly": beside a fade taken off one end, that end said to
 * come at once (a start beside the fade in, an end beside the fade out).
 */
function cameAtOnce(clause: string, ops: EditOp[]): boolean {
  const said = Words.aside.atOnce.exec(readable(clause).replace(/[.!]+$/, '').trim());
  const end = said?.slice(1).find((verb) => verb !== undefined);
  if (end === undefined) return false;
  const start = /^(?:start|begin|come in|kick in|open|进|响起?|起|开始)$/.test(end);
  return ops.some((op) => op.op === 'fade' && (start ? op.in_ms : op.out_ms) === 0);
}

/**
 * "刻刀的声音留着，原声百分之九十": a sound of the scene said to stay, beside the recording's own sound kept audible; "诵经的声音要
 * 留着，背景音乐去掉", "keep the chanting, remove the music": or beside the music taken out, which leaves that sound (a sound
 * named: not a bare 留着).
 */
export const keptSceneSoundAside = (clause: string, ops: EditOp[]) => Words.aside.keptSceneSound.test(readable(clause))
  && ops.some((op) => (op.op === 'set_source_volume' && op.volume !== 0) || (op.op === 'remove_music' && SOUND_NAMED.test(readable(clause))))
  && !ops.some((op) => op.op === 'set_source_volume' && op.volume === 0);

/** A sound named ("诵经的声音", "the chanting", "crowd noise"), not only kept ("留着"). */
const SOUND_NAMED = /声|[a-z]/;

/** "伞面撑开那一下，第33秒，放大": a point named by what happens there, beside a zoom at a time said or one that follows the action. */
export function pointShownAside(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  return Words.aside.pointShown.test(text) && quoted(clause) === undefined
    && !namesIntent(text) && ops.some((op) => op.op === 'zoom_at' || (op.op === 'set_zoom' && op.mode === 'auto'));
}

/**
 * "炒菜籽那会儿画面半天不动，那些不动的地方八倍速": the idle stretches described, beside the request that speeds them up or
 * cuts them; "折的过程很安静", the footage said to be quiet, the same.
 */
export function idleShownAside(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  return (Words.idle.test(text) || Words.quietShown.test(text)) && !/\d/.test(text) && quoted(clause) === undefined
    && !Words.aside.verb.test(text) && !namesIntent(text)
    && ops.some((op) => op.op === 'speed_up_idle' || op.op === 'remove_dead_air');
}

/** "the underwater bits are clip 2 and 3": what moments show, named by their places (after a cry: "iva, …"). */
const MOMENTS_ARE = new RegExp(String.raw`^(?:[a-z']+,\s*)?(?:the|this|that|these|those|my|our)\s+(?!(?:${MOMENT_NOUN})s?\b)[\w'\s-]{1,40}?\s+(?:is|are)\s+(?:(?:${MOMENT_NOUN})s?\s*#?\s*\d+(?:\s*(?:,|and|&)\s*\d+)*)$`);

/**
 * "the underwater bits are clip 2 and 3, put clip 3 before clip 2": which moments show what, beside a request that
 * names one of them by its place itself, only says which is which.
 */
export function saysWhichIsWhich(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const named = MOMENTS_ARE.test(text) ? (text.match(/\d+/g) ?? []).map(Number) : [];
  return named.length > 0 && quoted(clause) === undefined
    && ops.some((op) => 'index' in op && op.index !== undefined && named.includes(op.index));
}

/**
 * "no not clip 1, I meant clip 3, remove clip 3": a correction that only names a moment, the one a request beside it
 * is about ("I meant clip 3") or not ("not clip 1").
 */
export function corrects(clause: string, ops: EditOp[]): boolean {
  const said = Words.aside.correction.exec(readable(clause).replace(Words.aside.interjection, ''));
  const named = said === null ? [] : parseOrdinals(said[2]);
  const acted = ops.flatMap((op) => ('index' in op && op.index !== undefined ? [op.index] : []));
  return said !== null && named.length === 1 && acted.length > 0 && quoted(clause) === undefined
    && said[2].replace(MOMENT_NAMES, ' ').replace(MOMENT_WORDS, ' ').trim() === ''
    && (said[1] !== undefined || acted.includes(named[0]));
}

/**
 * "the funder only watches the first 30 secs, make it 30 seconds": one figure, the length of the clip asked for beside it;
 * "开头空了两秒才开始说话，0:00到0:02剪掉": the length of the stretch cut beside it.
 */
function restatesLength(text: string, ops: EditOp[]): boolean {
  const length = (text.match(/\d+(?:\.\d+)?/g) ?? []).length === 1 ? parseDurationMs(text) : undefined;
  return length !== undefined && ops.some((op) => (op.op === 'compile_best_moments' && op.target_ms === length)
    || (op.op === 'cut_range' && cutLengthMs(op) === length));
}

/**
 * "为什么只有40秒？…重新剪一分钟的", "why is it 2 minutes long, … make it 30 seconds": the length it has, beside the clip of
 * the length asked for.
 */
const lengthItHas = (text: string, ops: EditOp[]) => Words.lengthNow.test(text)
  && ops.some((op) => op.op === 'compile_best_moments' && op.target_ms !== parseDurationMs(text));

/** A file named ("sunset-mix.wav", "xian.png"): what a request takes, never only why. */
const FILE_NAMED = /[\p{L}\p{N}_-]+\.[a-z][a-z0-9]{1,3}\b/iu;

/**
 * "put clip 3 first, the kitchen is what sells the house": a request, then after a comma (with no verb there to split
 * at) an aside about it; read as the request, when what follows the comma is an aside to it.
 */
export function requestBeforeAside(clause: string, context: ParseContext, whole: EditOp[]): EditOp[] | undefined {
  const comma = clause.lastIndexOf(', ');
  if (comma < 0) return undefined;
  const request = clause.slice(0, comma);
  const why = clause.slice(comma + 2);
  const ops = readAlone(request, context);
  if (ops.length === 0 || !aside(why, ops)) return undefined;
  // "no intro card, it's good as it is": a part refused beside the draft approved as it stands is one not to add, no
  // removal ("remove the intro card, the rest is fine as it is" says its verb).
  if (Words.fineAsItIs.test(readable(why)) && Words.not.test(readable(request)) && ops.every((op) => REMOVALS.has(op.op))) return [];
  // The whole clause read otherwise: "letterbox it, the blurred sides fight with the UI" names what the request replaces
  // (another value of what it sets); "crop instead of blur pls, the blur looks cheap", "drop the opening clip, it's all
  // loading screens" say what is, which asks nothing ("add a title 'Hi', it should be at the top" asks where it goes).
  const named = readAlone(why, context);
  // "rise from darkness at the start, and fall to darkness at the end": a fade's other end is that fade's, no replacement.
  const otherEnd = named.length === 1 && named[0].op === 'fade' && ops.length === 1 && ops[0].op === 'fade' && (named[0].in_ms === undefined) !== (ops[0].in_ms === undefined);
  // "export it, webm": a file's kind said alone after its export is that export's, no replacement of it; after files
  // listed ("export mp4, webm, gif") it is one more of the list.
  const kindOf = named.length === 1 && named[0].op === 'export' && ops.every((op) => op.op === 'export') && FILE_KIND_ALONE.test(readable(why));
  // ("the first clip at 0.5x, and the last clip twice as fast": the same edit of another part is no replacement.)
  const sameTarget = (asked: EditOp, op: EditOp) => asked.op === op.op && (!('index' in asked) || !('index' in op) || asked.index === op.index);
  const replaced = named.length > 0 && !otherEnd && !kindOf && named.every((op) => ops.some((asked) => sameTarget(asked, op)));
  const states = named.length === 0 && (Words.statement.test(readable(why)) || IT_IS.test(readable(why)));
  // Read whole as the request alone ("no dissolves, it's rock n roll"), the clause is read as any other (its fades
  // between the clips one with "hard cuts" said before it).
  return (whole.length === 0 || replaced || states) && !isDeepStrictEqual(whole, ops) ? ops : undefined;
}

/** "webm", "as a gif please", "mov file": one word said alone, with no more than how a file is named around it. */
const FILE_KIND_ALONE = /^(?:(?:as|in|to)\s+)?(?:an?\s+)?[a-z\d]+(?:\s+(?:file|format|please|pls|thanks))*[.!]*$/;

/** "it's all loading screens", "that's the long compile": what something is, said of it. */
const IT_IS = /^(it's|it is|that's|that is|this is|there's|there is)\b/;

/**
 * "remove clip 2, the intro is boring", "delete clip 3 because the outro drags", 把第二段删了因为片头太无聊: a
 * request, then after its last break a reason (said after "because", or a statement) that asks nothing alone. When the
 * reason's words change what the request reads as (the intro card taken away for clip 2, nothing read for "drop clip 3,
 * the zoom there is awful"), they are only why: the request alone.
 */
export function requestBeforeReason(clause: string, read: EditOp[], context: ParseContext): EditOp[] | undefined {
  const request = beforeReason(clause, context);
  const asked = request === undefined ? [] : readAlone(request, context);
  return asked.length > 0 && !isDeepStrictEqual(asked, read) ? asked : undefined;
}

/**
 * The request said before a reason after its last break ("remove the third one, that room is not finished"): undefined
 * when no reason follows (one said after "because", or a statement, that asks nothing alone).
 */
export function beforeReason(clause: string, context: ParseContext): string | undefined {
  // ("加标题：Footscray 法包 since 1998": a "since" inside a text's words is theirs, no reason's.)
  const { masked, unmask } = maskQuotes(clause);
  const breaks = [...masked.matchAll(REASON_BREAK)];
  const last = breaks[breaks.length - 1];
  if (last === undefined) return undefined;
  const [request, reason] = [unmask(masked.slice(0, last.index)), readable(unmask(masked.slice(last.index + last[0].length)).replace(/\)\s*$/, ''))];
  const because = /[a-z]|因为|由于/i.test(last[0]);
  return !(because || Words.statement.test(reason) || STATED.test(reason)) || parseClause(reason, reason, context).length > 0 ? undefined : request;
}

/** Where a reason starts after a request: a comma, a full stop, a dash or a bracket, or "because" (因为). */
const REASON_BREAK = /(?:[,.;]|\s[-–—])\s+|\s+\(|\s+(?:because|since|cause|'cause|coz|cuz)\s+|[，,]?\s*(?:因为|由于)/gi;

/** "the outro drags", "this part sucks": a part said to do something (not to need or want something done). */
const STATED = /^(the|this|that|my|our) [a-z-]+ (?!(needs|wants|has|deserves|requires|goes)\b)[a-z]+s\b/;

/**
 * A clause of the kinds that ask nothing (Words.aside.asksNothing) beside a request read: a nudge or an "all right?"
 * beside any; a feeling, its lead-in about the parts the request changes; the footage named first, or the clip asked
 * again with what it is about, beside the clip of the best moments. A figure, a quote, a shape or another intent word
 * keeps it unread.
 */
function asksNothing(clause: string, ops: EditOp[], first: boolean): boolean {
  const said = readable(clause).replace(/[.!。！]+$/, '').trim();
  const { feeling, nudge, okAsked, footageNamed, videoMade, shaken, unseen } = Words.aside.asksNothing;
  if (ops.length === 0 || quoted(clause) !== undefined || /\d/.test(normalizeNumbers(said))) return false;
  if (nudge.test(said) || okAsked.test(said)) return true;
  // "镜头晃得很": a shaky shot, beside the zoom changed, is why (a zoom that follows the action shakes with it).
  if (shaken.test(said)) return ops.some((op) => op.op === 'set_zoom' || op.op === 'zoom_at');
  const hidden = unseen.exec(said)?.[1];
  if (hidden !== undefined) return ops.some((op) => namesPartOf(hidden, op)) && aboutParts(hidden, ops);
  const felt = feeling.exec(said);
  if (felt !== null) return !namesIntent(felt[1]) && aboutParts(felt[1], ops);
  if (!ops.some((op) => op.op === 'compile_best_moments') || saysShape(said)) return false;
  // (加 between two names is "and": "航拍加葡萄园的"; the clip's own verbs are the clip asked again.)
  // (Named after the request, "剪30秒，航拍的", the footage may be chosen: unread.)
  const joined = said.replace(Words.plusAsAnd, '和');
  const named = first && footageNamed.test(said) && !Words.aside.verb.test(joined);
  const intent = INTENT_WORDS.some((pattern) => pattern !== Words.compile && pattern.test(said));
  return (named || videoMade.test(said)) && !intent
    && Object.entries(Words.aside.parts).every(([part, pattern]) => part === 'timeline' || !pattern.test(said));
}

/** Whether the clause speaks only of parts of the draft the operations change, and of no other moment than theirs. */
function aboutParts(text: string, ops: EditOp[]): boolean {
  // "the dog barking in the background is too much": a place in the filmed scene is no backdrop of the draft.
  // "remove all the text. clean frame", "move the title up; it crowds the bottom of the frame": the frame a text sits
  // in, spoken of beside a change of the text, is where the text is.
  const scene = text.replace(SCENE_BACKGROUND, ' ');
  const said = ops.some((op) => PART_OF[op.op] === 'words') ? scene.replace(Words.aside.textFrame, ' ') : scene;
  const parts = new Set(ops.flatMap((op) => (STRETCH_REMOVALS.has(op.op) ? ['timeline', 'look', 'sound'] as const : [PART_OF[op.op]])));
  const spoken = Object.entries(Words.aside.parts).filter(([, pattern]) => pattern.test(said)).map(([part]) => part);
  // A step back (undo, redo) changes whatever the step changed: a clause beside it may speak of any part ("之前加的那条字幕，撤销吧"),
  // and of a last or first one that is no moment ("I changed my mind about that last change"); beside steps back alone, of
  // a moment as it was before the step ("the last clip was good"), which is why it is taken back.
  if (!parts.has('history') && !spoken.every((part) => parts.has(part as keyof typeof Words.aside.parts))) return false;
  if (parts.has('history') && (!MOMENT_REF.test(text) || (parts.size === 1 && Words.aside.wasBefore.test(text)))) return true;
  const moments = parseOrdinals(text.replace(Words.aside.notMoment, ' '));
  // "Why first clip is coming at last? Put the 3rd clip at position 1": a move changes the moment at the place it moves to too.
  return moments.every((n) => ops.some((op) => ('index' in op && op.index === (n < 0 ? op.index : n)) || (op.op === 'move_moment' && op.to === n)));
}

/**
 * "导出gif咋样，能发群里不？就导个gif吧", "咋导出来？导成mp4": an edit asked about as a question (how, how about), beside the
 * same edit asked outright: that edit, asked once.
 */
export function askedHowFirst(clause: string, ops: EditOp[], context: ParseContext): boolean {
  const text = readable(clause);
  const asked = text.replace(Words.aside.askedHow, ' ').trim();
  if (asked === text || asked === '') return false;
  const read = parseClause(asked, asked, context);
  return read.length > 0 && read.every((op) => ops.some((done) => done.op === op.op));
}

/** "声音大点，原声调到120%": which way the sound or the speed goes, said beside the figure that sets it. */
export function directionOfFigure(clause: string, ops: EditOp[]): boolean {
  const text = readable(clause);
  const sound = ops.some((op) => op.op === 'set_source_volume' || (op.op === 'set_music_volume' && op.volume !== undefined));
  return (sound && Words.direction.sound.test(text)) || (ops.some((op) => op.op === 'set_source_volume') && Words.direction.sceneSound.test(text))
    || (ops.some((op) => op.op === 'set_speed') && Words.direction.speed.test(text));
}

/** The operations each way of the result (Words.direction.en.ways) goes with. */
const WAY_OF: Record<keyof typeof Words.direction.en.ways, (op: EditOp) => boolean> = {
  quicker: (op) => SHORTENINGS.has(op.op) || (op.op === 'set_speed' && op.factor > 1),
  slower: (op) => op.op === 'set_speed' && op.factor < 1,
  bigger: (op) => op.op === 'zoom_at' || (op.op === 'set_zoom' && op.mode !== 'off' && op.mode !== 'less'),
  louder: (op) => (op.op === 'set_source_volume' || op.op === 'set_music_volume') && op.volume !== undefined && op.volume >= 1,
  quieter: (op) => (op.op === 'set_source_volume' || op.op === 'set_music_volume') && op.volume !== undefined && op.volume < 1,
  taller: (op) => op.op === 'set_aspect' && (op.aspect === '9:16' || op.aspect === '4:5'),
  wider: (op) => op.op === 'set_aspect' && op.aspect === '16:9',
};

/**
 * "whole thing 1.5x, make it zippy", "the middle section should go, I want this to feel short and sweet", "the cuckoo
 * should be seen bigger — zoom at 0:08": the result wished a way the request beside it goes, or only a feeling ("I want
 * it pumping", "MAKE IT BRUTAL AND SHORT"); every word after the wish a way of one of the operations or a feeling.
 * Another way ("make it short" beside music added) or a word not known ("make it monochrome") stays unread.
 */
export function wayWished(clause: string, ops: EditOp[]): boolean {
  const { wish, between, called, ways, feel } = Words.direction.en;
  const said = wish.exec(readable(clause).replace(/[.!?]+$/, '').replace(called, ''));
  const words = said === null ? [] : (said[1] ?? said[2]).split(between).filter((word) => word !== '');
  return words.length > 0 && quoted(clause) === undefined && words.every((word) => feel.test(word)
    || Object.entries(ways).some(([way, pattern]) => pattern.test(word) && ops.some(WAY_OF[way as keyof typeof ways])));
}

/**
 * Whether the clause only says what not to do ("不要黑边", "不剪也不加速", "don't add music", 先别导出): understood, and
 * it changes nothing. A remove verb is no such "no": "删掉那个放大" is a removal not read, never a refusal of a zoom.
 */
export function refuses(clause: string, context: ParseContext, ops: EditOp[]): boolean {
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
export function contrasts(clause: string, op: EditOp, context: ParseContext): boolean {
  const text = readable(clause);
  if (!Words.negation.test(text)) return false;
  const without = text.replace(EVERY.negation, ' ').trim();
  const said = parseClause(clause, without, context);
  return said.length === 1 && said[0].op === op.op && !isDeepStrictEqual(said[0], op);
}

/** Whether the clause names a frame shape outright ("4:5", 竖屏, "square"), not only by a platform. */
export const saysShape = (text: string) => ratioSaid(text) !== undefined
  || AspectWords.some(([pattern]) => pattern.test(text));

/** Whether the clause reads as exactly that one operation. */
export function parsedOnce(clause: string, text: string, context: ParseContext, op: EditOp): boolean {
  const parsed = parseClause(clause, text, context);
  return parsed.length === 1 && isDeepStrictEqual(parsed[0], op);
}

/** Whether the clause says the state the operation leaves (Words.result), so it asks for nothing more. */
export function saysResultOf(text: string, op: EditOp): boolean {
  const lowered = (op.op === 'set_resolution' || op.op === 'export') && (op.resolution === '720p' || op.resolution === '1080p');
  // Zooming less, as zooming off, shows more of the picture.
  const state = op.op === 'set_zoom' && (op.mode === 'off' || op.mode === 'less') ? 'zoomOff'
    : (op.op === 'set_fill' || op.op === 'set_aspect') && op.fill === 'letterbox' ? 'uncropped'
    : op.op === 'set_zoom' && op.mode === 'auto' ? 'zoomAuto'
    : lowered ? 'smallerFile'
    : op.op === 'set_source_volume' && op.volume === 0 ? 'muted'
    : op.op === 'remove_music' ? 'voiceOnly'
    // A moment trimmed, or the clip cut, to a length leaves the rest out.
    : op.op === 'trim_moment' || op.op === 'compile_best_moments' ? 'restCut'
    // Music added with no ducking ("… as the music, no ducking pls") holds one level too.
    : (op.op === 'set_ducking' || op.op === 'add_music') && op.duck === false ? 'noDuck'
    : ['remove_background', 'set_background', 'undo', 'redo', 'keep_everything', 'start_over', 'use_sources', 'remove_text', 'set_aspect'].includes(op.op) ? op.op as keyof typeof Words.result : undefined;
  // The state said outright, or wished ("I want the whole forest"; a state may hold its own wish: "I want every step in there").
  // ("四周留点边那种": the state said as the kind wanted, 那种, is that state.)
  const said = text.replace(/[.!]+$/, '').replace(/的?(?:那种|那样的?)$/, '');
  return state !== undefined && [said, said.replace(Words.wish, '')].some((form) => Words.result[state].test(form));
}

/** What a request pointing back at a named goal may mean: a shape, a size, or a file. */
const POINTED_AT = new Set<EditOp['op']>(['set_aspect', 'set_fill', 'set_resolution', 'export']);

/**
 * "the lobby screen is 4K, so set it up for that", "it's going on reels, make it that shape", "…, so send me one of those"
 * (Words.aside.pointedBack): beside the shape, size or file the goal named, read from it, the request pointing back is
 * that one said again (alone, or beside no such operation, what it points at is not known: unread).
 */
export const pointedBack = (clause: string, ops: EditOp[]) => Words.aside.pointedBack.test(readable(clause)) && ops.some((op) => POINTED_AT.has(op.op));
