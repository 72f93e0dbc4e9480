import { DESCRIBED_NOUN, type EditOp, MOMENT_NOUN, ORDINALS, PositionWords, quoted, REASON_OPENS, SCENE_BACKGROUND, Words } from '../../protocol';
import { beforeReason, saysShape } from './asides';
import { MOMENT_REF, type ParseContext, placesNamed, readable, UNSAID } from './clauseWords';
import { parseDurationMs } from './parseDuration';
import { normalizeNumbers, parseClock, parseFactor, parseVolume, shareSaid } from './parseQuantities';

// The grammar reads requests in the forms people use; new people bring new forms ("that third bit where I drop the
// pot, take it out", "the music is a touch loud — perhaps a little quieter?"). What they still say is which part of the
// draft they mean and what they want of it. A clause nothing else read is read by those two alone, as the operation the
// grammar reads for them, and only when there is one of each: misunderstanding is worse than not understanding.

/** The parts of the draft a clause can name, in the order they are looked for (each found is taken out of the rest). */
const PARTS = [
  // Noise named ("remove the background noise") is no part of the draft: it is never taken for the background or the sound.
  ['noise', Words.noise],
  ['music', Words.music],
  ['sound', Words.sourceAudio],
  ['text', Words.text],
  ['transitions', Words.transitionNoun],
  ['background', Words.background],
  ['zoom', Words.zoom],
] as const;
type Part = (typeof PARTS)[number][0] | 'moment';

/** A length in seconds or minutes said as a figure (MOMENT_NAMES' numbers are no lengths). */
const LENGTH_FIGURE = /\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b/g;
/** A moment named by its place or number ("the third clip", "clip 2"), and a moment's noun however it is named. */
const PLACED = new RegExp(String.raw`\b(?:(?:${Object.keys(ORDINALS).join('|')}|last|final)\s+(?:${DESCRIBED_NOUN})|(?:${MOMENT_NOUN})s?\s*#?\s*\d+)\b`, 'g');
const MOMENT_NOUNS = new RegExp(String.raw`\b(?:${MOMENT_NOUN})s?\b`);

/** A clause opening with why ("because …", 因为…). */
const REASON = new RegExp(String.raw`^(?:${REASON_OPENS})`);

/** What a clause may ask of a part, the one said with a figure first ("a little quieter, 30%" is 30 %). */
type Ask = 'add' | 'keep' | 'level' | 'remove' | 'quieter' | 'louder' | 'factor' | 'faster' | 'slower' | 'start' | 'end' | 'words' | 'place' | 'length' | 'lengthOff';

/** Reads a clause by the one part it names and the one thing it asks of it; nothing when either is not one. */
function slotReading(clause: string, context: ParseContext): EditOp[] {
  // "make it 4 seconds long, no more": the length insisted on, in a piece of its own, refuses no other; "…, 35 is too
  // long": another length judged, in a piece of its own, is why.
  const text = readable(clause).split(/\s*,\s*/).filter((piece) => !Words.aside.lengthInsisted.test(piece) && !Words.aside.otherLengthJudged.test(piece)).join(', ');
  // Only a plain request is read this way. Not a "no" (a sound not heard, "I can't hear my voice", is a complaint, no
  // "no"), a question, a "but" or an "except" (more than one thing asked),
  // a request of several parts ("both", "1) … 2) …"), beside an export or a shape (a list the grammar did not split),
  // a time said (which part of the part is meant is not guessed; nor when a card ends or starts), another time than now ("later", "yesterday"), or a
  // judgement ("the title at the top is wrong": what is wrong is not said), or a length pointed at and not said ("the last
  // clip, cut it to that": no removal), nor an edit the product does not make ("路人的说话声去掉": one voice out of the sound;
  // "remove背景那个杯": a thing in the filmed picture), nor music named by its place in a list ("用第二首音乐30"), nor
  // how loud the music is told against another sound ("the music is louder than the wind").
  // (Nor a text's fade, "the fade in of the title": a part of the text, not the text.)
  const unheardApart = text.replace(Words.slot.louder, ' ');
  if (SCENE_BACKGROUND.test(text) || Words.not.test(unheardApart) || Words.question.test(text) || Words.slot.askedAbout.test(text) || Words.refusal.test(text) || Words.unmadeEdit.test(text)
    || Words.contrast.test(text) || Words.except.test(text) || Words.slot.several.test(text) || Words.export.test(text)
    || saysShape(text) || Words.slot.otherTime.test(text) || Words.cardAsTime.test(text) || Words.slot.judged.test(text.replace(Words.slot.lengthOff, ' ')) || Words.thatLength.test(text)
    || Words.musicSaid.counted.test(text) || Words.musicSaid.comparedStated.test(text)
    || Words.textFade.test(text)) return [];
  const named = partNamed(text, context);
  const asked = named === undefined ? undefined : asksOf(clause, text, named.part);
  const op = named === undefined || asked === undefined ? undefined : opFor(named, asked, clause, text, context);
  return op === undefined ? [] : [op];
}

