import * as assert from 'node:assert/strict';
import type { EditOp } from '../../../src/protocol';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 27's probe (messages written as first-time users type them, no bench lines): requests the draft cannot do,
 * said beside ones it can, are said back as unread, never dropped nor misread; the look-alikes read as before.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Each phrase read as these operations, with these words said back as unread. */
const told = (cases: [string, EditOp[], string[]][]) => {
  for (const [phrase, ops, unknown] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops, unknown }));
};

describe('edit agent: round 27 probe → exact operations, the rest said back', () => {
  describe('a text\'s look (colour, font, size) said with a text added: the text added, the look said back as unread', () => {
    told([
      ['加字幕「欢迎」 蓝色的', [{ op: 'add_text', text: '欢迎', style: 'caption' }], ['蓝色的']],
      ['片尾加卡片「谢谢」 字号大一点', [{ op: 'add_card', card: 'outro', text: '谢谢', duration_ms: 2000 }], ['字号大一点']],
      ['加标题「开业」，要加粗', [{ op: 'add_text', text: '开业', style: 'title' }], ['要加粗']],
      ['加标题「你好」 红色的 大号', [{ op: 'add_text', text: '你好', style: 'title' }], ['红色的', '大号']],
      ['在开头加标题「新品」 白色 大号字体', [{ op: 'add_text', text: '新品', style: 'title', anchor: 'start' }], ['白色', '大号字体']],
      ['导出mp4，字幕「谢谢」要红色', [{ op: 'export', format: 'mp4' }, { op: 'add_text', text: '谢谢', style: 'caption' }], ['字幕「谢谢」要红色']],
      ["put a caption 'Sale' in yellow", [{ op: 'add_text', text: 'Sale', style: 'caption' }], ["put a caption 'Sale' in yellow"]],
      ["add a title 'Launch' in bold", [{ op: 'add_text', text: 'Launch', style: 'title' }], ["add a title 'Launch' in bold"]],
      ["add the text 'Hi' with a bigger font", [{ op: 'add_text', text: 'Hi', style: 'title' }], ["add the text 'Hi' with a bigger font"]],
      ['加音乐，大号', [MUSIC], ['大号']],
    ]);
    // A look's word inside the quoted words is the text's own.
    table([
      ["add a title 'Red Alert'", [{ op: 'add_text', text: 'Red Alert', style: 'title' }]],
      ['加字幕「红色预警」', [{ op: 'add_text', text: '红色预警', style: 'caption' }]],
      ["add the text 'Bold move'", [{ op: 'add_text', text: 'Bold move', style: 'title' }]],
    ]);
  });

  describe('a spaced piece that asks (a verb first, a part or a look named) and reads as nothing is said back, not dropped nor misread', () => {
    told([
      ['加音乐 加个水印', [MUSIC], ['加个水印']],
      ['剪成30秒 加个贴纸', [{ op: 'compile_best_moments', target_ms: 30000 }], ['加个贴纸']],
      ['竖屏 加个滤镜', [{ op: 'set_aspect', aspect: '9:16' }], ['加个滤镜']],
      ['第二段删掉 加个马赛克', [{ op: 'remove_moment', index: 2 }], ['加个马赛克']],
      // A look read with the music before it was misread as louder music.
      ['加背景音乐 字体大一点', [MUSIC], ['字体大一点']],
      ['加音乐 标题改成红色', [MUSIC], ['标题改成红色']],
      ['做成竖屏 改一下颜色', [{ op: 'set_aspect', aspect: '9:16' }], ['改一下颜色']],
      ['剪成一分钟 字幕换个字体', [{ op: 'compile_best_moments', target_ms: 60000 }], ['字幕换个字体']],
    ]);
    // One request typed with a space in it, and a degree said of the music, read as before.
    table([
      ['把第三段 删掉', [{ op: 'remove_moment', index: 3 }]],
      ['剪成 三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['加音乐 大声一点', [MUSIC, { op: 'set_music_volume', change: 'louder' }]],
      ['加音乐 音量小一点', [MUSIC, { op: 'set_music_volume', change: 'quieter' }]],
      // The adding verb said alone after the part it adds asks nothing new.
      ['片头 标题「你好」 加上', [{ op: 'add_card', card: 'intro', text: '你好', duration_ms: 2000 }]],
      ['片尾 卡片「再见」 加', [{ op: 'add_card', card: 'outro', text: '再见', duration_ms: 2000 }]],
    ]);
    nothing(['字体大一点', '红色的']);
  });
});
