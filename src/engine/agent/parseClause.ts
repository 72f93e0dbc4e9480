import {
  AspectWords, CLIP_END_EN, CLIP_START_EN, DEFAULT_CLIP_MS, type EditOp, type ExportResolution, FillWords, FormatWords, MOMENT_NOUN, outputFromText,
  MOMENTS_SPAN, PlatformWords, quoted, REASON_OPENS, resolutionFromText, SCENE_BACKGROUND, SECONDS_EN, TAKE_OFF_EN, Words,
} from '../../protocol';
import {
  lengthWhyAt, LISTED_AND, meantPart, middleOf, MOMENT_NAMES, MOMENT_REF, negated, OTHER_SUBJECTS, type ParseContext, ratioSaid, ratioWritten, readable, UNSAID,
} from './clauseWords';
import { backgroundOp, fadeOp, musicOp, zoomOp } from './mediaOps';
import { momentOp, NUMBER_LIST, numberPair, sourceRefs, twoEnds } from './momentOps';
import { REMOVALS, WORDED } from './opKinds';
import { parseDurationMs } from './parseDuration';
import {
  countSaid, parseClock, parseEdgeSpan, parseFactor, parseGone, parseOrdinals, parseRange, parseSeconds, parseVolume, timesAsLoud, timesSaid, transitionMs,
} from './parseQuantities';
import { cardOp, exportAmongWords, textOverlayOp } from './textOps';

// One clause → its operations: the shape, then each intent's reader in turn. The readers of a whole message
// (parseInstruction) and of its clauses (splitClauses) ask it whether a piece of text asks for anything.

/**
 * A lowering of the music refused ("I don't want it lowered when I talk", "I do not want it ducking", 不想让它被说话声压下去):
 * the refusal is the ducking's own words, which ask it off; not "don't turn off the ducking", whose refusal is of the
 * switch said after it.
 */
function refusalOfDucking(text: string): boolean {
  const refused = Words.refusal.exec(text);
  const off = Words.noDuck.exec(text);
  if (refused === null || off === null) return false;
  return off.index <= refused.index + Math.max(0, refused[0].search(Words.refusalNegation));
}

/** Exports whose file format was said, not taken by default: two such of two formats are two files. */
export const FORMAT_SAID = new WeakSet<EditOp>();

/** "export mp4, mov and gif": a file of each format listed, in the order said, each at the size said for them. */
function exportsListed(listed: string, resolution: ExportResolution | undefined): EditOp[] {
  const formats = new Set(listed.toLowerCase().split(/[^a-z0-9]+/).flatMap((word) => FormatWords.find(([pattern]) => pattern.test(word))?.[1] ?? []));
  return [...formats].map((format) => {
    const exported: EditOp = resolution ? { op: 'export', format, resolution } : { op: 'export', format };
    FORMAT_SAID.add(exported);
    return exported;
  });
}

/** Shapes named as the version there is ("for the vertical"): a fill asked after one is of that version (joined). */
export const SHAPE_AS_VERSION = new WeakSet<EditOp>();

/** A piece of a message read alone, in its readable form: how the splitting and the asides try a piece on its own. */
export const readAlone = (piece: string, context: ParseContext): EditOp[] => parseClause(piece, readable(piece), context);

