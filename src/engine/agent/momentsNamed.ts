import { isDeepStrictEqual } from 'node:util';
import { HAN, NO_MOMENT_NOUN, ORDINALS, OTHER_END_ZH, Words } from '../../protocol';
import { complainsOnly } from './asides';
import { LONGEST_TRANSITION_MS, MOMENT_REF, ORDINAL_EN, placesNamed, readable, UNSAID } from './clauseWords';
import { AUTO_ZOOM, measured, slotFragment } from './fragments';
import { figureInUnitNow } from './momentOps';
import { askedOutright } from './namedAsked';
import { CLIP_LENGTH, namesPart, readAlone } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { parseClock, parseFactor } from './parseQuantities';
import type { Asked, Parsed, Reading, Step } from './reading';
import { colonQuoted, isClauseBefore } from './splitClauses';

/**
 * "crossfades please, nice and languid, 1.5 seconds", "add a fade in, nice and slow, 2 seconds": a length said with
 * how the transition (or fade) just asked should feel is that transition's, no clip's (a few seconds at most: "…, slow, 20 seconds" is not).
 */
function lengthOfTransitionFelt(_reading: Reading, heard: Parsed): boolean {
  const { text, previous, parsed } = heard;
  return parsed.length === 1 && parsed[0].op === 'compile_best_moments' && parsed[0].target_ms <= LONGEST_TRANSITION_MS && Words.transitionFeel.test(text) && !CLIP_LENGTH.test(text)
    && !Words.highlights.test(text) && !WHOLE_CLIP.test(text) && (previous?.op === 'crossfade' || previous?.op === 'fade') && measured(previous, parsed[0].target_ms);
}

/** "标题早点消失，5秒就行": a length alone after a clause about a text, card, the music or a zoom (not read) is theirs, no clip's. */
function lengthOfNamedPart(reading: Reading, heard: Parsed): boolean {
  const { unknown } = reading;
  const { clause, text, named, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && slotFragment(text)?.length !== undefined && named !== undefined
    && [Words.text, Words.card, Words.intro, Words.outro, Words.music, Words.zoom, Words.fade, Words.crossfade].some((part) => part.test(readable(named)))) {
    unknown.push(clause);
    return true;
  }
  return false;
}

/**
 * "打孔那段是第一段，太长了，留十秒就够": "too long" said alone after a clause naming a moment (not read) is about that
 * moment, no shorter clip: the two are one statement, which a length said next may measure.
 */
function tooLongMomentNamed(reading: Reading, heard: Parsed): boolean {
  const { unknown } = reading;
  const { clause, text, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(text)
    && momentNamedJustBefore(reading, heard)) {
    const { named } = heard;
    unknown[unknown.length - 1] = `${named}${HAN.test(named) ? '' : ', '}${clause}`;
    return true;
  }
  return false;
}

/**
 * The clause just before this one was left unread and names a moment ("打孔那段是第一段", "the first clip drags"): what
 * this one says of a length or an end (太长了, "lose the last 5 seconds of it") may be of that moment.
 */
export const momentNamedJustBefore = ({ clauses }: Reading, asked: Asked): asked is Asked & { named: string } =>
  isClauseBefore(clauses, asked.place, asked.named) && MOMENT_REF.test(readable(asked.named));

/**
 * "最后一段太拖了，剪到3秒": a length said after a clause naming a moment is that moment's, never the whole clip's; so
 * too with a remark between them ("第一段是我演的那场，哈哈，剪到4秒", "第二段我在打磨，磨得太久了，剪短五秒").
 * "Clip 1 drags its heels. Trim 2 seconds off it.": an amount taken off, read alone as nothing, is the moment's too.
 */
function lengthOfNamedMoment(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context } = reading;
  const { clause, text, parsed } = heard;
  const momentAt = momentNamedAt(unknown);
  const measures = (parsed.length === 1 && parsed[0].op === 'compile_best_moments') || (parsed.length === 0 && Words.amountTakenOff.test(text));
  if (measures && momentAt !== undefined && !CLIP_LENGTH.test(text) && !Words.highlights.test(text)) {
    const moment = ordinalAlone(readable(unknown[momentAt])) ?? unknown[momentAt];
    const both = `${moment}${HAN.test(moment) ? '' : ' '}${askedOutright(clause)}`;
    const trimmed = readAlone(both, context);
    if (trimmed.length > 0 && trimmed.every((op) => op.op === 'trim_moment')) {
      unknown.splice(momentAt, 1);
      ops.push(...trimmed);
    } else unknown.push(clause);
    return true;
  }
  return false;
}

