import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 12 Chinese set (second part) the grammar used to miss or misread: each case
 * asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const music = (volume = 0.35) => ({ op: 'add_music', track: 'lofi', volume, duck: true }) as const;

describe('edit agent: held-out 12 Chinese phrasing classes (2) → exact operations', () => {
  describe('a word typed by its sound (pinyin input): 到出 is 导出, 因乐 is 音乐, 甭 is 别', () => {
    table([
      ['好嘞 到出', [{ op: 'export', format: 'mp4' }]],
      ['到出gif吧', [{ op: 'export', format: 'gif' }]],
      ['配个因乐，百分之三十', [music(0.3)]],
      ['因乐声音小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['第三段甭要了', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['甭加字幕', '甭配乐了，太吵', '走到出口那段我还没看', '原因乐观']);
  });

  describe('a slip taken back: 算了 (就/直接) before the value meant, a bare 不 with its pause, 算了不加了 withdrawing the request', () => {
    table([
      ['剪成两分钟，还是一分半吧', [{ op: 'compile_best_moments', target_ms: 90_000 }]],
      ['剪个精彩片段，一分钟…算了就四十秒吧', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      ['做个集锦，三分钟，不对，两分半', [{ op: 'compile_best_moments', target_ms: 150_000 }]],
      ['剪个40秒的，算了直接20秒', [{ op: 'compile_best_moments', target_ms: 20_000 }]],
      ['删掉第一段，不，第三段', [{ op: 'remove_moment', index: 3 }]],
      ['音乐调到50%……不，30%', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['标题放上面，算了就放下面', [{ op: 'edit_text', position: 'bottom' }]],
      ['剪成两分钟，算了，导出吧', [{ op: 'compile_best_moments', target_ms: 120_000 }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['加个字幕 算了不加了', '加个转场，算了不要了', '导出一下，算了不用了', '加点音乐，不对，不要了', '换成竖屏…算了不换了']);
  });
});
