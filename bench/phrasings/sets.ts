import { unsureOf } from '../../src/engine/agent/doubts';
import { parseInstruction } from '../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../src/protocol';
import { en } from './en';
import { heldout6En } from './heldout6/en';
import { heldout6Zh } from './heldout6/zh';
import { heldout6bZh } from './heldout6b/zh';
import { heldout7En } from './heldout7/en';
import { heldout7Zh } from './heldout7/zh';
import { heldout8En } from './heldout8/en';
import { heldout8Zh } from './heldout8/zh';
import { heldout9En } from './heldout9/en';
import { heldout9Zh } from './heldout9/zh';
import { heldout10En } from './heldout10/en';
import { heldout10Zh } from './heldout10/zh';
import { heldout11En } from './heldout11/en';
import { heldout11Zh } from './heldout11/zh';
import { heldout12En } from './heldout12/en';
import { heldout12Zh } from './heldout12/zh';
import { heldout13En } from './heldout13/en';
import { heldout13Zh } from './heldout13/zh';
import { heldout14En } from './heldout14/en';
import { heldout14Zh } from './heldout14/zh';
import { heldout15En } from './heldout15/en';
import { heldout15Zh } from './heldout15/zh';
import { heldout16En } from './heldout16/en';
import { heldout16Zh } from './heldout16/zh';
import { heldout16bEn } from './heldout16b/en';
import { heldout16bZh } from './heldout16b/zh';
import { heldout17En } from './heldout17/en';
import { heldout17Zh } from './heldout17/zh';
import { heldout17bEn } from './heldout17b/en';
import { heldout17bZh } from './heldout17b/zh';
import { heldout18En } from './heldout18/en';
import { heldout18Zh } from './heldout18/zh';
import { heldout18bEn } from './heldout18b/en';
import { heldout18bZh } from './heldout18b/zh';
import { heldout19En } from './heldout19/en';
import { heldout19Zh } from './heldout19/zh';
import { heldout19bEn } from './heldout19b/en';
import { heldout19bZh } from './heldout19b/zh';
import { heldout20En } from './heldout20/en';
import { heldout20Zh } from './heldout20/zh';
import { heldout20bEn } from './heldout20b/en';
import { heldout20bZh } from './heldout20b/zh';
import { heldout21En } from './heldout21/en';
import { heldout21Zh } from './heldout21/zh';
import { heldout22En } from './heldout22/en';
import { heldout22Zh } from './heldout22/zh';
import { heldout23En } from './heldout23/en';
import { heldout23Zh } from './heldout23/zh';
import { heldout24En } from './heldout24/en';
import { heldout24Zh } from './heldout24/zh';
import { heldout25En } from './heldout25/en';
import { heldout25Zh } from './heldout25/zh';
import { heldout26En } from './heldout26/en';
import { heldout26Zh } from './heldout26/zh';
import { heldout27En } from './heldout27/en';
import { heldout27Zh } from './heldout27/zh';
import { heldout28En } from './heldout28/en';
import { heldout28Zh } from './heldout28/zh';
import { fresh28En } from './fresh28/en';
import { fresh28Zh } from './fresh28/zh';
import { heldout29En } from './heldout29/en';
import { heldout29Zh } from './heldout29/zh';
import { heldout30En } from './heldout30/en';
import { heldout30Zh } from './heldout30/zh';
import { heldout31En } from './heldout31/en';
import { heldout31Zh } from './heldout31/zh';
import { heldout32En } from './heldout32/en';
import { heldout32Zh } from './heldout32/zh';
import { heldout33En } from './heldout33/en';
import { heldout33Zh } from './heldout33/zh';
import { heldout34En } from './heldout34/en';
import { heldout34Zh } from './heldout34/zh';
import { heldout35En } from './heldout35/en';
import { heldout35Zh } from './heldout35/zh';
import { heldout36En } from './heldout36/en';
import { heldout36Zh } from './heldout36/zh';
import { heldout37En } from './heldout37/en';
import { heldout37Zh } from './heldout37/zh';
import { heldout39En } from './heldout39/en';
import { heldout39Zh } from './heldout39/zh';
import { heldout40En } from './heldout40/en';
import { heldout40Zh } from './heldout40/zh';
import { heldout41En } from './heldout41/en';
import { heldout41Zh } from './heldout41/zh';
import { fresh38En } from './fresh38/en';
import { fresh38Zh } from './fresh38/zh';
import { heldout42En } from './heldout42/en';
import { heldout42Zh } from './heldout42/zh';
import { heldout43En } from './heldout43/en';
import { heldout43Zh } from './heldout43/zh';
import { heldout44En } from './heldout44/en';
import { heldout44Zh } from './heldout44/zh';
import { heldout45En } from './heldout45/en';
import { heldout45Zh } from './heldout45/zh';
import { heldout46En } from './heldout46/en';
import { heldout46Zh } from './heldout46/zh';
import { heldout47En } from './heldout47/en';
import { heldout47Zh } from './heldout47/zh';
import { heldout48En } from './heldout48/en';
import { heldout48Zh } from './heldout48/zh';
import { fresh49En } from './fresh49/en';
import { fresh49Zh } from './fresh49/zh';
import { heldoutEn } from './heldout/en';
import { heldoutZh } from './heldout/zh';
import { heldout2En } from './heldout2/en';
import { heldout2Zh } from './heldout2/zh';
import { heldout3En } from './heldout3/en';
import { heldout3Zh } from './heldout3/zh';
import { heldout4En } from './heldout4/en';
import { heldout4Zh } from './heldout4/zh';
import { heldout5En } from './heldout5/en';
import { heldout5Zh } from './heldout5/zh';
import type { Phrasing } from './ops';
import { sameEdit } from './sameEdit';
import { zh } from './zh';