/**
 * "第一段整短点 剪到八秒", "shorten clip 1, down to 8 seconds": a moment shortened by no amount said, then a length,
 * is that moment's new length, never a clip of the best moments beside it; "第二段短一点，剪掉4秒", "make clip 2 a bit
 * shorter, cut 4 seconds": an amount cut said next (Words.amountCutAlone) is how much shorter.
 */
function lengthOfTrimmedMoment(reading: Reading, heard: Parsed): boolean {
  const { ops, clauses } = reading;
  const { place, text, previous, parsed } = heard;
  if (previous?.op !== 'trim_moment' || previous.by_ms === undefined || place === 0 || parseDurationMs(readable(clauses[place - 1])) !== undefined) return false;
  const cut = Words.amountCutAlone.test(text) ? parseDurationMs(text) : undefined;
  if (cut !== undefined) {
    previous.by_ms = cut;
    return true;
  }
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && !CLIP_LENGTH.test(text) && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
    ops[ops.length - 1] = { op: 'trim_moment', index: previous.index, to_ms: parsed[0].target_ms };
    return true;
  }
  return false;
}

/**
 * "the first clip is 12 seconds long, make it 6 seconds", "clip 2 is 10 seconds long. cut it to 4 seconds": the length a
 * moment has, stated (and read alone as the length it should have), then a length for "it", is that moment's new length
 * (never the first length kept beside a clip of the second).
 */
function lengthAfterLengthStated(reading: Reading, heard: Parsed): boolean {
  const { ops, clauses } = reading;
  const { place, text, previous, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && previous?.op === 'trim_moment' && previous.to_ms !== undefined && place > 0
    && readable(clauses[place - 1]).search(Words.lengthNow) >= 0 && parseDurationMs(readable(clauses[place - 1])) === previous.to_ms && Words.pronoun.test(text) && !CLIP_LENGTH.test(text) && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
    ops[ops.length - 1] = { op: 'trim_moment', index: previous.index, to_ms: parsed[0].target_ms };
    return true;
  }
  return false;
}

/**
 * "the second clip is 12 seconds; it should be 8", "clip 2 is 12 seconds, make it 8": the length a moment has, stated
 * (unread alone), then a figure with no unit for it, is its new length in that unit: the two read as one.
 */
function bareLengthAfterLengthStated(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, clauses, context } = reading;
  const { place, clause, named, parsed } = heard;
  const stated = place > 0 ? colonQuoted(clauses[place - 1]) : undefined;
  if (parsed.length > 0 || stated === undefined || named !== stated || readable(stated).search(Words.lengthNow) < 0 || figureInUnitNow(readable(`${stated}, ${clause}`)) === undefined) return false;
  const read = readAlone(`${stated}, ${clause}`, context);
  if (read.length !== 1 || read[0].op !== 'trim_moment') return false;
  unknown.pop();
  ops.push(read[0]);
  return true;
}

/**
 * "the crossfades are too long, make them 0.3 seconds": the transitions called too long are the one part whose length
 * a few seconds at most can only be, so theirs it is.
 */
function lengthOfLongCrossfades(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, clauses } = reading;
  const { place, text, named, parsed } = heard;
  const complained = place > 0 ? readable(clauses[place - 1]) : '';
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && parsed[0].target_ms <= LONGEST_TRANSITION_MS && complainsOnly(complained)
    && Words.crossfade.test(complained) && isClauseBefore(clauses, place, named) && !namesPart(complained) && !CLIP_LENGTH.test(text)
    && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
    unknown.pop();
    ops.push({ op: 'crossfade', ms: parsed[0].target_ms });
    return true;
  }
  return false;
}

/**
 * "结尾太长了，剪到3秒", "the intro is too long, make it 1 second": a length said after a part (an end, a card) called
 * too long is that part's, which is not guessed at (never the whole clip's).
 */
