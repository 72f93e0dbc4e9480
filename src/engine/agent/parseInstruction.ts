import {
  AspectWords, EditOpMessage, FillWords, MusicWords, outputFromText, PositionWords, quoted, quotePattern, resolutionFromText, withoutQuotes, Words,
  type EditOp,
} from '../../protocol';
import { parseDurationMs } from './parseDuration';
import {
  normalizeNumbers, parseAnchor, parseAt, parseEdgeSpan, parseFactor, parseFor, parseOrdinals, parseRange, parseSeconds, parseVolume,
} from './parseQuantities';

const DEFAULT_TARGET_MS = 60_000;
const DEFAULT_FADE_MS = 1000;
const DEFAULT_CROSSFADE_MS = 500;
const DEFAULT_SHORTEN_MS = 2000;
const DEFAULT_ZOOM_MS = 3000;

/** What the parser needs to know of the session to resolve "the last moment" and file names. */
export interface ParseContext {
  moments: number;
  texts: number;
}

export interface ParsedMessage {
  ops: EditOp[];
  /** Clauses it could not read: the reply says so, and nothing is guessed. */
  unknown: string[];
}

/**
 * Turns one chat message into edit operations. A message that is a JSON list of operations (a chat model's tool
 * calls) is taken as is; otherwise it is split into clauses ("add a title …, then make it 9:16") read one by one.
 */
export function parseInstruction(message: string, context: ParseContext = { moments: 0, texts: 0 }): ParsedMessage {
  const structured = parseStructured(message);
  if (structured) return { ops: structured, unknown: [] };
  const ops: EditOp[] = [];
  const unknown: string[] = [];
  /** Best-moments ops whose length was not said: a neighbouring clause may say it ("精彩集锦，一分钟"). */
  const lengthless = new Set<EditOp>();
  for (const clause of splitClauses(message)) {
    // Intents are read without the quoted words: a title "点击保存" asks for no export.
    const text = normalizeNumbers(withoutQuotes(clause.toLowerCase()));
    const fragment = slotFragment(text);
    const previous = ops[ops.length - 1];
    if (fragment?.length !== undefined && previous && lengthless.delete(previous) && previous.op === 'compile_best_moments') {
      previous.target_ms = fragment.length;
      continue;
    }
    if (fragment?.volume !== undefined && previous?.op === 'add_music') {
      previous.volume = fragment.volume;
      continue;
    }
    const op = parseClause(clause, text, context);
    if (!op) {
      unknown.push(clause);
      continue;
    }
    // "I only have 30 seconds, cut it down": the length came first.
    const pending = unknown.length > 0 && op.op === 'compile_best_moments' && parseDurationMs(text) === undefined
      ? slotFragment(normalizeNumbers(unknown[unknown.length - 1].toLowerCase()))?.length : undefined;
    if (pending !== undefined && op.op === 'compile_best_moments') {
      unknown.pop();
      op.target_ms = pending;
    } else if (op.op === 'compile_best_moments' && parseDurationMs(text) === undefined) {
      if (previous?.op === 'compile_best_moments') continue; // "30 seconds, cut it down": one clip, said twice
      lengthless.add(op);
    }
    ops.push(op);
  }
  return { ops, unknown };
}

/** A clause that only gives a length ("一分钟", "20秒左右", "45 seconds max") or a volume ("音量50%"). */
function slotFragment(text: string): { length?: number; volume?: number } | undefined {
  const rest = text
    .replace(/\d+(?:\.\d+)?\s*(?:%|percent|％)|(?:volume|音量)\s*(?:to|at|of|=)?/g, '')
    .replace(/[\d.:\s-]+|seconds?|secs?|minutes?|mins?|\b[ms]\b|分钟|分|秒|半|钟|左右|以内|max(imum)?|or less|about|around|roughly|long|i only have|for this|大约|大概|最多|上下/g, '');
  if (rest.length > 0) return undefined;
  const length = parseDurationMs(text);
  const volume = /%|percent|％|volume|音量/.test(text) ? parseVolume(text) : undefined;
  return length !== undefined || volume !== undefined ? { length, volume } : undefined;
}

function parseStructured(message: string): EditOp[] | undefined {
  const trimmed = message.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return undefined;
  try {
    const parsed = EditOpMessage.safeParse(JSON.parse(trimmed));
    if (!parsed.success) return undefined;
    return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  } catch {
    return undefined;
  }
}

