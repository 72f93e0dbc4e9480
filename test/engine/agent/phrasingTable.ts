import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/** How the phrasing-class tests read a phrase: against a draft of 3 moments and 1 text. */
export const ops = (phrase: string): EditOp[] => parseInstruction(phrase, { moments: 3, texts: 1 }).ops;
export const understood = (phrase: string) => parseInstruction(phrase, { moments: 3, texts: 1 });
/** Each phrase read as exactly these operations, nothing left unread. */
export const table = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops: expected, unknown: [] }));
};
/** Each phrase read as exactly these operations, nothing left unread, and nothing in it to ask about first. */
export const sure = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}"`, () => {
      const parsed = understood(phrase);
      assert.deepEqual(parsed, { ops: expected, unknown: [] });
      assert.equal(unsureOf(phrase, parsed), undefined, phrase);
    });
  }
};
/** Phrases that may ask for something not read: some words stay unread, or the reply asks first. */
export const notSure = (phrases: string[]) => it(`stays unread or asked: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) {
    const parsed = understood(phrase);
    assert.ok(parsed.ops.length === 0 || parsed.unknown.length > 0 || unsureOf(phrase, parsed) !== undefined, phrase);
  }
});
/** Phrases that must change nothing (questions, refusals, look-alikes). */
export const nothing = (phrases: string[]) => it(`changes nothing: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) assert.deepEqual(ops(phrase), [], phrase);
});
