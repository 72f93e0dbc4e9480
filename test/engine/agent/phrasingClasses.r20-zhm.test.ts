import { table, nothing } from './phrasingTable';

/**
 * Round 20's Chinese misses and words left unread (held-out 20 zh), each a class read in new wordings of it (against a
 * draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 20 zh misses → exact operations or nothing', () => {
  describe('为 after a verb of cutting, before a length (剪为四十五秒, 压缩为三十秒), is 成', () => {
    table([
      ['请把这段彩排录像压缩为三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['烦请将那段《茶馆》演出录像剪为一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['将视频截为二十秒', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['cut the rehearsal tape to 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    // Cut into pieces, or by a share: no length.
    nothing(['剪为两段', '缩为一半']);
  });

  describe('a sound of the scene said short (风声, 琴声) is the recording\'s where it is the video\'s own or its level is named', () => {
    table([
      ['视频自带的鸟叫声太吵了，声音调到三成', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['视频里那个掌声调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['锣鼓声的音量调到百分之八十', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['二胡声的音量请调到百分之一百五十', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['set the piano sound to 120%', [{ op: 'set_source_volume', volume: 1.2 }]],
      // The music named in the video is still the music.
      ['视频里的音乐声调到三成', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
    // 大声 is loud, no sound; a song's voice may be the music's; a sound only said to be there asks nothing.
    nothing(['大声的音量', '歌声的音量调到50%', '视频里的掌声', '视频本身有风声']);
  });

  describe('the zoom said to be too close, and drawn back (往回缩点), is less zoom', () => {
    table([
      ['放大弄得太大了，往回缩点', [{ op: 'set_zoom', mode: 'less' }]],
      ['镜头拉得太近了，往回收一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['特写往回拉一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoomed in way too close, pull back a bit', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['放大是不是太近了？', '文件往回缩点', '往回看看']);
  });

  describe('恢复 counted in steps (再恢复一步) is the editors\' 恢复, a step forward', () => {
    table([
      ['哎呀不对，再恢复一步', [{ op: 'redo' }]],
      ['帮我恢复一步', [{ op: 'redo' }]],
      ['恢复两步', [{ op: 'redo' }, { op: 'redo' }]],
      ['redo one step', [{ op: 'redo' }]],
    ]);
    // Restored to what was there before, or said without steps: not guessed at.
    nothing(['恢复一下', '恢复到一步之前']);
  });

  describe('a tag asking agreement said as its own clause (…，可好？, 好伐, 中不中) asks nothing more', () => {
    table([
      ['第二段删掉，成吗？', [{ op: 'remove_moment', index: 2 }]],
      ['音乐关掉，好伐', [{ op: 'remove_music' }]],
      ['整体加速到1.5倍，中不中', [{ op: 'set_speed', factor: 1.5 }]],
      ['片头淡入一秒，可好？', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['remove clip 2, ok?', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['可好？', '竖屏好不好？']);
  });

  describe('the tracks asked by which there are (都有哪些轨), 轨 short for 轨道', () => {
    table([
      ['啥也不懂，给我看看有哪些轨', [{ op: 'show_tracks' }]],
      ['现在都有哪几条轨', [{ op: 'show_tracks' }]],
      ['show me which tracks there are', [{ op: 'show_tracks' }]],
    ]);
  });

  describe('a length left at its default (时长默认, 默认时长, 长短默认) beside what it is the length of', () => {
    table([
      ['加片头“三号线开通”，长度用默认的', [{ op: 'add_card', card: 'intro', text: '三号线开通', duration_ms: 2000 }]],
      ['淡入淡出，默认时长就行', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['结尾加卡片“谢谢观看”，长短默认', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
      ['add an intro card \'Acme\', default length', [{ op: 'add_card', card: 'intro', text: 'Acme', duration_ms: 2000 }]],
    ]);
    nothing(['时长默认', '默认时长']);
  });

  describe('the site or group it is put up on (放课程网站上, 发群里) is what the request is for', () => {
    table([
      ['导出mp4，放公司官网上', [{ op: 'export', format: 'mp4' }]],
      ['导出gif，发群里', [{ op: 'export', format: 'gif' }]],
      ['加背景音乐，要挂到学校网站上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['export a webm, for the course website', [{ op: 'export', format: 'webm' }]],
    ]);
    nothing(['放课程网站上', '发到群里']);
  });

  describe('the most of something the parts are picked for (要最红火的), beside the clip of the best moments', () => {
    table([
      ['剪一分钟，挑最好笑的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['剪三十秒，只要最热乎的那些', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['cut a one minute clip, only the liveliest parts', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      // The newest is which upload, no pick of parts.
      ['剪一分钟，只要最新的', [{ op: 'compile_best_moments', target_ms: 60000 }, { op: 'use_sources', files: ['last'] }]],
    ]);
    nothing(['要最红火的', '挑最好笑的']);
  });

  describe('the end of the clip a text just added shows at, said after it (放在开头, 结尾处显示)', () => {
    table([
      ['加个标题“汛期巡查”，放开头', [{ op: 'add_text', text: '汛期巡查', style: 'title', anchor: 'start' }]],
      ['加一行字“感谢收看”，放在结尾', [{ op: 'add_text', text: '感谢收看', style: 'title', anchor: 'end' }]],
      ['加字幕“下期再见”，片尾处显示', [{ op: 'add_text', text: '下期再见', style: 'caption', anchor: 'end' }]],
      ['add the caption \'Welcome\', show it at the start', [{ op: 'add_text', text: 'Welcome', style: 'caption', anchor: 'start' }]],
      ['add the title \'Bye\', put it at the end', [{ op: 'add_text', text: 'Bye', style: 'title', anchor: 'end' }]],
    ]);
    nothing(['放在开头', '第二段放在开头']);
  });
});
