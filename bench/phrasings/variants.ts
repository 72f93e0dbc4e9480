import type { EditOp } from '../../src/protocol';
import { type Corpus, corpora, read, verdict } from './sets';

/**
 * What the robustness benches read: every set but the fresh ones (the blind one, which stays blind while the grammar
 * is tuned, and one exposed before it was opened, left out until it is, so that these benches compare round to round).
 */
export const lookedAt: [string, Corpus, Corpus][] = corpora.filter(([set]) => !set.startsWith('fresh'));

/** Whether the parser reads a phrasing that asks for something exactly as expected. */
export const understoodAlone = (say: string, want: EditOp[]) => want.length > 0 && verdict(want, read(say)) === 'understood';

/**
 * Reads each variant of understood phrasings (wrapped, joined …) and prints one line — how many are still
 * understood, how many became a wrong edit — then the first few failures.
 */
export function tally(label: string, verb: string, variants: [string, EditOp[]][], shown: number): void {
  const failures: string[] = [];
  let wrong = 0;
  for (const [said, want] of variants) {
    const reading = read(said);
    const how = verdict(want, reading);
    if (how === 'understood') continue;
    if (how === 'wrong') wrong++;
    const got = reading.asked.length > 0 ? reading.asked : reading.ops;
    failures.push(`    ${how === 'wrong' ? 'WRONG' : how.padEnd(5)} ${JSON.stringify(said)} got ${JSON.stringify(got)}${reading.unknown.length ? ` unknown ${JSON.stringify(reading.unknown)}` : ''}`);
  }
  const still = variants.length - failures.length;
  console.log(`${label} ${still}/${variants.length} ${verb === '' ? '' : `${verb} `}still understood (${((100 * still) / variants.length).toFixed(1)} %), ${wrong} wrong edits`);
  for (const failure of failures.slice(0, shown)) console.log(failure);
}
