import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 44, the classes held-out 39's Chinese misses belong to (the everyday asks of new users), read where one reading
 * is clear:
 * - a lower third's words after a colon, a name then the person's role past a comma, where the role holds an op's word
 *   ("Export Manager", "导出业务经理", "Speed Team Captain"): the role is words, no request;
 * - when a text shows, said after its colon words past a comma with the verb it is put there by ("放在第3秒到第8秒"),
 *   or run on after its unquoted words from 从 to the end ("…纯手工从第五秒到第十秒");
 * - a strip of words named by where it sits below (下方字条, 底部字条, as the replies call a lower third): a lower third;
 * - the export's resolution changed by a verb of setting ("把导出分辨率调到4K", "set the export resolution to 4K"): a
 *   setting, no export;
 * - a moment named with "the same" (第三段也一样, 同样处理, "likewise clip 3") after an op on another: that op again on it,
 *   unless the clause after says what is done to it;
 * - a length complained of ("一分钟太长了") set apart from the request by a space: why, no length asked;
 * - the voice or the recording's sound kept, said verb-first ("只留我讲解的原声", "留下人声"), beside the music removed;
 * - a level said bare right after the sound's noun ("原声1.3", "音乐30"), or as times after the sound said louder
 *   ("原声太小了，1.3倍", "音乐大一点，1.2倍").
 * Look-alikes that must not change: a request typed capitalised with a format ("Export MP4"), an export at a resolution
 * ("用4K分辨率导出"), "也一样吗" (asked) and "也一样长" (how it is), the voice refused ("别留原声"), a small whole figure
 * after the music ("音乐2"), a speed said of a moment ("第二段太慢了，1.5倍").
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 44, held-out 39 Chinese (the everyday asks of new users)', () => {
  describe('a lower third: a name, then a role that holds an op word', () => {
    sure([
      ['加个人名条：张伟，导出业务经理', [{ op: 'add_text', text: '张伟，导出业务经理', style: 'lower-third' }]],
      ['add a lower third: Tom Lee, Speed Team Captain', [{ op: 'add_text', text: 'Tom Lee, Speed Team Captain', style: 'lower-third' }]],
      ['加个人名条：Mia Wong, Export Sales Lead', [{ op: 'add_text', text: 'Mia Wong, Export Sales Lead', style: 'lower-third' }]],
      ['人名条：王敏，Music Director', [{ op: 'add_text', text: '王敏，Music Director', style: 'lower-third' }]],
      ['加个人名条：王敏，Export Manager，然后导出', [{ op: 'add_text', text: '王敏，Export Manager', style: 'lower-third' }, { op: 'export', format: 'mp4' }]],
    ]);
    table([
      ['加个人名条：王敏，导出', [{ op: 'add_text', text: '王敏', style: 'lower-third' }, { op: 'export', format: 'mp4' }]],
      ['加个人名条：王敏, Export MP4', [{ op: 'add_text', text: '王敏', style: 'lower-third' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('when a text shows, put after its colon words', () => {
    sure([
      ['加字幕：欢迎光临，放在第3秒到第8秒', [{ op: 'add_text', text: '欢迎光临', style: 'caption', start_ms: 3000, end_ms: 8000 }]],
      ['加个标题：新品上市，放在第1秒到第4秒', [{ op: 'add_text', text: '新品上市', style: 'title', start_ms: 1000, end_ms: 4000 }]],
      ['底部加一行字幕：周末营业到十点，放在0:05-0:09', [{ op: 'add_text', text: '周末营业到十点', style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 9000 }]],
      ['加字幕 欢迎光临 放在第3秒到第8秒', [{ op: 'add_text', text: '欢迎光临', style: 'caption', start_ms: 3000, end_ms: 8000 }]],
      ['加一行字幕周末特价从第二秒到第六秒', [{ op: 'add_text', text: '周末特价', style: 'caption', start_ms: 2000, end_ms: 6000 }]],
      ['加个标题年终大促从0:02到0:06', [{ op: 'add_text', text: '年终大促', style: 'title', start_ms: 2000, end_ms: 6000 }]],
    ]);
    notSure(['加字幕从零到一的故事']);
  });

  describe('a strip of words below is a lower third', () => {
    sure([
      ['加个底部字条：张总，创始人', [{ op: 'add_text', text: '张总，创始人', style: 'lower-third' }]],
      ['下方字条写 陈师傅 三十年老手艺', [{ op: 'add_text', text: '陈师傅 三十年老手艺', style: 'lower-third' }]],
      ['加一个下面的字条：“李老师 语文组”', [{ op: 'add_text', text: '李老师 语文组', style: 'lower-third' }]],
    ]);
    table([['把下方字条删掉', [{ op: 'remove_text' }]]]);
  });

  describe("the export's resolution set is a setting", () => {
    sure([
      ['导出分辨率改成1080p', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['把导出清晰度调到1080p', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['导出画质调成4K', [{ op: 'set_resolution', resolution: '4k' }]],
      ['set the export resolution to 720p', [{ op: 'set_resolution', resolution: '720p' }]],
      ['change the export resolution to 4K', [{ op: 'set_resolution', resolution: '4k' }]],
    ]);
    table([
      ['用4K分辨率导出', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['导出1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
    nothing(['导出分辨率是多少']);
  });

  describe('the same again for another moment', () => {
    sure([
      ['第一段加速到1.5倍，第三段也一样', [{ op: 'set_speed', factor: 1.5, index: 1 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['第一段放慢到0.5倍，第三段同样处理', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 0.5, index: 3 }]],
      ['第一段剪到5秒，第二段也这样', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['第二段删掉 第三段也是', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }]],
      ['remove clip 2, likewise clip 3', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }]],
      ['第一段剪到5秒，第三段也一样，剪到4秒', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'trim_moment', index: 3, to_ms: 4000 }]],
    ]);
    notSure(['第一段1.5倍速，第三段也一样吗', '第一段1.5倍速，第三段也一样长']);
  });

  describe('a length complained of, set apart by a space', () => {
    sure([
      ['剪成30秒 一分钟太长', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['一分钟太长了 压到40秒吧', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['30秒太短了 做成45秒', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['两分钟有点太长 剪到90秒', [{ op: 'compile_best_moments', target_ms: 90000 }]],
      ['2倍太快了 1.5倍吧', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
  });

  describe('the voice kept, said verb-first, beside the music removed', () => {
    sure([
      ['不要音乐，只留人声', [{ op: 'remove_music' }]],
      ['去掉配乐，保留我说话的声音', [{ op: 'remove_music' }]],
      ['音乐去掉 留下我说话的声音', [{ op: 'remove_music' }]],
      ['把音乐关了，就留人声', [{ op: 'remove_music' }]],
    ]);
    notSure(['别留原声', '只留音乐']);
  });

  describe("a level bare after the sound's noun, or as times after it said louder", () => {
    sure([
      ['原声0.8', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['人声 1.2', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['讲解声音太轻了，原声1.5', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['背景音乐30', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['原声太小了，1.3倍', [{ op: 'set_source_volume', volume: 1.3 }]],
      ['原声大一点1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['音乐大一点，1.2倍', [{ op: 'set_music_volume', volume: 1.2 }]],
      ['背景音乐调大点，1.5倍吧', [{ op: 'set_music_volume', volume: 1.5 }]],
    ]);
    table([
      ['第二段太慢了，1.5倍', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['原声1.5倍速', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    notSure(['音乐2', '音乐20秒', '原声2']);
  });
});