/**
 * The clauses left unread, read by slots: each alone, or two in a row, a part named in one and what is asked of it in
 * the next ("cannae hear masel ower the music, turn it doon a bit"). A clause followed by one that names no part but
 * holds a verb ("音乐吵死了，关掉一下") is not read alone: what that verb asks may be what is meant.
 */
export function slotsRead(unread: string[], context: ParseContext): { ops: EditOp[]; left: string[] } {
  const ops: EditOp[] = [];
  const left: string[] = [];
  for (let place = 0; place < unread.length; place += 1) {
    const [clause, next] = [unread[place], unread[place + 1]];
    const asked = next === undefined ? undefined : readable(next);
    // "… get rid o it because the team complained": a reason after it asks nothing of the part. "the title, I want it
    // away": a wish that it go asks it as a verb does.
    // "Take the first clip out. Just me sweepin.": what the part shows, said after, asks nothing of it either.
    const open = asked !== undefined && partNamed(asked, context) === undefined && !REASON.test(asked) && !Words.aside.shape.shown.test(asked);
    const followed = open && (Words.aside.verb.test(asked) || Words.aside.imperative.test(asked) || Words.slot.remove.test(asked));
    // "the fire in the barrel, moment 2, I want it 10 seconds exactly": a length asked in the next clause, with no verb
    // the grammar knows, is asked of the moment named all the same (a level alone, "MUSIC! 80 PERCENT!", is not paired).
    const lengthAsked = open && (Words.slot.lengthTo.test(asked) || Words.slot.lengthOff.test(asked));
    const again = open && wayAgain(clause, next, context);
    const pair = followed || lengthAsked || again ? across(clause, next, context) : [];
    // "remove the third one, that room is not finished": a reason said after the request, in its clause, is only why (its "not" no refusal).
    const request = beforeReason(clause, context);
    const alone = followed ? [] : slotReading(clause, context);
    const read = pair.length > 0 ? pair : alone.length > 0 || request === undefined || followed ? alone : slotReading(request, context);
    if (pair.length > 0) place += 1;
    else if (read.length === 0) left.push(clause);
    ops.push(...read);
  }
  return { ops, left };
}

/** A part named in the first clause, which asks nothing of it (or a way asked again), and what the second asks of it. */
function across(first: string, second: string, context: ParseContext): EditOp[] {
  const [named, next] = [readable(first), readable(second)];
  const part = partNamed(named, context)?.part;
  const asked = part === undefined ? undefined : asksOf(second, next, part);
  // ("the original sound is too loud, turn it up": a way against the one complained of is not guessed at.)
  const complained = part === undefined ? undefined : asksOf(first, named, part, true);
  const against = (complained === 'quieter' || complained === 'louder') && complained !== asked;
  const apart = part !== undefined && (asksOf(first, named, part) === undefined || wayAgain(first, second, context))
    && asked !== undefined && !against;
  return apart ? slotReading(`${first}, ${second}`, context) : [];
}

/**
 * "the video sound is too quiet, bump it up", "原声太吵了，小一点": the way a part is complained of, then asked again with
 * no part named, is one change.
 */
function wayAgain(first: string, second: string, context: ParseContext): boolean {
  const named = readable(first);
  const part = partNamed(named, context)?.part;
  const way = part === undefined ? undefined : asksOf(first, named, part, true);
  const asked = part === undefined ? undefined : asksOf(second, readable(second), part);
  return (way === 'louder' || way === 'quieter') && asked === way;
}

