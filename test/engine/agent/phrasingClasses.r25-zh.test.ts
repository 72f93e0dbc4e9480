import { table, nothing } from './phrasingTable';

/**
 * Round 25's Chinese classes (from the recent held-out lines and the older opened ones, no bench line copied): each a way
 * of asking, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 25 Chinese classes → exact operations or nothing', () => {
  describe('一哈, 一吓 (Southwest Mandarin, Cantonese) are 一下', () => {
    table([
      ['第三段删一哈', [{ op: 'remove_moment', index: 3 }]],
      ['把背景音乐调小一哈', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['第二段剪短一吓', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['段与段之间叠一哈，一秒', [{ op: 'crossfade', ms: 1000 }]],
    ]);
    // "Wait a bit, then export" puts the export off, as 等一下 does.
    nothing(['等一哈再导出', '等一吓再导出']);
  });

  describe('叠 (laid over) between the moments, with no 化, is a crossfade', () => {
    table([
      ['段与段之间叠一下', [{ op: 'crossfade', ms: 500 }]],
      ['镜头中间叠一下', [{ op: 'crossfade', ms: 500 }]],
      ['片段之间叠起来，一秒', [{ op: 'crossfade', ms: 1000 }]],
      ['每段之间叠一下 零点六秒', [{ op: 'crossfade', ms: 600 }]],
    ]);
    // A text laid over, or one moment laid over, is no transition.
    nothing(['段之间叠个字幕', '第二段叠一下']);
  });

  describe('a doubled adverb with 的 or 地 before passing by or fading (快快的过去) is that adverb', () => {
    table([
      ['没有人说话的地方快快的过去', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没动静的地方快快地过去，别剪', [{ op: 'speed_up_idle', factor: 4 }]],
      ['片尾慢慢的淡出', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['没动静的地方快快的放过去', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    // 好好的, 慢慢的 before no verb of passing by or fading: no speed.
    nothing(['好好的别动', '慢慢的来，不急']);
  });

  describe('Chinese typed with spaces between words, a piece opening with 的, is one clause', () => {
    table([
      ['没 人 讲话 的 地方 加速 别 剪', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没声音 的 部分 删了', [{ op: 'remove_dead_air' }]],
      ['没动静 的地方 都剪了', [{ op: 'remove_dead_air' }]],
      ['画面 不动 的 地方 快进 八倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['没有 声音 也 没有 画面 动 的 地方 全部 删掉', [{ op: 'remove_dead_air' }]],
      // Spaces between clauses still part them; a text's unquoted words keep theirs.
      ['第三段不要啦 那个是我录错的', [{ op: 'remove_moment', index: 3 }]],
      ['加个标题 写 新品上市 放最后', [{ op: 'add_text', text: '新品上市', style: 'title', anchor: 'end' }]],
    ]);
  });

  describe('a speed by its figure, then the way it goes with no figure (0.9倍速，慢一点点), is the figure', () => {
    table([
      ['整体调到0.9倍速，慢一点点', [{ op: 'set_speed', factor: 0.9 }]],
      ['全片1.2倍速，稍微快一点', [{ op: 'set_speed', factor: 1.2 }]],
      ['整体放到0.8倍速，慢一些', [{ op: 'set_speed', factor: 0.8 }]],
      ['speed it up to 1.25x, a bit faster', [{ op: 'set_speed', factor: 1.25 }]],
      ['slow it to 0.8x, a little slower', [{ op: 'set_speed', factor: 0.8 }]],
      // The figure said last is still the one meant.
      ['慢放，0.5倍速', [{ op: 'set_speed', factor: 0.5 }]],
    ]);
  });

  describe('a text renamed with its new words run on after 改成/换成, unquoted', () => {
    table([
      ['把标题改成春季大促', [{ op: 'edit_text', text: '春季大促' }]],
      ['字幕改为欢迎光临', [{ op: 'edit_text', text: '欢迎光临' }]],
      ['标题的文字换成老周修车', [{ op: 'edit_text', text: '老周修车' }]],
      ['麻烦把第一个标题改成老周修车', [{ op: 'edit_text', index: 1, text: '老周修车' }]],
      ['你一哈把那个标题换成金沙江漂流', [{ op: 'edit_text', text: '金沙江漂流' }]],
    ]);
    // A font, size, colour, language, motion or another text is no words.
    nothing(['把标题换成粗体', '标题换成英文', '标题换成另一个', '标题换成滑入', '标题改成大一号', '把标题换成白色', '标题改成大写']);
  });

  describe('复原 naming what the video shows (三阶复原视频) is no undo', () => {
    table([
      ['我的三阶复原视频，剪个十秒的', [{ op: 'compile_best_moments', target_ms: 10000 }]],
      ['魔方复原的视频剪成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['古画复原过程的录像，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['复原一下', [{ op: 'undo' }]],
      ['刚才那步复原', [{ op: 'undo' }]],
    ]);
  });

  describe('a greeting in the user\'s own language, or a time of day, before the request asks nothing', () => {
    table([
      ['早上好，剪个30秒的，竖屏', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'set_aspect', aspect: '9:16' }]],
      ['扎西德勒！锅庄舞的视频，剪成四十秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['赛音白努，马头琴的视频剪一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['赛音。长调的视频。剪五十秒。', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      ['亚克西，导出gif', [{ op: 'export', format: 'gif' }]],
      // A name that sounds the same, said as what the video is of, is the video.
      ['赛音的视频剪成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['早上好', '扎西德勒']);
  });
});
