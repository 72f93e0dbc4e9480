import { isDeepStrictEqual } from 'node:util';
import { parseInstruction } from '../src/engine/agent/parseInstruction';
import type { EditOp } from '../src/protocol';
import { en } from './phrasings/en';
import { heldout6En } from './phrasings/heldout6/en';
import { heldout6Zh } from './phrasings/heldout6/zh';
import { heldout6bZh } from './phrasings/heldout6b/zh';
import { heldout7En } from './phrasings/heldout7/en';
import { heldout7Zh } from './phrasings/heldout7/zh';
import { heldout8En } from './phrasings/heldout8/en';
import { heldout8Zh } from './phrasings/heldout8/zh';
import { heldout9En } from './phrasings/heldout9/en';
import { heldout9Zh } from './phrasings/heldout9/zh';
import { heldout10En } from './phrasings/heldout10/en';
import { heldout10Zh } from './phrasings/heldout10/zh';
import { heldout11En } from './phrasings/heldout11/en';
import { heldout11Zh } from './phrasings/heldout11/zh';
import { fresh11En } from './phrasings/fresh11/en';
import { fresh11Zh } from './phrasings/fresh11/zh';
import { heldoutEn } from './phrasings/heldout/en';
import { heldoutZh } from './phrasings/heldout/zh';
import { heldout2En } from './phrasings/heldout2/en';
import { heldout2Zh } from './phrasings/heldout2/zh';
import { heldout3En } from './phrasings/heldout3/en';
import { heldout3Zh } from './phrasings/heldout3/zh';
import { heldout4En } from './phrasings/heldout4/en';
import { heldout4Zh } from './phrasings/heldout4/zh';
import { heldout5En } from './phrasings/heldout5/en';
import { heldout5Zh } from './phrasings/heldout5/zh';
import type { Phrasing } from './phrasings/ops';
import { sameEdit } from './phrasings/sameEdit';
import { zh } from './phrasings/zh';

/**
 * The phrasing corpora against the parser, no chat model: per language, the share of phrasings read as expected
 * (every operation and value, nothing left over), then every miss. A phrasing that must change nothing counts as
 * understood only when it yields no operation: a wrong edit is a miss twice over, so it is counted apart.
 *
 * Understood means the operations make the same draft as the expected ones (sameEdit): operations on different parts
 * of the draft ("a 15 second vertical clip": the moments and the shape) may come in either order, since the user
 * meant one result; where order changes the result it must match (the timeline's operations, which address
 * moments and texts by number or time, among themselves; a second shape after a first; undo, redo, start over,
 * show and export where they stand). Until session 5 the order had to be the expected one everywhere: that share
 * is printed beside it ("in exact order") so the two can be compared.
 *
 * Sets, printed apart: the tuned set (the grammar was written against it, so its share overstates), the held-out
 * set (written later; the grammar was since improved while looking at its misses, so it overstates too), held-out 2
 * (session 3's fresh set, written by someone who read neither the parser nor the other corpora; session 4 improved
 * the grammar while looking at its misses, so it overstates too), held-out 3 (session 4's fresh set), held-out 4 and
 * held-out 5 (session 5's two fresh sets), held-out 6 and 6b (session 6's: 6 in English and Chinese, 6b in Chinese
 * only, written blind because 6's Chinese writer had seen held-out 5's), held-out 7 (session 6's last, first measured
 * in session 7: EN 83.3 %, ZH 68.1 %), held-out 8 (session 7's, measured once blind in session 7: EN 77.7 %, ZH 72.9 %),
 * held-out 9 (session 8's, measured once blind in session 8: EN 89.6 %, ZH 79.9 %), held-out 10 (session 9's first,
 * measured once blind in session 9: EN 83.1 %, ZH 83.1 %), held-out 11 (session 9's second, measured blind in session
 * 9: EN 72.2 / 74.2 %, ZH 74.0 / 77.4 %), each written the same way and looked at since, so they overstate too. The
 * fresh set (fresh 11, written in session 10 by two helpers who read neither the parser nor the other corpora, never
 * tuned against) is the honest number. Never change the grammar to pass a fresh phrasing; when
 * it has been looked at, it becomes a held-out set and a new fresh set is written.
 */
