import { table, nothing } from './phrasingTable';

/**
 * Round 24's Chinese wrong edits, by the way of asking behind them: each class read in new wordings of it (against a
 * draft of 3 moments and 1 text), and the look-alikes that must be read otherwise or change nothing.
 */

describe('edit agent: round 24 Chinese wrong edits → exact operations or nothing', () => {
  describe('Cantonese words (唔好, 唔要, 啱啱, 上载, 嗰张相, 同 as "and") read as their Mandarin ones, before any rule reads them', () => {
    table([
      ['两边唔好黑边，用模糊填', [{ op: 'set_fill', fill: 'blur' }]],
      ['用我啱啱上载嘅图做背景', [{ op: 'set_background', background: 'image' }]],
      ['背景用我上载嗰张相', [{ op: 'set_background', background: 'image' }]],
      ['第一段同第三段删咗佢', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]],
      ['只要第二个文件同第三个文件', [{ op: 'use_sources', files: ['2', '3'] }]],
      ['只要 first file 同 third file', [{ op: 'use_sources', files: ['1', '3'] }]],
      // 同 not between two parts named is no "and".
      ['我同你讲 第二段删掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['字幕唔好太大', '唔好意思']);
  });

  describe('another upload said to be something after the one chosen ("…，第一个拍糊了") is why, never one more to use', () => {
    table([
      ['只用第三个文件 第一个拍糊了', [{ op: 'use_sources', files: ['3'] }]],
      ['只用 b.mp4 另一个是测试的', [{ op: 'use_sources', files: ['b.mp4'] }]],
      ['就用第一个视频 第二个录歪了', [{ op: 'use_sources', files: ['1'] }]],
      ['只用 second video 第一个是废片', [{ op: 'use_sources', files: ['2'] }]],
      ['只用第二个文件 第一个文件太暗了', [{ op: 'use_sources', files: ['2'] }]],
      // Said to be wanted too, it is one more; a moment after it is no upload.
      ['只用第二个文件 第一个文件也要', [{ op: 'use_sources', files: ['2', '1'] }]],
      ['只用第一个视频，第二个段删掉', [{ op: 'use_sources', files: ['1'] }, { op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('the ducking named as a setting (压低, 闪避) and switched on or off', () => {
    table([
      ['压低关掉', [{ op: 'set_ducking', duck: false }]],
      ['讲话时的压低打开', [{ op: 'set_ducking', duck: true }]],
      ['打开闪避', [{ op: 'set_ducking', duck: true }]],
      ['自动压低关了吧', [{ op: 'set_ducking', duck: false }]],
      ['导出一版mp4 然后压低关掉 再导出一版mp4', [{ op: 'export', format: 'mp4' }, { op: 'set_ducking', duck: false }, { op: 'export', format: 'mp4' }]],
      // The music made quieter is no switch.
      ['音乐压低一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['把背景音乐压低', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('走 after a taking verb (拿走, 撤走) is "away": the part removed', () => {
    table([
      ['标题撤走', [{ op: 'remove_text' }]],
      ['背景拿走', [{ op: 'remove_background' }]],
      ['拿走第一段', [{ op: 'remove_moment', index: 1 }]],
      ['音乐拿走 再出一个webm', [{ op: 'remove_music' }, { op: 'export', format: 'webm' }]],
      ['先导出一个gif 然后把字幕拿走 再导出一个gif', [{ op: 'export', format: 'gif' }, { op: 'remove_text' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['我走了', '走起']);
  });

  describe('减掉 with no amount after it is 剪掉 typed by its sound: the moment taken out whole', () => {
    table([
      ['第二段减掉吧', [{ op: 'remove_moment', index: 2 }]],
      ['把第一段减掉', [{ op: 'remove_moment', index: 1 }]],
      ['最后一段减掉，然后导出', [{ op: 'remove_moment', index: 3 }, { op: 'export', format: 'mp4' }]],
      // With an amount, it is the part taken off.
      ['第二段减掉三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第一段减掉一点', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
    ]);
  });

  describe('淡如 (danru) said as a fade is 淡入 typed by its sound', () => {
    table([
      ['开头淡如两秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['视频开头加个淡如', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['片头淡如，片尾淡出', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['结尾淡如淡出', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
    nothing(['平淡如水的那段删掉', '画面淡如烟']);
  });

  describe('stretches named as where there is no work (没活儿的时候, 没事干的地方) are the idle ones', () => {
    table([
      ['没事干的时候快进四倍', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没活干的时候加速 八倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['没活儿的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['没事干的部分快放 别删', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['没事的话快放一下吗？', '没事，不用改']);
  });

  describe('a moment shortened by no amount, then a length, is that moment made that long (no clip of the best moments)', () => {
    table([
      ['第三段再短些，留四秒', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['第一段缩短点，改成六秒', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
      ['第二段剪短一点，剪到五秒', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['trim clip 2 a bit, down to 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['shorten the last clip, make it 5 seconds', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      // The whole video's length, or an amount said with the trim, leaves both edits.
      ['第一段短一点，整个视频剪到三十秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['第一段剪短两秒，剪到三十秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('streaming live to a platform (推流到抖音, "livestream it to TikTok") is nothing the product does: no shape picked', () => {
    nothing(['推流到快手', '帮我直播到B站', '能直接推流到视频号吗', 'livestream it to tiktok', 'can you livestream this on youtube']);
    table([
      ['做成抖音的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['发抖音用的 竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('unquoted words after a text asked, closed by a yes/no tag (可以吗, 行不行, 得唔得), ask; they are no words to show', () => {
    nothing(['加个字幕 自动翻译可以吗', '加个标题 自动生成行不行', '加个字幕 自动识别得唔得', '加个标题 AI 生成可不可以']);
    table([
      ['加个标题 春季上新', [{ op: 'add_text', text: '春季上新', style: 'title' }]],
      ['加个字幕 你好世界', [{ op: 'add_text', text: '你好世界', style: 'caption' }]],
    ]);
  });
});
