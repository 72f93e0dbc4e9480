import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * Found in session 27's user check ("cut this down to 10 seconds, music, lofi, …" lost the length): requests listed with
 * commas, where the music is named and then its bed right after it, are the listed requests with the music once (the
 * two music pieces were taken for two of a kind, and the whole list read as one clause by the music alone).
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const context = { moments: 3, texts: 1, music: false };
const readAs = (cases: [string, EditOp[]][]) => {
  for (const [phrase, ops] of cases) it(`"${phrase}"`, () => assert.deepEqual(parseInstruction(phrase, context), { ops, unknown: [] }));
};

describe('edit agent: a list with the music named, then its bed', () => {
  describe('the length and the other listed requests are kept beside the music', () => {
    readAs([
      ['45 seconds, music, lo-fi', [{ op: 'compile_best_moments', target_ms: 45000 }, MUSIC]],
      ['make it 20 seconds, the music, lofi, square', [{ op: 'compile_best_moments', target_ms: 20000 }, MUSIC, { op: 'set_aspect', aspect: '1:1' }]],
      ['30 seconds, music, music', [{ op: 'compile_best_moments', target_ms: 30000 }, MUSIC]],
    ]);
  });
  describe('look-alikes read as they were: two texts with their own words, two fades, the bed said first', () => {
    readAs([
      ["title 'A', title 'B'", [{ op: 'add_text', text: 'A', style: 'title' }, { op: 'add_text', text: 'B', style: 'title' }]],
      ['fade in, fade out', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['make it 10 seconds, lofi music', [{ op: 'compile_best_moments', target_ms: 10000 }, MUSIC]],
    ]);
  });
});
