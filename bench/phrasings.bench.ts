import { isDeepStrictEqual } from 'node:util';
import { routeMessage } from '../src/client/routeMessage';
import { Words } from '../src/protocol';
import { kindOf } from './phrasings/kinds';
import { type Corpus, corpora, normal, read, verdict } from './phrasings/sets';

/**
 * The phrasing corpora against the parser, no chat model: per language, the share of phrasings read as expected
 * (every operation and value, nothing left over), then every miss. A phrasing that must change nothing counts as
 * understood only when it yields no operation: a wrong edit is a miss twice over, so it is counted apart. A reading
 * the engine is unsure of (a figure it leaves over, a clause it could not read naming a part of the draft: doubts.ts)
 * changes nothing until the user says yes: it is counted apart too ("asked first"), a miss but no wrong edit.
 *
 * Understood means the operations make the same draft as the expected ones (sameEdit): operations on different parts
 * of the draft ("a 15 second vertical clip": the moments and the shape) may come in either order, since the user
 * meant one result; where order changes the result it must match (the timeline's operations, which address
 * moments and texts by number or time, among themselves; a second shape after a first; undo, redo, start over,
 * show and export where they stand). Until session 5 the order had to be the expected one everywhere: that share
 * is printed beside it ("in exact order") so the two can be compared. Under each set's line, its misses counted by the
 * kind of request (kinds.ts): for a blind set, where the grammar is weakest, with no phrasing of it printed.
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
 * 9: EN 72.2 / 74.2 %, ZH 74.0 / 77.4 %), held-out 12 (session 10's, measured blind in session 10: EN 74.3 / 75.4 %,
 * ZH 75.7 / 77.2 %), held-out 13 (session 11's, measured blind in sessions 11 and 12: EN 67.9 / 74.5 / 75.2 %, ZH
 * 70.6 / 72.5 / 72.5 %), held-out 14 (session 12's, measured blind in sessions 12 and 13: EN 71.3 / 72.0 %, ZH 78.9 /
 * 79.3 %; asking first took its wrong edits from EN 34 / ZH 32 to 26 / 20), held-out 15 (session 13's, measured blind
 * in session 13: EN 78.6 / 79.7 %, ZH 71.0 / 73.5 %), and every later one (each set's header keeps its blind
 * measures), each written the same way and looked at since, so they overstate too. The fresh set (written by helpers
 * who read neither the parser nor the other corpora, never tuned against; its header says where it was first measured)
 * is the honest number. Never change the grammar to pass a fresh phrasing; when it has been looked at, it becomes a
 * held-out set and a new fresh set is written. A fresh set seen by a grammar helper before its round ended is printed
 * apart as exposed, and a new one written. Two fresh sets may be printed at once (fresh 19 and fresh 20 in session 18,
 * fresh 20 and fresh 21 in session 19, fresh 21 and fresh 22 in session 20, fresh 22 and fresh 23 in session 21, fresh 23
 * and fresh 24 in session 22, fresh 24 and fresh 25 in session 24, then fresh 25 and fresh 26 once fresh 24 was opened,
 * fresh 26 and fresh 27 once fresh 25 was opened in session 25; fresh 28 beside them in session 26, written before fresh 26
 * was opened; fresh 27, fresh 28 and fresh 29 once fresh 26 was opened in session 27; fresh 28, fresh 29 and fresh 30 (written
 * in session 28) once fresh 27 was opened in session 28; fresh 28, fresh 30 and fresh 31 (written in session 29) once
 * fresh 29 was opened in session 29; fresh 28, fresh 31 and fresh 32 (written in session 30) once fresh 30 was opened in
 * session 30; fresh 28, fresh 32 and fresh 33 (written in session 31) once fresh 31 was opened in session 31; fresh 28,
 * fresh 33 and fresh 34 (written in session 32) once fresh 32 was opened in session 32; fresh 28, fresh 34 and fresh 35
 * (written in session 33) once fresh 33 was opened in session 33; fresh 28, fresh 35 and fresh 36 (written in
 * session 34) once fresh 34 was opened in session 34; fresh 28 and fresh 36 once fresh 35 was opened in session 35, and
 * fresh 37 (written in session 35) beside them; fresh 28 and fresh 37 once fresh 36 was opened in session 36, and
 * fresh 38 (written in session 36) beside them; fresh 28 and fresh 38 once fresh 37 was opened in session 37, and
 * fresh 39 (written in session 37) beside them; fresh 28 and fresh 38 once fresh 39 was opened in session 38, and
 * fresh 40 (written in session 38) beside them; fresh 28 and fresh 38 once fresh 40 was opened in session 39, and
 * fresh 41 (written in session 39, before fresh 40 was opened) beside them; fresh 28 and fresh 38 once fresh 41 was
 * opened in session 40, and fresh 42 (written in session 40, before fresh 41 was opened) beside them; fresh 28 and
 * fresh 38 once fresh 42 was opened in session 41, and fresh 43 (written in session 41 by helpers who saw nothing of the
 * opened fresh 42) beside them; fresh 28 and fresh 38 once fresh 43 was opened in session 42, and fresh 44 (written in
 * session 42 by helpers who saw nothing of the opened fresh 43) beside them; fresh 28 and fresh 38 once fresh 44 was
 * opened in session 43, and fresh 45 (written in session 43 by helpers who saw nothing of the opened fresh 44) beside
 * them; fresh 28 and fresh 38 once fresh 45 was opened in session 44, and fresh 46 (written in session 44 by helpers who saw
 * nothing of the opened fresh 45) beside them; fresh 28 and fresh 38 once fresh 46 was opened in session 45, and fresh 47
 * (written in session 45 by helpers who saw nothing of the opened fresh 46) beside them; fresh 28 and fresh 38 once
 * fresh 47 was opened in session 46, and fresh 48 (written in session 46 by helpers who saw nothing of the opened
 * fresh 47) beside them; fresh 28 and fresh 38 once fresh 48 was opened in session 47, and fresh 49 (written in session 47
 * by helpers who saw nothing of the opened fresh 48) beside them):
 * the older one measures a round before and after, the newer one was written for the next session to keep a blind set
 * when the older one is opened.
 */
