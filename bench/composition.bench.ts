import type { EditOp } from '../src/protocol';
import type { Corpus } from './phrasings/sets';
import { lookedAt, tally, understoodAlone } from './phrasings/variants';

/**
 * The grammar against requests joined in one message: blind writers join several requests ("make it 30s, vertical,
 * add lofi at 20% and then export 1080p", "剪成30秒，再加个字幕"), so two phrasings of the looked-at sets that it
 * understands alone, joined by a natural joiner ("A, then B", "A，再B"), should read as A's operations then B's. Per
 * language and joiner: how many joined pairs are still understood and how many become a wrong edit (B swallowed by
 * A, A's words read as B's), then a few failures.
 *
 * Pairs are deterministic (each phrasing with the one a fixed number of places later, about a thousand a language) and
 * only pairs whose requests are independent: each touches a different part of the draft (two shapes, two musics,
 * two exports, two texts would be one request correcting the other), none is a history request (undo, redo, start
 * over) or a must-change-nothing phrasing, none is already several clauses or a question, neither carries the
 * user's own words unquoted (a text or a title the joiner would run into), the second says no "it" (which would stand
 * for what the first changed: "add music, then fade it out" fades the music), and an export only comes second (the
 * grammar exports after every edit of the message). FAILURES_SHOWN=n in the environment shows more failures.
 */
const JOINERS = {
  en: ['A, and B', 'A, then B', 'A. B', 'A; also B', 'A and B', 'A, plus B'],
  zh: ['A，B', 'A，然后B', 'A，再B', 'A。B', 'A，另外B', 'A；B'],
};
const FAILURES_SHOWN = Number(process.env.FAILURES_SHOWN ?? 4);
/** Each phrasing is paired with the one this many places later; PAIRS=n in the environment thins them to about n. */
const OFFSET = 37;
const PAIRS_WANTED = Number(process.env.PAIRS ?? Infinity);

/** The part of the draft an operation changes; two requests on one part are not independent. */
const PART: Record<EditOp['op'], string> = {
  compile_best_moments: 'timeline', remove_dead_air: 'timeline', speed_up_idle: 'timeline', keep_everything: 'timeline',
  use_sources: 'timeline', remove_moment: 'timeline', move_moment: 'timeline', trim_moment: 'timeline',
  set_moment_range: 'timeline', cut_range: 'timeline', set_speed: 'timeline',
  set_aspect: 'shape', set_fill: 'shape', set_background: 'shape', remove_background: 'shape',
  set_zoom: 'zoom', zoom_at: 'zoom',
  set_resolution: 'export', export: 'export',
  add_text: 'text', edit_text: 'text', remove_text: 'text', add_card: 'card', remove_card: 'card',
  add_music: 'music', set_music_volume: 'music', set_ducking: 'music', remove_music: 'music', set_source_volume: 'voice',
  fade: 'transitions', crossfade: 'transitions',
  undo: 'history', redo: 'history', start_over: 'history', show_tracks: 'history',
};

/** A clause mark inside the phrasing (not at its end, not a decimal point), or a word that joins two requests. */
const SEVERAL_CLAUSES = /[,，;；。、:：!！]\s*\S|\.\s+\S|\b(and|then|also|plus)\b|然后|再|并且|另外|顺便|同时|和/i;
const QUESTION = /[?？吗呢]\s*$|^(can|could|would|will|what|how|why|is|are|do|does)\b/i;
/** "fade it out", "把它删了": after another request, "it" would be what that one changed. */
const REFERS_BACK = /\b(?:it|its|it's|them|that one)\b|它/i;
const QUOTED = /['"“”‘’「」『』]/;
const FINAL_MARK = /[.!。！~～]+$/u;

/** The part of the draft a phrasing changes, or undefined where it is not an independent single request. */
function partOf(say: string, want: EditOp[]): string | undefined {
  const parts = new Set(want.map((op) => PART[op.op]));
  if (parts.size !== 1 || parts.has('history')) return undefined;
  const core = say.trim().replace(FINAL_MARK, '');
  if (SEVERAL_CLAUSES.test(core.replace(/(['"“‘「『]).*?(['"”’」』])/gu, '')) || QUESTION.test(core)) return undefined;
  const texts = want.flatMap((op) => ('text' in op && op.text ? [op.text] : []));
  if (texts.length > 0 && !QUOTED.test(say)) return undefined;
  return [...parts][0];
}

/**
 * The two phrasings joined: A without its final stop; B's sentence-initial capital lowered, or after a stop its first
 * plain word capitalised ("A. Make it vertical"; not a file name: "hype.mp3 as bgm").
 */
function join(joiner: string, a: string, b: string): string {
  const head = a.trim().replace(FINAL_MARK, '');
  const afterStop = /[.。]\s*B$/.test(joiner);
  const tail = !afterStop && /^[A-Z][a-z]/.test(b) ? b.charAt(0).toLowerCase() + b.slice(1) : afterStop && /^[a-z]+\s/.test(b) ? b.charAt(0).toUpperCase() + b.slice(1) : b;
  return `${head}${joiner.slice(1, -1)}${tail.trim()}`;
}

function measure(language: 'en' | 'zh', corpus: Corpus): void {
  const base = corpus.flatMap(([say, want]) => {
    const part = understoodAlone(say, want) ? partOf(say, want) : undefined;
    return part === undefined ? [] : [{ say, want, part }];
  });
  const all = base.flatMap((a, i) => {
    const b = base[(i + OFFSET) % base.length];
    return a.part === b.part || a.part === 'export' || REFERS_BACK.test(b.say) ? [] : [[a, b] as const];
  });
  const stride = Math.max(1, Math.floor(all.length / PAIRS_WANTED));
  const pairs = all.filter((_, i) => i % stride === 0).slice(0, PAIRS_WANTED);
  console.log(`${language}: ${base.length} single requests understood alone, ${pairs.length} pairs`);
  for (const joiner of JOINERS[language]) {
    tally(`${language} ${joiner.padEnd(10)}`, 'joined', pairs.map(([a, b]) => [join(joiner, a.say, b.say), [...a.want, ...b.want]]), FAILURES_SHOWN);
  }
}

measure('en', lookedAt.flatMap(([, english]) => english));
measure('zh', lookedAt.flatMap(([, , chinese]) => chinese));