export function parseClause(original: string, text: string, context: ParseContext): EditOp[] {
  // "a 30 second clip of the beat moments", "a one minute cut of the text animations": what a clip of that length is to
  // show, picked by the engine, is no part of the draft to edit (its music, its text, its moments); one part named by
  // its place or alone ("…of clip 2", "…of the intro", "…of the dance scene") is read as said.
  const shows = CLIP_SHOWS.exec(text)?.[2];
  if (shows !== undefined && !namesPlace(shows)) return parseClause(original, text.replace(shows, ' '), context);
  const has = (pattern: RegExp) => pattern.test(text);
  // A question is answered by the reply, a refusal changes nothing: neither may edit ("what is a crossfade?"). Nor may
  // a judgement with no change in it ("the zoom at 0:12 is wrong"), a refusal said from afar ("do not under any
  // circumstances remove clip 2"), a part said to be kept ("第二段别剪") or an export told as stuck ("导出老半天没动静").
  // ("不要加速也不要删东西" refuses every change to the footage: it is kept whole; "第二段两边剪掉", both ends of a moment cut,
  // has no operation and stays unread, no removal.) Nor what the user does in another editor ("达芬奇里我习惯渲染前先看一眼").
  // "stop making it square": a stop with no edit said empties its own part; a request after a comma is read alone ("please
  // stop making it square, 16:9 please").
  const stopped = Words.stoppedDoing.exec(text);
  if (stopped !== null && stopped[1] === undefined) {
    const rest = /[,;，；]\s*(.*)$/.exec(text.slice(stopped.index + stopped[0].length))?.[1].trim();
    return rest ? parseClause(original, rest, context) : [];
  }
  if ((has(Words.refusal) && !has(Words.keepEverything) && !refusalOfDucking(text)) || has(Words.notYet) || has(Words.exportStalled) || has(Words.unmadeEdit) || has(Words.judged) || has(Words.refusedFar) || has(Words.bothEndsCut) || has(Words.otherEditorTold) || keptPart(text)) return [];
  // "no changes to the speed are requested": the part named stays as it is; the rest of the clause is read alone ("no
  // changes to the length" keeps the whole recording, as said).
  const unchanged = Words.noChangeWanted.exec(text);
  if (unchanged && !has(Words.keepEverything)) return parseClause(original, text.replace(unchanged[0], ' '), context);
  // "nobody watches 5 minute videos", 没人会看5分钟的: why the clip is to be short, the length no one sits through, is no
  // clip of that length; said after the request ("make it 45s, no one sits through 5 minutes") it is read away.
  const why = lengthWhyAt(text);
  if (why === 0) return [];
  if (why > 0) return parseClause(original, text.slice(0, why), context);
  // "can I change the title to 'Hola'?", "can we trim clip 2 to 4 seconds?": an edit asked as the user's own doing, with
  // its own value (quoted words, a figure), is asked of the tool; with none ("can I alter the title later?") it asks how.
  const mine = Words.askedAsMine.exec(text);
  if (mine && (quoted(original) !== undefined || /\d/.test(text))) return parseClause(original, `can you ${text.slice(mine[0].length)}`, context);
  // "please confirm whether …": asked to answer, a question too.
  const askedIf = has(Words.askedWhether);
  if (has(Words.resultAsked)) return [];
  // ("maybe 45 seconds?", "a short version, around a minute?", 30秒左右吗？: a length put forward shyly is asked for; not
  // after a question, "how long is it, about 2 minutes?", 现在多长，一分钟左右？, a guess at the answer.)
  const proposed = Words.lengthProposed.exec(text);
  const shy = proposed !== null && !Words.question.test(text.slice(0, proposed.index)) && !Words.asks.test(text.slice(0, proposed.index));
  if ((has(Words.question) || askedIf) && !shy && (!(has(Words.request) || has(Words.momentAsked) || Words.howDoneZh.test(original)) || has(Words.asks) || askedIf)) return has(Words.showTracks) ? [{ op: 'show_tracks' }] : [];
  // "can you export to youtube?", 导出到抖音上: posting the video is no edit the product makes (no file, no shape); nor is
  // a guess at how it would do there (Words.fareGuessed).
  if (sentToPlatform(text) || has(Words.fareGuessed)) return [];

  // "undo twice", 撤销两次, 退两步: the step as many times as said.
  const stepsBack = Words.stepsBack.exec(text)?.[1];
  const times = stepsBack !== undefined ? countSaid(stepsBack) : timesSaid(text) || 1;
  // "别撤销", "don't redo that", "别重来了", "don't start over": a step of the history refused is no step; so is one said
  // not needed after it ("由头嚟过都唔使") or put off to a later time ("try again from the beginning tomorrow").
  const refusedStep = (step: RegExp) => {
    const said = step.exec(text);
    const after = said === null ? '' : text.slice(said.index + said[0].length);
    return said !== null
      && (REFUSED_BEFORE.test(text.slice(0, said.index)) || Words.stepRefusedAfter.test(after) || Words.stepLater.test(after));
  };
  if ([Words.redo, Words.undo, Words.startOver].some(refusedStep)) return [];
  if (has(Words.undo) && (has(Words.backToBefore) || has(Words.undoOfMoment))) return [];
  // "撤回 撤回", "undo undo redo": step words typed one after another with spaces are each a step, in the order said
  // (not "撤销多了 刚才撤掉的那步再做回来", a reason and the step; nor "撤回撤回" run on, one step said with feeling).
  const said = text.trim().split(/\s+/);
  const whole = (step: RegExp, piece: string) => step.exec(piece)?.[0] === piece;
  const steps = said.map((piece): EditOp | undefined => (whole(Words.redo, piece) ? { op: 'redo' } : whole(Words.undo, piece) ? { op: 'undo' } : undefined));
  // "撤了 刚才那步撤了": an undo said, then said again naming the one step it undoes, is that step once.
  if (said.length === 2 && steps.every((step) => step?.op === 'undo') && said.some((piece) => Words.lastStepNamed.test(piece))) return [{ op: 'undo' }];
  if (said.length > 1 && steps.every((step) => step !== undefined)) return steps;
  if (has(Words.redo)) return Array.from({ length: times }, (): EditOp => ({ op: 'redo' }));
  if (has(Words.undo)) return Array.from({ length: times }, (): EditOp => ({ op: 'undo' }));
  if (has(Words.startOver)) return [{ op: 'start_over' }];
  // "a 15s version for stories and a 60s one for youtube": two clips of two lengths, which one draft is not (not guessed
  // at, nor the shape of either).
  if (new Set([...text.matchAll(VERSION_LENGTH)].map((said) => parseDurationMs(said[1]))).size > 1) return [];
  // ("only the best bits, 30 seconds, vertical": the "only" is of the bits; a shape said alone last still rides along.)
  const platformLength = has(Words.lengthOnlyForPlatform) && !has(Words.shapeRefusedEn);
  if (!has(/\bonly\b|只/) || has(Words.shapeOnly) || has(Words.shapeLast) || platformLength) {
    const shape = shapeOps(original, text, context);
    if (shape) return shape;
  }
  const op = intentOp(original, text, context);
  const ops = op === undefined ? [] : [op].flat();
  // "the export failed", "the background is distracting", 背景太花了: a statement about a part names it, and the part
  // alone reads as adding it; no change is asked for (one it states, "the music is too loud", 音乐太吵, is). So with an
  // upload said to be something ("just lake.mov is broken"): it is named, not chosen.
  const stated = Words.statement.test(text) || Words.statedLong.test(text) || Words.statedZh.test(text);
  if (stated && !/\d/.test(text) && ops.length > 0 && ops.every(namedOnly)) return [];
  if (Words.uploadStated.test(text) && ops.length > 0 && ops.every((op) => op.op === 'use_sources')) return [];
  // "take the title off when the intro ends", "hide the title when the outro starts": the card said as a time is no card
  // asked of, and that time no edit of a text or card here sets (unread, not the card or the whole text taken off).
  if (has(Words.cardAsTime) && ops.some((op) => WORDED.has(op.op))) return [];
  // "export keeps failing", "where's the export button", 导出卡住了: the export talked about is no file asked for.
  return has(Words.exportTrouble) ? ops.filter((op) => op.op !== 'export') : ops;
}

/** What a clause asks of the pace, without the pace it complains of ("太慢了", "too fast"). */
const paceAsked = (text: string) => text.replace(Words.slot.tooFast, ' ').replace(Words.slot.tooSlow, ' ');

/** Slowing down said as a verb, and nothing faster beside it ("slow it down 2x", not "too slow, 2x", "clouds move slow"). */
function slowedBy(text: string): boolean {
  const asked = paceAsked(text);
  return Words.slot.slowedDown.test(asked) && !Words.slot.faster.test(asked);
}

/**
 * A slower speed asked: "slow", 慢 said outside a pace complained of ("第三段太慢了，能快点吗" asks it faster), or only
 * that complaint, of a pace too fast ("第二段速度太快了").
 */
function slowerAsked(text: string): boolean {
  const asked = paceAsked(text);
  return Words.slot.slower.test(asked) || (!Words.slot.faster.test(asked) && Words.slot.tooFast.test(text));
}

/**
 * "0:05到0:08别剪", "第二段别剪", "前30秒全部保留", "don't cut anything from clip 2": a part said to be kept whole is in the
 * draft already; nothing is kept or cut (not the whole recording kept, not the part removed).
 */
const keptPart = (text: string) => Words.keepEverything.test(text)
  && (MOMENT_REF.test(text) || parseRange(text) !== undefined || parseClock(text) !== undefined || parseEdgeSpan(text) !== undefined);

/** Ops a part's noun alone reads as (export, a backdrop, auto zoom, transitions, fades, music): a statement about it asks none. */
const namedOnly = (op: EditOp) => ['export', 'set_background', 'crossfade', 'fade', 'add_music'].includes(op.op) || (op.op === 'set_zoom' && op.mode === 'auto');

