import { table, nothing, ops } from './phrasingTable';
import * as assert from 'node:assert/strict';

/**
 * Round 21's words on screen (texts and cards; no bench lines): each a class of asking, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must not be read so.
 */

describe('edit agent: round 21 texts and cards → exact operations or nothing', () => {
  describe('when a text shows, said beside it: a length after a comma or with 显示/停留, an end before it, a stretch, until a point', () => {
    table([
      ['add a caption \'Book now\' at the end, 5 seconds', [{ op: 'add_text', text: 'Book now', style: 'caption', anchor: 'end', duration_ms: 5000 }]],
      ['put the title \'Welcome\' at the start, 2 seconds', [{ op: 'add_text', text: 'Welcome', style: 'title', anchor: 'start', duration_ms: 2000 }]],
      ['add title \'Hello\', make it 3 seconds', [{ op: 'add_text', text: 'Hello', style: 'title', duration_ms: 3000 }]],
      ['结尾加一行字“关注我们”显示三秒', [{ op: 'add_text', text: '关注我们', style: 'title', anchor: 'end', duration_ms: 3000 }]],
      ['加个字幕“注意安全”停留4秒', [{ op: 'add_text', text: '注意安全', style: 'caption', duration_ms: 4000 }]],
      ['add text \'Phase 2\' from t = 3 s to t = 8 s', [{ op: 'add_text', text: 'Phase 2', style: 'title', start_ms: 3000, end_ms: 8000 }]],
      ['加个标题“开工大吉”，持续1–5 s', [{ op: 'add_text', text: '开工大吉', style: 'title', start_ms: 1000, end_ms: 5000 }]],
      ['加个字幕“限时优惠”，显示到第7秒', [{ op: 'add_text', text: '限时优惠', style: 'caption', end_ms: 7000 }]],
      ['加个标题“新品上市”，最后3秒出来', [{ op: 'add_text', text: '新品上市', style: 'title', anchor: 'end', duration_ms: 3000 }]],
      // The end of the clip and how long, said before the text.
      ['the last 4 seconds, add a caption \'Subscribe\'', [{ op: 'add_text', text: 'Subscribe', style: 'caption', anchor: 'end', duration_ms: 4000 }]],
      ['前两秒，加个标题“你好”', [{ op: 'add_text', text: '你好', style: 'title', anchor: 'start', duration_ms: 2000 }]],
      // A text changed, shown only at the start: from 0 for that long.
      ['标题改成“春季特卖”，只在前4秒出现', [{ op: 'edit_text', text: '春季特卖', start_ms: 0, end_ms: 4000 }]],
      ['change the caption to \'Hi there\', only for the first 3 seconds', [{ op: 'edit_text', text: 'Hi there', start_ms: 0, end_ms: 3000 }]],
      // A length no text shows for is the clip's.
      ['加个标题“开工大吉”，三十秒', [{ op: 'add_text', text: '开工大吉', style: 'title' }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['add title \'Hello\', make it 40 seconds', [{ op: 'add_text', text: 'Hello', style: 'title' }, { op: 'compile_best_moments', target_ms: 40000 }]],
      // A length run on in an English text's words, with no comma, is its words.
      ['add a caption saying ready in 5 seconds', [{ op: 'add_text', text: 'ready in 5 seconds', style: 'caption' }]],
    ]);
    it('the last seconds of a text changed (no anchor for an edit) are not guessed at', () => {
      assert.deepEqual(ops('标题改成“你好”，最后5秒出现'), [{ op: 'edit_text', text: '你好' }]);
    });
  });

  describe('a text\'s new words named by another verb (更正为, 纠正为, "to say …", "to read …", badal/badlo)', () => {
    table([
      ['标题更正为“年度总结”', [{ op: 'edit_text', text: '年度总结' }]],
      ['字幕内容纠正为“注意安全”', [{ op: 'edit_text', text: '注意安全' }]],
      ['change the title to say grand opening today', [{ op: 'edit_text', text: 'grand opening today' }]],
      ['update the caption to read Hello world', [{ op: 'edit_text', text: 'Hello world' }]],
      ['title badlo \'Summer Vibes\'', [{ op: 'edit_text', text: 'Summer Vibes' }]],
      ['Title badal ke \'Diwali Sale\' likh do', [{ op: 'edit_text', text: 'Diwali Sale' }]],
    ]);
    // No words said, or only a time set off as if it were words.
    nothing(['the title should say something else', 'change the title to read better', '标题更正一下', '加个标题：第2秒至第5秒']);
  });

  describe('where a text sits: said in traditional or dialect words (置於, 頂部, 喺), or moved on from where it is said to be', () => {
    table([
      ['標題置於畫面頂部', [{ op: 'edit_text', position: 'top' }]],
      ['字幕置於底部', [{ op: 'edit_text', position: 'bottom' }]],
      ['加个字“欢迎光临”，喺中间', [{ op: 'add_text', text: '欢迎光临', style: 'title', position: 'center' }]],
      ['标题喺下面', [{ op: 'edit_text', position: 'bottom' }]],
      ['标题怎么在中间，挪到最上边去', [{ op: 'edit_text', position: 'top' }]],
      ['标题在底下，挪到中间去', [{ op: 'edit_text', position: 'center' }]],
      ['字幕挡住脸了，挪到上面去', [{ op: 'edit_text', position: 'top' }]],
      ['标题太显眼了，放到下面', [{ op: 'edit_text', position: 'bottom' }]],
      ['the title looks weird, move to the top', [{ op: 'edit_text', position: 'top' }]],
    ]);
    // A move said after another part is not the text's.
    nothing(['视频有点暗，挪到上面']);
    it('a move said after the music is no text\'s', () => assert.deepEqual(ops('音乐太吵了，挪到上面'), [{ op: 'set_music_volume', change: 'quieter' }]));
  });

  describe('a text spoken of (not read), then a change that names nothing ("…, change to \'…\'"): that text changed', () => {
    table([
      ['ugh the caption spelling wrong, change to \'Open Day\'', [{ op: 'edit_text', text: 'Open Day' }]],
      ['the title has a typo, change it to \'Hello\'', [{ op: 'edit_text', text: 'Hello' }]],
      ['标题写错字了，改成“开业大吉”', [{ op: 'edit_text', text: '开业大吉' }]],
      ['字幕太小了，挪到上面去', [{ op: 'edit_text', position: 'top' }]],
    ]);
    // Another part spoken of is no text's.
    nothing(['the music is weird, change to \'Hello\'']);
  });

  describe('how a text comes in and where, in other words (滑着进来, 从边上); unquoted words closed by the end it goes at', () => {
    table([
      ['加个字“开门红”，要从边上滑着进来', [{ op: 'add_text', text: '开门红', style: 'title', motion: 'slide' }]],
      ['加一行字幕“下单立减”，从左边滑着进来', [{ op: 'add_text', text: '下单立减', style: 'caption', motion: 'slide' }]],
      ['add a caption Thanks for watching at the end', [{ op: 'add_text', text: 'Thanks for watching', style: 'caption', anchor: 'end' }]],
      ['put a title Spring Fair at the very beginning', [{ op: 'add_text', text: 'Spring Fair', style: 'title', anchor: 'start' }]],
    ]);
    nothing(['put the title back at the start', 'add a title card at the end']);
  });

  describe('an opener before a request of a text ("do one thing, …", 弄啥嘞，…) asks nothing itself', () => {
    table([
      ['do one thing, put the caption \'Fresh Mangoes\' on top', [{ op: 'add_text', text: 'Fresh Mangoes', style: 'caption', position: 'top' }]],
      ['do one thing, remove the title', [{ op: 'remove_text' }]],
      ['弄啥嘞，字幕搁下头去', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    nothing(['do one thing', '弄啥嘞']);
  });

  describe('a lower third named by where it sits (下方人名条, "bottom name tag"): no place asked of it', () => {
    table([
      ['加一个下方人名条“李雷 主厨”', [{ op: 'add_text', text: '李雷 主厨', style: 'lower-third' }]],
      ['add a bottom name tag \'Ana Ruiz\'', [{ op: 'add_text', text: 'Ana Ruiz', style: 'lower-third' }]],
      // A place said of it apart from its name is asked.
      ['加个人名条“李雷”，放在上面', [{ op: 'add_text', text: '李雷', style: 'lower-third', position: 'top' }]],
    ]);
  });

  describe('the text removed or moved, with the clean frame or the pictures alone as why', () => {
    table([
      ['remove all the text. clean frame', [{ op: 'remove_text' }]],
      ['delete the captions, I want a clean screen', [{ op: 'remove_text' }]],
      ['take the title off, let the footage speak for itself', [{ op: 'remove_text' }]],
      ['remove the words; these clips carry no graphics', [{ op: 'remove_text' }]],
      ['标题删了，只留画面就行', [{ op: 'remove_text' }]],
      ['Move the title to the top; it covers the bottom of the frame.', [{ op: 'edit_text', position: 'top' }]],
    ]);
    it('a request of another part beside it stays unread', () => {
      for (const phrase of ['remove the title. clean the audio', 'remove the title. the frame is too dark']) {
        assert.deepEqual(ops(phrase), [{ op: 'remove_text' }], phrase);
      }
    });
  });

  describe('a card named, then its words labelled (文字“…”, 内容：, "text: …"); a first or last card', () => {
    table([
      ['片头卡片一张，文字“县志办 出品”，时长三秒', [{ op: 'add_card', card: 'intro', text: '县志办 出品', duration_ms: 3000 }]],
      ['片尾卡片一张，内容：“谢谢观看”', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
      ['add an outro card, text: \'See you soon\'', [{ op: 'add_card', card: 'outro', text: 'See you soon', duration_ms: 2000 }]],
      ['a last card with \'Visit acme.io\' for 3 seconds', [{ op: 'add_card', card: 'outro', text: 'Visit acme.io', duration_ms: 3000 }]],
      ['end on a last card \'Thanks for watching\'', [{ op: 'add_card', card: 'outro', text: 'Thanks for watching', duration_ms: 2000 }]],
      ['a first card with \'Welcome\' for 2 seconds', [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
      ['开头加个片头，写“社区春晚”，两秒就得行', [{ op: 'add_card', card: 'intro', text: '社区春晚', duration_ms: 2000 }]],
    ]);
    nothing(['the last card looks off', '片尾卡片一张，文字要大一点']);
  });
});