/** A phrasing may sit in one set only, and once: a fresh or held-out phrasing also tuned on measures nothing. */
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
  let askedFirst = 0;
  const kinds = new Map<string, { lines: number; missed: number; wrong: number }>();
  for (const [say, want] of corpus) {
    const kind = kinds.get(kindOf(want)) ?? { lines: 0, missed: 0, wrong: 0 };
    kinds.set(kindOf(want), kind);
    kind.lines++;
    const reading = read(say);
    const { ops, unknown, asked } = reading;
    const exact = want.length === 0 ? ops.length === 0 : unknown.length === 0 && isDeepStrictEqual(normal(ops), normal(want));
    if (exact) inExactOrder++;
    const how = verdict(want, reading);
    if (how === 'understood') continue;
    kind.missed++;
    if (how === 'wrong') kind.wrong++;
    if (how === 'wrong') wrongEdits++;
    if (how === 'unread') rightButUnread++;
    if (how === 'asked') askedFirst++;
    const label = { wrong: 'WRONG', unread: 'unread', asked: 'asked', miss: 'miss ' }[how];
    misses.push(`  ${label} ${JSON.stringify(say)}\n      want ${JSON.stringify(want)}\n      got  ${JSON.stringify(asked.length > 0 ? asked : ops)}${unknown.length ? ` unknown ${JSON.stringify(unknown)}` : ''}`);
  }
  const understood = corpus.length - misses.length;
  const share = (n: number) => `${((100 * n) / corpus.length).toFixed(1)} %`;
  const mustNot = corpus.filter(([, w]) => w.length === 0).length;
  console.log(`${set} ${language}: ${understood}/${corpus.length} understood (${share(understood)}; in exact order ${inExactOrder}, ${share(inExactOrder)}), ${wrongEdits} wrong edits, ${rightButUnread} right edits with words left unread, ${askedFirst} asked first, ${mustNot} must-not-edit phrasings`);
  console.log(`  not understood by kind: ${[...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { lines, missed, wrong }]) => `${kind} ${missed}/${lines}${wrong ? ` (${wrong} wrong)` : ''}`).join(', ')}`);
  for (const miss of misses) console.log(miss);
}

for (const [set, english, chinese] of corpora) {
  measure(set, 'en', english);
  measure(set, 'zh', chinese);
}
console.log(`total: ${sets.map(([set, corpus]) => `${corpus.length} ${set}`).join(', ')} phrasings`);

/**
 * The client's fixed export (routeMessage) skips the engine: a message it takes that asks more than a file loses the
 * rest (an edit dropped, a question or a no turned into an export). Counted over every set, phrasings not printed.
 */
function routing(): void {
  const all = sets.flatMap(([, corpus]) => corpus);
  const fixed = (say: string) => routeMessage(say).action === 'export';
  const fileOnly = all.filter(([, want]) => want.length > 0 && want.every((op) => op.op === 'export'));
  const withEdit = all.filter(([, want]) => want.some((op) => op.op === 'export') && want.some((op) => op.op !== 'export'));
  const noEdit = all.filter(([say, want]) => want.length === 0 && Words.export.test(say.toLowerCase()));
  console.log(`routing: fixed export for ${fileOnly.filter(([say]) => fixed(say)).length}/${fileOnly.length} file-only messages `
    + `(the rest read by the engine, which asks for the file too); edits dropped by it in ${withEdit.filter(([say]) => fixed(say)).length}/${withEdit.length} `
    + `messages asking an edit and a file; an export started by ${noEdit.filter(([say]) => fixed(say)).length}/${noEdit.length} must-not-edit messages naming one`);
}
routing();
