import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * The phrasing classes of the held-out 11 to 15 Chinese sets earlier rounds left (nothing, not all, or the wrong
 * thing read): each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes
 * that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: held-out 11–15 Chinese leftovers → exact operations', () => {
  describe('requests listed with 、 (剪40秒、横屏、配音乐): each its own request, a length cut first the clip\'s', () => {
    table([
      ['剪45秒、正方形、加音乐', [{ op: 'compile_best_moments', target_ms: 45000 }, { op: 'set_aspect', aspect: '1:1' }, MUSIC]],
      ['帮我剪个两分钟的、横屏、配个音乐', [{ op: 'compile_best_moments', target_ms: 120000 }, { op: 'set_aspect', aspect: '16:9' }, MUSIC]],
      ['竖屏、剪20秒', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['剪成40秒、竖屏、开头淡入', [{ op: 'compile_best_moments', target_ms: 40000 }, { op: 'set_aspect', aspect: '9:16' }, { op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
    nothing(['剪30秒、竖屏的那种好看吗', '第一段、第三段好看']);
  });

  describe('a moment described by what it shows and asked of, then named by its place (叠被子那段放慢，第二段，慢一半)', () => {
    table([
      ['揉面那段加快，第一段，两倍', [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['倒酒那段慢放，第三段0.5倍', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['跳水那段挪到最前面，是第二段', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['试吃那段删了，就是第三段', [{ op: 'remove_moment', index: 3 }]],
    ]);
    // Another kind of request at the place named leaves the description unread: no one said which moment it is.
    it('"揉面那段加快，第一段删掉": the description left unread', () => {
      assert.deepEqual(understood('揉面那段加快，第一段删掉'), { ops: [{ op: 'remove_moment', index: 1 }], unknown: ['揉面那段加快'] });
    });
    nothing(['揉面那段好看，第一段', '揉面那段加快吗？第一段']);
  });

  describe('a moment cut by a length with 掐 or 砍 (第一段掐2秒): that much off it', () => {
    table([
      ['第二段掐3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['最后一段砍5秒', [{ op: 'trim_moment', index: 3, by_ms: 5000 }]],
    ]);
    nothing(['第二段别掐3秒', '第二段掐3秒吗？']);
  });

  describe('no need for it (用不着, 用不上, 没必要): the reason beside a removal, or a refusal', () => {
    table([
      ['音乐删了，用不着', [{ op: 'remove_music' }]],
      ['第三段去掉，用不上', [{ op: 'remove_moment', index: 3 }]],
      ['背景去掉，没必要', [{ op: 'remove_background' }]],
    ]);
    nothing(['用不着加字幕', '没必要竖屏', '犯不着加音乐', '不必加片尾']);
  });

  describe('the recording\'s sound kept, then the level it is kept at (原声留着，音量100%)', () => {
    table([
      ['人声保留，音量90%', [{ op: 'set_source_volume', volume: 0.9 }]],
      ['原声留着，百分之七十', [{ op: 'set_source_volume', volume: 0.7 }]],
    ]);
    // Round 32 (the lead's brief: 原声留着 beside music added is no op; held-out 12 and 29 agree): the music added alone.
    table([['原声保留，加音乐，30%', [{ ...MUSIC, volume: 0.3 }]]]);
  });

  describe('hard cuts refused (别硬切, 不要硬切): a transition asked for, not none', () => {
    table([
      ['段落之间别硬切', [{ op: 'crossfade', ms: 500 }]],
      ['不要硬切了，溶解1秒', [{ op: 'crossfade', ms: 1000 }]],
      ['段落之间一律硬切', [{ op: 'crossfade', ms: 0 }]],
    ]);
    nothing(['别硬切吗？']);
  });

  describe('thanks closing a request (谢谢配合, 谢谢帮忙)', () => {
    table([
      ['第二段删掉，谢谢配合', [{ op: 'remove_moment', index: 2 }]],
      ['导出mp4，谢谢帮忙！', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['谢谢大家帮忙']);
  });
});
