import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 35, numbers in a Chinese message that are not the request: a multiple the business or the product grew or beats
 * others by (性能提升了3倍, 用户数是去年的3倍, 2倍的销量, 比竞品快5倍; simplified or traditional) is no speed; how long the
 * speaker talked or the product takes (5分钟讲了3个功能, 加载只要2秒) and a length for each part (每个功能留10秒) are no
 * length of the clip; downloads counted (2万次下载, 下载量) are no export. Own wordings (not the bench's lines), against a
 * draft of 3 moments and 1 text: the request beside such a number read alone, the number's clause changing nothing; and
 * the same figures asked of the clip still read.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 35, Chinese numbers that are not the request', () => {
  describe('a multiple of growth or of a comparison is no speed', () => {
    sure([
      ['新版本性能提升了3倍，帮我加个标题「性能提升3倍」', [{ op: 'add_text', text: '性能提升3倍', style: 'title' }]],
      ['我们的引擎比竞品快5倍，去掉停顿', [{ op: 'remove_dead_air' }]],
      ['效率提高了两倍，音乐小声一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['營收翻了3倍，幫我做成直的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['这个视频有3.5倍的转化提升，做成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['销量翻了2倍，加音乐', [music]],
    ]);
    nothing(['性能提升了3倍', '双十一做了2倍的销量', '用户数是去年的3倍', '比竞品快5倍', '效率提高两倍', '3.5倍的性能提升，这段保留']);
    notSure(['双十一做了2倍的销量，导出1080p', '今年用户数是去年的3倍，做个30秒的精华']);
    // A multiple of the clip's own speed, or one with a speed word beside it, is still the speed asked.
    sure([
      ['3倍', [{ op: 'set_speed', factor: 3 }]],
      ['加速3倍', [{ op: 'set_speed', factor: 3 }]],
      ['比原来快2倍', [{ op: 'set_speed', factor: 2 }]],
      ['整体3倍速', [{ op: 'set_speed', factor: 3 }]],
      ['第二段2倍', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ]);
  });

  describe('how long it took, and a length for each part, are no length of the clip', () => {
    nothing(['5分钟讲了3个功能', '10分钟讲完了', '加载只要2秒', '只需3秒就能出图，这是卖点', '每个功能留10秒左右', '每段8秒', '一共讲了5个功能，每个留10秒左右']);
    notSure(['5分钟讲了3个功能，剪成1分钟', '每段8秒，一共做个精华']);
    sure([
      ['讲了20分钟，剪成1分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['1分钟讲完', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['每段之间加 2 秒淡化', [{ op: 'crossfade', ms: 2000 }]],
    ]);
  });

  describe('downloads counted are no export', () => {
    nothing(['上个月有2万次下载']);
    notSure(['App下载量破10万了，加背景音乐']);
    sure([
      ['下载', [{ op: 'export', format: 'mp4' }]],
      ['帮我下载一份', [{ op: 'export', format: 'mp4' }]],
    ]);
  });
});