/** Which way a frame shape goes: taller than wide (-1), square (0), wider than tall (1). */
function leaning(aspect: string): number {
  const [width, height] = aspect.split(':').map(Number);
  return Math.sign(width - height);
}

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
  const ratio = ratioSaid(words);
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
  // A platform of several shapes gives its usual one only to a resize asked for it alone, or named as a shape.
  const resized = where && (Words.shapeNoun.test(words) || (Words.platformResize.before.test(words.slice(0, where.index))
    && Words.platformResize.after.test(words.slice(where.index + where[0].length))));
  const platformAspect = platform && (platform[2] === 'only' || resized) ? platform[1] : undefined;
  // "最后导出，4K，反正B站会压": a platform named in a reason, not as where the clip goes ("因为要发抖音" is), is no purpose either.
  const reason = REASON.test(text) && !/发|传|投|\b(post|upload|for)\b/.test(text);
  const seen = Words.platformSeen.test(words);
  // "the Instagram feed, in the portrait shape": a direction said of a platform whose usual shape goes that way is that
  // shape there (the feed's portrait is 4:5; "portrait for YouTube" is no landscape, "square for the feed" no 4:5).
  const thereThatWay = platform && named && !seen && !Words.publish.test(text) && leaning(named[1]) === leaning(platform[1]) ? platform[1] : undefined;
  const aspect = ratio ?? thereThatWay ?? named?.[1] ?? (Words.publish.test(text) || reason || seen ? undefined : platformAspect);
  if (!aspect) return undefined;
  if (negated(words, ratio ? new RegExp(ratio) : (named ?? platform)![0])) return [];
  // A fill said with it is the shape's ("vertical with a blurred background"), a fill said with a "no" is none.
  const fillSaid = FillWords.find(([pattern]) => pattern.test(text));
  const fill = wantedFill(text);
  // ("make it9:16": the ratio written against the word before it, which no shape word's pattern takes.)
  const said: RegExp[] = [...[...AspectWords, ...PlatformWords].map(([pattern]) => pattern), ...(ratio ? [ratioWritten(ratio)] : []), ...(platformShape ? [Words.shapeNoun] : []),
    ...(fillSaid ? [Words.fill, fillSaid[0], FILL_NOUNS] : [])];
  // "the reel" named as the video is read as the video ("move clip 3 to open the reel").
  const asVideo = where !== null && where !== undefined && Words.platformAsVideo.test(words.slice(0, where.index + where[0].length));
  const rest = said.reduce((left, pattern) => left.replace(new RegExp(pattern.source, 'g'), ' '), asVideo ? text.replace(Words.platformAsVideo, '$1 video') : text);
  // "剪成竖屏", 剪为竖屏: the verb of making a clip says no clip of the best moments when only the shape follows it.
  const others = /^[\s的吧个一]*(?:剪[成为]|剪辑[成为]|做[成为]|弄成|剪)[\s的吧个一]*$/.test(rest) ? [] : parseClause(original, rest, context);
  // "for the vertical, fill the sides with blur instead of bars": the shape named as the version there is, its fill asked.
  const version = (ratio ? new RegExp(ratio) : named?.[0])?.exec(words);
  const [before, after] = version ? [words.slice(0, version.index), words.slice(version.index + version[0].length)] : ['', ''];
  const { before: namedBefore, after: namedAfter, opening, fillOf } = Words.shapeAsVersion;
  const asVersion = version && ((namedBefore.test(before) && namedAfter.test(after)) || (opening.test(before) && fillOf.test(after)));
  if (fill && asVersion) return [{ op: 'set_fill', fill: fill[1] }, ...others];
  const shape: EditOp = fill ? { op: 'set_aspect', aspect, fill: fill[1] } : { op: 'set_aspect', aspect };
  if (asVersion) SHAPE_AS_VERSION.add(shape);
  // "a 30 second clip for TikTok", 剪一分钟发抖音, "export it for reels": the clip being made, or the one edited, goes to
  // that platform, so it takes its shape too.
  const madeFor = others.length > 0 && platform?.[2] === 'only' && (others.every((op) => op.op === 'compile_best_moments')
    || (where ? Words.platformBound.test(words.slice(0, where.index)) : false));
  if (ratio || named || platformShape || madeFor) return [shape, ...others];
  return others.length > 0 || asVideo ? others : OTHER_SUBJECTS.test(text) ? [] : [shape];
}

/**
 * The fill the clause asks for: the first one said without a "no" ("letterbox the video, no blur"), or, of two said
 * with a change between them, the one it changes to ("两边模糊改成黑边", "swap the bars for blur", 黑边换模糊).
 */
function wantedFill(text: string): (typeof FillWords)[number] | undefined {
  const said = FillWords.filter(([pattern]) => pattern.test(text) && (!negated(text, pattern) || ratherThanOther(text, pattern)));
  const [from, to] = said.map((fill) => ({ fill, at: fill[0].exec(text)! })).sort((a, b) => a.at.index - b.at.index);
  const into = to === undefined ? '' : text.slice(from.at.index + from.at[0].length, to.at.index);
  return to !== undefined && Words.changedInto.test(into) ? to.fill : said[0];
}

/** A negation opening what follows (built once, not per clause). */
const NEGATION_FIRST = new RegExp(String.raw`^\s*(?:${Words.negation.source})\s*`, 'u');

/** "加黑边不要模糊": a fill said right before another one refused is the one chosen, not refused itself. */
function ratherThanOther(text: string, pattern: RegExp): boolean {
  const found = pattern.exec(text)!;
  const rest = text.slice(found.index + found[0].length);
  const no = NEGATION_FIRST.exec(rest);
  return no !== null && FillWords.some(([other]) => other !== pattern && other.exec(rest.slice(no[0].length))?.index === 0);
}

/**
 * "the blur on the sides is ugly, black bars better": the fill complained of is what there is; the one said after the
 * comma is the one wished for (one of the others: the same fill again is no wish). "use black bars, blur looks cheap",
 * "letterbox it, the blur looks bad": the wish said first, the fill complained of after it, is wished for the same.
 */
function fillAfterComplaint(text: string): EditOp[] {
  const parts = text.split(/\s*,\s*/);
  const at = parts.findIndex((part) => Words.fillComplaint.test(part));
  if (at < 0) return [];
  const complained = wantedFill(parts[at])?.[1];
  const wished = [...parts.slice(at + 1), ...parts.slice(0, at).reverse()].map((part) => wantedFill(part)?.[1]).find((fill) => fill !== undefined);
  return wished !== undefined && wished !== complained ? [{ op: 'set_fill', fill: wished }] : [];
}