/** The phrasing sets the benches read, and how they read a phrasing's operations. */
export type Corpus = [string, Phrasing['want']][];

/** The draft every phrasing is read against: 3 moments and 1 text, no music. */
const CONTEXT = { moments: 3, texts: 1, music: false };

/** Each set with its English and its Chinese phrasings, in the order they were written. */
export const corpora: [string, Corpus, Corpus][] = [
  ['tuned', en, zh], ['held-out', heldoutEn, heldoutZh], ['held-out 2', heldout2En, heldout2Zh],
  ['held-out 3', heldout3En, heldout3Zh], ['held-out 4', heldout4En, heldout4Zh], ['held-out 5', heldout5En, heldout5Zh],
  ['held-out 6', heldout6En, heldout6Zh], ['held-out 6b', [], heldout6bZh],
  ['held-out 7', heldout7En, heldout7Zh],
  ['held-out 8', heldout8En, heldout8Zh],
  ['held-out 9', heldout9En, heldout9Zh],
  ['held-out 10', heldout10En, heldout10Zh],
  ['held-out 11', heldout11En, heldout11Zh],
  ['held-out 12', heldout12En, heldout12Zh],
  ['held-out 13', heldout13En, heldout13Zh],
  ['held-out 14', heldout14En, heldout14Zh],
  ['held-out 15', heldout15En, heldout15Zh],
  ['held-out 16', heldout16En, heldout16Zh],
  ['held-out 16b', heldout16bEn, heldout16bZh],
  ['held-out 17', heldout17En, heldout17Zh],
  ['held-out 17b', heldout17bEn, heldout17bZh],
  ['held-out 18', heldout18En, heldout18Zh],
  ['held-out 18b', heldout18bEn, heldout18bZh],
  ['held-out 19', heldout19En, heldout19Zh],
  ['held-out 19b', heldout19bEn, heldout19bZh],
  ['held-out 20', heldout20En, heldout20Zh],
  ['held-out 20b', heldout20bEn, heldout20bZh],
  ['held-out 21', heldout21En, heldout21Zh],
  ['held-out 22', heldout22En, heldout22Zh],
  ['held-out 23', heldout23En, heldout23Zh],
  ['held-out 24', heldout24En, heldout24Zh],
  ['held-out 25', heldout25En, heldout25Zh],
  ['held-out 26', heldout26En, heldout26Zh],
  ['held-out 27', heldout27En, heldout27Zh],
  ['held-out 28', heldout28En, heldout28Zh],
  ['held-out 29', heldout29En, heldout29Zh],
  ['held-out 30', heldout30En, heldout30Zh],
  ['held-out 31', heldout31En, heldout31Zh],
  ['held-out 32', heldout32En, heldout32Zh],
  ['held-out 33', heldout33En, heldout33Zh],
  ['held-out 34', heldout34En, heldout34Zh],
  ['held-out 35', heldout35En, heldout35Zh],
  ['held-out 36', heldout36En, heldout36Zh],
  ['held-out 37', heldout37En, heldout37Zh],
  ['held-out 39', heldout39En, heldout39Zh],
  ['held-out 40', heldout40En, heldout40Zh],
  ['held-out 41', heldout41En, heldout41Zh],
  ['held-out 42', heldout42En, heldout42Zh],
  ['held-out 43', heldout43En, heldout43Zh],
  ['held-out 44', heldout44En, heldout44Zh],
  ['held-out 45', heldout45En, heldout45Zh],
  ['held-out 46', heldout46En, heldout46Zh],
  ['held-out 47', heldout47En, heldout47Zh],
  ['held-out 48', heldout48En, heldout48Zh],
  ['fresh 28', fresh28En, fresh28Zh],
  ['fresh 38', fresh38En, fresh38Zh],
  ['fresh 49', fresh49En, fresh49Zh],
];

/** Compared as JSON, with an upload named by its ordinal word or its number alike ("first" and "1" pick the same file). */
const UPLOAD_ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5' };
export const normal = (ops: EditOp[]) => JSON.parse(JSON.stringify(ops), (key, v: unknown) =>
  key === 'files' && Array.isArray(v) ? v.map((file: string) => UPLOAD_ORDINALS[file] ?? file) : v) as EditOp[];

/**
 * A phrasing as the engine acts on it against the benches' draft: the operations it makes (none when the reading is
 * unsure and the reply asks first), the words it left unread, and the operations it asked about (empty when sure).
 */
export function read(say: string): { ops: EditOp[]; unknown: string[]; asked: EditOp[] } {
  const parsed = parseInstruction(say, CONTEXT);
  const unsure = unsureOf(say, parsed) !== undefined;
  return { ops: unsure ? [] : parsed.ops, unknown: parsed.unknown, asked: unsure ? parsed.ops : [] };
}

/**
 * How a phrasing was read: understood when its operations make the draft expected (sameEdit) and nothing is left
 * unread (a must-change-nothing phrasing: no operation that changes the draft, asked about or not); the right edit with words left unread is
 * still a miss (the reply names words it did not understand) but not a wrong edit, since the draft is what was asked;
 * a reading asked about first is a miss but no wrong edit, since the draft is unchanged until the user says yes.
 */
export function verdict(want: EditOp[], { ops, unknown, asked }: ReturnType<typeof read>): 'understood' | 'unread' | 'wrong' | 'asked' | 'miss' {
  if (want.length === 0) return sameEdit(normal(ops), [], CONTEXT.texts) ? 'understood' : 'wrong';
  if (asked.length > 0) return 'asked';
  const draftLike = sameEdit(normal(ops), normal(want), CONTEXT.texts);
  if (draftLike) return unknown.length === 0 ? 'understood' : 'unread';
  return ops.length > 0 ? 'wrong' : 'miss';
}
