import { isDeepStrictEqual } from 'node:util';
import { type EditOp, HAN, quoted, Words } from '../../protocol';
import { meantPart, MOMENT_REF, type ParseContext, readable } from './clauseWords';
import { askedOfNamed, backdropOneNamed, backgroundNamedAfter, continuedPart, heardNamed, shortenedNamed, zoomAtNamed } from './fragments';
import { REMOVALS } from './opKinds';
import { parseClause, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { parseAnchor, parseRange, parseSeconds } from './parseQuantities';
import { type Parsed, type Reading, readWithNamed, type Step } from './reading';
import { namesPartOf } from './asides';
import { colonQuoted, isClauseBefore, OPENS_TEXT_ADDED, timingOnly } from './splitClauses';
import { unwrapped } from './wrapping';

/**
 * "加个人名条：张伟，产品经理": words given after a colon run on past the comma, when the clause after reads as nothing,
 * or, on a lower third, names the person's role ("Lisa Zhou, Export Manager": the op word names the job); not when it
 * adds another text ("加个人名条：王芳，再加个字幕给学员": a request of its own, read or not).
 */
function colonWordsRunOn(reading: Reading, heard: Parsed): boolean {
  const { message, colonWords } = reading;
  const { clause, previous, parsed } = heard;
  const role = colonWords?.op === 'add_text' && colonWords.style === 'lower-third' && Words.roleAfterName.test(clause.trim());
  const runsOn = (parsed.length === 0 || role) && !OPENS_TEXT_ADDED.test(clause);
  if (runsOn && colonWords === previous && colonWords !== undefined && !quoted(clause)) {
    // "Dr. Chen，Applied Scientist": the comma as typed.
    const typed = /^\s*([，,])/.exec(message.slice(message.indexOf(colonWords.text) + colonWords.text.length))?.[1];
    colonWords.text += `${typed === '，' || (typed === undefined && HAN.test(`${colonWords.text}${clause}`)) ? '，' : ', '}${clause.trim()}`;
    return true;
  }
  return false;
}

/**
 * "the second clip is boring, remove it", 第二段太无聊了，删掉: a remove verb alone (or with "all": "…, cut out all") takes
 * what the clause before named;
 * "the internet dropped from 3:12 to 3:40, cut that part": so does one pointing at a stretch, when what was named is one.
 */
function removalOfNamed(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context, clauses } = reading;
  const { place, clause, text, named, parsed } = heard;
  const stretch = Words.stretchRemoved.test(text);
  if (parsed.length === 0 && named !== undefined && (Words.removeAgain.test(text) || Words.removedAll.test(text) || stretch)) {
    // "不需要背景音乐，请移除": what was refused, then asked to be removed.
    const kept = meantPart(named);
    // "第三段是跑模型的等待时间，可以直接删掉": a moment said to be something is the moment removed, not what it shows.
    // "第一段螃蟹一动不动的，删了": a moment named by its place, then what it shows, the same (not the idle stretches in it).
    const moment = MOMENT_IS_ZH.exec(readable(kept)) ?? MOMENT_SHOWS_ZH.exec(readable(kept));
    const subject = moment ? moment[1] : Words.refusal.test(readable(kept)) ? kept.replace(new RegExp(Words.not.source, 'gi'), '') : kept;
    // "the part from 0:15 to 0:21, cut", "00:40-00:52 是我在翻 log，cut": the verb said alone, in English, takes it after it.
    // ("lose that stretch": the stretch named goes in place of the words pointing at it.)
    const pronoun = /\b(?:it|that|them|those|em)\b(?: (?:part|bit|section|stretch|piece|portion|segment|chunk)s?\b)?/i;
    const both = HAN.test(text) || (HAN.test(subject) && pronoun.test(text)) ? `${subject}${text}`
      : pronoun.test(clause) ? clause.replace(pronoun, subject) : `${clause} ${subject}`;
    const removed = readAlone(both, context);
    // (A point said, "my cat walked in at 1:02, cut that part", is no stretch: which one is not guessed at.)
    const taken = (op: EditOp) => (stretch ? op.op === 'cut_range' || (op.op === 'remove_moment' && MOMENT_REF.test(readable(named))) : REMOVALS.has(op.op) || op.op === 'cut_range'
      || (op.op === 'fade' && !op.in_ms && !op.out_ms));
    if (removed.length > 0 && removed.every(taken)) {
      unknown.pop();
      // "把讲题前那段等待，就是没声音也没动的地方，全部去掉": the stretch named, then said again plainly, is one.
      const first = unknown[unknown.length - 1];
      if (first !== undefined && Words.restates.test(readable(named)) && isDeepStrictEqual(readAlone(`${first}${clause}`, context), removed)) unknown.pop();
      // "拷贝里有几截是我在倒片，没声也没动的，全给掐了": stretches named by what they show, then described with no noun (…的), are one.
      else if (isClauseBefore(clauses, place, first, 2) && /的$/.test(readable(named)) && Words.stretchesShown.test(readable(first))
        && !MOMENT_REF.test(readable(first)) && removed.every((op) => op.op === 'remove_dead_air')) unknown.pop();
      ops.push(...removed);
      return true;
    }
    // "前面排队那段全是干等 删掉，就是第一段": a moment named by what it shows (not guessed), then the removal, is one
    // request not read, which a place said after may still name.
    if (removed.length === 0 && HAN.test(both) && SHOWN_MOMENT.test(readable(both))) {
      unknown[unknown.length - 1] = both;
      return true;
    }
  }
  return false;
}

