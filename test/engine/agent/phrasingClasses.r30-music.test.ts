import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * Round 30's music said and changed in one message: each class read in new wordings of it (not the bench's lines),
 * against a draft of 3 moments and 1 text with no music, and the look-alikes that must read otherwise (with music there,
 * or no music asked).
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const noMusic = { moments: 3, texts: 1, music: false };
const withMusic = { moments: 3, texts: 1, music: true };

/** Each phrase read against this draft as exactly these operations, nothing left unread. */
const readAs = (context: typeof noMusic, cases: [string, EditOp[]][]) => {
  for (const [phrase, ops] of cases) it(`"${phrase}"`, () => assert.deepEqual(parseInstruction(phrase, context), { ops, unknown: [] }));
};

describe('edit agent: round 30 music said loosely and changed in one message → the music added first', () => {
  describe('music asked for loosely (a bed, "default", a verb of putting it in), beside a change of it, with no music yet', () => {
    readAs(noMusic, [
      ['配乐要 默认的 配乐淡出一秒', [MUSIC, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['背景音乐 默认那个 整起 音乐开头淡入三秒', [MUSIC, { op: 'fade', target: 'music', in_ms: 3000 }]],
      ['bgm 加上 默认 bgm大声一点', [MUSIC, { op: 'set_music_volume', change: 'louder' }]],
      ['the music, the lofi one, a bit quieter after', [MUSIC, { op: 'set_music_volume', change: 'quieter' }]],
      ['the music — the usual one — and fade the music in over 3 seconds', [MUSIC, { op: 'fade', target: 'music', in_ms: 3000 }]],
      ['加 bgm 默认的 导出 看看 然后 bgm 小声一点 再导出', [MUSIC, { op: 'export', format: 'mp4' }, { op: 'set_music_volume', change: 'quieter' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('a level said first and changed after, with no music yet: the first level is the added music\'s', () => {
    readAs(noMusic, [
      ['音乐调到百分之二十，导出一版，再把音乐调大一点导出一版', [{ ...MUSIC, volume: 0.2 }, { op: 'export', format: 'mp4' }, { op: 'set_music_volume', change: 'louder' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('look-alikes: a change alone, a refusal, or music there already stay as they were', () => {
    readAs(noMusic, [
      ['make the music quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐小声点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['music volume 40%', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['no lofi, just make the music quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐不要太大声', [{ op: 'set_music_volume', change: 'quieter' }]],
      // 加 the fade's own verb, 要 what the music must do: no music asked.
      ['配乐淡入淡出全加上', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 1000 }]],
      ['配乐太生硬了，加个淡出', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['我说话的时候配乐要自动小下去', [{ op: 'set_ducking', duck: true }]],
    ]);
    readAs(withMusic, [
      ['配乐要 默认的 配乐淡出一秒', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['the music, the lofi one, a bit quieter after', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('the music\'s ducking said as "it" lowered when someone speaks ("drop it when I talk"), beside the music added', () => {
    readAs(noMusic, [
      ['add music, 30 percent, and drop it when we talk', [{ ...MUSIC, volume: 0.3 }]],
      ['add the lofi track, lower it while we speak', [MUSIC]],
      ['put some music on and dip it whenever they talk', [MUSIC]],
    ]);
    // Not a part named ("drop the second clip"), nor "drop it" with no one speaking: a removal.
    readAs(noMusic, [
      ['drop the second clip when I talk', [{ op: 'remove_moment', index: 2 }]],
      ['add music, then drop it', [MUSIC, { op: 'remove_music' }]],
    ]);
  });
});