const REASON = new RegExp(String.raw`^(?:${REASON_OPENS})`);

/** With a fill said, "background" is the fill's ("vertical with a blurred background"), not a backdrop to add. */
const FILL_NOUNS = /\b(background|fill)\b|背景|填充/;

/** A length said as what the exported clip is ("a 20 second gif"), not when ("in 30 seconds") nor of what ("30 seconds of it"). */
const EXPORT_LENGTH = /(?<!\b(?:in|after|within|at|every|by|under|over|than|from|to|until|till)\s+)(?<![\d:.])\b(\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?))(?![\w:])(?!\s*(?:ago|later|from now|of|long|in|into|to|is|was|are|too)\b)/;

function intentOp(original: string, text: string, context: ParseContext): EditOp | EditOp[] | undefined {
  const has = (pattern: RegExp) => pattern.test(text);
  const resolve = (n: number, count: number) => (n < 0 ? Math.max(1, count + 1 + n) : n);
  // "导出后移除背景": the export, then what follows it (an export said just before is the same one, joined there);
  // "导出后发给客户" follows it with nothing to edit, so it is the export alone.
  const afterExport = Words.afterExport.exec(text);
  const then = afterExport ? parseClause(original, text.slice(afterExport[0].length), context) : [];
  if (afterExport && then.length > 0) return [{ op: 'export', format: outputFromText(afterExport[0]).format }, ...then];
  // "a gif of the first 5 seconds": a part of the timeline is not something an export makes.
  const exportWritten = has(Words.export) ? exportAmongWords(text, original) : undefined;
  if (exportWritten === 'unsure') return [];
  // "导出分辨率调到4K": a setting of the export changed is the setting (read below), no export.
  if (has(Words.export) && exportWritten === undefined && !has(Words.exportSettingChanged) && !has(Words.compile) && !parseEdgeSpan(text) && !parseRange(text)) {
    // "export as mp3", "export the audio only", "export at 30 fps": a file or a setting no export here makes (not an mp4 instead).
    if (has(Words.unmadeOutput)) return [];
    // "导出前的版本不对", "导出的文件太大了": a version or file named by its export, nothing asked of the export.
    if (has(Words.exportNamed)) return [];
    const resolution = resolutionFromText(text);
    const format = outputFromText(text).format;
    const listed = Words.formatList.exec(text)?.[0];
    if (listed !== undefined) return exportsListed(listed, resolution);
    const also = Words.formatAlsoAfterSize.exec(text);
    if (also !== null) {
      const first = outputFromText(text.slice(0, also.index)).format;
      return exportsListed(`${first} ${also[1] ?? also[2]}`, resolution);
    }
    const exported: EditOp = resolution ? { op: 'export', format, resolution } : { op: 'export', format };
    if (FormatWords.some(([pattern]) => pattern.test(text))) FORMAT_SAID.add(exported);
    // "30s vertical export now", "export a 20 second gif": the length of the clip the file is made of.
    const length = EXPORT_LENGTH.exec(text)?.[1];
    if (length !== undefined) return [{ op: 'compile_best_moments', target_ms: parseDurationMs(length)! }, exported];
    // "export without music": the file made has none, so the removal comes first; what else it says is not guessed at.
    // "without music export again": what it is without, said before the export, ends at the export's verb.
    const without = /\b(without|minus)\b(.+)$/.exec(text);
    if (!without) return exported;
    const verb = Words.export.exec(without[2]);
    const removed = parseClause(original, `remove${verb && verb.index > 0 ? without[2].slice(0, verb.index) : without[2]}`, context);
    return removed.length > 0 && removed.every((op) => REMOVALS.has(op.op)) ? [...removed, exported] : [];
  }
  // "所有素材原样上时间线": the timeline named as where every file goes whole is the whole kept, no view of the tracks.
  if (has(Words.showTracks) && !has(Words.keepEverything)) return { op: 'show_tracks' };

  // "cut the loading screen, 0:30-0:41": the stretch said by its times is the one cut, what it shows only names it.
  // "remove the fan noise", "get rid of the hum in my voice track": cleaning a sound is nothing the editor does (no mute,
  // no music removal).
  // "reduce the traffic noise to 20%": a level said is the recording's sound at it, which the editor does.
  if (has(Words.noiseRemoval) && !(has(Words.sourceAudio) && (parseVolume(text) ?? 0) > 0)) return [];
  if (has(Words.deadAir) && !(has(Words.cutRange) && parseRange(text.replace(MOMENT_NAMES, ' ')))) return { op: 'remove_dead_air' };
  // "make the video sound a bit louder than the music", 原声比音乐大一点: the recording's sound turned its own way, the
  // music only what it is measured against; by a figure ("20% louder than the music") not guessed at.
  const against = Words.soundAgainstMusic.said.exec(text);
  if (against) {
    const way = against.slice(1).find((said) => said !== undefined) ?? '';
    const change = Words.soundAgainstMusic.quieter.test(way) ? 'quieter' : 'louder';
    return /\d/.test(text) ? [] : { op: 'set_source_volume', change };
  }
  const music = musicOp(text, original, context);
  if (music) return music;
  // "turn my mic audio down to 60%", 视频原声调到50%: the recording's own sound at a level.
  // "bring the recorded sound back to normal", "leave my voice at its full, recorded level", 原声恢复成原始音量, 原声全开: its level as recorded;
  // "halve the video sound": half that.
  const sourceLevel = has(Words.sourceAudio) ? parseVolume(text) ?? bareLevel(text) ?? (has(Words.fullSourceLevel) ? 1 : has(Words.halved) ? 0.5 : undefined) : undefined;
  // "drop the room sound to 20%", "cut my voice down to a quarter": a removal verb that says a level lowers the sound to
  // it, it does not silence it.
  if (sourceLevel !== undefined && sourceLevel > 0 && !has(/\bmute\b/)) return { op: 'set_source_volume', volume: sourceLevel };
  // "mute clip 2": the recording's sound is the whole clip's, never one moment's (not guessed at); "remove the part with
  // the screaming" takes a stretch named by its sound, not the sound.
  if ((has(Words.mute) || has(Words.sourceAudio) && has(Words.silence)) && (MOMENT_REF.test(text) || has(Words.stretchHeard))) return [];
  // "silence the screen recording audio", 把原声关了: the recording's own sound, switched off.
  if (has(Words.mute) || (has(Words.sourceAudio) && has(Words.silence) && !negated(text, Words.silence))) return { op: 'set_source_volume', volume: 0 };
  if (sourceLevel !== undefined) return { op: 'set_source_volume', volume: sourceLevel };
  // "keep the video's sound but lower", 原声保留但是小一点: kept at a lower level that no figure says (not guessed at, and
  // not its full level).
  if (has(Words.keepAudio)) return has(Words.quieter) ? [] : { op: 'set_source_volume', volume: 1 };

  const look = cardOp(text, original) ?? backgroundOp(text, original);
  if (look) return look;
  // "remove the fade in of the title", 去掉标题淡入: a text's fade taken off, which removes no text; no edit here changes a
  // text's fade, so nothing is read.
  if (has(Words.textRemove) && has(Words.textFade)) return [];
  const textOp = textOverlayOp(text, original, context, resolve);
  if (textOp) return textOp;

  const zoom = zoomOp(text);
  if (zoom) return zoom;

  if (has(Words.notHardCut)) return { op: 'crossfade', ms: transitionMs(text) ?? UNSAID.crossfadeMs };
  if (has(Words.hardCuts) || (has(Words.crossfade) && has(Words.without))) return { op: 'crossfade', ms: 0 };
  if (has(Words.crossfade)) return { op: 'crossfade', ms: transitionMs(text) ?? (has(Words.zero) ? 0 : UNSAID.crossfadeMs) };
  if (has(Words.fade)) return fadeOp(text, 'clip');

  // "crop out the taskbar", "crop the logo out": a thing taken out of the picture, which no fill does (not guessed at).
  if (SCENE_BACKGROUND.test(text)) return [];
  if (/\bcrop (?:out (?:the|that|this|my|our) |(?:the|that|this|my|our) [\w'-]+(?: [\w'-]+)? out\b)/.test(text)) return [];
  if (has(Words.fill)) {
    // "ngl the blur looks mid, crop it instead": a cry before the complaint says no more than it.
    const complained = text.replace(Words.aside.interjection, '');
    if (complained.split(/\s*,\s*/).some((part) => Words.fillComplaint.test(part))) return fillAfterComplaint(complained);
    const fill = wantedFill(text);
    if (fill) return { op: 'set_fill', fill: fill[1] };
    if (FillWords.some(([pattern]) => pattern.test(text))) return [];
  }
  if (has(Words.resolution) && !has(Words.compile)) {
    const resolution = resolutionFromText(text);
    // "gif 720p", "a 1080p mp4": a file format named with it is the file to make at that resolution.
    // Its format is said, so a file of another format said beside it is a second file ("a 4K mov and a 1080 mp4").
    if (resolution && FormatWords.some(([pattern]) => pattern.test(text))) {
      const exported: EditOp = { op: 'export', format: outputFromText(text).format, resolution };
      FORMAT_SAID.add(exported);
      return exported;
    }
    // "1080p太大了，导出mp4和mov": a size said beside too big a file is no size asked (the one not wanted, or one wanted
    // only if the file is too big: "…, then in 720p if it's too big").
    if (resolution && has(Words.sizeTooBig)) return [];
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
  // "只用第一个视频，后面传的那几个不要": the uploads the video is made of, the rest refused (no moment removed).
  if (has(Words.useSources) && has(Words.uploadNamed)) return { op: 'use_sources', files: sourceRefs(original) };
  const moment = momentOp(text, context, resolve);
  if (moment) return moment;
  // "make every clip 5 seconds": each moment, which no operation here does at once (nor is it a 5 second clip); "make
  // all clips slower, 0.75x" is every moment at one speed, the whole video's; "keep all the clips whole" is every moment
  // kept, the whole recording (not "… except the last").
  if (has(EACH_MOMENT) && !has(Words.speed) && !(has(Words.keepEverything) && !has(Words.except))) return undefined;
  // "trim 3 seconds off the start": the start of the timeline up to then goes; "off the end", the stretch before the
  // end, which the draft knows (no clip length). Where the video starts or ends ("begin the video at 0:12") is a point.
  const offEdge = amountOffEdge(text);
  if (offEdge && parseOrdinals(text).length === 0) {
    return has(Words.notRemoved) ? [] : edgeCut(offEdge.anchor, offEdge.ms);
  }
  // "make it start at 5 seconds": a point, no clip of that length.
  if (/\b(?:start|begin|end|stop)s?\b(?:\s+(?:it|this|the (?:video|clip|whole thing)))?\s+(?:at|from)\s+\d/.test(text) && parseOrdinals(text).length === 0) return [];
  const edge = parseEdgeSpan(text);
  if (edge && (has(Words.cutRange) || has(/\btrim\b/) || has(Words.edgeTakenOff)) && parseOrdinals(text).length === 0) {
    // "cut the first 5 seconds", 把前5秒去掉: the start of the timeline; "the last 5 seconds", 最后5秒删掉: its
    // end (no 5 second clip). "最后5秒别删": kept, no cut.
    return has(Words.notRemoved) ? [] : edgeCut(edge.anchor, edge.duration_ms);
  }

  // "the roasting is slow to watch, make the clip 1.5x faster, all of it": the whole video said beside a pace complained
  // of, no stretch named, asks the whole video's speed, no idle stretches'.
  const wholeSped = has(Words.wholeVideo) && !has(Words.keepEverything) && ![Words.idle, Words.quietPlaces, Words.stretchNamed].some(has);
  // "第二段加速 3x 太无聊了", "speed up clip 2 3x, way too boring": a moment named by its place, then called boring, is the
  // one sped up (boring names no idle stretch there; "第二段无聊的地方" does), and so is one named with its speed after a
  // part called boring in a piece of its own ("road part is long and boring, moment 2 speed 2x").
  const boringMoment = ![Words.idle, Words.quietPlaces].some(has) && piecesNamingMoment(text)
    .some((piece) => !Words.stretchNamed.test(piece.replace(MOMENT_REF, ' ')));
  if (has(Words.speedUpIdle) && !wholeSped && !boringMoment) {
    // "where nothing happens, don't speed up", "空闲的地方不要加速": the stretches named, their speed-up refused; "没动静的地方
    // 别快进了，全部原样放上去": the whole kept, if so said.
    if (negated(text, Words.speed)) return has(Words.keepEverything) && !MOMENT_REF.test(text) ? { op: 'keep_everything' } : [];
    return { op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor };
  }
  // "最精彩的那段放慢", "讲价格的那段删掉", "摔倒那一下慢放": a moment named by what it shows, with no number, is not guessed
  // (nor a clip of the best, nor the whole video's speed).
  if (/[^，,。\s](那|这)一?(段|个片段|部分|下子?|幕|个?镜头)/.test(text) && !MOMENT_REF.test(text) && middleOf(text, context) === undefined && (has(Words.speed) || has(Words.moveMoment) || has(Words.negation))) return [];
  if ((has(Words.speed) || has(Words.normalSpeed)) && !has(Words.compile)) {
    if (has(Words.paceCompared)) return [];
    // "不要原速" is not the speed as recorded, and says no other speed either; "不剪也不加速" asks for no speed.
    if (has(Words.normalSpeed) && negated(text, Words.normalSpeed)) return [];
    // "空闲段落按6倍速播放，其余保持原速": the rest as recorded is what a speed-up of some stretches leaves, no speed of its own.
    if (has(Words.normalSpeed) && has(/其余|其他|其它|剩下的?|别的(地方|部分)/)) return [];
    // "音量放大两倍", "声音调到两倍": the 倍 of a sound made louder, which sound not said, is no speed; nor is a multiple
    // of a size ("make the title 2x bigger", "change the title to 2x Bigger": a size or words, not guessed at).
    if (timesAsLoud(text) || has(Words.timesAsBig)) return [];
    // "不要加速也不要删东西": no speed and no cut of the whole recording keeps it whole (of one moment, nothing is asked).
    if (negated(text, Words.speed)) return has(Words.keepEverything) && !MOMENT_REF.test(text) ? { op: 'keep_everything' } : [];
    const named = has(Words.normalSpeed) ? 1 : parseFactor(text);
    // "slow it down 2x", "放慢2倍": a factor over one said with slowing down divides the speed, as "2x slower" does.
    const factor = named === undefined ? (slowerAsked(text) ? UNSAID.slowerFactor : UNSAID.fasterFactor) : named > 1 && slowedBy(text) ? 1 / named : named;
    const middle = middleOf(text, context);
    // "slow down from 1:00 to 1:10": a stretch of time, which no speed here is set for (not the whole video).
    if (middle === 0 || range) return [];
    // "第一段到第三段都加速", "speed up clips 1 to 3": a span of moments, not the first of them (not guessed at).
    if (MOMENTS_SPAN.test(text)) return [];
    // "clip 2 at half speed and clip 3 at double speed", "the second at 0.5x, the third twice as fast": each moment
    // named with its own speed, the verb said once.
    const paced = middle === undefined ? pacedEach(text) : undefined;
    if (paced) return paced.map(([index, each]): EditOp => ({ op: 'set_speed', factor: each, index: resolve(index, context.moments) }));
    // "后面两段加速": each of the two moments at that end.
    const pair = middle === undefined ? twoEnds(text, context) : undefined;
    if (pair) return pair.map((index): EditOp => ({ op: 'set_speed', factor, index }));
    // "clip 1 is boring, clip 2 speed 2x": of moments named in pieces of their own, the one whose piece says the speed.
    const sped = piecesNamingMoment(text).filter((piece) => Words.speed.test(piece));
    const which = middle ?? parseOrdinals(sped.length === 1 && piecesNamingMoment(text).length > 1 ? sped[0] : text)[0];
    // "speed up clips 2 and 3", "clip 1, 2 and 3", 第二段和第三段加速: each moment named, at the one speed said (two
    // speeds, or a clause going on past a comma, "…, clip 3 stays", are not one request for both; "clips 2 and 3, both
    // of them 1.5x" is).
    const ordinals = [...new Set(parseOrdinals(text))];
    const each = middle === undefined && (text.match(FACTORS_SAID) ?? []).length <= 1 && !/[,，;；]/.test(text.replace(NUMBER_LIST, ' ').replace(Words.listSaidAgain, ' ')) && LISTED_AND.test(text) ? ordinals.length > 1 ? ordinals : numberPair(text) ?? [] : [];
    if (each.length > 1) return each.map((index): EditOp => ({ op: 'set_speed', factor, index: resolve(index, context.moments) }));
    // "speed up the typing parts", "speed through the demo", "speed the intro clip to 2x", "the pouring tea part please slow",
    // "speed up the part where she plays": some stretches, or a moment named by what it shows, not the whole video nor a
    // moment by number (not guessed at).
    if (which === undefined && /\b(parts|bits|sections|stretches|places|spots)\b|\bthrough\b|\b(the|this|that) (?!whole\b|entire\b|video\b|clip\b|recording\b)(?:[\w'-]+ ){1,3}(part|bit|section|stretch|scene|segment|clip|moment|shot)\b|\b(this|that) (part|bit|section|stretch|scene)\b|\b(the|this|that) (part|bit|section|stretch|scene|segment|moment|shot)s? (where|when|in which|showing)\b/.test(text) && !/\b(all|whole|entire|every)\b/.test(text)) return [];
    // "2x except clip 1": every moment but some, which no one speed here does (not the one named).
    // "speed up the video but not clip 2": a moment refused, none meant, is no speed of the whole (nor of it).
    if (has(Words.except) || (meantPart(text) !== text && parseOrdinals(meantPart(text)).length === 0)) return [];
    return which === undefined ? { op: 'set_speed', factor } : { op: 'set_speed', factor, index: resolve(which, context.moments) };
  }
  if (has(Words.useSources)) return { op: 'use_sources', files: sourceRefs(original) };
  // "don't remove anything yet": not now, a wait for the next message, not a choice to keep the whole recording.
  if (has(Words.keepEverything)) return has(/\b(yet|till i say|until i say)\b/) ? [] : { op: 'keep_everything' };
  // "we present in 10 min, need a 45 second cut": the length said of the clip is the one meant.
  // "at 1:15 the screen freezes", "start the video at 0:45": a clock time said as a point is no length.
  // "on my 10 min break, make a 15 sec reel", "10 min break, go", "I only have 5 minutes": the user's own time is no
  // length either.
  const length = parseDurationMs(CLIP_LENGTH.exec(text)?.[1] ?? text.replace(POINT_IN_TIME, ' ').replace(Words.ownTime, ' '));
  // "a gif of the first 5 seconds", "显示5秒": a part of the timeline, or how long something shows, is no clip length.
  // "开头空了两秒才开始说话": how long something went on in the recording is no clip length either, nor how long the
  // speaker or the product took ("5分钟讲了3个功能"), nor a length for each part ("每段10秒").
  if (parseEdgeSpan(text) || parseGone(text) !== undefined || (has(/\b(for|lasting)\s+\d/) && !has(Words.madeForLength)) || has(/持续|显示|停|\b(hold|stay)(s|ing)?\b/) || has(ELAPSED) || has(Words.storyLengthZh) || has(Words.lengthOfEach)) return undefined;
  // "trim the start by 3 seconds", "shorten it by 10 seconds", "cut 3 seconds off it": an amount of change to a length it
  // does not know, no clip length.
  if (has(Words.compile) && length !== undefined && (has(/\bby\s+(about\s+)?\d/) || has(Words.amountTakenOff))) return undefined;
  // "trim from 12 to 22 seconds": a stretch trimmed, cut or kept (not guessed at), is no clip as long as its end.
  if (has(Words.compile) && range) return undefined;
  if (has(Words.compile)) return { op: 'compile_best_moments', target_ms: length ?? DEFAULT_CLIP_MS };
  // A length alone ("cut this down to 45 seconds", "压缩到一分钟") asks for the best moments at that length, and so
  // does "it's too long"; a clause that also names something else it could be about, or a stretch of time
  // ("删掉0:20到0:25", a cut it did not read), is not guessed at.
  // "5 seconds shorter", "take 5 seconds off", "cut 3 seconds from it", 剪掉后面五秒, 截去五秒 change a length the parser
  // does not know: not a 5 second clip.
  // "the meeting starts in 5 minutes": a time from now, not a length (unless a length is said of the clip too, or the
  // video is asked for in a time too short to wait: "I need the video in 1 minute").
  const fromNow = !CLIP_LENGTH.test(text) && has(/\bin \d+(\.\d+)?\s*(minutes?|hours?|seconds?)\b/) && !has(Words.lengthFitIn);
  // "30 seconds is too short", 30秒不够: the length the user does not want; "video too long, need 90 seconds": the one
  // said after the complaint is the one wanted (read from there, so "45 seconds is too long, need 30 seconds" is 30).
  const afterTooLong = Words.lengthAfterTooLong.exec(text);
  const wanted = afterTooLong ? parseDurationMs(text.slice(afterTooLong.index + afterTooLong[0].length)) : undefined;
  const unwanted = length !== undefined && wanted === undefined && has(/\btoo (short|long)\b|\bnot (long )?enough\b|太短|太长|不够/);
  // "no longer than 50 seconds", "sixty seconds, no more": a bound is the length asked for, not a change of one.
  const changes = /\b(shorter|longer|by|more|less|extra)\b|\btake\b.*\boff\b|短一点|长一点|短些|长些|(缩短|减少|少|短|剪掉|剪去|截去|截掉|裁掉|去掉|删掉|切掉|砍掉|砍)\s*(后面|后头|后边|末尾|结尾)?\s*\d|\d\s*(秒|分钟)\s*(少|短)一?[点些]/.test(text.replace(Words.lengthLimit, ' '));
  // "shorten the intro card to 1 second": a length said of a card is the card's.
  if (range || fromNow || unwanted || has(OTHER_SUBJECTS) || has(/\b(intro|outro|cards?)\b|片头|片尾|卡片/) || has(Words.editPoint) || changes || has(Words.amountTakenOff)) return undefined;
  // "第45秒出现“第三步”": words to show, with a time, are no clip of that length.
  if (quoted(original) !== undefined) return undefined;
  // "2分钟以后的都不要": the footage after a point is no clip of that length.
  if (has(Words.footageAfterPoint)) return undefined;
  // "the second clip is too long", "the intro is too long": a part named too long is no shorter video (nor guessed at).
  if (length === undefined && has(Words.tooLong) && namesPart(text)) return undefined;
  if (length !== undefined || has(Words.tooLong)) return { op: 'compile_best_moments', target_ms: wanted ?? length ?? DEFAULT_CLIP_MS };
  return undefined;
}

/**
 * A clause naming a part of the video, not the whole: a moment by place or by what is in it ("the pricing section"), a
 * card, an end ("the opener is too long", 开头太长了: which part and by how much are not guessed at).
 */
export const namesPart = (text: string) => MOMENT_REF.test(text) || parseOrdinals(text).length > 0 || middleOf(text, { moments: 1, texts: 0 }) !== undefined
  || [Words.intro, Words.outro, Words.card].some((pattern) => pattern.test(text))
  || new RegExp(String.raw`\b(?!(?:the|this|that|my|our|your|a|an|whole|entire|final|full|video|demo|short|highlights?)\b)[a-z]+ (?:${MOMENT_NOUN}|bit)s?\b|\b(ending|beginning|opening|opener|closer|end|start)\b|开头|开场|结尾|末尾`).test(text);

/**
 * "3 seconds off the end", "cut 5 seconds from the start" (an amount taken, Words.amountTakenOff), "trim the end by 2
 * seconds": how much goes at which end of the clip.
 */
function amountOffEdge(text: string): { anchor: 'start' | 'end'; ms: number } | undefined {
  const edge = String.raw`(?:the\s+)?(?:very\s+)?(${CLIP_START_EN}|${CLIP_END_EN})\b`;
  const amount = String.raw`(\d+(?:\.\d+)?)\s*(?:${SECONDS_EN})\b`;
  const off = new RegExp(String.raw`${amount}\s+(off|from|out of)\s+(?:of\s+)?${edge}`).exec(text);
  const by = new RegExp(String.raw`\b(?:${TAKE_OFF_EN})\s+${edge}(?:\s+of\s+[\w ]{1,20}?)?\s+by\s+${amount}`)
    .exec(text);
  // ("5 seconds from the end" with no verb taking it off is no cut: "add a title 5 seconds from the end".)
  const taken = off && (off[2] === 'off' || Words.amountTakenOff.test(text));
  const [seconds, said] = taken ? [off[1], off[3]] : by ? [by[2], by[1]] : [];
  if (seconds === undefined || said === undefined) return undefined;
  return { anchor: CLIP_END_SAID.test(said) ? 'end' : 'start', ms: Number(seconds) * 1000 };
}

/** An end of the clip said alone, as amountOffEdge finds it ("end", "tail"; "front" is its start). */
const CLIP_END_SAID = new RegExp(String.raw`^(?:${CLIP_END_EN})$`);

/** The stretch at an end of the timeline: "the first 5 seconds" from 0, "the last 5 seconds" back from the end. */
const edgeCut = (anchor: 'start' | 'end', ms: number): EditOp => (anchor === 'start'
  ? { op: 'cut_range', start_ms: 0, end_ms: ms } : { op: 'cut_range', start_ms: ms, end_ms: 0, from_end: true });

/** A span after "to" or "into" ("down to 1-2 minutes", "into 30 to 45 seconds"): the length asked for, not a stretch of the video. */
const LENGTH_SPAN = /\b(?:down to|into|make (?:it|this|the (?:video|clip)) |(?:be|keep (?:it|this)|get (?:it|this)(?: down)?) (?:to )?)\s*(?:about |around |roughly |like )?\d[\d.:]*\s*(?:s|secs?|seconds?|minutes?|mins?|m)?\s*(?:-|–|to|or)\s*\d/;

/** "every clip", "all the clips": each moment ("all the parts" is the whole video). */
const EACH_MOMENT = new RegExp(String.raw`\b(every|each) (${MOMENT_NOUN})\b|\ball( of)?( the)? (moment|clip|segment|scene|shot)s\b`);

/**
 * A clock time said as a point: "at 1:15", "from 0:45", "around 2:30 I sneeze", 在1:12, 到0:20 said alone (not "keep it at
 * 0:45", 压到0:20, a length); and the Nth second, 第22秒 (read as 在22秒: "NPC出场在第22秒", "第15秒那手妙手"), a point (not
 * 控制在30秒, 时长在30秒左右, a length); a time with a word of place after it, 25秒处, 0:15那里, 0:15那个按钮 (not 30秒那个版本).
 */
const POINT_IN_TIME = /(?:(?<!\b(?:keep|have|get|want|wants|need|needs|cap|hold|set|put|bring)\s+(?:it|this|that|the (?:video|clip|whole thing))\s+)\b(?:at|from|after|before|until|till|since)\s+(?:around |about |roughly )?|^(?:around|about) |(?:(?<!控制|保持|限制|压缩|缩短|剪|定|放|卡)在|于|^到)\s*)\d{1,2}:[0-5]\d(?:\.\d+)?|(?<!控制|保持|限制|压缩|缩短|剪|定|放|卡|长度|时长|总长|长|都|就|要|弄|做|搞|整)在\s*\d+(?:\.\d+)?\s*秒(?!\s*(?:内|以内|之内|以下|以上|上下|左右))|(?:\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?\s*秒)\s*(?=处|那里|那儿|那块|的地方|那个?地方|的时候|那会儿?|那一?下)|\d{1,2}:[0-5]\d(?:\.\d+)?\s*(?=那个(?!版本|视频|长度))/g;

/** A length said of the clip itself: "a 45 second cut", "a 2-minute version", "a 3-minute slot" in a programme, 30秒的短视频. */
export const CLIP_LENGTH = /((?:\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|m|分钟?)\s*(?:and\s+)?)?\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?|秒|分钟))\s*-?\s*(?:long\s+)?(?:cut|clip|version|video|edit|reel|teaser|trailer|summary|recap|overview|demo|highlights?|preview|slot|time slot|spot|的(?:视频|版本|短视频|片子|精华|集锦))/;

/** What a clip of a length said is of: " of the beat moments" up to what is said next (who it is for, with what). */
const CLIP_SHOWS = new RegExp(String.raw`${CLIP_LENGTH.source}(\s+of\s+[^,.;!?]+?)(?=\s+(?:for|with|and|but|then|please|on|in)\b|\s*[,.;!?]|\s*$)`);

/** A part of the draft named by its place, or one alone ("the dance scene"), not the kind of stretches a clip shows. */
const namesPlace = (said: string) => /\d/.test(said) || parseOrdinals(said).length > 0 || MOMENT_REF.test(said)
  || [Words.intro, Words.outro, Words.card].some((pattern) => pattern.test(said)) || new RegExp(String.raw`\b(?:${MOMENT_NOUN}|bit)\b`).test(said);

/** A length something went on for, said with 了 after a verb of no edit: 空了两秒, 等了10秒, 卡了半分钟 (not 剪了, 缩短了). */
const ELAPSED = /(?<!剪|删|减|短|去|切|砍|留|改|压|调|成|到|为|掉|快|慢)了\s*\d+(?:\.\d+)?\s*(?:秒|分钟)/;

/** A speed factor said: "2x", "1.5倍", "×4". */
const FACTORS_SAID = /\d+(?:\.\d+)?\s*(?:x\b|×|倍)|\bx\s?\d/g;

/** Each piece of a list that names one moment and its speed, as [place, factor]; undefined unless every piece does. */
function pacedEach(text: string): [number, number][] | undefined {
  // ("first clip make slow, 0.5 speed, third clip make fast, 2x": a factor said apart, after a moment named with no
  // factor, is that moment's.)
  const pieces = text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).reduce((joined: string[], piece) => {
    const last = joined[joined.length - 1];
    const factorOfLast = last !== undefined && parseOrdinals(piece).length === 0 && parseFactor(piece) !== undefined
      && parseOrdinals(last).length === 1 && parseFactor(last) === undefined;
    return factorOfLast ? [...joined.slice(0, -1), `${last}, ${piece}`] : [...joined, piece];
  }, []);
  const read = pieces.map((piece): [number, number] | undefined => {
    const [places, named] = [parseOrdinals(piece), parseFactor(piece)];
    return places.length === 1 && named !== undefined ? [places[0], named > 1 && slowedBy(piece) ? 1 / named : named] : undefined;
  });
  return pieces.length > 1 && read.every((each) => each !== undefined) ? read : undefined;
}