/** "the second clip is too long, shorten it a bit": the moment named before, not the whole video, is shortened. */
function shortenedNamedMoment(reading: Reading, heard: Parsed): boolean {
  const { context } = reading;
  const { text, named, parsed } = heard;
  const shortened = parsed.every((op) => op.op === 'compile_best_moments') && named !== undefined ? shortenedNamed(named, text, context) : undefined;
  return readWithNamed(reading, shortened);
}

/**
 * "又想要了，给恢复回来", "刚才撤销的那个，恢复回来": what was undone wanted again, or the step undone named, then brought
 * back (read alone as an undo or a redo, or not at all), is the undo taken back (a redo).
 */
function redoOfUndone(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown } = reading;
  const { text, named, parsed } = heard;
  // ("刚刚 undo 的，redo 回来": a redo said outright is that redo.)
  const redone = Words.result.redo.test(text) || (parsed.length === 1 && parsed[0].op === 'redo');
  const undone = named !== undefined && [Words.wantedAgain, Words.undoneStep].some((said) => said.test(readable(named)));
  if (parsed.length <= 1 && parsed.every((op) => op.op === 'undo' || op.op === 'redo') && undone && redone) {
    unknown.pop();
    ops.push({ op: 'redo' });
    return true;
  }
  return false;
}

/**
 * "标题去掉，加个新的：兰溪老街", "remove the title, add a new one: X": "a new one" after a text taken away is a text of
 * the kind the clause before named (read with that kind in its place); not after any other removal.
 */
function newTextOfKindNamed(reading: Reading, heard: Parsed): boolean {
  const { clauses, context } = reading;
  const { place, clause, previous, parsed } = heard;
  const kind = place > 0 ? readable(clauses[place - 1]).match(Words.textKind)?.[0] : undefined;
  if (parsed.length > 0 || previous?.op !== 'remove_text' || kind === undefined || !Words.newOneOfKind.test(clause)) {
    return false;
  }
  const newOne = HAN.test(kind) ? `新${kind}` : `new ${kind}`;
  const added = readAlone(colonQuoted(clause.replace(Words.newOneOfKind, newOne)), context);
  if (added.length === 0 || !added.every((op) => op.op === 'add_text')) return false;
  reading.ops.push(...added);
  return true;
}

/**
 * "加字幕，底部：X", "加个标题放上面，第2秒到第6秒：X": a text asked with no words, then where or when it shows with its
 * words after a colon, is one text (read said together); the clause after must give the words, and add nothing else
 * (a refusal or a complaint there, "底部：不要", "底部：太小了", is none).
 */