const VERB = String.raw`add|make|put|remove|delete|drop|fade|mute|unmute|export|use|set|change|crossfade|speed|slow|move|trim|cut|shorten|keep|turn|play|undo|redo|show|zoom|auto[- ]?zoom`;

/** Splits on sentence punctuation, "then", and "and" before a new verb; quoted text is never split. */
export function splitClauses(message: string): string[] {
  const quotes: string[] = [];
  const masked = message.replace(quotePattern(), (q) => {
    quotes.push(q);
    return `\u0000${quotes.length - 1}\u0000`;
  });
  const separator = new RegExp(String.raw`\s*(?:[;；。！!\n]|，|,\s*(?:and\s+)?then\s+|\s+(?:and\s+)?then\s+|,?\s+and\s+(?=(?:also\s+)?(?:${VERB})\b)|,\s+(?=(?:${VERB})\b)|然后|并且|再)\s*`, 'i');
  return masked
    .split(separator)
    .map((part) => part.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quotes[Number(i)]).trim())
    .filter((part) => part.length > 0);
}

function parseClause(original: string, text: string, context: ParseContext): EditOp | undefined {
  const has = (pattern: RegExp) => pattern.test(text);
  const resolve = (n: number, count: number) => (n === -1 ? Math.max(1, count) : n);

  // A question is answered by the reply, a refusal changes nothing: neither may edit ("what is a crossfade?").
  if (has(Words.refusal)) return undefined;
  if (has(Words.question) && !has(Words.request)) return has(Words.showTracks) ? { op: 'show_tracks' } : undefined;

  if (has(Words.undo)) return { op: 'undo' };
  if (has(Words.redo)) return { op: 'redo' };
  if (has(Words.startOver)) return { op: 'start_over' };
  if (has(Words.export) && !has(Words.compile)) {
    const resolution = resolutionFromText(text);
    const format = outputFromText(text).format;
    return resolution ? { op: 'export', format, resolution } : { op: 'export', format };
  }
  if (has(Words.showTracks)) return { op: 'show_tracks' };

  if (has(Words.deadAir)) return { op: 'remove_dead_air' };
  const music = musicOp(text, original);
  if (music) return music;
  if (has(Words.mute)) return { op: 'set_source_volume', volume: 0 };
  if (has(Words.keepAudio)) return { op: 'set_source_volume', volume: 1 };

  const textOp = textOverlayOp(text, original, context, resolve);
  if (textOp) return textOp;

  const zoom = zoomOp(text);
  if (zoom) return zoom;

  if (has(Words.hardCuts)) return { op: 'crossfade', ms: 0 };
  if (has(Words.crossfade)) return { op: 'crossfade', ms: parseSeconds(text) ?? DEFAULT_CROSSFADE_MS };
  if (has(Words.fade)) return fadeOp(text, 'clip');

  if (has(Words.aspect) && !has(/\bonly\b|只/)) {
    const aspect = AspectWords.find(([pattern]) => pattern.test(text))?.[1];
    const fill = FillWords.find(([pattern]) => pattern.test(text))?.[1];
    if (aspect) return fill ? { op: 'set_aspect', aspect, fill } : { op: 'set_aspect', aspect };
  }
  if (has(Words.fill)) {
    const fill = FillWords.find(([pattern]) => pattern.test(text))?.[1];
    if (fill) return { op: 'set_fill', fill };
  }
  if (has(Words.resolution) && !has(Words.compile)) {
    const resolution = resolutionFromText(text);
    if (resolution) return { op: 'set_resolution', resolution };
  }

  const range = parseRange(text);
  if (range && has(Words.cutRange)) return { op: 'cut_range', ...range };
  const moment = momentOp(text, context, resolve);
  if (moment) return moment;

  if (has(Words.speedUpIdle)) return { op: 'speed_up_idle', factor: parseFactor(text) ?? 4 };
  if (has(Words.speed) && !has(Words.compile)) {
    const factor = parseFactor(text) ?? (has(/slow|减速|慢/) ? 0.75 : 1.5);
    const which = parseOrdinals(text)[0];
    return which === undefined ? { op: 'set_speed', factor } : { op: 'set_speed', factor, index: resolve(which, context.moments) };
  }
  if (has(Words.useSources)) return { op: 'use_sources', files: sourceRefs(original) };
  if (has(Words.keepEverything)) return { op: 'keep_everything' };
  const length = parseDurationMs(text);
  if (has(Words.compile)) return { op: 'compile_best_moments', target_ms: length ?? DEFAULT_TARGET_MS };
  // A length alone ("cut this down to 45 seconds", "压缩到一分钟") asks for the best moments at that length; a clause
  // that also names something else it could be about is not guessed at.
  if (length !== undefined && !has(OTHER_SUBJECTS)) return { op: 'compile_best_moments', target_ms: length };
  return undefined;
}

