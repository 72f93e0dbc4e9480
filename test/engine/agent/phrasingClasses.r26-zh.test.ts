import { nothing, table } from './phrasingTable';

/**
 * Round 26's Chinese classes (found in the lines of held-out 26 and older sets not read, asked first or left unread):
 * each a way of asking, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that
 * must change nothing.
 */
describe('edit agent: round 26 Chinese classes → exact operations or nothing', () => {
  describe('the recording\'s sound said other ways (原音, 声儿, a dialect\'s 嘞/哩 for 的) is 原声', () => {
    table([
      ['原音调到百分之六十', [{ op: 'set_source_volume', volume: 0.6 }]],
      ['把原音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['原音开到120%', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['原来哩声音调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['原来滴声儿关掉', [{ op: 'set_source_volume', volume: 0 }]],
      // 原音乐 is the music as it was, not the recording's sound.
      ['原音乐关掉', [{ op: 'remove_music' }]],
    ]);
    nothing(['大声儿点', '这声儿好听', '原音是什么']);
  });

  describe('a speed or a level put, brought or dropped to a figure (放到, 搞到, 降到, 至) is set to it', () => {
    table([
      ['第二段速度放到1.5', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['速度放到两倍', [{ op: 'set_speed', factor: 2 }]],
      ['原声降到三成', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['音乐音量搞到百分之二十', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['背景音乐调至30%', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['第三段剪至五秒', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      // A moment put somewhere is moved, as before.
      ['第一段放到最后', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    nothing(['速度放到最后再说', '音量降到多少合适？']);
  });

  describe('words spaced apart, none a request alone, are one request when together they read as one', () => {
    table([
      ['视频 声音 调到百分之五十', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['原来的 声音 关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['第二段 速度 放到 两倍', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['背景音乐 音量 调到三成', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
    nothing(['视频 声音 怎么样', '第二段 速度 还行', '收工了 今天不用导出 明天再说']);
  });

  describe('a slip typed between spaces (… 不对 …, … 说错了 …) takes back the request before it, as after a comma', () => {
    table([
      ['剪成30秒 不对 要40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['音乐调到50% 说错了 40%', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['改成 16:9 不对 要 1:1', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['删掉第二段 不对不对 第三段', [{ op: 'remove_moment', index: 3 }]],
      ['转场一秒 哦不 半秒', [{ op: 'crossfade', ms: 500 }]],
    ]);
    // A lone 不是 says what something is not.
    nothing(['这个 不是 我要的', '不对 不对']);
  });

  describe('an undo told as done (刚才撤了, 已经撤销了), then what it took brought back, is a redo', () => {
    table([
      ['刚才撤了，重新做回来', [{ op: 'redo' }]],
      ['我刚撤掉了，还原回来', [{ op: 'redo' }]],
      ['刚才撤掉了 重新做回来', [{ op: 'redo' }]],
      // Told as done but read as an undo asked, it is taken back all the same (not two undos).
      ['已经撤销了，还原回来吧', [{ op: 'redo' }]],
      ['刚刚撤回了，给我恢复回来', [{ op: 'redo' }]],
    ]);
    nothing(['刚才撤了', '刚才撤了 不要恢复']);
  });

  describe('a file named, then pointed back to as the one to use (… 就用这个), is the one used', () => {
    table([
      ['market.mp4 就用这个', [{ op: 'use_sources', files: ['market.mp4'] }]],
      ['我那个 clip-2.mov 只要这一个视频', [{ op: 'use_sources', files: ['clip-2.mov'] }]],
      ['b.mp4 就用这一个就行', [{ op: 'use_sources', files: ['b.mp4'] }]],
    ]);
    nothing(['market.mp4 不用这个', 'market.mp4 是哪一个']);
  });

  describe('the video asked edited in general words (把视频弄一下, 拾掇拾掇, 删繁就简) beside the clip asked is that clip', () => {
    table([
      ['把这个视频弄一下，剪成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['帮我把视频处理一下，剪成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['帮我剪一下这个视频，三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['把这段录像整理一下，控制在三分钟左右', [{ op: 'compile_best_moments', target_ms: 180000 }]],
      ['麻烦把我们的活动影片收拾一下，剪个一分钟的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['edit this video for me, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['please trim the recording, 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    // Alone, or asked about, it names no edit.
    nothing(['把这个视频弄一下', '这个视频弄好了吗', 'edit this video for me']);
  });

  describe('the whole video named alone before spaced requests (整个影片 …, 全片 …) goes with them', () => {
    table([
      ['全片 淡入两秒 转场一秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'crossfade', ms: 1000 }]],
      ['整个影片 淡出三秒 转场半秒', [{ op: 'fade', target: 'clip', out_ms: 3000 }, { op: 'crossfade', ms: 500 }]],
      ['整个视频 剪成三十秒 导出gif', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['整个视频 好看吗']);
  });

  describe('放快 (played faster) is a speed-up, and a "no" to cutting after it keeps the stretch', () => {
    table([
      ['静止的地方 放快两倍 不要剪掉', [{ op: 'speed_up_idle', factor: 2 }]],
      ['没人动的部分 放快三倍 别删掉', [{ op: 'speed_up_idle', factor: 3 }]],
      ['放快一点', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
  });

  describe('the Singlish tag typed with Chinese punctuation ("… can？", "… can or not？") asks nothing', () => {
    table([
      ['加个音乐，音量百分之三十 can？', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['导出 gif can？', [{ op: 'export', format: 'gif' }]],
      ['第二段删掉 can or not？', [{ op: 'remove_moment', index: 2 }]],
      ['add music at 20% can？', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
    ]);
    nothing(['what can？']);
  });

  describe('还有 spaced after quoted words opens a request of its own; Taiwan\'s 汇出 is an export', () => {
    table([
      ['片头卡片「开业大吉」 还有 导出 gif', [{ op: 'add_card', card: 'intro', text: '开业大吉', duration_ms: 2000 }, { op: 'export', format: 'gif' }]],
      ['加一个片尾卡片「下次见」 还有 汇出 mov', [{ op: 'add_card', card: 'outro', text: '下次见', duration_ms: 2000 }, { op: 'export', format: 'mov' }]],
      ['标题写「你好」 还有 音乐调小一点', [{ op: 'add_text', text: '你好', style: 'title' }, { op: 'set_music_volume', change: 'quieter' }]],
      ['汇出 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      // 但是 after the quote says more of the text; inside the quote, 还有 is the text's.
      ['加个字幕“下午好” 但是放在底部', [{ op: 'add_text', text: '下午好', style: 'caption', position: 'bottom' }]],
      // Inside the quote, 还有 is the text's.
      ['加字幕「还有三天」', [{ op: 'add_text', text: '还有三天', style: 'caption' }]],
    ]);
  });
});