function partNamed(text: string, context: ParseContext): { part: Part; index?: number } | undefined {
  // "to first position", "come last": the place a moment goes to names no other moment.
  let rest = text.replace(Words.slot.scene, ' ').replace(Words.slot.toStart, ' ').replace(Words.slot.toEnd, ' ');
  const parts: Part[] = [];
  for (const [part, pattern] of PARTS) {
    if (!pattern.test(rest)) continue;
    parts.push(part);
    rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
  }
  // "the second torch trick, make it 4 seconds": a moment named apart by its place and what it shows is that place's.
  rest = rest.replace(Words.slot.momentApart, (said) => `${said.replace(/^(?:the|that|this)\s+(\S+).*$/, '$1')} clip`);
  const moments = MOMENT_REF.test(rest) || Words.slot.moment.test(rest) || Words.middleMoment.test(rest)
    ? [...new Set(placesNamed(rest.replace(Words.slot.moment, (said) => `${said.replace(/\s+\S+$/, '')} clip`), context)
      .map((place) => (place < 0 ? context.moments + 1 + place : place)))]
    : [];
  if (moments.length > 1 || moments.some((index) => index < 1 || index > context.moments)) return undefined;
  if (moments.length === 1) parts.push('moment');
  // "remove the part with the screaming": a stretch named by its sound, not the sound (which stretch is not guessed at);
  // "remove the sound of the sea from the video": one noise out of the sound, which the editor cannot take out.
  if (parts.length !== 1 || (parts[0] === 'sound' && (Words.stretchHeard.test(text) || Words.noiseRemoval.test(text)))) return undefined;
  return { part: parts[0], index: moments[0] };
}

/** A sound complained of as too loud or too quiet ("too quiet", 太吵, "can't hear"), taken out to see what is asked. */
const COMPLAINED = new RegExp(`${Words.tooMuch.source}|${Words.slot.quieter.source}|${Words.slot.louder.source}`, 'g');

/** The one thing asked of the part; a level or factor said beside its direction is the one asked. */
function asksOf(clause: string, text: string, part: Part, complained = false): Ask | undefined {
  const asks = new Set<Ask>();
  if (Words.slot.remove.test(text) || (part === 'sound' && Words.mute.test(text))) asks.add('remove');
  // "加个标题": a part added, which takes what the grammar reads (words, a file), not a change of the one there is.
  if (Words.slot.add.test(text)) asks.add('add');
  // "leave the caption as 'Step 1'", "keep the second clip": what stays as it is.
  if (Words.slot.kept.test(text)) asks.add('keep');
  if (part === 'music' || part === 'sound') {
    // "camel grunts in the recording, drop them to 20%": a removal's verb that says a level lowers the sound to it.
    if ((parseVolume(text) ?? 0) > 0) asks.delete('remove');
    // "my voice is too quiet", "现场声很吵": the recording's sound only complained of asks no way of it (the complaint
    // weighed against a way asked after it does: "原声太吵了，小一点").
    const way = part === 'sound' && !complained ? text.replace(COMPLAINED, ' ') : text;
    // "lower the video sound from 80 to 50", "louder, like half": the recording's sound turned with figures or a share
    // that are no level read is not guessed at; "我说话的时候声音调低": lowered while someone speaks is the music's
    // ducking, not the recording's level.
    const wayAlone = part === 'music' || (!/\d/.test(normalizeNumbers(text)) && !shareSaid(text) && !Words.duck.test(text));
    if (parseVolume(text) !== undefined) asks.add('level');
    else if (wayAlone && (Words.quieter.test(way) || Words.slot.quieter.test(way))) asks.add('quieter');
    else if (wayAlone && (Words.louder.test(way) || Words.slot.louder.test(way))) asks.add('louder');
  }
  if (part === 'moment') {
    if (parseFactor(text) !== undefined && Words.speed.test(text)) asks.add('factor');
    // "clip 2 is too fast", 第二段太慢了: a pace complained of asks for the other one.
    else if (Words.slot.tooFast.test(text)) asks.add('slower');
    else if (Words.slot.tooSlow.test(text)) asks.add('faster');
    else if (Words.slot.faster.test(text)) asks.add('faster');
    else if (Words.slot.slower.test(text)) asks.add('slower');
    if (Words.slot.toStart.test(text)) asks.add('start');
    else if (Words.slot.toEnd.test(text)) asks.add('end');
    // "make it 4 seconds", "cut 3 seconds from it": the one length said is the one it is cut to, or the one cut off its
    // end (the verb that cuts it off no removal); not beside the length it has now ("it is 12 seconds, make it 6"), nor
    // beside another moment named by what it shows ("the kitchen clip, the third, make it 6 seconds" names two).
    const [to, off] = [Words.slot.lengthTo.test(text), Words.slot.lengthOff.test(text) && !Words.slot.notAtEnd.test(text) && !Words.slot.lengthened.test(text)];
    // (As said: the grammar's reading puts the place said apart beside the noun, "the kitchen clip, the third" → "the kitchen third clip".)
    const said = normalizeNumbers(clause.toLowerCase());
    const unplaced = MOMENT_NOUNS.test(said.replace(Words.slot.momentApart, ' ').replace(PLACED, ' '));
    if (to !== off && !unplaced && (text.match(LENGTH_FIGURE) ?? []).length === 1 && !Words.lengthNow.test(text) && parseClock(text) === undefined) {
      asks.delete('remove');
      asks.add(to ? 'length' : 'lengthOff');
    }
  }
  // New words for a text, said as what it becomes ("the title change to 'X'"; not "the title says 'Helo'").
  if (part === 'text' && Words.slot.renamedTo.test(clause)) asks.add('words');
  else if (part === 'text' && PositionWords.some(([pattern]) => pattern.test(text))) asks.add('place');
  const length = parseDurationMs(text) !== undefined || parseClock(text) !== undefined;
  if (part === 'transitions' && length) asks.add('length');
  return asks.size === 1 && (!length || asks.has('length') || asks.has('lengthOff')) ? [...asks][0] : undefined;
}

