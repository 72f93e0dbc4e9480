import {
  CLOUD_EXTENSIONS, type EditOp, fileNamed, MOMENT_NOUN, MOVE_REFUSED_ZH, ORDINAL_SLIPS, TAKEN_FROM_MOMENT,
  THING_PLACED_APART, Words,
} from '../../protocol';
import { EVERY, LISTED_AND, meantPart, MOMENT_NAMES, MOMENT_REF, negated, type ParseContext, UNSAID } from './clauseWords';
import { parseDurationMs } from './parseDuration';
import { parseClock, normalizeNumbers, parseInOut, parseOrdinals, parseRange, parseSeconds } from './parseQuantities';

// The clause readers for the timeline's moments: remove, move, swap, trim, speed one, use only some uploads.

/**
 * "clip 2 runs 2 seconds long", "the intro went three seconds over", "clip 2 is 4 seconds over": a length it overruns by
 * is what it is too long by ("clip 2 is 4 seconds long" is its length); 第二段多了三秒, 多出来三秒, 长了三秒 the same
 * (not 比第一段长了三秒, a comparison).
 */
const OVERRUN = /\b(?:(?:runs?|ran|running|goes|going|went) (?:about |like |around )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:long|over)|(?:is|'s) (?:about |like |around )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+over)\b|(?<!比[^，,。]*)(?:多出来?|多了|长了)\s*\d+(?:\.\d+)?\s*秒/;

/** One moment compared with another ("跟第三段一样长", "as long as clip 3"): no list of the two. */
const COMPARED = /一样|同样|相同|(?<!对)比|\bsame\b|\bas (?:long|short)\b/;

export function momentOp(clause: string, context: ParseContext, resolve: (n: number, count: number) => number): EditOp | EditOp[] | undefined {
  // "swap clips 2 and 3.", "put clip 2 first.": the stop that ends the sentence is no decimal point of the number before it,
  // nor a word between the place and the clause's end.
  const text = clause.replace(/(?<=\w)[.!]+\s*$/, '');
  // "the first two clips", 前两段: two neighbours named by one end.
  const ends = twoEnds(text, context);
  // "中间那段不要了", "中间那段放到最后": the one in the middle (when there is one), named first; not the one between two named.
  const said = ends ?? parseOrdinals(meantPart(text)); // "remove clip 2, not clip 1": the one meant
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
  // "the last clip, cut it to that": a length it is cut to, not said in the clause, is not guessed at (no removal, no trim).
  if (Words.thatLength.test(text)) return [];
  // "segment 2 should play 0:04 to 0:10 of its source recording": where in its source the one moment named runs (no
  // speed, no cut); "move clip 2's in point to 0:06…" moves no moment.
  const span = parseRange(text.replace(MOMENT_NAMES, ' '));
  if (span && named.length === 1 && Words.momentSpan.test(text) && !Words.speed.test(text) && !Words.cutRange.test(text)) {
    return { op: 'set_moment_range', index, in_ms: span.start_ms, out_ms: span.end_ms };
  }
  // "第二个镜头入点设在素材的3秒，出点9秒": each edge by its point.
  // "first clip should start at 0:04 and end at 0:16 in the footage": its start and end, said of its source, the same.
  const unnamed = text.replace(MOMENT_NAMES, ' ');
  const points = parseInOut(Words.inSource.test(text) ? unnamed.replace(Words.sourceEdge.start, ' in point ').replace(Words.sourceEdge.end, ' out point ') : unnamed);
  if (points && named.length === 1) return { op: 'set_moment_range', index, ...points };
  // One point of the two ("第二段入点设在3秒"), or an out point before the in: where the moment runs is not guessed at
  // (no trim, no length); a point moved by an amount is a trim ("出点往前收2秒").
  if (Words.editPoint.test(text) && !Words.shorter.test(text)) return [];
  // "clips 1 and 2 don't swap", 第一段和第二段不要换位置: a swap refused moves nothing.
  if (Words.swapMoments.test(text)) return negated(text, Words.swapMoments) ? [] : swapOps(named);
  // "别让第三段开场", "第二段别放到最后", "don't make clip 3 the opener": a place refused moves nothing.
  const refused = (place: RegExp) => negated(text, place) || (place === Words.moveMoment && MOVE_REFUSED_ZH.test(text));
  const places = [Words.leadMoment, Words.closeMoment, Words.moveMoment];
  if (places.some((place) => place.test(text) && refused(place))) return [];
  const thingPlaced = THING_PLACED_APART.exec(text)?.groups;
  if (thingPlaced) {
    const [moment] = parseOrdinals(thingPlaced.moment).map((n) => resolve(n, context.moments));
    return { op: 'move_moment', index: moment, to: thingPlaced.place === 'first' ? 1 : Math.max(1, context.moments) };
  }
  const bothEnds = endsWished(text, context, resolve);
  if (bothEnds) return bothEnds;
  // "make clip 3 the opener", "end on the first clip": the moment named goes first or last.
  // ("make a 30 second clip of the first scene": the place it has, named as the moment with its length said, is no place
  // it goes to.)
  const leadOrLast = Words.leadMoment.test(text) ? 1 : Math.max(1, context.moments);
  // (Nor "I want the furnace part first": the place word alone is no moment named, and it would move to where it is.)
  const placeItHas = leadOrLast === index && (parseDurationMs(text) !== undefined || !MOMENT_REF.test(text));
  if (Words.leadMoment.test(text) !== Words.closeMoment.test(text) && !placeItHas) return { op: 'move_moment', index, to: leadOrLast };
  if (Words.moveMoment.test(text)) {
    // "put clip 3 first": a place said with the number's noun before it ("3 first" is no "first clip").
    // Where it goes is said after the moment that moves ("开头那段挪到第二个位置" goes second, not first).
    const where = text.replace(MOMENT_REF, (said) => said.replace(/\D+/g, ' '));
    // ("the third clip go in position 2", "sit at spot 2": a place said with its noun, whatever word leads to it.)
    const bareNumber = /\b(?:to\s+(?:(?:position|spot|slot|place|number|no\.?|#)\s*)?|(?:in|into|at)\s+(?:position|spot|slot|place)\s*#?)(\d+)\s*$/.exec(where);
    const to = Words.firstPlace.test(where) ? 1
      : Words.lastPlace.test(where) ? Math.max(1, context.moments)
      : ordinals[1] !== undefined ? resolve(ordinals[1], context.moments)
      // "move clip 3 into the middle", "clip 3 go in the middle", "第三段放到中间去", "把第三段放中间": the middle place, when
      // there is one (of an even count, not guessed at; not "中间那段", the middle one named).
      : /\b(?:to|into|in) the (?:middle|centre|center)\b(?! of\b)|(?:[到在去进]|(?<=[放挪移搬调排]))(?:正)?中间(?:去|来|位置|的位置)?(?=$|[吧啦了嘛呀，,。!！\s])/.test(where) ? (context.moments % 2 === 1 ? (context.moments + 1) / 2 : undefined)
      // "mv clip 3 to 1", "move the last clip to number 2": a bare number it goes to is a place.
      : bareNumber ? Number(bareNumber[1]) : undefined;
    // "move clip 2 to 0:05": a time it goes to is no place among the moments (not guessed at, nor a clip of that length).
    if (to === undefined) return parseClock(where) === undefined ? undefined : [];
    // "the drone clip should come first": the place it goes names no moment, and one named by what it shows is not guessed at
    // (the middle one, named by its place and what it shows, is: "中间那段讲定式的放到最后").
    if (!middle && parseOrdinals(text.replace(MOVE_PLACE, ' ')).length === 0 && !MOMENT_REF.test(text.replace(MOVE_PLACE, ' '))) return [];
    // "after clip 4": once clip 2 is taken out, clip 4 is third; "before clip 4" takes its place.
    const after = Words.placeAfter.test(text);
    const before = Words.placeBefore.test(text);
    const place = after ? (index < to ? to : to + 1) : before ? (index < to ? to - 1 : to) : to;
    return { op: 'move_moment', index, to: place };
  }
  if (Words.shorter.test(text)) {
    // "第二段别剪掉2秒": a shortening said with a "no" is none.
    if (negated(text, Words.shorter)) return [];
    // A moment is shortened from its end: one shortened at its start is not guessed at.
    if (Words.startShortened.test(text)) return [];
    // "缩短至8秒", "缩短为8秒", "trim clip 3 to exactly 6.5 seconds": the length it ends at, not the length taken off; so
    // is what is kept of it ("再短一点就留五秒", "shorter, keep just 4 seconds").
    const endsAt = /(?:\bto\s+(?:exactly\s+|precisely\s+|just\s+)?|(?:到|至|为|成)\s*|\b(?:keep|leave)\s+(?:only\s+|just\s+)?|(?:只|就|只要)?(?:保?留|剩下?)\s*)(?=\d)/.exec(text);
    const to = endsAt ? parseSeconds(text.slice(endsAt.index + endsAt[0].length)) : undefined;
    // "第一段跟第三段都各剪短三秒", "第二段和第三段各缩短一秒": each moment listed, by the one length said (not one compared
    // with another: "第一段剪短三秒跟第三段一样").
    const each = named.length > 1 && LISTED_AND.test(text) && !COMPARED.test(text) ? named : [index];
    if (to !== undefined) return each.map((n): EditOp => ({ op: 'trim_moment', index: n, to_ms: to }));
    // "clip 2 by 3 seconds": the 2 names the clip; "clip 1 second shorter": the 1 is the length.
    const withoutNames = text.replace(MOMENT_NAMES, '');
    const by = parseSeconds(withoutNames) ?? UNSAID.shortenMs;
    return each.map((n): EditOp => ({ op: 'trim_moment', index: n, by_ms: by }));
  }
  // "make clip 2 only 3 seconds long", 第二段只留3秒: a moment and the length it should have ("the first clip is 12 seconds,
  // make it 6", 第一段现在12秒，改成6秒: not the length it has now, said before it).
  const lengthSaid = text.replace(MOMENT_NAMES, '');
  const length = parseDurationMs(lengthSaid.replace(EVERY.lengthNow, ' ')) ?? figureInUnitNow(lengthSaid) ?? parseDurationMs(lengthSaid);
  const namesMoment = MOMENT_REF.test(text) && !Words.text.test(text) && !Words.music.test(text);
  if (length !== undefined && namesMoment && !parseRange(text.replace(MOMENT_NAMES, ' '))) {
    // "make clip 3 start at 0:05": a time it starts or ends at is a point, no length it is trimmed to (not guessed at).
    if (Words.textComes.test(text) || Words.textGoes.test(text)) return [];
    // "…太长了，砍成5秒": a length it is cut into (剪成, 剪为, 砍成, 缩成) is the length it ends at too; "剪到只剩十秒", "剪得只剩6秒",
    // "剪剩5秒": what is left of it, the same.
    const to = /\bto\s+\d|到\s*\d|(?<=[剪砍切缩压])[成为]\s*\d|(?:[剪砍切缩压]|[剪砍切缩压]到|[剪砍切缩压]得)(?:只剩下?|剩下?|就剩|只有)\s*\d/.test(text);
    // "cut 3 seconds from the first clip", "clip 1 is very long, take 4 seconds off it": an amount taken from it shortens
    // it from its end (from its start or its middle is not guessed at), not the length it keeps.
    if (!to && Words.amountTakenOff.test(text)) return /\b(start|beginning|front|middle)\b|\d:\d/.test(text) ? [] : { op: 'trim_moment', index, by_ms: length };
    // "cut the last 2 seconds of clip 3" trims its end; from its start, or from nowhere said, is not guessed at (nor
    // taken for a clip of that length).
    if (Words.removeMoment.test(text) && !to) return /\b(end|last|final)\b|结尾|末尾|最后/.test(text) ? { op: 'trim_moment', index, by_ms: length } : [];
    // "clip 2 is 3 seconds too long"; not "太长了，只留6秒", the length it keeps.
    // "clip 2 is too long, make it 10 seconds": a length it is made after the complaint is the one it keeps too, as is one
    // it is left or had at ("too long, leave it at 7 seconds"), or one it is made said first ("make it 5 seconds, too long").
    const keeps = Words.leftAt.test(text) || Words.lengthMade.test(text) || /\b(only|keep|just)\b|\btoo long\b.*\bmake\b(?!.*\b(?:shorter|longer|less|more|by)\b)|留|只要|只剩|剩下/.test(text);
    // "第一段蛮长，再剪两秒", "第二段有点长，剪三秒": a moment said long (not 长一点, longer) is cut by the amount too.
    const saidLong = Words.saidLong.test(text);
    if ((saidLong || OVERRUN.test(text)) && !to && !keeps) return { op: 'trim_moment', index, by_ms: length };
    // "trim the end of clip 3 by 4 seconds": what is taken off its end (its start is not guessed at).
    if (/\b(trim|shave|chop|take)\b/.test(text) && /\bby\s+\d/.test(text) && !/\b(start|beginning|front)\b/.test(text)) return { op: 'trim_moment', index, by_ms: length };
    const lengthens = /\b(longer|shorter|more|less|by|extra|too)\b|长一点|更长|多|太/.test(keeps ? text.replace(/\btoo (long|slow)\b|太(?![多少])[^\s\d，,。]了?/, ' ') : text);
    // "太拖了，剪到3秒", "废话太多，剪到10秒": a length to end at, said beside a complaint, is still the length it should have
    // (not "多留3秒", an amount more).
    // "the kitchen shot should hold six seconds", "let clip 2 run for 4 secs": how long it stays on screen is its length.
    if ((!lengthens || (to && !/\b(by|more|less|extra)\b|[多少]\s*(?:留|加|放|剪|给|删)?\s*\d/.test(text))) && (to || Words.leftAt.test(text) || /\b(only|long|be|keep|make|set|just)\b|\b(?:hold|last|run|play|stay)(?: for)? (?:exactly |precisely |just |only |about )?\d|留|保留|只要|只剩|剩下|[剪砍](?:到|成)|控制在|缩到|改成|变成|改为|设为|设成|定为|定成|调成|调为|调整为|调整成/.test(text))) {
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
    if (TAKEN_FROM_MOMENT.test(text)) return []; // "music remove from clip 2": what, is not guessed at
    if (Words.partOfMoment.test(text)) return []; // "第二段多的部分剪掉": a part of it, not all
    // "remove clips 1 and 3", 删除第一段和第三段: the later one first, so the earlier keeps its number.
    return [...new Set(named)].sort((a, b) => b - a).map((n): EditOp => ({ op: 'remove_moment', index: n }));
  }
  return undefined;
}

/**
 * "open with clip 3 and end with clip 1": each end of the video wished for a moment of its own, in two pieces (split at
 * a comma or "and"). Undefined unless each piece wishes one end for one moment, and the two differ.
 */
function endsWished(
  text: string, context: ParseContext, resolve: (n: number, count: number) => number,
): EditOp[] | undefined {
  const pieces = text.split(BOTH_ENDS_APART);
  if (pieces.length !== 2) return undefined;
  const wished = pieces.map((piece) => {
    const [lead, close] = [Words.leadMoment.test(piece), Words.closeMoment.test(piece)];
    const said = parseOrdinals(piece);
    if (lead === close || said.length !== 1) return undefined;
    return { index: resolve(said[0], context.moments), to: lead ? 1 : Math.max(1, context.moments) };
  });
  const [first, second] = wished;
  if (first === undefined || second === undefined) return undefined;
  if (first.index === second.index || first.to === second.to) return undefined;
  return [{ op: 'move_moment', ...first }, { op: 'move_moment', ...second }];
}

/** Where two wishes of one clause part: a comma, a semicolon or "and" (then "then"). */
const BOTH_ENDS_APART = /\s*(?:[,;，；]\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?/;

/** A figure said last with no unit: "…, make it 8", "…, it should be 8.". */
const BARE_FIGURE_LAST = /(?<![\d.:])(\d+(?:\.\d+)?)\s*[.!]*$/;

/**
 * "clip 2 is 12 seconds, make it 8", "the second clip is 12 seconds; it should be 8": a figure said last with no unit,
 * after the length the moment has now, is in that length's unit (not the length it has, kept).
 */
export function figureInUnitNow(text: string): number | undefined {
  const now = text.match(EVERY.lengthNow)?.at(-1);
  const unit = now === undefined ? undefined : /[a-z秒分钟]+(?=(?:\s+long)?\s*$)/.exec(now)?.[0];
  const figure = unit === undefined ? undefined : BARE_FIGURE_LAST.exec(text.replace(EVERY.lengthNow, ' '))?.[1];
  return figure === undefined ? undefined : parseDurationMs(`${figure} ${unit}`);
}

/** "the first two clips", 前两段, 头两段, 后面两段: two neighbours named by one end. */
export function twoEnds(text: string, context: ParseContext): number[] | undefined {
  if (/\bfirst two\b|(前|头)(面)?两(段|个)/.test(text)) return [1, 2];
  return /\blast two\b|(最后|后面?)两(段|个)/.test(text) && context.moments >= 2 ? [context.moments - 1, context.moments] : undefined;
}

/** Where a moment goes, said by an ordinal word: "come first", "go last", "in first place" (not "move last clip to 2", which names it). */
const MOVE_PLACE = new RegExp(String.raw`\b(go|goes|come|comes|be|put|place|placed|moved?) (first|last)\b(?!\s+(?:${MOMENT_NOUN})s?\b)|\b(first|last) place\b|\b(first|last)$`, 'g');

/** "clips 1 and 3", "clip 2 & 4", "clip 1, 2 and 3": the moments named by one noun, the last after an "and". */
export function numberPair(text: string): number[] | undefined {
  // "0:03 and 0:09" are two times, no two moments.
  const list = NUMBER_LIST.exec(text.replace(MOMENT_NAMES, (name) => name.replace(/\D+/, ' ')));
  return list ? list[0].match(/\d+/g)?.map(Number) : undefined;
}
/** A list of moment numbers, its commas part of it ("1, 2 and 3"): no clause goes on past them. */
export const NUMBER_LIST = /(?<![\d:.])\d+(?:\s*[,，、]\s*#?\s*\d+(?![\d:.]))*\s*,?\s*(?:and|&|with|和|与|跟)\s*#?\s*\d+(?![\d:.])/;

/**
 * The moves of a swap: the second already counts from the draft after the first (no two ends wished, each numbered in
 * the draft the user sees: wholeMessage's endsByDraftNumber leaves them as they are).
 */
export const SWAP_MOVES = new WeakSet<EditOp>();

/**
 * "swap clip 1 and clip 2", "switch clips 1 and 3", 第一段和第三段互换: the first takes the second's place, then the
 * moment that slid into the gap goes where the first was (nothing more for neighbours).
 */
function swapOps([a, b]: number[]): EditOp[] | undefined {
  if (a === undefined || b === undefined || a === b) return undefined;
  const [first, second] = [Math.min(a, b), Math.max(a, b)];
  const moves: EditOp[] = [{ op: 'move_moment', index: first, to: second }];
  if (second - first > 1) moves.push({ op: 'move_moment', index: second - 1, to: first });
  for (const move of moves) SWAP_MOVES.add(move);
  return moves;
}

/** "the second file" → "2", "the last upload" → "last", "only walkthrough.mov" → "walkthrough.mov". */
export function sourceRefs(message: string): string[] {
  // "use only the first file, the second one is the failed run" (or "second one is…", its article left out): why,
  // said after, names no file to use ("the first one's the wrong take" too).
  // Said before ("the first upload is my toddler's feet, only use the second one"), it names none either.
  const original = message.replace(/\s*[,;(]\s*(?:(?:the|that|this|my|our)\s+)?(?:other|second|first|last|\w+)\s+(?:one|file|video|recording|upload|take)(?:s?\s+(?:is|was|has|had|are|were)\b|['’]s\b).*$/i, '')
    .replace(/^(?:the|that|my|our)\s+(?:first|second|third|last|other)\s+(?:file|video|recording|upload|take)\s+(?:is|was|has|had)\b[^,;]*?(?:[,;]|\s(?:so|but|and)\b)\s*/i, '');
  const names = uploadFilesNamed(original);
  // "上传的第一个和 cos_side.mp4": an upload named by its place and one named by its file, each in the order said ("第二个机位的
  // 素材 cam2.mp4", with no "and" between, is one file said twice).
  if (names.length > 0) {
    return original.split(VIDEO_FILE_SPLIT)
      .flatMap((piece, i) => (i % 2 === 1 ? [piece] : UPLOAD_PLACE.test(piece) && UPLOADS_JOINED.test(piece) ? uploadOrdinals(piece) : []));
  }
  // "the first two uploads": each of them.
  const firstFew = Words.firstFewUploads.exec(original);
  if (firstFew) return Array.from({ length: Number(normalizeNumbers(firstFew[1].toLowerCase())) }, (_, i) => String(i + 1));
  // "the first and last recordings": each named, in the order said; "the latest upload", 刚上传的: the last.
  // "use the first and second videos, not the last": the one refused after is not used.
  // ("the footage is in the second video, so use just the second one": one upload named twice.)
  const ordinals = [...new Set(uploadOrdinals(original.replace(Words.uploadRefusedAfter, '')))];
  return ordinals.length > 0 ? ordinals : ['last'];
}

/** An upload named by its file (a.mp4, 漆器-第二天.mp4). */
const VIDEO_FILE = fileNamed(CLOUD_EXTENSIONS.video);
const VIDEO_FILES = new RegExp(VIDEO_FILE, 'gi');
/** The uploads named by their file ("a.mp4 and b.mov"), in the order said. */
export const uploadFilesNamed = (said: string) => [...said.matchAll(VIDEO_FILES)].map((m) => m[0]);
/** The message split around each file named, the names kept. */
const VIDEO_FILE_SPLIT = new RegExp(`(${VIDEO_FILE})`, 'i');
// (An ordinal typed amiss, "use only secnd file", is that ordinal: the upload is read from the message as typed.)
const uploadOrdinals = (said: string) => parseOrdinals(said.toLowerCase().replace(/[a-z]+/g, (word) => (Object.hasOwn(ORDINAL_SLIPS, word) ? ORDINAL_SLIPS[word] : word))).filter((n) => n > 0 || n === -1).map((n) => (n === -1 ? 'last' : String(n)));

/** An upload named by its place ("第一个", "最后一个", "the first upload"), not a moment (第一段). */
const UPLOAD_PLACE = /第[一二三四五六七八九十\d]+个(?!片段|镜头)|最后一个|\b(?:first|second|third|last|latest) (?:one|file|upload|video|recording)\b/i;
/** Two uploads listed ("… 和 b.mp4", "a.mp4 and the first one"). */
const UPLOADS_JOINED = /和|与|跟|还有|以及|、|\band\b|\bplus\b/i;
