import { table, nothing } from './phrasingTable';

/**
 * The everyday words people wrap a request in (bench/wrappers.bench.ts): a request the grammar reads alone is read the
 * same wrapped, and a wrapped look-alike it cannot read changes nothing. Exact operations against 3 moments and 1 text.
 */

describe('edit agent: a request wrapped in everyday words', () => {
  describe('a whole request asked as a yes/no question of the editor is the request; a question asking how, which or to post stays one', () => {
    table([
      ['could you undo the last step?', [{ op: 'undo' }]],
      ['can you redo?', [{ op: 'redo' }]],
      ['hey, can you export gif?', [{ op: 'export', format: 'gif' }]],
      ['能不能把第三段删掉？', [{ op: 'remove_moment', index: 3 }]],
      ['可以把音乐去掉吗', [{ op: 'remove_music' }]],
      ['能不能剪成20秒，再加上淡入淡出？', [{ op: 'compile_best_moments', target_ms: 20_000 }, { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['能不能把第三段删了，整体1.5倍速？', [{ op: 'remove_moment', index: 3 }, { op: 'set_speed', factor: 1.5 }]],
      ['can you speed it up to 1.5x and export?', [{ op: 'set_speed', factor: 1.5 }, { op: 'export', format: 'mp4' }]],
      ['can you slow clip 3 to 0.5x... no, 0.75x?', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['能不能挑几个精彩片段，凑成30秒？', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['can you trim it under a minute? like 50 seconds please', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
    ]);
    nothing(['what can you do?', '能挑几个片段？', '能剪几个片段？', 'can you tell me which formats you export?', 'can you hear the music?', '能不能告诉我怎么加音乐？', '能传到抖音吗',
      '可以了吗', 'can you export to youtube?', 'export it straight to tiktok', '导出到抖音上']);
  });

  describe('a sign-off after a request (thanks, an emoji, a smiley, lol, asap, 辛苦了, ～) asks nothing, and a text running to the end keeps it', () => {
    table([
      ['make clip 2 twice as fast 🙏', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['move the title to the bottom :)', [{ op: 'edit_text', position: 'bottom' }]],
      ['cut it to 45 seconds, thanks!', [{ op: 'compile_best_moments', target_ms: 45_000 }]],
      ['remove the dead air lol', [{ op: 'remove_dead_air' }]],
      ['export as gif asap', [{ op: 'export', format: 'gif' }]],
      ['把第一段删了，辛苦了', [{ op: 'remove_moment', index: 1 }]],
      ['竖屏～', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['add a title saying see you lol', [{ op: 'add_text', text: 'see you lol', style: 'title' }]],
      ['add an outro card: see you soon :)', [{ op: 'add_card', card: 'outro', text: 'see you soon :)', duration_ms: 2000 }]],
    ]);
    nothing(['thanks! 🙏', 'lol', '辛苦了～']);
  });

  describe('a particle closing a spoken Chinese clause (吧, 哈, 呀) asks nothing more', () => {
    table([
      ['把背景音乐删掉吧', [{ op: 'remove_music' }]],
      ['第二段加速到2倍哈', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['导出gif呀', [{ op: 'export', format: 'gif' }]],
      ['最后一段不要了吧', [{ op: 'remove_moment', index: 3 }]],
      ['放大终端那块，大约在0:40吧', [{ op: 'zoom_at', start_ms: 40_000, duration_ms: 3000 }]],
    ]);
    nothing(['为什么要竖屏呀？', '好吧', '不要竖屏吧', '背景音乐留着吧', '音乐是不是太吵了呀', '2倍吧？']);
  });

  describe('a "please" closing a request is courtesy; after music it asks for it, only where no level is said', () => {
    table([
      ['music volume 25% please', [{ op: 'set_music_volume', volume: 0.25 }]],
      ['music level 30 percent please', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['bring the music down to 20% please', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['upbeat music please', [{ op: 'add_music', track: 'upbeat', volume: 0.35, duck: true }]],
      ['show me the tracks please', [{ op: 'show_tracks' }]],
      ['put it back the way it was please', [{ op: 'undo' }]],
      ['move clip 1 to the end please', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['add a title saying please', [{ op: 'add_text', text: 'please', style: 'title' }]],
    ]);
    nothing(['music only at the end please', 'what volume is the music please']);
  });

  describe('a greeting or interjection opening the message is dropped before the whole message is read', () => {
    table([
      ['你好，快点剪成30秒', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['那个，快点把第二段删了', [{ op: 'remove_moment', index: 2 }]],
      ['ok put the caption at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['so fade out at the end, 3 seconds', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
    ]);
    nothing(['hey!', '那个第二段呢？']);
  });

  describe('请, 帮我, 麻烦 before a Chinese request: asking, no part of it (a time first is still when, 快点 still hurry, 去 still removes)', () => {
    table([
      ['帮我去字幕', [{ op: 'remove_text' }]],
      ['请在第8秒加标题“欢迎”', [{ op: 'add_text', text: '欢迎', style: 'title', start_ms: 8000 }]],
      ['麻烦快点把音乐删了', [{ op: 'remove_music' }]],
      ['帮我快点，导出gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['请问背景能去掉吗', '帮我发到快手上', '请问能去水印吗']);
  });

  describe('a removal softened with 一下 is the removal', () => {
    table([
      ['第三段删一下', [{ op: 'remove_moment', index: 3 }]],
      ['字幕去掉一下', [{ op: 'remove_text' }]],
      ['0:12-0:15 删一下', [{ op: 'cut_range', start_ms: 12_000, end_ms: 15_000 }]],
    ]);
    nothing(['把水印拿掉一下', '第二段别删一下']);
  });
});
