import { isDeepStrictEqual } from 'node:util';
import { parseInstruction } from '../src/engine/agent/parseInstruction';
import { en } from './phrasings/en';
import { zh } from './phrasings/zh';

/**
 * The phrasing corpus against the parser, no chat model: per language, the share of phrasings read exactly as
 * expected (every operation and value, nothing left over), then every miss. A phrasing that must change nothing
 * counts as understood only when it yields no operation: a wrong edit is a miss twice over, so it is listed apart.
 */
const CONTEXT = { moments: 3, texts: 1 };
const normal = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

for (const [language, corpus] of [['en', en], ['zh', zh]] as const) {
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
  console.log(`${language}: ${understood}/${corpus.length} understood (${share.toFixed(1)} %), ${wrongEdits} wrong edits, ${corpus.filter(([, w]) => w.length === 0).length} must-not-edit phrasings`);
  for (const miss of misses) console.log(miss);
}
console.log(`total: ${en.length + zh.length} phrasings`);
