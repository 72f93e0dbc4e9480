import { parseInstruction } from '../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../src/protocol';
import { CONTEXT, type Corpus, corpora, verdict } from './sets';

/** What the robustness benches read: every set but the fresh one, which stays blind while the grammar is tuned. */
export const lookedAt: [string, Corpus, Corpus][] = corpora.filter(([set]) => set !== 'fresh');

/** A phrasing as the parser reads it against the benches' draft: its operations and the words it left unread. */
export function read(say: string): [EditOp[], string[]] {
  const { ops, unknown } = parseInstruction(say, CONTEXT);
  return [ops, unknown];
}

/** Whether the parser reads a phrasing that asks for something exactly as expected. */
export const understoodAlone = (say: string, want: EditOp[]) => want.length > 0 && verdict(want, ...read(say)) === 'understood';

/**
 * Reads each variant of understood phrasings (wrapped, joined …) and prints one line — how many are still
 * understood, how many became a wrong edit — then the first few failures.
 */
export function tally(label: string, verb: string, variants: [string, EditOp[]][], shown: number): void {
  const failures: string[] = [];
  let wrong = 0;
  for (const [said, want] of variants) {
    const [ops, unknown] = read(said);
    const how = verdict(want, ops, unknown);
    if (how === 'understood') continue;
    if (how === 'wrong') wrong++;
    failures.push(`    ${how === 'wrong' ? 'WRONG' : how.padEnd(5)} ${JSON.stringify(said)} got ${JSON.stringify(ops)}${unknown.length ? ` unknown ${JSON.stringify(unknown)}` : ''}`);
  }
  const still = variants.length - failures.length;
  console.log(`${label} ${still}/${variants.length} ${verb === '' ? '' : `${verb} `}still understood (${((100 * still) / variants.length).toFixed(1)} %), ${wrong} wrong edits`);
  for (const failure of failures.slice(0, shown)) console.log(failure);
}
