import { AspectWords, type EditOp, FormatWords, ORDINALS, PositionWords, quoted, quotePattern, ResolutionWords, Words } from '../../protocol';
import { namesPartOf } from './asides';
import { EVERY, maskQuotes, type ParseContext, readable } from './clauseWords';
import { REMOVAL_OF } from './opKinds';
import { parseClause, readAlone } from './parseClause';
import { normalizeNumbers } from './parseQuantities';

// A slip taken back in the same message ("make it 30s, no wait, 45", "音乐调到50%，不对，40%"): what was meant
// replaces what was asked.

/** The words of a correction after its slip ("还是30秒吧" → "30秒吧"), or undefined when the clause is none. */
export function meantInstead(clause: string): string | undefined {
  // Read in the words as typed: reading drops "actually", "oops" as fillers.
  const typed = clause.trim().toLowerCase();
  const slip = Words.meantInstead.exec(typed);
  const settled = slip === null ? Words.reconsidered.exec(typed) : null;
  const meant = slip === null ? settled?.[1] ?? settled?.[2] ?? settled?.[3] : typed.slice(slip[0].length);
  return meant === undefined ? undefined : readable(meant).replace(Words.meantClosing, '');
}

/** The units a figure is said in, one kind each: a share, a length (seconds or minutes: "一分钟…算了就四十秒"), a speed, a resolution. */
const UNIT_KINDS = [/^[%％]$/, /^(秒钟?|s(ec(ond)?s?)?|分钟半?|分半钟?|分|min(ute)?s?)$/, /^(倍速?|[x×])$/, /^p$/];

/**
 * Values a correction says again in place of the request's own, most telling first: a time in the video, an ordinal (第二, "the first"),
 * a file format, a place on screen, a frame shape, a number with its unit, a half included (一分半; or the request's unit, when the correction says none: "make it 30 seconds, no wait, 45").
 */
