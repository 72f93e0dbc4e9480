import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 42, Chinese relative amounts, steps counted back, the music already there, dialects:
 * - a level said as tenths (三成半, 七成五), as a price's discount on a sound (原声打七折, 打个八五折), or the recorded sound
 *   halved (原声减半); a speed said as a share before it (八成的速度, 原速的80%);
 * - a clock time with its hours (00:00:20, 0:01:05), as a player writes it;
 * - steps counted back by 撤 alone (那两下都给我撤了), or as the last ones not wanted (最后两步都不要), the step said after
 *   it (退回去) the same undo; the step just taken back (刚撤的) restored, whoever is asked to do it (给我恢复);
 * - the music named by the edit that put it there (刚加的音乐) is the music there now, no music asked;
 * - two moments named one after the other (第一段第三段都…); two moments swapped by 换一下;
 * - the card just added, asked for at the other end too (片头也这么弄);
 * - the default music, the one, said with 就好 (音乐默认的就好; not 音乐默认就好, left as it is); a text shown only over the first seconds (标题只留前三秒);
 * - back to before an edit named by what it did (回到加音乐之前): how many steps is not guessed;
 * - a time marked as arc minutes and seconds (1'05''), or pointed at as the start of a stretch (从一分钟那里到…); Cantonese
 *   嗰度 (there) and zoom埋去 (in closer); a file counted by 支 (再一支 gif); fade said in English between the clips;
 * - whether it can be done, asked (…能…吗？), then decided if it can (能的话就开): that edit;
 * - Cantonese: 直身 (upright, vertical), 出條 (a file put out), 给我个 mp4 (a file handed over); 毫秒 in Chinese figures.
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 42, Chinese relative amounts, steps back, the music there, dialects', () => {
  describe('levels as tenths, discounts and halves; a speed as a share', () => {
    sure([
      ['音乐调到两成半', [{ op: 'set_music_volume', volume: 0.25 }]],
      ['原声七成五就行', [{ op: 'set_source_volume', volume: 0.75 }]],
      ['加个lofi，四成半', [{ op: 'add_music', track: 'lofi', volume: 0.45, duck: true }]],
      ['人声打个八折', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['背景音乐打六折', [{ op: 'set_music_volume', volume: 0.6 }]],
      ['原声打八五折吧', [{ op: 'set_source_volume', volume: 0.85 }]],
      ['人声直接减半，太冲了', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['全片放慢，九成的速度', [{ op: 'set_speed', factor: 0.9 }]],
      ['第二段用75%的速度', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['整体用120%的速度播', [{ op: 'set_speed', factor: 1.2 }]],
    ]);
    // A discount in a text's words, or said of the goods, is no level.
    notSure(['全场打七折', '这款沙发打八折']);
    nothing(['原声要不要打七折？', '刚加的音乐是哪首？', '最后两步是什么？', '刚撤的是哪一步？']);
    sure([['标题写「全场打七折」', [{ op: 'add_text', text: '全场打七折', style: 'title' }]]]);
  });

  describe('a clock time with its hours', () => {
    sure([
      ['00:00:12到00:00:18删掉', [{ op: 'cut_range', start_ms: 12000, end_ms: 18000 }]],
      ['从 0:01:05 到 0:01:11 不要', [{ op: 'cut_range', start_ms: 65000, end_ms: 71000 }]],
      ['00:01:30到00:01:36那段剪掉', [{ op: 'cut_range', start_ms: 90000, end_ms: 96000 }]],
      ['在00:00:08那里放大', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['00:00:03到00:00:07加字幕 开始啦', [{ op: 'add_text', text: '开始啦', style: 'caption', start_ms: 3000, end_ms: 7000 }]],
    ]);
  });

  describe('steps counted back; the step just taken back restored', () => {
    table([
      ['刚才那两步都给我撤了', [{ op: 'undo' }, { op: 'undo' }]],
      ['那三下全撤掉', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['最后两步都不要了', [{ op: 'undo' }, { op: 'undo' }]],
      ['最后那步不要了，撤回', [{ op: 'undo' }]],
      ['最后两步都不要，退回去', [{ op: 'undo' }, { op: 'undo' }]],
      ['最後兩步唔要', [{ op: 'undo' }, { op: 'undo' }]],
      ['刚才那两步不要了，撤销', [{ op: 'undo' }, { op: 'undo' }]],
      ['刚撤的给我恢复', [{ op: 'redo' }]],
      ['刚刚撤的那步再给恢复回来', [{ op: 'redo' }]],
      ['算了，刚撤掉的帮我恢复', [{ op: 'redo' }]],
    ]);
    // The last moments, not steps, are moments removed.
    sure([['最后两段不要了', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }]]]);
  });

  describe('the music named by the edit that put it there', () => {
    sure([
      ['刚加的音乐小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['之前配的背景音乐调到两成', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['你加的音乐太吵了，压小一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['刚才加的配乐关掉', [{ op: 'remove_music' }]],
      ['刚加的音乐压小很多', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    // Music asked for still is.
    sure([['加个音乐，小点', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'quieter' }]]]);
  });

  describe('two moments named one after the other; swapped by 换一下', () => {
    sure([
      ['第二段第三段都2倍', [{ op: 'set_speed', factor: 2, index: 2 }, { op: 'set_speed', factor: 2, index: 3 }]],
      ['第一段第二段都放慢到0.5倍', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 0.5, index: 2 }]],
      ['第二段和第三段换一下', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第一段跟第二段换换吧', [{ op: 'move_moment', index: 1, to: 2 }]],
    ]);
    // One moment "changed" says not how.
    notSure(['第二段换一下', '标题换一下']);
  });

  describe('the card just added, at the other end too', () => {
    sure([
      ['片头加张卡 写 欢迎收看 两秒，片尾也一样', [
        { op: 'add_card', card: 'intro', text: '欢迎收看', duration_ms: 2000 },
        { op: 'add_card', card: 'outro', text: '欢迎收看', duration_ms: 2000 },
      ]],
      ['片尾卡写“谢谢观看”，四秒，开头也这么弄', [
        { op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 4000 },
        { op: 'add_card', card: 'intro', text: '谢谢观看', duration_ms: 4000 },
      ]],
      ['结尾加个卡片“关注我们” 三秒 片头也来一张', [
        { op: 'add_card', card: 'outro', text: '关注我们', duration_ms: 3000 },
        { op: 'add_card', card: 'intro', text: '关注我们', duration_ms: 3000 },
      ]],
    ]);
    notSure(['片头也这么弄']);
  });

  describe('the default music, and a text over the first seconds', () => {
    sure([
      ['音乐默认的就好', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['配乐用默认那首就行', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['标题只留前五秒', [{ op: 'edit_text', start_ms: 0, end_ms: 5000 }]],
      ['字幕只显示前3秒', [{ op: 'edit_text', start_ms: 0, end_ms: 3000 }]],
    ]);
    notSure(['音乐默认的音量就好', '前三秒留着']);
  });

  describe('back to before an edit named by what it did', () => {
    nothing(['回到加音乐之前', '退回到剪短之前', '回到改竖屏以前的样子']);
    sure([['加音乐之前先剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('times pointed at or marked; a file counted by 支; fades between the clips in English', () => {
    sure([
      ["2'15''那里放大", [{ op: 'zoom_at', start_ms: 135000, duration_ms: 3000 }]],
      ['0′40″到0′46″删掉', [{ op: 'cut_range', start_ms: 40000, end_ms: 46000 }]],
      ['1:20嗰度zoom埋去', [{ op: 'zoom_at', start_ms: 80000, duration_ms: 3000 }]],
      ['从两分钟那里到两分零五秒删掉', [{ op: 'cut_range', start_ms: 120000, end_ms: 125000 }]],
      ['从0:30那儿开始到0:36不要', [{ op: 'cut_range', start_ms: 30000, end_ms: 36000 }]],
      ['导出 mov，再一支 gif', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'gif' }]],
      ['段和段之间 fade 0.5 秒', [{ op: 'crossfade', ms: 500 }]],
      ['每个片段之间fade一秒', [{ op: 'crossfade', ms: 1000 }]],
    ]);
  });

  describe('whether it can be done, asked, then decided if it can', () => {
    sure([
      ['画面能自动跟着鼠标放大吗？能的话就开', [{ op: 'set_zoom', mode: 'auto' }]],
      ['字幕能挪到上面吗？可以的话就改', [{ op: 'edit_text', position: 'top' }]],
      ['音乐能小点吗？能的话就弄', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    notSure(['可以的话就加', '画面能自动跟着鼠标放大吗？']);
  });

  describe('Cantonese and other figures', () => {
    sure([
      ['改直身，上下加黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['转直身发抖音', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['出條mov', [{ op: 'export', format: 'mov' }]],
      ['出一条1080p的mp4', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['剪好了给我个 gif', [{ op: 'export', format: 'gif' }]],
      ['最后给我一份 4K 的 mov', [{ op: 'export', format: 'mov', resolution: '4k' }]],
      ['转场六百毫秒', [{ op: 'crossfade', ms: 600 }]],
    ]);
    notSure(['给我个mp4的链接', '直身裙那段']);
  });
});
