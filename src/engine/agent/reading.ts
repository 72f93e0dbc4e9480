import type { EditOp } from '../../protocol';
import type { ParseContext } from './clauseWords';
import type { slotFragment } from './fragments';
import type { Said } from './selfCorrection';

/** What parseInstruction() has read of a message so far, clause by clause, and why it made each operation. */
export interface Reading {
  /** The message as read (unwrapped), its clauses, and what the draft holds. */
  message: string;
  clauses: string[];
  context: ParseContext;
  ops: EditOp[];
  /** Clauses it could not read: the reply says so, and nothing is guessed. */
  unknown: string[];
  /** Best-moments ops whose length was not said: a neighbouring clause may say it ("精彩集锦，一分钟"). */
  lengthless: Set<EditOp>;
  /** The operation of a clause that also says the state it leaves ("上一步不要了" is an undo). */
  saidResult: EditOp | undefined;
  saidResultText: string;
  /** The change a complaint asked for ("the music is too loud"): the same change asked outright after it is that one. */
  complainedChange: EditOp | undefined;
  /** A text or card whose words were given after a colon: "加个人名条：张伟，产品经理" runs on past the comma. */
  colonWords: Extract<EditOp, { op: 'add_text' | 'add_card' }> | undefined;
  /** Shapes only a platform asked for ("投Instagram信息流"): a shape said outright in the message wins over them. */
  purposeShapes: Set<EditOp>;
  /** Shapes said as the recording's ("the video is landscape"): beside a shape asked, the one it had, no request. */
  shapesHad: Set<EditOp>;
  /** Clips asked for only by "it's too long": the reason for a cut the message names, when it names one. */
  complaints: Set<EditOp>;
  /** Clips asked as a bound ("needs to be under a minute"): beside a shorter clip asked ("make it 50 seconds"), the reason for it. */
  bounds: Set<EditOp>;
  /** Clips asked only by a length said alone ("大概五分钟左右"): beside a clip asked with a verb (控制在一分钟), that length was the recording's. */
  bareLengths: Set<EditOp>;
  /** Speeds only a direction asked for ("速度快一点"): beside a moment's figure the same way ("第二段1.5倍"), that figure's way. */
  directions: Set<EditOp>;
  /** The recording's sound kept as it is ("原声保留"): beside a change to the music, what that change leaves, no level of its own. */
  keptSound: Set<EditOp>;
  /** The recording's sound said to stay as it is ("原声留着"): beside music added, what adding it leaves, no level of its own. */
  soundLeft: Set<EditOp>;
  /** Music complained of as too loud before any music is added ("包厢里的音乐声太吵"): maybe music the recording holds. */
  loudMusic: Set<EditOp>;
  /**
   * The first clause naming music asked for loosely ("音乐要 默认的 …", "music, lofi, …"), and where its operations start:
   * with no music in the draft and none added, a change of the music said beside it is of that music, added first.
   */
  musicAsked: { at: number; clause: string } | undefined;
  /** A resolution asked of the draft ("make it 720p", "resolution 4K"): an export said after it keeps it, not only the file. */
  setResolutions: Set<EditOp>;
  /** Resolutions asked only as a sharpness wished ("茶商那边要高清"): beside a file at a size that gives it, why that size. */
  qualitiesWanted: Set<EditOp>;
  /** "no fades", said with no end of the clip: beside hard cuts, the transitions between clips said again, not its ends. */
  fadesBetween: Set<EditOp>;
  /** Moments removed by a number alone ("第一个…可以不要"): beside "只用第二个", a file left out, which that already does. */
  unnamedRemovals: Set<EditOp>;
  /** Fades whose clause named no part ("a 2 sec fade-in"): the music named after them ("…, on the music") is what they fade. */
  unnamedFades: Set<EditOp>;
  /** The op of a clause that only said a point in time ("0:21"): a zoom said next is at that point, no clip of that length. */
  pointed: { op: EditOp; ms: number } | undefined;
  /** A clause approved just before ("the video sound, the birds are nice"): the sound it names may be the "it" asked of next. */
  approved: { clause: string; place: number } | undefined;
  /** The request just made, as read, and where its operations start: a correction after it replaces them. */
  asked: Said & { from: number } | undefined;
  /** A slip said alone ("不对"), waiting for the clause that says what was meant. */
  slip: string | undefined;
  /** Whether that slip came after a request broken off ("speed up… I mean,"). */
  slipAfterBreak: boolean;
  /** The request a correction just took back whole ("remove the text. no, keep it"): what an "it" after it may be. */
  takenBack: Said | undefined;
  /** Where the operations of the clause being read start, that clause as read, and the request's operations as they were then. */
  clauseStart: number;
  request: Said;
  askedBefore: string;
}

/** A reading of a message not begun. */
export function readingOf(message: string, clauses: string[], context: ParseContext): Reading {
  return {
    message, clauses, context, ops: [], unknown: [], lengthless: new Set(), saidResult: undefined, saidResultText: '', complainedChange: undefined,
    colonWords: undefined, purposeShapes: new Set(), shapesHad: new Set(), complaints: new Set(), bounds: new Set(), bareLengths: new Set(),
    directions: new Set(), keptSound: new Set(), soundLeft: new Set(), loudMusic: new Set(), musicAsked: undefined, setResolutions: new Set(), qualitiesWanted: new Set(), fadesBetween: new Set(), unnamedRemovals: new Set(),
    unnamedFades: new Set(), pointed: undefined, approved: undefined, asked: undefined, takenBack: undefined, slip: undefined, slipAfterBreak: false, clauseStart: 0,
    request: { clause: '', text: '' }, askedBefore: '',
  };
}

/** One clause of the message: as said, its place, as read (colon-quoted, readable words). */
export interface Heard {
  said: string;
  place: number;
  clause: string;
  text: string;
  /** A correction's first words said alone (算了, 还是): a slip owned up to, though they read as nothing. */
  owned: boolean;
  /** Said after words broken off ("…", "—"), and itself a slip. */
  broken: boolean;
}

/** A clause past the corrections, beside what was read before it. */
export interface Asked extends Heard {
  /** The operation just read (the last so far). */
  previous: EditOp | undefined;
  /** The detail the clause says alone: a length, a level, an end of the clip. */
  fragment: ReturnType<typeof slotFragment>;
  /** The clause after it. */
  next: string | undefined;
  /** The clause just left unread: what this one may be asked of. */
  named: string | undefined;
}

/** A clause past the readings of details, with what it reads as alone. */
export interface Parsed extends Asked {
  parsed: EditOp[];
}

/** One way of asking: true when the clause was taken so (the operations and words unread changed in place). */
export type Step<Clause> = (reading: Reading, heard: Clause) => boolean;

/**
 * The clause left unread just before this one and this one are one request, which reads as `read`: that clause is read
 * after all. False (nothing changed) when they read as nothing together.
 */
export function readWithNamed(reading: Reading, read: EditOp[] | undefined): boolean {
  if (read === undefined) return false;
  reading.unknown.pop();
  reading.ops.push(...read);
  return true;
}
