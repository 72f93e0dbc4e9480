import { isDeepStrictEqual } from 'node:util';
import { parseInstruction } from '../src/engine/agent/parseInstruction';
import { en } from './phrasings/en';
import { heldoutEn } from './phrasings/heldout/en';
import { heldoutZh } from './phrasings/heldout/zh';
import type { Phrasing } from './phrasings/ops';
import { zh } from './phrasings/zh';

/**
 * The phrasing corpora against the parser, no chat model: per language, the share of phrasings read exactly as
 * expected (every operation and value, nothing left over), then every miss. A phrasing that must change nothing
 * counts as understood only when it yields no operation: a wrong edit is a miss twice over, so it is counted apart.
 *
 * Two sets, printed apart: the tuned set (the grammar was written against it, so its share overstates) and the
 * held-out set (written later, never tuned on): the held-out share is the honest number.
 */
const CONTEXT = { moments: 3, texts: 1 };
const normal = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
type Corpus = [string, Phrasing['want']][];

const tuned = new Set([...en, ...zh].map(([say]) => say));
const leaked = [...heldoutEn, ...heldoutZh].filter(([say]) => tuned.has(say));
if (leaked.length > 0) throw new Error(`held-out phrasings also in the tuned set: ${leaked.map(([say]) => say).join(' | ')}`);

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
console.log(`total: ${en.length + zh.length} tuned, ${heldoutEn.length + heldoutZh.length} held-out phrasings`);
