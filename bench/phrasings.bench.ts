import { isDeepStrictEqual } from 'node:util';
import { parseInstruction } from '../src/engine/agent/parseInstruction';
import { en } from './phrasings/en';
import { heldoutEn } from './phrasings/heldout/en';
import { heldoutZh } from './phrasings/heldout/zh';
import { heldout2En } from './phrasings/heldout2/en';
import { heldout2Zh } from './phrasings/heldout2/zh';
import { fresh2En } from './phrasings/fresh2/en';
import { fresh2Zh } from './phrasings/fresh2/zh';
import { fresh3En } from './phrasings/fresh3/en';
import { fresh3Zh } from './phrasings/fresh3/zh';
import type { Phrasing } from './phrasings/ops';
import { zh } from './phrasings/zh';

/**
 * The phrasing corpora against the parser, no chat model: per language, the share of phrasings read exactly as
 * expected (every operation and value, nothing left over), then every miss. A phrasing that must change nothing
 * counts as understood only when it yields no operation: a wrong edit is a miss twice over, so it is counted apart.
 *
 * Sets, printed apart: the tuned set (the grammar was written against it, so its share overstates), the held-out
 * set (written later; the grammar was since improved while looking at its misses, so it overstates too), and
 * held-out 2 (session 3's fresh set, written by someone who read neither the parser nor the other corpora; session 4
 * improved the grammar while looking at its misses, so it overstates too), and the fresh set (fresh2/, written in
 * session 4 by someone who read neither the parser nor the other corpora, never tuned against): the fresh share is
 * the honest number. Never change the grammar to pass a fresh phrasing; when it has been looked at, it becomes a
 * held-out set and a new fresh set is written.
 */
const CONTEXT = { moments: 3, texts: 1 };
/** Compared as JSON, with an upload named by its ordinal word or its number alike ("first" and "1" pick the same file). */
const UPLOAD_ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5' };
const normal = (value: unknown) => JSON.parse(JSON.stringify(value), (key, v: unknown) =>
  key === 'files' && Array.isArray(v) ? v.map((file: string) => UPLOAD_ORDINALS[file] ?? file) : v) as unknown;
type Corpus = [string, Phrasing['want']][];

/** A phrasing may sit in one set only, and once: a fresh or held-out phrasing also tuned on measures nothing. */
const sets: [string, Corpus][] = [['tuned', [...en, ...zh]], ['held-out', [...heldoutEn, ...heldoutZh]], ['held-out 2', [...heldout2En, ...heldout2Zh]], ['fresh', [...fresh2En, ...fresh2Zh]], ['fresh 3', [...fresh3En, ...fresh3Zh]]];
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
  const misses: string[] = [];
  let wrongEdits = 0;
  for (const [say, want] of corpus) {
    const { ops, unknown } = parseInstruction(say, CONTEXT);
    const ok = want.length === 0 ? ops.length === 0 : unknown.length === 0 && isDeepStrictEqual(normal(ops), normal(want));
    if (ok) continue;
    const wrong = ops.length > 0;
    if (wrong) wrongEdits++;
    misses.push(`  ${wrong ? 'WRONG' : 'miss '} ${JSON.stringify(say)}\n      want ${JSON.stringify(want)}\n      got  ${JSON.stringify(ops)}${unknown.length ? ` unknown ${JSON.stringify(unknown)}` : ''}`);
  }
  const understood = corpus.length - misses.length;
  const share = (100 * understood) / corpus.length;
  const mustNot = corpus.filter(([, w]) => w.length === 0).length;
  console.log(`${set} ${language}: ${understood}/${corpus.length} understood (${share.toFixed(1)} %), ${wrongEdits} wrong edits, ${mustNot} must-not-edit phrasings`);
  for (const miss of misses) console.log(miss);
}

measure('tuned', 'en', en);
measure('tuned', 'zh', zh);
measure('held-out', 'en', heldoutEn);
measure('held-out', 'zh', heldoutZh);
measure('held-out 2', 'en', heldout2En);
measure('held-out 2', 'zh', heldout2Zh);
measure('fresh', 'en', fresh2En);
measure('fresh', 'zh', fresh2Zh);
measure('fresh 3', 'en', fresh3En);
measure('fresh 3', 'zh', fresh3Zh);
console.log(`total: ${en.length + zh.length} tuned, ${heldoutEn.length + heldoutZh.length} held-out, ${heldout2En.length + heldout2Zh.length} held-out 2, ${fresh2En.length + fresh2Zh.length} fresh phrasings`);