function textWordsAfterDetail(reading: Reading, heard: Parsed): boolean {
  const { clauses, context } = reading;
  const { place, clause, named, parsed } = heard;
  const colon = /(?<!\d)[:：]\s*(\S.*)$/.exec(clause);
  const before = colon === null ? '' : readable(clause.slice(0, colon.index));
  const detail = before.replace(/^(?:放|摆)?(?:在|到)?|第/g, '').trim();
  const placeOrTime = Words.placeAlone.test(detail) || timingOnly(detail);
  const words = colon?.[1].trim();
  const textAsked = isClauseBefore(clauses, place, named) && Words.textAdd.test(readable(named));
  const refused = words !== undefined && Words.refusedOrComplained.test(words);
  if (parsed.length > 0 || words === undefined || refused || !placeOrTime || !textAsked) return false;
  const both = readAlone(colonQuoted(HAN.test(named) ? `${named}${clause}` : `${named} ${clause}`), context);
  return both.length === 1 && both[0].op === 'add_text' && both[0].text === words && readWithNamed(reading, both);
}

/** "NPC出场在第22秒，那里放大一下": a zoom with no point of its own, at the point the clause before (not read) said (as zoomAtNamed reads it). */
function zoomOfNamed(reading: Reading, heard: Parsed): boolean {
  const { clauses } = reading;
  const { place, text, next, named, parsed } = heard;
  const zoomed = isClauseBefore(clauses, place, named) ? zoomAtNamed(named, text, parsed, next === undefined ? undefined : readable(next)) : undefined;
  return readWithNamed(reading, zoomed === undefined ? undefined : [zoomed]);
}

/** "add a background, use brand.png": a picture named after a backdrop asked with no kind is that backdrop (as backgroundNamedAfter reads it). */
function backgroundAfterPicture(reading: Reading, heard: Parsed): boolean {
  const { ops, clauses } = reading;
  const { place, clause, previous, parsed } = heard;
  const picture = parsed.length === 0 && place > 0 ? backgroundNamedAfter(previous, readable(clauses[place - 1]), clause) : undefined;
  if (picture !== undefined) {
    ops[ops.length - 1] = picture;
    return true;
  }
  return false;
}

/**
 * "the crossfade is too slow, cut it to 200ms": a length asked of "it" (alone, the clip's) is the part's named before,
 * when that part takes the length ("the music is too long, cut it to 20 seconds" takes no music out); a moment named
 * so is left to the readings of moments named apart ("the kitchen clip, the third, make it 6 seconds" names two).
 */
function askedOfNamedPart(reading: Reading, heard: Parsed): boolean {
  const { context } = reading;
  const { clause, text, named, parsed } = heard;
  const ofIt = parsed.length === 1 && parsed[0].op === 'compile_best_moments' ? askedOfNamed(named, clause, context) : undefined;
  const itsLength = ofIt?.every((op) => !('index' in op)) && ofIt.some((op) => Object.values(op).includes(parseSeconds(text) ?? parseDurationMs(text))) ? ofIt : undefined;
  const ofNamed = parsed.length === 0 ? askedOfNamed(named, clause, context) ?? heardNamed(named, clause, context) ?? backdropOneNamed(named, clause, context) : itsLength;
  return readWithNamed(reading, ofNamed);
}

/** "the video sound, the birds are nice, put it 150%": the sound named with a word of praise, then a level asked of "it". */
function levelOfApprovedSound(reading: Reading, heard: Parsed): boolean {
  const { ops, context, approved } = reading;
  const { place, clause, parsed } = heard;
  const heardApproved = parsed.length === 0 && approved?.place === place - 1 ? heardNamed(approved.clause, clause, context) : undefined;
  if (heardApproved !== undefined) {
    ops.push(...heardApproved);
    return true;
  }
  return false;
}

/**
 * "The sound of the video itself, the pan sizzling, can you put it louder? 130%": the recording's sound named, a way asked
 * of "it" (which alone sets no level), then the level alone: that sound at that level. The way must agree with the level
 * ("…, louder? 50%" is left unread: which was meant is not guessed).
 */