/**
 * "the music fade in is too slow, remove it", 音乐的淡入太慢了，去掉: the music's fade named, then taken away, is that fade
 * gone (the end named, else both), not the music.
 */
function fadeTakenOff(text: string): EditOp {
  const [fadeIn, fadeOut] = [Words.fadeIn.test(text), Words.fadeOut.test(text)];
  return { op: 'fade', target: 'music', ...(fadeIn || !fadeOut ? { in_ms: 0 } : {}), ...(fadeOut || !fadeIn ? { out_ms: 0 } : {}) };
}

/** The operation asked: what the grammar reads for the same part and ask said in its own forms. */
function opFor(named: { part: Part; index?: number }, ask: Ask, clause: string, text: string, context: ParseContext): EditOp | undefined {
  const index = named.index ?? 0;
  const level = parseVolume(text) ?? 0;
  const position = PositionWords.find(([pattern]) => pattern.test(text))?.[1];
  const ops: Partial<Record<Part, Partial<Record<Ask, EditOp>>>> = {
    moment: {
      remove: { op: 'remove_moment', index },
      faster: { op: 'set_speed', factor: UNSAID.fasterFactor, index },
      slower: { op: 'set_speed', factor: UNSAID.slowerFactor, index },
      factor: { op: 'set_speed', factor: parseFactor(text) ?? 1, index },
      start: { op: 'move_moment', index, to: 1 },
      end: { op: 'move_moment', index, to: context.moments },
      length: { op: 'trim_moment', index, to_ms: parseDurationMs(text) ?? 0 },
      lengthOff: { op: 'trim_moment', index, by_ms: parseDurationMs(text) ?? 0 },
    },
    music: {
      remove: Words.fade.test(text) ? fadeTakenOff(text) : { op: 'remove_music' },
      quieter: { op: 'set_music_volume', change: 'quieter' },
      louder: { op: 'set_music_volume', change: 'louder' },
      level: { op: 'set_music_volume', volume: level },
    },
    sound: {
      remove: { op: 'set_source_volume', volume: 0 },
      quieter: { op: 'set_source_volume', change: 'quieter' },
      louder: { op: 'set_source_volume', change: 'louder' },
      level: { op: 'set_source_volume', volume: Math.min(2, level) },
    },
    text: {
      remove: { op: 'remove_text' },
      words: { op: 'edit_text', text: quoted(clause) ?? '' },
      ...(position === undefined ? {} : { place: { op: 'edit_text', position } }),
    },
    transitions: { remove: { op: 'crossfade', ms: 0 }, length: { op: 'crossfade', ms: parseDurationMs(text) ?? UNSAID.crossfadeMs } },
    background: { remove: { op: 'remove_background' } },
    zoom: { remove: { op: 'set_zoom', mode: 'off' } },
  };
  return ops[named.part]?.[ask];
}
