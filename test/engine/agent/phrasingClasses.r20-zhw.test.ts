import { table, nothing } from './phrasingTable';

/**
 * Round 20's Chinese misreadings (held-out 20 zh, no bench lines): each a class, read in new wordings of it (against a
 * draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const UNDUCKED = { op: 'add_music', track: 'lofi', volume: 0.35, duck: false } as const;

describe('edit agent: round 20 zh → exact operations or nothing', () => {
  describe("a rule's \"must not\" (不得, 不准, 禁止, 严禁) refuses what follows, as 不要 does", () => {
    nothing(['这个视频不准加背景音乐', '片子里禁止使用音乐', '不得删除第一段', '本片严禁改成竖屏']);
    // 不得不 ("has to") asks.
    table([['不得不删掉第二段', [{ op: 'remove_moment', index: 2 }]]]);
  });

  describe('压低 with any "no" (不, 不必, 无需) is the ducking refused; music asked for with it is added so', () => {
    table([
      ['加点轻音乐，解说的时候不必压低', [UNDUCKED]],
      ['背景音乐用默认，说话时无需压低', [UNDUCKED]],
      ['讲课的时候不用压低', [{ op: 'set_ducking', duck: false }]],
      ['加点音乐说话时不要压低', [UNDUCKED]],
      ['音乐用默认 我说话不压低', [UNDUCKED]],
    ]);
    // The speaker's own voice lowered is no ducking.
    nothing(['我说话时压低了声音']);
  });

  describe('压低 where someone speaks, the music unnamed ("让它在说话时压低"), is the ducking', () => {
    table([
      ['讲课的时候让它压低', [{ op: 'set_ducking', duck: true }]],
      ['有人说话时压低', [{ op: 'set_ducking', duck: true }]],
    ]);
    nothing(['我说话时会压低', '说话时压低声音']);
  });

  describe('成片 said first, then asked exported (成片请导出为gif), is the export of the video there is', () => {
    table([
      ['成片请导出为gif', [{ op: 'export', format: 'gif' }]],
      ['成片麻烦导出webm格式', [{ op: 'export', format: 'webm' }]],
      ['成片帮我输出成mov', [{ op: 'export', format: 'mov' }]],
      // A length asked of it is still a clip.
      ['成片请控制在一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
  });

  describe('an add verb alone after a part named with its level ("音乐两成，加上") adds that part at that level', () => {
    table([
      ['音乐两成，加上', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['配乐百分之四十，加进去吧', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
      ['music at 40%, add it', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
      // After an addition, it says it again.
      ['字幕“开场”，加上', [{ op: 'add_text', text: '开场', style: 'caption' }]],
    ]);
    nothing(['第二段，加上']);
  });

  describe('a fill, then the border it leaves none of refused (裁满不要边), is that fill', () => {
    table([
      ['竖屏，铺满不要黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
      ['横屏，裁满不留边', [{ op: 'set_aspect', aspect: '16:9', fill: 'crop' }]],
    ]);
    nothing(['竖屏不要', '裁满不要']);
  });

  describe('undo by steps (撤掉两步), and redo as the undone step restored (撤销的那个恢复回来, 再恢复一步)', () => {
    table([
      ['撤回两步', [{ op: 'undo' }, { op: 'undo' }]],
      ['往回撤掉两步', [{ op: 'undo' }, { op: 'undo' }]],
      ['刚刚撤回的那一步 恢复回来', [{ op: 'redo' }]],
      ['撤销的那个改动给我恢复', [{ op: 'redo' }]],
      ['恢复一步', [{ op: 'redo' }]],
    ]);
    nothing(['恢复一步原声', '撤销的那个字幕是错的']);
  });

  describe('a moment shortened to what is kept of it (再短一点就留三秒) ends at that length', () => {
    table([
      ['第一段再短一点就留三秒', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
      ['第三段短一点只剩4秒', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      // Shorter alone, or by an amount, is taken off.
      ['第一段剪短3秒', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
    ]);
  });

  describe('an end of the clip said alone after a text (，放在结尾, 开头处显示) is where it shows', () => {
    table([
      ['加标题“你好”，放在结尾', [{ op: 'add_text', text: '你好', style: 'title', anchor: 'end' }]],
      ['加一行字“欢迎”，开头处显示', [{ op: 'add_text', text: '欢迎', style: 'title', anchor: 'start' }]],
      ["add the title 'Hi', at the start", [{ op: 'add_text', text: 'Hi', style: 'title', anchor: 'start' }]],
    ]);
    nothing(['第二段，放在开头']);
  });

  describe('the length left at its default (时长默认, 默认时长, "default length") after what lasts asks nothing more', () => {
    table([
      ['加片头卡片“欢迎”，默认时长', [{ op: 'add_card', card: 'intro', text: '欢迎', duration_ms: 2000 }]],
      ['淡入淡出，时长默认就行', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['叠化，长短默认', [{ op: 'crossfade', ms: 500 }]],
      ["add an outro card 'Bye', default length", [{ op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 2000 }]],
    ]);
    nothing(['时长默认']);
  });

  describe('a tag asking agreement said alone after a request (，可好？, ，成吗) is no request of its own', () => {
    table([
      ['结尾淡出三秒，可好？', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['第二段放慢一点，成吗', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
  });

  describe('a zoom at a point, said again with what it is on (放大人脸), is that zoom', () => {
    table([
      ['在0:18放大，放大人脸', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 3000 }]],
      ['0:25放大，放大屏幕上的按钮，停两秒', [{ op: 'zoom_at', start_ms: 25000, duration_ms: 2000 }]],
      ['zoom in at 0:12, zoom on the logo', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      // The automatic zoom for the rest is a second step.
      ['0:18放大，其他地方自动放大', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 3000 }, { op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('the zoom said to be too close or strong (放大弄得太近了), or drawn back (往回缩一点), is less of it', () => {
    table([
      ['放大搞得有点猛', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大弄得太近了，往回缩一点', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['缩点']);
  });

  describe('剪为 is 剪成: a length cut to, or a shape alone', () => {
    table([
      ['请将这段录像剪为三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['第二段剪为5秒', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['剪为竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('which tracks there are (都有哪些轨) shows the tracks', () => {
    table([
      ['给我看看有哪些轨', [{ op: 'show_tracks' }]],
      ['什么也不懂，你给我看看都有哪些轨', [{ op: 'show_tracks' }]],
    ]);
  });
});
