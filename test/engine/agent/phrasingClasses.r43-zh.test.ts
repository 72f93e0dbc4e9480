import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 43, Chinese typed in a hurry or dictated:
 * - a card's words set apart by a space after the card named (加个片头 …, 片尾加一个 …), with how long it shows after them;
 * - the pinyin input's homophones of editing words: 表题 (标题), 字慕 (字幕), 片投 (片头), 单入单出 (淡入淡出), 倒出 (导出);
 * - an emoji typed for a verb with the verb's own ending after it (✂️掉两秒); a short request said twice as one urges
 *   (撤了撤了); 刚 alone for 刚才 before the step it names; after an undo, the step it takes back named as the last one
 *   (said after a comma; typed after a space, "撤销 刚才那步撤了", it is read as two, as "退回去 退两步" is: left at the merge);
 * - a mark said aloud last, after a pause (… 句号); a file named before a space that parts two requests;
 * - a part refused by a light verb (音乐就不整了), with who and where first (俺们这不整…); saved as a template, no file;
 * - a zoom held until a later point; a moment named run on after a request (…三秒第三段…); a place among a text's words;
 * - the shape named as whose sides are padded (竖屏两边用模糊的垫上); two swapped end for end (换个个儿); the picture going
 *   dark slowly (慢慢黑一下), a fade; Cantonese: the step undone (撤咗嗰步) done again (做返);
 * - nothing moving (没有东西动的地方) and waiting idly (干等着), idle; a history button the user pressed, reported (刚才按了
 *   复原), no step, and redo said in English after 帮我; the default song named after a kind of music; a size said of every
 *   file with 均为; the text just added, named again by its noun and placed, placed so.
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 43, Chinese typed in a hurry or dictated', () => {
  describe("a card's words after a space", () => {
    sure([
      ['加个片尾 谢谢收看 三秒', [{ op: 'add_card', card: 'outro', text: '谢谢收看', duration_ms: 3000 }]],
      ['片头加一个 春季上新 两秒就行', [{ op: 'add_card', card: 'intro', text: '春季上新', duration_ms: 2000 }]],
      ['加个片头 老王修车铺 五秒钟', [{ op: 'add_card', card: 'intro', text: '老王修车铺', duration_ms: 5000 }]],
      ['片尾加上 关注我们 四秒', [{ op: 'add_card', card: 'outro', text: '关注我们', duration_ms: 4000 }]],
      ['结尾加片尾 下期再见 两秒', [{ op: 'add_card', card: 'outro', text: '下期再见', duration_ms: 2000 }]],
    ]);
  });

  describe("the pinyin input's homophones of editing words", () => {
    sure([
      ['表题换成「夏日特惠」', [{ op: 'edit_text', text: '夏日特惠' }]],
      ['字慕改成「限时包邮」', [{ op: 'edit_text', text: '限时包邮' }]],
      ['片投加一个 新品到店 三秒', [{ op: 'add_card', card: 'intro', text: '新品到店', duration_ms: 3000 }]],
      ['整段视频单入单出', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['行了倒出来吧 1080p的', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['好了倒出来啊 720的', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    nothing(['图表题目写错了吗？']);
    notSure(['把水倒出来那段']);
  });

  describe('an emoji verb with its ending; a request said twice; the step named', () => {
    sure([
      ['第二段✂️掉三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['✂️掉第三段', [{ op: 'remove_moment', index: 3 }]],
      ['撤了撤了', [{ op: 'undo' }]],
      ['刚那步撤了', [{ op: 'undo' }]],
      ['刚那步不要了', [{ op: 'undo' }]],
      ['撤回，刚刚那步撤掉', [{ op: 'undo' }]],
    ]);
    // Said over with a pause, each undo is one of its own.
    table([['撤销，撤销', [{ op: 'undo' }, { op: 'undo' }]]]);
    nothing(['哈哈哈哈', '谢谢谢谢']);
  });

  describe('a mark said last; a file before a space', () => {
    sure([
      ['整体淡入淡出 句号', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['加个默认音乐 句号', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['背景用 wood.jpg 原声调到一半', [{ op: 'set_background', background: 'wood.jpg' }, { op: 'set_source_volume', volume: 0.5 }]],
      ['背景换成 office.png 导出mp4', [{ op: 'set_background', background: 'office.png' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['加个句号']);
  });

  describe('refused by a light verb; saved as a template', () => {
    nothing(['音乐就不整了', '片头不弄了', '字幕就不搞了', '俺们这不整那玩意', '我们这边不加音乐', '存成模板', '能保存为预设吗', '存成草稿吧']);
    sure([['存成mp4', [{ op: 'export', format: 'mp4' }]]]);
  });

  describe('a zoom held until a point; a moment run on; a place among the words', () => {
    sure([
      ['在20秒放大 一直到25秒', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 5000 }]],
      ['第五秒放大 一直放到八秒', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['zoom in at 10s until 14s', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 4000 }]],
      ['第三段删掉第一段剪短两秒', [{ op: 'remove_moment', index: 3 }, { op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第一段剪短一秒第二段也剪短一秒', [{ op: 'trim_moment', index: 1, by_ms: 1000 }, { op: 'trim_moment', index: 2, by_ms: 1000 }]],
      ['加个标题 一路到底 放上面', [{ op: 'add_text', text: '一路到底', style: 'title', position: 'top' }]],
    ]);
    sure([
      ['第一段和第二段删掉', [{ op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 1 }]],
      ['在20秒放大 停5秒', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 5000 }]],
    ]);
  });

  describe('sides padded; swapped end for end; going dark; Cantonese redo', () => {
    sure([
      ['竖屏两边用模糊的补上', [{ op: 'set_fill', fill: 'blur' }]],
      ['方的那俩边用模糊填上', [{ op: 'set_fill', fill: 'blur' }]],
      ['第二段跟第三段换个个儿', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第一段和第二段调个个儿', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['画面开头结尾都慢慢黑一下', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['开头和结尾都慢慢黑一下', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['头先撤咗嗰步做返', [{ op: 'redo' }]],
    ]);
    // Made into the shape, the shape is asked.
    sure([['改成竖屏两边用模糊的补上', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]]]);
  });

  describe('idle said other ways; a pressed button reported; the default song; every file; the text just added', () => {
    sure([
      ['没有东西动的地方快进三倍', [{ op: 'speed_up_idle', factor: 3 }]],
      ['没啥动的地方都删了', [{ op: 'remove_dead_air' }]],
      ['干等着的那些地方剪掉', [{ op: 'remove_dead_air' }]],
      ['刚才按了撤销，按错了，帮我 redo', [{ op: 'redo' }]],
      ['不小心点了复原，给我 redo', [{ op: 'redo' }]],
      ['背景音乐要轻松点的，默认那首就行', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['导出gif和mp4各一份，均为720p', [{ op: 'export', format: 'gif', resolution: '720p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['加个字幕“开业大吉”，字幕放在底部', [{ op: 'add_text', text: '开业大吉', style: 'caption', position: 'bottom' }]],
      ['- 加标题：春茶上市 - 标题放上面', [{ op: 'add_text', text: '春茶上市', style: 'title', position: 'top' }]],
    ]);
    // The other text, or a text named as the old one, is the one there.
    sure([
      ['加个字幕“早安”，标题放在顶部', [{ op: 'add_text', text: '早安', style: 'caption' }, { op: 'edit_text', position: 'top' }]],
      ['加个标题“早安”，原来的标题放到底部', [{ op: 'add_text', text: '早安', style: 'title' }, { op: 'edit_text', position: 'bottom' }]],
    ]);
    // Written, the words are a text's.
    sure([['标题写 帮我 redo', [{ op: 'add_text', text: '帮我 redo', style: 'title' }]]]);
  });
});
