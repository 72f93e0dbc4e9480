import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { nothing, ops, table } from './phrasingTable';

/**
 * Round 21's messages carrying several requests (no bench lines): each a class of how requests are split, joined and
 * carried over, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing or not be read that way.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const EXPORT = { op: 'export', format: 'mp4' } as const;
const LOUDER = { op: 'set_music_volume', change: 'louder' } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;
const musicAt = (volume: number): EditOp => ({ ...MUSIC, volume });

/** Read as these operations, and sure of them (the reply edits, asking nothing first). */
const sure = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}" (sure)`, () => {
      const parsed = parseInstruction(phrase, { moments: 3, texts: 1, music: false });
      assert.deepEqual(parsed.ops, expected);
      assert.equal(unsureOf(phrase, parsed), undefined);
    });
  }
};

/** Read as these operations only (what is left over is left unread). */
const only = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) it(`"${phrase}" reads no more than that`, () => assert.deepEqual(ops(phrase), expected));
};

describe('edit agent: round 21 messages of several requests → exact operations or nothing', () => {
  describe('a list numbered item by item after semicolons (要求：1. …；2. …) holds no values in its numbers', () => {
    sure([
      ['1. 剪成30秒；2. 竖屏；3. 导出', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'set_aspect', aspect: '9:16' }, EXPORT]],
      ['要求：1）删掉第二段；2）加音乐；3）导出gif', [{ op: 'remove_moment', index: 2 }, MUSIC, { op: 'export', format: 'gif' }]],
      ['1. cut it to 20 seconds; 2. make it square; 3. export', [{ op: 'compile_best_moments', target_ms: 20000 }, { op: 'set_aspect', aspect: '1:1' }, EXPORT]],
      ['1) remove clip 3; 2) crossfade 0.5s', [{ op: 'remove_moment', index: 3 }, { op: 'crossfade', ms: 500 }]],
      ['步骤：1、删除第1段；2、整体淡出', [{ op: 'remove_moment', index: 1 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    // A figure after a semicolon that numbers no item is a value, read as one.
    sure([
      ['加音乐；50%', [musicAt(0.5)]],
      ['片段之间叠化；1.5秒', [{ op: 'crossfade', ms: 1500 }]],
    ]);
  });

  describe('after an export, the next version goes on about what was changed before it ("…, export, then louder and export again")', () => {
    table([
      ['add music, export, then make it louder and export again', [MUSIC, EXPORT, LOUDER, EXPORT]],
      ['put some music on, render it, then turn it down and render another', [MUSIC, EXPORT, QUIETER, EXPORT]],
      ['add music, export an mp4, then quieter and export a gif', [MUSIC, EXPORT, QUIETER, { op: 'export', format: 'gif' }]],
      ['加音乐，导一版，再小声点导一版', [MUSIC, EXPORT, QUIETER, EXPORT]],
      ['加背景音乐导一版，再大声一点导一版', [MUSIC, EXPORT, LOUDER, EXPORT]],
      ['放点音乐，先导一版，然后音乐调小点，再导一版', [MUSIC, EXPORT, QUIETER, EXPORT]],
      ['add zoom, export, then less and export again', [{ op: 'set_zoom', mode: 'auto' }, EXPORT, { op: 'set_zoom', mode: 'less' }, EXPORT]],
      // Another part named after the export is that part, not the one before.
      ['add music, export, then make it vertical and export again', [MUSIC, EXPORT, { op: 'set_aspect', aspect: '9:16' }, EXPORT]],
    ]);
    // With no music in the message, "louder" after an export has nothing to go on about: left unread.
    only([['make it vertical, export, then louder', [{ op: 'set_aspect', aspect: '9:16' }, EXPORT]]]);
    nothing(['louder', '调小点', 'then make it louder and export again later, not now?']);
  });

  describe('the music added before an export, asked again at another level, is its new level, not a second bed', () => {
    table([
      ['Add music 40%, export, then set the music to 25% and export again', [musicAt(0.4), EXPORT, { op: 'set_music_volume', volume: 0.25 }, EXPORT]],
      ['add music at 60 percent, export a gif, then put the music at 30 percent, export a webm', [musicAt(0.6), { op: 'export', format: 'gif' },
        { op: 'set_music_volume', volume: 0.3 }, { op: 'export', format: 'webm' }]],
      ['加音乐百分之五十，导一版，再把音乐调到百分之二十导一版', [musicAt(0.5), EXPORT, { op: 'set_music_volume', volume: 0.2 }, EXPORT]],
      ['加 BGM 40%，先导一版；再把 BGM 调到 10%，导一版', [musicAt(0.4), EXPORT, { op: 'set_music_volume', volume: 0.1 }, EXPORT]],
      // Taken away, or another kind of music, is still that.
      ['add music at 50%, export, then remove the music and export again', [musicAt(0.5), EXPORT, { op: 'remove_music' }, EXPORT]],
      ['add music, export, then add the upbeat music and export again', [MUSIC, EXPORT, { ...MUSIC, track: 'upbeat' }, EXPORT]],
    ]);
  });

  describe('a level, or 输出一版, before the version exported parts the two requests (调到20%导一版, 去掉片尾输出一版)', () => {
    table([
      ['把音乐调到20%导一版', [{ op: 'set_music_volume', volume: 0.2 }, EXPORT]],
      ['去掉片尾输出一版', [{ op: 'remove_card', card: 'outro' }, EXPORT]],
      ['加片头“春季上新”，输出一版', [{ op: 'add_card', card: 'intro', text: '春季上新', duration_ms: 2000 }, EXPORT]],
      ['先输出一版给我', [EXPORT]],
      ['加音乐 30% export 一版', [musicAt(0.3), EXPORT]],
    ]);
    nothing(['输出一版本的说明', '这是第一版输出的吗？']);
  });

  describe('"I want to compare", 我比一下, "A/B test": why the two versions are exported, beside them', () => {
    table([
      ['make it square, export, then vertical and export again, I want to compare', [{ op: 'set_aspect', aspect: '1:1' }, EXPORT, { op: 'set_aspect', aspect: '9:16' }, EXPORT]],
      ['add music, export, then remove the music and export again so I can compare', [MUSIC, EXPORT, { op: 'remove_music' }, EXPORT]],
      ['加音乐导一版，去掉音乐导一版，我对比一下', [MUSIC, EXPORT, { op: 'remove_music' }, EXPORT]],
      ['add music, export, remove music, export, A/B test', [MUSIC, EXPORT, { op: 'remove_music' }, EXPORT]],
      ['add music, export, remove music, export, for an A/B test', [MUSIC, EXPORT, { op: 'remove_music' }, EXPORT]],
    ]);
    nothing(['I want to compare', 'compare the two clips', '比一下', '我想对比一下第一段和第二段']);
  });

  describe('typed like a chat message, a space parts Chinese requests of different kinds ("整体1.5倍速 转场全部硬切")', () => {
    table([
      ['全片两倍速 转场都不要', [{ op: 'set_speed', factor: 2 }, { op: 'crossfade', ms: 0 }]],
      ['清空重来 剪成二十秒', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['第二段删了 导出gif', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'gif' }]],
      ['自动放大关掉 改成方的', [{ op: 'set_zoom', mode: 'off' }, { op: 'set_aspect', aspect: '1:1' }]],
      ['好的 改成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      // One request with a space in it, or words to show, stays one.
      ['剪成 三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['加个字幕 注意安全 放在最上面', [{ op: 'add_text', text: '注意安全', style: 'caption', position: 'top' }]],
    ]);
  });

  describe('a northern greeting opening the message ("ey up", "fit like", "wotcha") asks nothing', () => {
    table([
      ['ey up, mute the video', [{ op: 'set_source_volume', volume: 0 }]],
      ['eh up. remove the last clip', [{ op: 'remove_moment', index: 3 }]],
      ['fit like! make it 30 seconds, then export', [{ op: 'compile_best_moments', target_ms: 30000 }, EXPORT]],
      ['ay up mate, make it square and add music', [{ op: 'set_aspect', aspect: '1:1' }, MUSIC]],
      ['wotcha! add music and export', [MUSIC, EXPORT]],
    ]);
    nothing(['ey up', 'fit like?', 'make it fit like the original?']);
  });
});