function lengthOfLongPart(reading: Reading, heard: Parsed): boolean {
  const { unknown, clauses } = reading;
  const { place, clause, text, parsed } = heard;
  const complained = place > 0 ? readable(clauses[place - 1]) : '';
  if (parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(complained) && namesPart(complained)
    && !MOMENT_REF.test(complained) && !CLIP_LENGTH.test(text) && !Words.highlights.test(text) && !WHOLE_CLIP.test(text)) {
    unknown.push(clause);
    return true;
  }
  return false;
}

/**
 * "让第三段开场，第一段收尾": right after a moment moved to one end, another moment said with the other end is moved there
 * (named by its number in the draft: wholeMessage's endsByDraftNumber).
 */
function otherEndWished(reading: Reading, heard: Parsed): boolean {
  const { ops, context } = reading;
  const previous = ops[ops.length - 1];
  const said = OTHER_END_ZH.exec(heard.text.trim());
  if (heard.parsed.length > 0 || said === null || previous?.op !== 'move_moment') return false;
  const last = Math.max(1, context.moments);
  const to = said.groups?.lead === undefined ? last : 1;
  const [index] = placesNamed(heard.text, context).map((place) => (place < 0 ? last + 1 + place : place));
  // (The other end only: the same end twice, or the same moment, is not guessed at.)
  if (index === undefined || previous.to !== (to === 1 ? last : 1) || index === previous.index) return false;
  ops.push({ op: 'move_moment', index, to });
  return true;
}

/**
 * "第二段做酱汁的，两倍速": a speed said after a clause that only names a moment is that moment's; "第2段是报数，太快了，
 * 这段放慢": so is one after a complaint of its pace said between them.
 */
function speedOfNamedMoment(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context, clauses } = reading;
  const { place, clause, text, named, parsed } = heard;
  const paced = isClauseBefore(clauses, place, named) && Words.tooMuch.test(readable(named))
    && !MOMENT_REF.test(readable(named)) && isClauseBefore(clauses, place, unknown[unknown.length - 2], 2) ? unknown[unknown.length - 2] : undefined;
  const namesMoment = (said: string) => MOMENT_REF.test(readable(said)) || ONE_NAMED.test(readable(said)) || Words.middleMoment.test(readable(said))
    || ordinalAlone(readable(said)) !== undefined || BIT_PLACED.test(readable(said));
  // "第二段，一本！慢动作，0.25倍": with a remark between, the moment named before it (as for a length: momentNamedAt).
  const remarkedAt = paced ?? named;
  const remarked = remarkedAt !== undefined && !namesMoment(remarkedAt) ? momentNamedAt(unknown) : undefined;
  const moment = remarked === undefined ? remarkedAt : unknown[remarked];
  if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && moment !== undefined
    && namesMoment(moment) && !Words.wholeVideo.test(text)) {
    const said = ordinalAlone(readable(moment)) ?? readable(moment).replace(BIT_PLACED, '$1 clip');
    const places = placesNamed(said, context);
    const which = places[0];
    // "from the first to the third clip, speed up": several moments named (a span of them) are not guessed at as one.
    if (places.length > 1) {
      unknown.push(clause);
      return true;
    }
    if (which !== undefined) {
      if (remarked !== undefined) unknown.splice(remarked, 1);
      else unknown.splice(paced === undefined ? -1 : -2);
      ops.push({ ...parsed[0], index: which < 0 ? Math.max(1, context.moments + 1 + which) : which });
      return true;
    }
    // "the middle clip is too fast, slow it…" with no one middle, "第二段，不是第一段，加速": a moment not found (or only
    // refused), not the whole video.
    unknown.push(clause);
    return true;
  }
  return false;
}

/**
 * "the waiting at 0:30 is boring, speed it up": "it" is the stretch the clause before named by a time, which no speed
 * here is set for (not the whole video).
 */
function speedOfTimedStretch(reading: Reading, heard: Parsed): boolean {
  const { unknown } = reading;
  const { clause, text, named, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && named !== undefined && Words.pronoun.test(text)
    && !Words.wholeVideo.test(text) && parseClock(readable(named)) !== undefined) {
    unknown.push(clause);
    return true;
  }
  return false;
}

