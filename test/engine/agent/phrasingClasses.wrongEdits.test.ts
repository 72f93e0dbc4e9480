import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * Wrong edits the grammar made (session 10), each standing for a class: the right edit, or nothing when it cannot be
 * read without guessing (against a draft of 3 moments and 1 text).
 */
const ops = (phrase: string): EditOp[] => parseInstruction(phrase, { moments: 3, texts: 1 }).ops;
const understood = (phrase: string) => parseInstruction(phrase, { moments: 3, texts: 1 });
const table = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops: expected, unknown: [] }));
};
const nothing = (phrases: string[]) => it(`changes nothing: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) assert.deepEqual(ops(phrase), [], phrase);
});

const vertical: EditOp = { op: 'set_aspect', aspect: '9:16' };

describe('edit agent: wrong edits → the right edit or nothing', () => {
  describe('a vertical-only platform named as where the clip goes is 9:16 beside any edit; one with several shapes picks none', () => {
    table([
      ['export it for reels', [vertical, { op: 'export', format: 'mp4' }]],
      ['add some lofi music, this goes on tiktok', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, vertical]],
      ['导出一个mp4发抖音', [vertical, { op: 'export', format: 'mp4' }]],
      ['cut it to 40 seconds for youtube', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      ['剪成50秒发视频号', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
      ['vertical for linkedin', [vertical]],
    ]);
    nothing([
      'upload it to tiktok for me', 'what length is best for tiktok?', 'make this one for youtube', '弄成小红书的', 'for bilibili please',
      'not for tiktok',
    ]);
    it('a platform where something was heard is not where the clip goes', () => {
      assert.ok(!ops('add the song I heard on tiktok').some((op) => op.op === 'set_aspect'));
    });
  });
});