/** A refusal right before the verb it refuses: 别撤销, 先不要重做, "don't undo" (not "wait no, redo that"). */
const REFUSED_BEFORE = /(?:别|不要|不用|不许|莫|\b(?:don't|do not|never|no need to))\s*(?:再|帮我|给我)?\s*$/;

/**
 * "原声拉到0", "人声调到0.8", "原声调大到120", "put the video sound to zero", "vid sound 0": a bare figure the recording's
 * sound is turned to is its level (a share, or out of a hundred).
 */
function bareLevel(text: string): number | undefined {
  const said = Words.bareLevel.exec(text);
  const figure = said?.slice(1).find((group) => group !== undefined);
  const value = figure === undefined ? undefined : figure === 'zero' ? 0 : Number(figure);
  return value === undefined || value > 200 ? undefined : value > 2 ? value / 100 : value;
}

/** A length said of one version among others: "a 15s version", "a 60 second one". */
const VERSION_LENGTH = /(\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?|m))\s*-?\s*(?:long\s+)?(?:one|version|cut|clip|edit)\b/g;

/** Whether the clause asks to send the file to a platform ("export it to youtube"), not to make it for one ("export for tiktok"). */
function sentToPlatform(text: string): boolean {
  const sent = Words.sentTo.exec(text);
  return sent !== null && PlatformWords.some(([platform]) => platform.exec(text.slice(sent.index + sent[0].length))?.index === 0);
}

/** The pieces of a clause, between its commas or semicolons, that name a moment ("moment 2 speed 2x", "第二段加速"). */
const piecesNamingMoment = (text: string): string[] => text.split(/[,;，；]/).filter((piece) => MOMENT_REF.test(piece));
