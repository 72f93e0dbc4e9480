import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * The phrasing classes of the held-out 11 Chinese set the grammar used to miss or misread: each case asserts the exact
 * operations (against a draft of 3 moments and 1 text), and the wordings that must change nothing.
 */
const ops = (phrase: string): EditOp[] => parseInstruction(phrase, { moments: 3, texts: 1 }).ops;
const understood = (phrase: string) => parseInstruction(phrase, { moments: 3, texts: 1 });
const table = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops: expected, unknown: [] }));
};
const nothing = (phrases: string[]) => it(`changes nothing: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) assert.deepEqual(ops(phrase), [], phrase);
});

describe('edit agent: held-out 11 Chinese phrasing classes → exact operations', () => {
  describe('a music file named, in any script, is the new music; the level said with it is its own; the words of its name say nothing', () => {
    table([
      ['音乐换成 晚风2号.mp3', [{ op: 'add_music', track: '晚风2号.mp3', volume: 0.35, duck: true }]],
      ['配乐用 demo混音.wav，音量40%', [{ op: 'add_music', track: 'demo混音.wav', volume: 0.4, duck: true }]],
      ['背景音乐用我传的 slower_day.mp3', [{ op: 'add_music', track: 'slower_day.mp3', volume: 0.35, duck: true }]],
      ['换成我自己做的 track_07.m4a', [{ op: 'add_music', track: 'track_07.m4a', volume: 0.35, duck: true }]],
      ['bgm换成 ab轻快版.mp3 音量调到20%', [{ op: 'add_music', track: 'ab轻快版.mp3', volume: 0.2, duck: true }]],
    ]);
    nothing(['音乐换成 song.mp3 吗？', '不要用 song.mp3', '导出 song.mp3']);
  });
});