function levelAfterWayOfSound(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context } = reading;
  const { clause, fragment, parsed } = heard;
  const [sound, way] = unknown.slice(-2);
  if (parsed.length > 0 || fragment?.volume === undefined || unknown.length < 2 || !Words.pronoun.test(readable(way))) return false;
  const levelled = heardNamed(sound, `${way} ${clause}`, context);
  const agrees = levelled?.every((op) => op.op === 'set_source_volume' && op.volume !== undefined
    && (Words.louder.test(readable(way)) ? op.volume > 1 : Words.quieter.test(readable(way)) && op.volume < 1));
  if (levelled === undefined || !agrees) return false;
  unknown.splice(-2, 2);
  ops.push(...levelled);
  return true;
}

/** "讲价格的那段删掉，就是第二段": a moment named by what it shows (not guessed), then said again by its place, is that one. */
function momentRestatedByPlace(reading: Reading, heard: Parsed): boolean {
  const { context } = reading;
  const { text, named, parsed } = heard;
  const restated = parsed.length === 0 && named !== undefined && Words.restates.test(text) && MOMENT_REF.test(text) ? byPlace(named, text, context) : undefined;
  return readWithNamed(reading, restated);
}

/**
 * "第一段太长了，缩短3秒", "0:25到0:31我掉了哑铃，剪掉": what the clause before named (a moment, a stretch), asked of in
 * this one; with an aside between ("第二段是后台管理，客户不用看，去掉"), the one before it.
 * ("原声很重要，先别加音乐": not a refusal, whose "no" would be lost joined after the part named.)
 * ("原声太小了，放大到150%": 放大 read alone is a zoom; a level said so after the sound is named is that sound's, louder.)
 */
function askedOfNamedZh(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context } = reading;
  const { clause, named, parsed } = heard;
  const zoomedAlone = parsed.length > 0 && parsed.every((op) => op.op === 'set_zoom');
  if ((parsed.length === 0 || zoomedAlone) && HAN.test(`${clause}${named ?? ''}`) && !Words.refusal.test(readable(clause))) {
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
      return true;
    }
  }
  return false;
}

/** "音乐开头别那么突然，淡入2秒": a fade said after a clause about the music (not read) is the music's. */
function fadeOfNamedMusic(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context } = reading;
  const { clause, named, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'fade' && parsed[0].target === 'clip' && named !== undefined && HAN.test(named)
    && Words.music.test(readable(named))) {
    const both = `${named}${clause}`;
    const faded = readAlone(both, context);
    if (faded.length === 1 && faded[0].op === 'fade' && faded[0].target === 'music') {
      unknown.pop();
      ops.push(...faded);
      return true;
    }
  }
  return false;
}

/**
 * "In the middle of the screen, from 0:10 to 0:15, put the caption 'X'", "At the very end, I'd like an outro card …",
 * 10秒到15秒，加字幕「X」: where or when, said first and set apart, is the request's own. Read said with it, the request
 * must make the same operations, with that much more filled in or none (an outro is at the end already).
 */
function placeSaidFirst(reading: Reading, heard: Parsed): boolean {
  const { context } = reading;
  const { clause, named, parsed } = heard;
  if (named === undefined || parsed.length === 0 || !Words.placeSaidFirst.test(readable(named).trim())) return false;
  const both = readAlone(HAN.test(named) ? `${named}${clause}` : `${clause} ${named}`, context);
  const same = both.length === parsed.length && parsed.every((op, i) => isDeepStrictEqual({ ...both[i], ...op }, both[i]));
  // (Said with it, nothing filled in: the place is left unread, unless it is the card's own end: "at the end, … an outro".)
  const ownEnd = parsed.every((op) => op.op === 'add_card' && parseAnchor(readable(named)) === (op.card === 'intro' ? 'start' : 'end'));
  return readWithNamed(reading, same && (ownEnd || !isDeepStrictEqual(both, parsed)) ? both : undefined);
}

/**
 * "For the background music, use campo_verde.mp3 at 35 percent", 背景音乐的话，用 lofi: a heading naming the part of
 * the draft the request changes asks nothing of its own ("For the title, use lofi" names another: left unread).
 */