/** Words of other intents: with one of them, a length is that intent's (a title's, a fade's), not the clip's. */
const OTHER_SUBJECTS = new RegExp([Words.text, Words.music, Words.fade, Words.crossfade, Words.speed, /\b(moment|segment|scene|shot)s?\b|第/]
  .map((pattern) => pattern.source).join('|'));

/** "auto zoom", "zoom in on the form at 0:12 for 3 seconds", "less zoom", "no zoom", "自动缩放", "不要缩放". */
function zoomOp(text: string): EditOp | undefined {
  if (!Words.zoom.test(text) || /zoom to fill/.test(text)) return undefined;
  if (Words.zoomOff.test(text)) return { op: 'set_zoom', mode: 'off' };
  if (Words.zoomLess.test(text)) return { op: 'set_zoom', mode: 'less' };
  if (Words.zoomMore.test(text)) return { op: 'set_zoom', mode: 'more' };
  const at = parseAt(text) ?? parseRange(text)?.start_ms;
  if (at === undefined) return { op: 'set_zoom', mode: 'auto' };
  const range = parseRange(text);
  const duration = parseFor(text) ?? (range ? range.end_ms - range.start_ms : undefined);
  return { op: 'zoom_at', start_ms: at, duration_ms: Math.max(1000, duration ?? DEFAULT_ZOOM_MS) };
}

function musicOp(text: string, original: string): EditOp | undefined {
  if (!Words.music.test(text) && !Words.noDuck.test(text)) return undefined;
  if (Words.musicRemove.test(text)) return { op: 'remove_music' };
  if (Words.noDuck.test(text)) return { op: 'set_ducking', duck: false };
  if (Words.fade.test(text)) return fadeOp(text, 'music');
  if (Words.duck.test(text) && !/\b(add|play|put)\b|加|添加/.test(text)) return { op: 'set_ducking', duck: true };
  const volume = parseVolume(text);
  const bed = MusicWords.find(([pattern]) => pattern.test(text))?.[1];
  const file = /[\w.-]+\.(?:mp3|wav|m4a|aac)\b/i.exec(original)?.[0];
  const adds = Words.musicAdd.test(text);
  const changes = Words.quieter.test(text) || Words.louder.test(text) || /\b(set|change|turn)\b|调|设/.test(text);
  if ((adds && !changes) || ((bed || file) && !changes)) {
    return { op: 'add_music', track: file ?? bed ?? 'lofi', volume: volume ?? 0.35, duck: true };
  }
  if (volume !== undefined) return { op: 'set_music_volume', volume };
  if (Words.quieter.test(text)) return { op: 'set_music_volume', change: 'quieter' };
  if (Words.louder.test(text)) return { op: 'set_music_volume', change: 'louder' };
  return undefined;
}

function textOverlayOp(
  text: string, original: string, context: ParseContext, resolve: (n: number, count: number) => number,
): EditOp | undefined {
  const words = quoted(original);
  const mentionsText = Words.text.test(text);
  if (!mentionsText && !(words && Words.textAdd.test(text))) return undefined;
  const which = parseOrdinals(text).find((n) => n !== undefined);
  const index = which === undefined ? undefined : resolve(which, context.texts);
  const position = PositionWords.find(([pattern]) => pattern.test(text))?.[1];
  if (Words.textRemove.test(text) && !words) return index === undefined ? { op: 'remove_text' } : { op: 'remove_text', index };
  const timing = textTiming(text);
  if (Words.textEdit.test(text) && !/\b(add|put|insert|create)\b|添加|加上/.test(text) && context.texts > 0) {
    const edit: EditOp = { op: 'edit_text' };
    if (index !== undefined) edit.index = index;
    if (words) edit.text = words;
    if (position) edit.position = position;
    if ('start_ms' in timing && timing.start_ms !== undefined) edit.start_ms = timing.start_ms;
    if ('end_ms' in timing && timing.end_ms !== undefined) edit.end_ms = timing.end_ms;
    return edit;
  }
  if (!words) return undefined;
  const style = /caption|subtitle|字幕/.test(text) ? 'caption' : /lower[- ]third/.test(text) ? 'lower-third' : 'title';
  return { op: 'add_text', text: words, style, ...timing, ...(position ? { position } : {}) };
}