/** "等待时间太长了，加快一点", "安装那段太慢了，快进": stretches where nothing happens, complained of, then sped up. */
function idleComplainedOf(reading: Reading, heard: Parsed): boolean {
  const { unknown } = reading;
  const { clause, text, parsed } = heard;
  if (Words.idleComplaint.test(text) && Words.idle.test(text) && parsed.every((op) => op.op === 'compile_best_moments' || op.op === 'set_speed')) {
    unknown.push(clause);
    return true;
  }
  return false;
}

/**
 * "没有动的地方不要剪掉，给它加快8倍", "静止段不剪，按六倍速快进", "没声音的地方不用剪，快一点过去": "it" sped up (or a
 * speed naming no other part) is the idle or silent stretch the clause before kept from the cut (快快放过去, no factor
 * said: the idle stretches' own, not "faster"'s).
 */
function speedOfKeptIdle(reading: Reading, heard: Parsed): boolean {
  const { ops, clauses } = reading;
  const { place, text, previous, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && previous?.op === 'keep_everything'
    && (Words.pronoun.test(text) || !Words.wholeVideo.test(text)) && place > 0 && (Words.idle.test(readable(clauses[place - 1])) || Words.quietPlaces.test(readable(clauses[place - 1])))) {
    ops[ops.length - 1] = { op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor };
    return true;
  }
  return false;
}

/**
 * "…where nothing happens, speed them bits up": "those parts" sped up, no speed of their own until the clause before names them.
 * "the waiting parts, keep them, make them 6x faster": "keep them" said between (unread alone) is how they are sped up, kept.
 */
function speedOfNamedIdle(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context, clauses } = reading;
  const { place, clause, text, previous, parsed } = heard;
  const kept = heard.named !== undefined && Words.keptThem.test(readable(heard.named)) && isClauseBefore(clauses, place, unknown[unknown.length - 2], 2);
  const named = kept ? `${unknown[unknown.length - 2]}, ${heard.named}` : heard.named;
  const spedUp = parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined || parsed.length === 0 && Words.speed.test(text);
  if (spedUp && named !== undefined && (Words.idle.test(readable(named)) || Words.quietPlaces.test(readable(named)))
    && (!Words.wholeVideo.test(text) || Words.allOfThose.test(text))) {
    const both = `${named}${HAN.test(named) ? '，' : ', '}${clause}`;
    const idle = readAlone(both, context);
    // "the cell execution waits are idle, speed those up 10x": "those" are the stretches the clause before named; so
    // are the ones it named by what does not happen there ("手也没动的，快进").
    const those = Words.thoseNamed.test(text) || Words.lackingOnes.test(readable(named))
      ? [{ op: 'speed_up_idle', factor: parseFactor(text) ?? UNSAID.idleFactor } as const] : [];
    if (idle.length === 1 && idle[0].op === 'speed_up_idle' || those.length > 0) {
      unknown.pop();
      if (kept) unknown.pop();
      // "画面全黑的那几秒，就是没人没动静的，快进": the stretch named, then said again plainly, is one.
      if (Words.restates.test(readable(named)) && isClauseBefore(clauses, place, unknown[unknown.length - 1], 2)) unknown.pop();
      // "不动的片段，别剪，快进": sped up, the idle stretches are kept already; their "no cut" is how, no step (as in fragments).
      if (previous?.op === 'keep_everything') ops.pop();
      ops.push(...(those.length > 0 ? those : idle));
      return true;
    }
  }
  return false;
}

/**
 * "等安装时画面不动，那种地方16倍速": a speed for "those places" is for the ones the clause before described.
 * Said with no such clause before it, which places is not guessed at (nor taken for the whole video).
 */
function speedOfThosePlaces(reading: Reading, heard: Parsed): boolean {
  const { ops, unknown, context } = reading;
  const { clause, text, named, parsed } = heard;
  if (parsed.length === 1 && parsed[0].op === 'set_speed' && parsed[0].index === undefined && Words.thosePlaces.test(text)) {
    const both = named === undefined ? clause : `${named}${HAN.test(named) ? '，' : ', '}${clause}`;
    const idle = readAlone(both, context);
    if (named !== undefined) unknown.pop();
    if (idle.length === 1 && idle[0].op === 'speed_up_idle') ops.push(...idle);
    else unknown.push(...(named === undefined ? [] : [named]), clause);
    return true;
  }
  return false;
}

