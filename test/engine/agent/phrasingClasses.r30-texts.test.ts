import * as assert from 'node:assert/strict';
import { ops, table, nothing, understood } from './phrasingTable';

/**
 * Round 30, texts and cards: new wordings of each class of the held-out lines about titles, captions and cards (against a
 * draft of 3 moments and 1 text), and the look-alikes that must stay as they were.
 */

describe('edit agent: round 30 texts and cards → exact operations or nothing', () => {
  describe('new words for the title there, said as a spec or with its place: one edit of it, not a new title', () => {
    table([
      ["title to say 'Open Late Fridays'", [{ op: 'edit_text', text: 'Open Late Fridays' }]],
      ["caption to read 'Step one'", [{ op: 'edit_text', text: 'Step one' }]],
      ["move the title to the bottom and it should say 'See you soon'", [{ op: 'edit_text', position: 'bottom', text: 'See you soon' }]],
      ["the title in the middle is better, and it must say 'Fresh daily'", [{ op: 'edit_text', position: 'center', text: 'Fresh daily' }]],
      ['the title at the top looks better', [{ op: 'edit_text', position: 'top' }]],
      // "tile" as a phone autocorrects "title", where only a text's words change.
      ["rename the tile to 'Harbour Tours'", [{ op: 'edit_text', text: 'Harbour Tours' }]],
      ["the tile should say 'Harbour Tours'", [{ op: 'edit_text', text: 'Harbour Tours' }]],
    ]);
    nothing(['the title at the bottom is fine', 'the title at the top looks wrong', 'cut where the tile falls']);
    it('a new title put with its words is still added ("put the title \'Welcome\' at the start")', () => {
      assert.deepEqual(ops("put the title 'Welcome' at the start"), [{ op: 'add_text', text: 'Welcome', style: 'title', anchor: 'start' }]);
    });
  });

  describe('a title at the start ("an intro title", "at the start with slide", 喺开头出三秒) is a title anchored there, not an intro card', () => {
    table([
      ["add an intro title 'Morning Bakes' for 4 seconds", [{ op: 'add_text', text: 'Morning Bakes', style: 'title', duration_ms: 4000, anchor: 'start' }]],
      ["put a caption 'Welcome in' at the start with slide", [{ op: 'add_text', text: 'Welcome in', style: 'caption', anchor: 'start', motion: 'slide' }]],
      ['加个字幕“早茶时间” 喺开头出两秒', [{ op: 'add_text', text: '早茶时间', style: 'caption', anchor: 'start', duration_ms: 2000 }]],
      ['加个标题“早茶时间” 开头出4秒', [{ op: 'add_text', text: '早茶时间', style: 'title', anchor: 'start', duration_ms: 4000 }]],
    ]);
    it('an intro, an intro card and a title card stay cards', () => {
      assert.deepEqual(ops("add an intro 'Morning Bakes' for 3 seconds"), [{ op: 'add_card', card: 'intro', text: 'Morning Bakes', duration_ms: 3000 }]);
      assert.deepEqual(ops("add a title card 'Morning Bakes'"), [{ op: 'add_card', card: 'intro', text: 'Morning Bakes', duration_ms: 2000 }]);
      assert.deepEqual(ops("start with the intro card 'Hi'"), [{ op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 2000 }]);
    });
  });

  describe("a text's time said loosely (a colon before it, ordinal seconds, \"show from 2 to 7 second\") is when the text there shows", () => {
    table([
      ['字幕显示时间：第2秒至第5秒', [{ op: 'edit_text', start_ms: 2000, end_ms: 5000 }]],
      ['could the caption be on from the second second to the fifth?', [{ op: 'edit_text', start_ms: 2000, end_ms: 5000 }]],
      ['title go to top and show from 1 to 4 second', [{ op: 'edit_text', position: 'top', start_ms: 1000, end_ms: 4000 }]],
    ]);
    it('a time after a colon of a text being added is still not its words', () => {
      assert.deepEqual(ops('加个字幕，显示时间：第1秒至第4秒'), []);
    });
  });

  describe('a card named, its words after 写, then its length, then the next card, each spaced: two cards', () => {
    table([
      ['片头加个卡片 写「老街豆花」 四秒 片尾也加一个「下次再来」', [
        { op: 'add_card', card: 'intro', text: '老街豆花', duration_ms: 4000 },
        { op: 'add_card', card: 'outro', text: '下次再来', duration_ms: 2000 },
      ]],
    ]);
    it('a title named, its words after 写 and its place spaced stays one text', () => {
      assert.deepEqual(ops('加个标题 写「你好」 放在顶部'), [{ op: 'add_text', text: '你好', style: 'title', position: 'top' }]);
    });
  });

  describe('a text named with no words, how it comes in or where it sits, then its words: one text added', () => {
    table([
      ['加一行字，放在底部，写“豆花两块一碗”', [{ op: 'add_text', text: '豆花两块一碗', style: 'title', position: 'bottom' }]],
      ['加个字幕，滑进来的那种，写“今天营业”', [{ op: 'add_text', text: '今天营业', style: 'caption', motion: 'slide' }]],
    ]);
  });

  describe('a label before a colon heading a text added with its quoted words: the quote is the words', () => {
    table([
      ['备注：加一条字幕“按 Ctrl S 保存”，2到5秒', [{ op: 'add_text', text: '按 Ctrl S 保存', style: 'caption', start_ms: 2000, end_ms: 5000 }]],
    ]);
    it('words after a colon that only quote a word inside them stay all the words', () => {
      assert.deepEqual(ops('加一行字幕：点击右上角“保存”'), [{ op: 'add_text', text: '点击右上角“保存”', style: 'caption' }]);
    });
  });

  describe('a caption written to post on a social feed is no text on the video', () => {
    it('nothing is added, and the words are said back', () => {
      for (const phrase of ['能帮我写个 caption 发朋友圈吗', 'can you write a caption for me to post on Instagram']) {
        const read = understood(phrase);
        assert.deepEqual(read.ops, [], phrase);
        assert.equal(read.unknown.length, 1, phrase);
      }
    });
    table([["add a caption 'Follow us on Instagram'", [{ op: 'add_text', text: 'Follow us on Instagram', style: 'caption' }]]]);
  });
});