const CONTEXT = { moments: 3, texts: 1 };
/** Compared as JSON, with an upload named by its ordinal word or its number alike ("first" and "1" pick the same file). */
const UPLOAD_ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5' };
const normal = (ops: EditOp[]) => JSON.parse(JSON.stringify(ops), (key, v: unknown) =>
  key === 'files' && Array.isArray(v) ? v.map((file: string) => UPLOAD_ORDINALS[file] ?? file) : v) as EditOp[];
type Corpus = [string, Phrasing['want']][];

/** A phrasing may sit in one set only, and once: a fresh or held-out phrasing also tuned on measures nothing. */
/** Each set with its English and its Chinese phrasings, in the order they were written. */
const corpora: [string, Corpus, Corpus][] = [
  ['tuned', en, zh], ['held-out', heldoutEn, heldoutZh], ['held-out 2', heldout2En, heldout2Zh],
  ['held-out 3', heldout3En, heldout3Zh], ['held-out 4', heldout4En, heldout4Zh], ['held-out 5', heldout5En, heldout5Zh],
  ['held-out 6', heldout6En, heldout6Zh], ['held-out 6b', [], heldout6bZh],
  ['held-out 7', heldout7En, heldout7Zh],
  ['held-out 8', heldout8En, heldout8Zh],
  ['held-out 9', heldout9En, heldout9Zh],
  ['held-out 10', heldout10En, heldout10Zh],
  ['held-out 11', heldout11En, heldout11Zh],
  ['fresh', fresh11En, fresh11Zh],
];
const sets: [string, Corpus][] = corpora.map(([set, english, chinese]) => [set, [...english, ...chinese]]);
const seen = new Map<string, string>();
const twice: string[] = [];
for (const [set, corpus] of sets) {
  for (const [say] of corpus) {
    const other = seen.get(say);
    if (other !== undefined) twice.push(`${JSON.stringify(say)} (${other}, ${set})`);
    seen.set(say, set);
  }
}
if (twice.length > 0) throw new Error(`phrasings in more than one set, or twice: ${twice.join(' | ')}`);

function measure(set: string, language: string, corpus: Corpus): void {
  if (corpus.length === 0) return; // a set written in one language only
  const misses: string[] = [];
  let wrongEdits = 0;
  let inExactOrder = 0;
  let rightButUnread = 0;
  for (const [say, want] of corpus) {
    const { ops, unknown } = parseInstruction(say, CONTEXT);
    const read = (same: (got: EditOp[], expected: EditOp[]) => boolean) =>
      want.length === 0 ? ops.length === 0 : unknown.length === 0 && same(normal(ops), normal(want));
    const draftLike = (got: EditOp[], expected: EditOp[]) => sameEdit(got, expected, CONTEXT.texts);
    if (read(isDeepStrictEqual)) inExactOrder++;
    if (read(draftLike)) continue;
    // The right edit with words left unread is still a miss (the reply names words it did not understand), but not
    // a wrong edit: the draft is what was asked.
    const unread = want.length > 0 && unknown.length > 0 && draftLike(normal(ops), normal(want));
    const wrong = ops.length > 0 && !unread;
    if (wrong) wrongEdits++;
    if (unread) rightButUnread++;
    misses.push(`  ${wrong ? 'WRONG' : unread ? 'unread' : 'miss '} ${JSON.stringify(say)}\n      want ${JSON.stringify(want)}\n      got  ${JSON.stringify(ops)}${unknown.length ? ` unknown ${JSON.stringify(unknown)}` : ''}`);
  }
  const understood = corpus.length - misses.length;
  const share = (n: number) => `${((100 * n) / corpus.length).toFixed(1)} %`;
  const mustNot = corpus.filter(([, w]) => w.length === 0).length;
  console.log(`${set} ${language}: ${understood}/${corpus.length} understood (${share(understood)}; in exact order ${inExactOrder}, ${share(inExactOrder)}), ${wrongEdits} wrong edits, ${rightButUnread} right edits with words left unread, ${mustNot} must-not-edit phrasings`);
  for (const miss of misses) console.log(miss);
}

for (const [set, english, chinese] of corpora) {
  measure(set, 'en', english);
  measure(set, 'zh', chinese);
}
console.log(`total: ${sets.map(([set, corpus]) => `${corpus.length} ${set}`).join(', ')} phrasings`);