function headingOfRequest(reading: Reading, heard: Parsed): boolean {
  const { named, parsed } = heard;
  const heading = named === undefined ? null : Words.headingOf.exec(readable(named).trim());
  const part = heading?.slice(1).find((said) => said !== undefined);
  // ("For the voice, use lofi": a sound named, but not the music the request is about.)
  const about = (op: EditOp) => part !== undefined && namesPartOf(part, op) && (continuedPart(op) === 'music') === Words.music.test(part);
  return readWithNamed(reading, parsed.length > 0 && parsed.every(about) ? parsed : undefined);
}

/**
 * "moment 1 an moment 2, swap dem", "clips 2 and 3, change their places": two moments named alone, then swapped as
 * "them", are the two swapped.
 */
function swapOfNamedPair(reading: Reading, heard: Parsed): boolean {
  const { clauses, context } = reading;
  const { place, text, named, parsed } = heard;
  if (parsed.length > 0 || !isClauseBefore(clauses, place, named) || !Words.swapThem.test(text)) return false;
  const alone = readable(named).replace(new RegExp(MOMENT_REF.source, 'g'), ' ').replace(Words.pairJoined, '');
  const read = alone === '' ? readAlone(`swap ${named}`, context) : [];
  // (two apart are swapped as two moves)
  return read.length > 0 && read.every((op) => op.op === 'move_moment') && readWithNamed(reading, read);
}

/** A clause read, asked of what the clause before it named, in the order they are tried. */
export const namedAskedSteps: Step<Parsed>[] = [placeSaidFirst, headingOfRequest, colonWordsRunOn, removalOfNamed, swapOfNamedPair, shortenedNamedMoment, redoOfUndone, newTextOfKindNamed, textWordsAfterDetail, zoomOfNamed, backgroundAfterPicture, askedOfNamedPart, levelOfApprovedSound, levelAfterWayOfSound, momentRestatedByPlace, askedOfNamedZh, fadeOfNamedMusic];

/** The request of a clause about a moment named by what it shows, asked of the one its place names ("…，就是最后一段"). */
function byPlace(named: string, restated: string, context: ParseContext): EditOp[] | undefined {
  const place = readable(restated).replace(Words.restates, '').trim();
  // "The pouring tea part please slow, … It is clip 2": the part named by what it shows, said in English, is that place too.
  const both = named.replace(/[^，,。\s]{1,8}?(?:那|这)一?(?:段|个片段|部分)|\bthe (?:[\w'-]+ ){1,3}(?:part|bit|section|scene|shot)\b/i, place);
  const read = both === named ? [] : readAlone(both, context);
  return read.length > 0 && read.every((op) => 'index' in op && op.index !== undefined) ? read : undefined;
}

/** "…，留着，就是小点": a sound said kept, or which way it goes, before its level is said. */
const soundRemark = (clause: string): boolean => Words.aside.keptSceneSound.test(readable(clause)) || Words.direction.sound.test(readable(clause));

/** "第一段太长了，能剪短十秒吗？": a yes/no question asked after the part it is of is the request said outright, joined to that part. */
export const askedOutright = (clause: string): string => (HAN.test(clause) ? unwrapped(clause) : clause);

/** A moment named by what it shows: 讲价格的那段, 排队那段 (its place is not guessed). */
const SHOWN_MOMENT = /[^，,。\s](那|这)一?(段|个片段|部分)/;

/** A Chinese moment named by its place, then said to be something: 第三段是等待时间, 最后一段都是加载. */
const MOMENT_IS_ZH = new RegExp(String.raw`^((?:${MOMENT_REF.source}))(?:都|就|其实|全|全部|基本上?|主要)?是`);
/** "第一段螃蟹一动不动的", "第二段和第三段都不动": moments named by their place, then what they show (not a stretch inside it: 第二段里不动的地方). */
const MOMENT_SHOWS_ZH = new RegExp(String.raw`^((?:${MOMENT_REF.source})(?:(?:和|跟|与|、)(?:${MOMENT_REF.source}))*)(?![^，,。]*(?:地方|部分|时候|时间|那些|这些|那几|里|中间|之间|以外|之外|前|后))`);