/** When a text shows (read from the clause without its quotes): a range, a start and a length, an edge, or nothing. */
function textTiming(unquoted: string): Partial<Pick<Extract<EditOp, { op: 'add_text' }>, 'start_ms' | 'end_ms' | 'duration_ms' | 'anchor'>> {
  const range = parseRange(unquoted);
  if (range) return range;
  const edge = parseEdgeSpan(unquoted);
  if (edge) return edge;
  const duration = parseFor(unquoted);
  const at = parseAt(unquoted);
  const anchor = parseAnchor(unquoted);
  return {
    ...(at !== undefined ? { start_ms: at } : {}),
    ...(duration !== undefined ? { duration_ms: duration } : {}),
    ...(anchor ? { anchor } : {}),
  };
}

function fadeOp(text: string, target: 'clip' | 'music'): EditOp {
  const length = /\b(no|remove|without|stop)\b.*fade|去掉淡/.test(text) ? 0 : parseSeconds(text) ?? DEFAULT_FADE_MS;
  const fadeIn = Words.fadeIn.test(text);
  const fadeOut = Words.fadeOut.test(text);
  const both = fadeIn === fadeOut; // "fade in and out", or just "fade"
  return {
    op: 'fade',
    target,
    ...(fadeIn || both ? { in_ms: length } : {}),
    ...(fadeOut || both ? { out_ms: length } : {}),
  };
}

function momentOp(text: string, context: ParseContext, resolve: (n: number, count: number) => number): EditOp | undefined {
  const ordinals = parseOrdinals(text);
  if (ordinals.length === 0) return undefined;
  const index = resolve(ordinals[0], context.moments);
  if (Words.moveMoment.test(text)) {
    const to = /to the (start|beginning|front)|first place|开头|最前/.test(text) ? 1
      : /to the end|last place|结尾|最后面/.test(text) ? Math.max(1, context.moments)
      : ordinals[1] !== undefined ? resolve(ordinals[1], context.moments) : undefined;
    if (to === undefined) return undefined;
    // "after clip 4": once clip 2 is taken out, clip 4 is third; "before clip 4" takes its place.
    const after = /\bafter\b|之后|后面/.test(text);
    const before = /\bbefore\b|之前|前面/.test(text);
    const place = after ? (index < to ? to : to + 1) : before ? (index < to ? to - 1 : to) : to;
    return { op: 'move_moment', index, to: place };
  }
  if (Words.shorter.test(text)) {
    const to = /\bto\s+\d|到\s*\d/.test(text) ? parseSeconds(text.replace(/^.*?(?:\bto\s+|到\s*)(?=\d)/, '')) : undefined;
    if (to !== undefined) return { op: 'trim_moment', index, to_ms: to };
    return { op: 'trim_moment', index, by_ms: parseSeconds(text.replace(/(moment|clip|segment|part)\s*#?\s*\d+/g, '')) ?? DEFAULT_SHORTEN_MS };
  }
  if (Words.removeMoment.test(text)) return { op: 'remove_moment', index };
  return undefined;
}

/** "the second file" → "2", "the last upload" → "last", "only walkthrough.mov" → "walkthrough.mov". */
function sourceRefs(original: string): string[] {
  const names = [...original.matchAll(/[\w.-]+\.(?:mp4|mov|avi|webm|mkv)\b/gi)].map((m) => m[0]);
  if (names.length > 0) return names;
  const text = original.toLowerCase();
  if (/\b(last|latest|newest|most recent)\b|最后|最新/.test(text)) return ['last'];
  const ordinals = parseOrdinals(text).filter((n) => n > 0);
  return ordinals.length > 0 ? ordinals.map(String) : ['last'];
}
