import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * The phrasing classes of the held-out 14 Chinese set the grammar used to leave unread (nothing or not all read):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing.
 */

describe('edit agent: held-out 14 Chinese phrasing classes left unread → exact operations', () => {
  describe('traditional characters read as their simplified forms (刪, 無聲, 點, 標題, 音樂)', () => {
    table([
      ['靜音的地方全部刪掉', [{ op: 'remove_dead_air' }]],
      ['第三段刪除', [{ op: 'remove_moment', index: 3 }]],
      ['把音樂關掉', [{ op: 'remove_music' }]],
      ['第一段放慢為零點五倍', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
    ]);
    nothing(['標題好看嗎？', '第三段別刪']);
  });

  describe('Wu words: 删脱 (伊) is a removal, 得勿好 a complaint', () => {
    table([
      ['第二段拍得勿好，剪脱伊', [{ op: 'remove_moment', index: 2 }]],
      ['最后一段删脱', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['第二段拍得勿好', '勿要删脱']);
  });

  describe('削去, 削掉: a length cut off, as 剪掉', () => {
    table([
      ['第一段结尾，削掉三秒', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['第二段削去1秒', [{ op: 'trim_moment', index: 2, by_ms: 1000 }]],
    ]);
    nothing(['第二段别削掉', '削苹果那段好看']);
  });

  describe('a file made the 底图 (作为, 当, 做) is the backdrop', () => {
    table([
      ['把 bg.jpg 当底图', [{ op: 'set_background', background: 'bg.jpg' }]],
      ['用 sky.png 做底图', [{ op: 'set_background', background: 'sky.png' }]],
    ]);
    nothing(['底图是什么？']);
  });

  describe('出片 once the work is done (弄好, 剪完, 直接, 就) is the export', () => {
    table([
      ['剪完了直接出片', [{ op: 'export', format: 'mp4' }]],
      ['弄好了就出片吧', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['这里很好出片', '出片率很高', '还不要出片']);
  });

  describe('a moment put at the front in other words (放头前, 放前头) or at a place by its number alone (放第一个, 放第二位)', () => {
    table([
      ['第二段放前头', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['最后一段放第二个', [{ op: 'move_moment', index: 3, to: 2 }]],
      ['第三段放第一位', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['讲价那段放头前，就是第二段', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['第二段放第一个吗', '第三段放得不错']);
  });

  describe('the last command cancelled (取消上一条命令, 取消刚才的操作) is an undo; what was just undone brought back (刚撤掉的) is a redo', () => {
    table([
      ['取消上一条命令', [{ op: 'undo' }]],
      ['取消刚才的操作', [{ op: 'undo' }]],
      ['把刚撤掉的还原回来', [{ op: 'redo' }]],
    ]);
    nothing(['取消上一个片段', '上一条命令是什么？']);
  });

  describe('silence said as 静默 (静默片段, 静默的部分) is dead air', () => {
    table([
      ['把静默的部分剪掉', [{ op: 'remove_dead_air' }]],
      ['静默片段都删了', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['静默片段别删', '静默的部分多吗？']);
  });

  describe('asides beside a request: a slip left unsaid whose (讲错了), later on (后头, 以后, 晚点), a slow network, a change of mind', () => {
    table([
      ['第一段删掉，说错了', [{ op: 'remove_moment', index: 1 }]],
      ['原声关掉，我们以后自己配', [{ op: 'set_source_volume', volume: 0 }]],
      ['第二段删掉，晚点我自己补', [{ op: 'remove_moment', index: 2 }]],
      ['720p就行，公司网速太慢', [{ op: 'set_resolution', resolution: '720p' }]],
      ['撤销，我又反悔了', [{ op: 'undo' }]],
      ['重做，还是想要', [{ op: 'redo' }]],
    ]);
    nothing(['说错了', '公司网速太慢', '我又反悔了']);
    // Beside an edit that is no step back or forward, a change of mind may be about that edit: left unread.
    it('a change of mind beside another edit stays unread', () => {
      for (const phrase of ['第二段删掉，后悔了', '音乐加上，我改主意了']) assert.notDeepEqual(understood(phrase).unknown, [], phrase);
    });
  });

  describe('a better look wished in no way the editor acts on (巴适点, 好看点, 高级一点), and office jargon (形成闭环, 结果导向, 底层逻辑是…)', () => {
    table([
      ['剪成一分钟，好看点', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['竖屏，弄得高级一点', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加背景，实现闭环', [{ op: 'set_background', background: 'aurora' }]],
      ['要坚持结果导向，导出mp4', [{ op: 'export', format: 'mp4' }]],
      ['出发点是让客户看清楚，第二段放慢', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['颗粒度要细一点，第三段删掉', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['好看点吗', '聚焦抓手', '第二段调亮一点，好看些']);
  });
});