const CORRECTED_VALUES: RegExp[] = [
  /\d{1,2}:[0-5]\d(?:\.\d+)?/g,
  /第\s*(?:\d+|[一二两三四五六七八九十]+)/g,
  // "remove the second clip, sorry I mean the first one".
  new RegExp(String.raw`\b(?:${Object.keys(ORDINALS).filter((word) => /^[a-z\d]/.test(word)).join('|')})\b`, 'g'),
  new RegExp(FormatWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  new RegExp(ResolutionWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  new RegExp(PositionWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  new RegExp(AspectWords.map(([pattern]) => pattern.source).join('|'), 'g'),
  Words.fadeEnds,
  Words.videoEdge,
  Words.textKind,
  /(?<![\d:.])\d+(?:\.\d+)?(?![\d:])(?<unit>\s*(?:%|％|秒钟?|分钟半?|分半钟?|分|倍速?|[x×]|p\b|s(?:ec(?:ond)?s?)?\b|min(?:ute)?s?\b))?/g,
  quotePattern(),
];

/**
 * The request just made, as the correction after it says it was meant: the request with the value said again in its
 * place ("删掉第二段" + "第三段"), or the correction alone when it asks the same edit ("标题放顶部" + "还是放底部好了").
 * Undefined when it is no correction of it: it asks another kind of edit.
 */
export function corrected(asked: Said, meant: Said, was: EditOp[], context: ParseContext, earlier: EditOp[] = []): Said & { ops: EditOp[] } | undefined {
  // "导出mp4，还是gif好？": a question weighs the other value, it does not ask for it.
  if ((meant.text.length === 0 && quoted(meant.clause) === undefined) || /[?？]$|[吗呢]$/.test(meant.text)) return undefined;
  // "…, I meant 45, my partner says 30 is too short": who wanted the change, told after the value meant, says why ("no
  // wait, the client wants mov" says the value).
  const told = Words.slipTold.exec(meant.clause);
  const before = told === null ? undefined : corrected(asked, { clause: meant.clause.slice(0, told.index), text: meant.text.replace(Words.slipTold, '') }, was, context);
  if (before !== undefined) return before;
  const kinds = (ops: EditOp[]) => ops.map((op) => op.op).join();
  const replaces = (ops: EditOp[]) => ops.length > 0 && kinds(ops) === kinds(was);
  // "导出mp4，不对，先别导出", "加音乐，不对，不要音乐", "加个背景，算了不加了": the request, refused after the slip, is withdrawn.
  if (Words.withdrawn.test(meant.text)) return { ...meant, ops: [] };
  // "Vertical please. … no, … Leave the shape as it is.": the part the request changes, kept as it is, takes it back.
  const left = Words.partLeft.exec(meant.text);
  if (left !== null && was.length > 0 && was.every((op) => namesPartOf(left[1], op))) return { ...meant, ops: [] };
  const kept = keptAsSaid(asked.clause, meant, context, earlier.length > 0 && was.every((op) => op.op === 'set_music_volume' && op.change !== undefined) ? earlier : []);
  if (kept !== undefined) return kept;
  const unrefused = meant.text.replace(EVERY.not, ' ').trim();
  if (unrefused !== meant.text && replaces(parseClause(meant.clause, unrefused, context))) return { ...meant, ops: [] };
  // "add the lofi, actually no, no music at all": the part just added, refused with a "no", is not added (nor taken out:
  // it was never there).
  const refusedPart = /^no\b/.test(meant.text) ? parseClause(meant.clause, meant.text, context) : [];
  if (refusedPart.length > 0 && refusedPart.length === was.length && refusedPart.every((op, i) => REMOVAL_OF[was[i].op] === op.op)) return { ...meant, ops: [] };
  // In the words as typed (a quote, "在第10秒"), as read (三秒 is 3秒), or as typed with figures read ("片尾“…”，四秒", its
  // quote kept).
  for (const value of CORRECTED_VALUES) {
    for (const [own, said] of [[asked.clause, meant.clause], [asked.text, meant.text], [figuresRead(asked.clause), figuresRead(meant.clause)]]) {
      const clause = withValue(own, said, value);
      const ops = clause === undefined ? [] : readAlone(clause, context);
      if (clause !== undefined && replaces(ops)) return { clause, text: readable(clause), ops };
    }
  }
  // Read alone, it must say a value ("还是放底部好了"): "转场1秒，还是用溶解吧" names the kind, not another length.
  const ops = CORRECTED_VALUES.some((value) => meant.clause.match(value) !== null) ? parseClause(meant.clause, meant.text, context) : [];
  return replaces(ops) ? { ...meant, ops } : undefined;
}

/**
 * "music at 40% and a touch louder than that… no wait, 40 is fine": the figure said first, said again to be fine, takes
 * back what the request changed after it: the request up to that figure's piece is what was meant. Said in a request
 * before ("music at 40%, and make it a touch louder… no wait, 40 is fine"), the change of level after it is taken back
 * whole (`levelled`: the requests before a change of level alone, whose figures the one said may be).
 */
function keptAsSaid(asked: string, meant: Said, context: ParseContext, levelled: EditOp[]): Said & { ops: EditOp[] } | undefined {
  const figure = Words.figureFine.exec(meant.text)?.[1];
  if (figure === undefined) return undefined;
  const at = asked.search(new RegExp(String.raw`(?<![\d.])${figure.replace('.', '\\.')}(?![\d.])`));
  if (at < 0) return levelled.some((op) => 'volume' in op && op.volume !== undefined && Math.abs(op.volume * 100 - Number(figure)) < 1e-6) ? { ...meant, ops: [] } : undefined;
  const end = asked.slice(at).search(/[,;]|\.{2,}|…|\band\b/);
  if (end < 0) return undefined;
  const clause = asked.slice(0, at + end);
  const ops = readAlone(clause, context);
  return ops.length > 0 ? { clause, text: readable(clause), ops } : undefined;
}

/** A clause as typed, its figures read (三秒 is 3秒) outside its quotes. */
function figuresRead(clause: string): string {
  const { masked, unmask } = maskQuotes(clause);
  return unmask(normalizeNumbers(masked));
}

/** A clause as typed and as the grammar reads it. */
export interface Said { clause: string; text: string }

/** The request with the correction's values of one kind put in place of its own: each in turn, or one for its last. */
function withValue(asked: string, meant: string, value: RegExp): string | undefined {
  // "…，算了还是全部留着吧 一秒都不剪": "not a second of it" says no value.
  // "…, actually make it a caption, not a title": what is not meant names no value either.
  const said = [...meant.replace(Words.noneOfIt, ' ').replace(Words.notThis, ' ').matchAll(value)];
  const own = [...asked.matchAll(value)];
  if (said.length === 0 || own.length === 0 || (said.length !== own.length && said.length !== 1)) return undefined;
  const replaced = said.length === own.length ? own : own.slice(-1);
  // "trim clip 2 to 5 seconds, actually make it 3x faster": a figure of another unit is another request, no correction.
  const unitOf = (match: RegExpExecArray) => UNIT_KINDS.findIndex((kind) => kind.test(match.groups?.unit?.trim() ?? ''));
  if (replaced.some((match, i) => match.groups?.unit !== undefined && said[i].groups?.unit !== undefined && unitOf(match) !== unitOf(said[i]))) return undefined;
  const put = (match: RegExpExecArray, i: number) => `${said[i][0]}${'unit' in (said[i].groups ?? {}) && said[i].groups?.unit === undefined ? match.groups?.unit ?? '' : ''}`;
  return replaced.reduceRight((text, match, i) => `${text.slice(0, match.index)}${put(match, i)}${text.slice(match.index + match[0].length)}`, asked);
}
