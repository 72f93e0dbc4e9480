import { table, nothing } from './phrasingTable';

/**
 * Round 30's Chinese classes (found from the opened sets' misses, no bench lines): each read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must stay as they were.
 */

describe('edit agent: round 30 Chinese classes → exact operations or nothing', () => {
  describe('idle stretches named, "don\'t cut" and a speed-up after it with spaces: the speed-up keeps them', () => {
    table([
      ['没人讲话的地方 不要剪 快进两倍', [{ op: 'speed_up_idle', factor: 2 }]],
      ['画面不动的地方 别剪 加速就行', [{ op: 'speed_up_idle', factor: 4 }]],
      ['冇人郁嘅位 唔好剪走 快啲播过去', [{ op: 'speed_up_idle', factor: 4 }]],
      ['等加载嗰啲位 唔好剪 快进五倍', [{ op: 'speed_up_idle', factor: 5 }]],
      // Said as the first of two steps (先 … 再), the whole kept is a step of its own.
      ['先全部保留不要剪，再把没人说话的地方加速三倍', [{ op: 'keep_everything' }, { op: 'speed_up_idle', factor: 3 }]],
      // Said plainly, keeping everything is how the speed-up is done.
      ['保留全部，没人说话的地方加速三倍', [{ op: 'speed_up_idle', factor: 3 }]],
      // The speed-up refused with the cut: the whole kept.
      ['空闲的地方不要快进 不要剪', [{ op: 'keep_everything' }]],
      ['不要剪快进', [{ op: 'keep_everything' }]],
    ]);
  });

  describe('what is refused, then 直接 (instead) after a space, is a request of its own', () => {
    table([
      ['竖屏 两边不要黑边 直接裁满', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
      ['两边不要模糊 直接裁满', [{ op: 'set_fill', fill: 'crop' }]],
      ['不要音乐 直接导出', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('the sides left empty, then what fills them', () => {
    table([
      ['上下多出来的地方 用模糊补上', [{ op: 'set_fill', fill: 'blur' }]],
      ['两侧空着的 用虚化填', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
  });

  describe('the recording\'s own sound said by whose it is, and a bare level after louder or softer', () => {
    table([
      ['录像自带的声音小一点 七十', [{ op: 'set_source_volume', volume: 0.7 }]],
      ['视频本身的声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['原声大一点 150', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['音乐小点 六十', [{ op: 'set_music_volume', volume: 0.6 }]],
    ]);
    nothing(['我自己的声音大一点']);
  });

  describe('dead air and keep-all said colloquially', () => {
    table([
      ['没人说话的地方 全部咔嚓掉', [{ op: 'remove_dead_air' }]],
      ['影片全都放进去', [{ op: 'keep_everything' }]],
      ['一刀也无剪', [{ op: 'keep_everything' }]],
      ['素材原样上时间线', [{ op: 'keep_everything' }]],
      ['显示时间线', [{ op: 'show_tracks' }]],
    ]);
    nothing(['咔嚓一声']);
  });

  describe('homophone slips of pinyin input in the grammar\'s own words', () => {
    table([
      ['件成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['剪成两份钟', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['给我看看轨到', [{ op: 'show_tracks' }]],
    ]);
    nothing(['一件成品', '音轨到第二段']);
  });

  describe('a length after a fade, with sudah (that\'s it) closing it; 卡 (more so) before slower', () => {
    table([
      ['结尾淡出 两秒 sudah', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['卡快一点', [{ op: 'set_speed', factor: 1.5 }]],
      ['卡住的地方删掉', [{ op: 'remove_dead_air' }]],
    ]);
  });

  describe('"wherever" (哪里 … 就) is no question; the last step refused said again is one undo', () => {
    table([
      ['光标点哪里就跟着放大', [{ op: 'set_zoom', mode: 'auto' }]],
      ['刚刚的上一步不要，撤回', [{ op: 'undo' }]],
    ]);
    nothing(['哪里有问题？']);
  });
});
