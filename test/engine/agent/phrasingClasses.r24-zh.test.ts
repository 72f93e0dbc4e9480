import { table, nothing } from './phrasingTable';

/**
 * Round 24's Chinese classes (ways of asking behind the lines of held-out 23 and 24, and the older opened sets, that
 * were missed or asked about first): each read in new wordings of it (against a draft of 3 moments and 1 text), and the
 * look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 24 Chinese classes → exact operations or nothing', () => {
  describe('a moment set down (摆, Cantonese and Wu) where it goes, or to 最尾 (the very end), is moved there', () => {
    table([
      ['第一段摆去最尾', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第三段摆到最前面', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段摆喺最尾', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第二段摆第一个', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['第一段搬去最尾', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第二段挪到最尾嗰度', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    nothing(['摆拍的那段删掉', '第二段摆脱不了']);
  });

  describe('嫑 (northwest, one character for 不要) before cutting refuses the cut: everything kept', () => {
    table([
      ['嫑剪', [{ op: 'keep_everything' }]],
      ['嫑剪，全部留着', [{ op: 'keep_everything' }]],
      ['嫑切 原样放上去', [{ op: 'keep_everything' }]],
      ['没动静的地方嫑剪，快进过去', [{ op: 'speed_up_idle', factor: 4 }]],
      // Cut refused in English inside Chinese ("别cut") is the same refusal.
      ['别cut', [{ op: 'keep_everything' }]],
    ]);
    nothing(['嫑加速', '嫑剪太多']);
  });

  describe('the music named with "default" (mixed Chinese and English) is the default music', () => {
    table([
      ['背景音乐 default', [MUSIC]],
      ['BGM default，音量三成', [{ ...MUSIC, volume: 0.3 }]],
      ['配乐 default 的', [MUSIC]],
      // (A fade right after it, past a comma, is the music's: round 36.)
      ['背景音乐 default，淡入', [MUSIC, { op: 'fade', target: 'music', in_ms: 1000 }]],
    ]);
    nothing(['default 音量', 'default 的就行']);
  });

  describe('stretches where no one is at work (没事干, 闲着, Wu 个 for 的, a verb said back and forth) are the idle ones', () => {
    table([
      ['没事干的那些片段快进6倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ['闲着的时候快进四倍', [{ op: 'speed_up_idle', factor: 4 }]],
      ['等人没事做的地方加速 5倍，不要cut', [{ op: 'speed_up_idle', factor: 5 }]],
      ['没人动个地方快进 八倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['鼠标晃来晃去没动静的地方快进4倍', [{ op: 'speed_up_idle', factor: 4 }]],
      ['走来走去没人说话的部分加速三倍', [{ op: 'speed_up_idle', factor: 3 }]],
      // Back and forth, the verb's 去 is no removal; the removal asked outright still is one.
      ['刮来刮去没声音的地方删掉', [{ op: 'remove_dead_air' }]],
      ['我想来想去，还是把第二段删掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['我闲着的时候剪的', '没事']);
  });

  describe('a clock time after when something happens is the point a zoom is at, and a hold said with the zoom its length', () => {
    table([
      ['头鱼出水的时候 0:33 放大', [{ op: 'zoom_at', start_ms: 33000, duration_ms: 3000 }]],
      ['他上台那阵 0:48 放大一下', [{ op: 'zoom_at', start_ms: 48000, duration_ms: 3000 }]],
      ['猫跳起来的时候 0:07，放大，停两秒', [{ op: 'zoom_at', start_ms: 7000, duration_ms: 2000 }]],
      ['0:33 放大一下 停留五秒', [{ op: 'zoom_at', start_ms: 33000, duration_ms: 5000 }]],
      ['1:05 放大 两秒', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 2000 }]],
      ['0:12 zoom in 停 4 秒', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 4000 }]],
      ['进球那一下 1:05 拉近 四秒', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 4000 }]],
    ]);
    nothing(['他上台那阵 0:48', '今天那会儿 3:00 开会']);
  });

  describe('a request typed a word or a character at a time, spaces even inside a word, is one request', () => {
    table([
      ['加 黑 边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['音 乐 关 掉', [{ op: 'remove_music' }]],
      ['第 二 段 删 掉', [{ op: 'remove_moment', index: 2 }]],
      ['背景 音乐 加', [MUSIC]],
    ]);
    nothing(['不 加 音 乐', '谢 谢 你', '喂 在吗']);
  });

  describe('the video made (整成, 弄成, 搞成) or cut (切成) into a length of time is cut to it', () => {
    table([
      ['婚礼那段给我弄成一分钟的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['这段素材搞成 45 秒', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['那段整成四十秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['这段素材切成15s的', [{ op: 'compile_best_moments', target_ms: 15000 }]],
      ['画面整成竖的', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['第二段切成两段']);
  });

  describe('a moment\'s place said first without 第 ("二段删"), its verb right after it, is that moment', () => {
    table([
      ['二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['三段不要', [{ op: 'remove_moment', index: 3 }]],
      ['二段挪到最后', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['三段删掉，二段加速', [{ op: 'remove_moment', index: 3 }, { op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(['三段都删', '一段删掉', '分成三段', '这三段删掉']);
  });

  describe('how long something took (讲了一个小时, a verb that edits nothing, in the past) is no length asked', () => {
    table([
      ['老师讲了一个小时，剪成五分钟', [{ op: 'compile_best_moments', target_ms: 300000 }]],
      ['我们聊了足足两个小时，给我剪个三分钟的精华', [{ op: 'compile_best_moments', target_ms: 180000 }]],
      ['做了三小时，剪到一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['他唱了三分钟，剪到一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    nothing(['折了四十分钟', '排了两个小时队']);
  });

  describe('a word that only opens the message, said twice ("算了算了"), still only opens it', () => {
    table([
      ['算了算了 全部清掉 重新剪个三十秒的', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['算了算了，第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['算了算了算了，导出吧', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['算了算了']);
  });

  describe('the change between moments made soft or slow (段落之间柔和一点, 片段换的时候慢慢地过) is a crossfade', () => {
    table([
      ['段落之间的衔接柔和一点', [{ op: 'crossfade', ms: 500 }]],
      ['镜头切换的时候柔和一点', [{ op: 'crossfade', ms: 500 }]],
      ['片段之间顺滑一点', [{ op: 'crossfade', ms: 500 }]],
      ['镜头换的时候慢慢过，叠化一秒', [{ op: 'crossfade', ms: 1000 }]],
      ['段落中间丝滑一点，加个转场', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['第二段柔和一点', '画面换的时候别太快']);
  });

  describe('how long a fade lasts left at its default, said with 就 ("就默认时长"), is no request of its own', () => {
    table([
      ['开头淡入，结尾淡出，就默认时长', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['结尾淡出，都按默认的时长', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['加片尾卡“谢谢观看”，就默认时长吧', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
    ]);
    nothing(['就默认时长']);
  });

  describe('who the video is for (老人家, 学员, 小朋友) or how the recording went (录的时候…) is said beside the request, no request', () => {
    table([
      ['这段演示是给老人家看的，第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['原声调大到120%，录的时候离得远', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['整体放慢到0.75倍，学员要看清楚动作', [{ op: 'set_speed', factor: 0.75 }]],
      ['拍的时候手抖了，第三段删掉', [{ op: 'remove_moment', index: 3 }]],
      ['给小朋友看的，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['录制时网卡了一下，把第二段删掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['录的时候麦离得太远', '学员要看清楚动作']);
  });

  describe('the user\'s own later work (得闲再整, 有空再弄, 我还要改) puts off what follows 再, and asks nothing', () => {
    table([
      ['分辨率定1080p，先别导出，我还要改一下', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['1080p，先不导，我们还要调', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['有空再整，先导出一个720的', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['得闲再弄，先导出gif', [{ op: 'export', format: 'gif' }]],
      // Another request after 还要 is still asked.
      ['加音乐，我还要竖屏', [MUSIC, { op: 'set_aspect', aspect: '9:16' }]],
      ['我还要加音乐', [MUSIC]],
      // Cleared (清空了) and then, no "when free": the new clip is asked.
      ['全部清空了再剪个三十秒的', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['有空再剪', '我还要改', '有空再导出']);
  });

  describe('推进, 拉进 typed for 推近, 拉近 (the same sound) before a degree bring the camera closer', () => {
    table([
      ['镜头再推进一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['画面拉进一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['镜头推进一些，zoom more', [{ op: 'set_zoom', mode: 'more' }]],
      ['推进一下', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    nothing(['把素材拉进时间线', '项目推进一点了']);
  });
});