/** "0:33 放大 停五秒": a zoom after a point said alone is at that point; the hold said with it is how long it lasts there (as zoomAtNamed reads it). */
function holdOfPointedZoom(reading: Reading, heard: Parsed): boolean {
  const { ops, pointed } = reading;
  const { text, previous, parsed } = heard;
  if (pointed !== undefined && previous === pointed.op && parsed.length === 1 && isDeepStrictEqual(parsed[0], AUTO_ZOOM)) {
    ops[ops.length - 1] = { op: 'zoom_at', start_ms: pointed.ms, duration_ms: Math.max(1000, parseDurationMs(text) ?? UNSAID.zoomMs) };
    return true;
  }
  return false;
}

/** "标题我想改一下，现在的太长了，改成「…」": "too long" said after a clause about a text or a card is about that, no shorter clip. */
function tooLongTextNamed(reading: Reading, heard: Parsed): boolean {
  const { clauses } = reading;
  const { place, text, parsed } = heard;
  return parsed.length === 1 && parsed[0].op === 'compile_best_moments' && complainsOnly(text) && place > 0
    && [Words.text, Words.card, Words.intro, Words.outro].some((part) => part.test(readable(clauses[place - 1])));
}

/** Lengths and speeds said after a moment or part named, in the order they are tried. */
export const momentSteps: Step<Parsed>[] = [otherEndWished, lengthOfTransitionFelt, lengthOfNamedPart, tooLongMomentNamed, lengthOfNamedMoment, lengthOfTrimmedMoment, lengthAfterLengthStated, bareLengthAfterLengthStated, lengthOfLongCrossfades, lengthOfLongPart, speedOfNamedMoment, speedOfTimedStretch, idleComplainedOf, speedOfKeptIdle, speedOfNamedIdle, speedOfThosePlaces, holdOfPointedZoom, tooLongTextNamed];

/**
 * "the third, make it 6 seconds", "the clip, the second, should be ten seconds": a moment named by its place alone, said
 * apart; so too after "and" ("…, an' the third, make it 6 seconds flat") or with a word or two of what it shows ("the last
 * bit", "the second torch trick", "that first solo"; not "the last thing", nor a part of the draft: "the second title").
 */
const ORDINAL_ALONE = new RegExp(String.raw`^(?:(?:and|an'|then|also|plus|now) )?(?:the|that|this) (${ORDINAL_EN}|last)(?! (?:${NO_MOMENT_NOUN})\b)(?: [a-z'-]+){0,2}[.!]*$`);
/** The moment ORDINAL_ALONE names, as the grammar names it ("the third clip"); none when the words name another part. */
const ordinalAlone = (text: string): string | undefined => {
  const said = ORDINAL_ALONE.exec(text);
  return said === null || OTHER_PARTS.some((part) => part.test(text)) || /\d/.test(text) ? undefined : `the ${said[1]} clip`;
};

/**
 * "The third bit where I'm tweaking the reverb, slow that down": a bit named by its place is a moment ("a bit" alone is
 * an amount, so "bit" is no MOMENT_NOUN).
 */
const BIT_PLACED = new RegExp(String.raw`\b(${ORDINAL_EN}|last|final|middle) bit\b`);

/** The parts of the draft a remark may name, which make it no aside between a moment named and a length said of it. */
const OTHER_PARTS = [Words.music, Words.sourceAudio, Words.text, Words.card, Words.zoom, Words.fade, Words.crossfade];

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

/** The whole clip named ("make the video 30 seconds", 整个视频剪到30秒): a length for it, whatever part was named before. */
const WHOLE_CLIP = new RegExp(String.raw`${Words.wholeVideo.source}|\bthe (video|clip|edit|cut)\b|视频`);

/** "the second one, not the first": a moment named by its place and "one". */
const ONE_NAMED = new RegExp(String.raw`\b(${Object.keys(ORDINALS).join('|')}|last) one\b`);
