import { nothing, sure } from './phrasingTable';

/**
 * The lead's classes of session 40 (round 46): where every text just added sits, said once in English after the last one's words
 * (", both in the middle of the screen"), places each of them, as 两个都放在中间 does; a place said "of the screen" or
 * "of the video" is the place; a card named by the stock words it shows ("a thank you card", 谢谢观看的片尾, 片尾加个谢谢观看)
 * shows them, at the end unless said at the start; 再 inside a text's unquoted words ("写欢迎再来") stays theirs; what
 * the round's merge read wrong in the opened sets (a second file's format taken for the first's, a topic beside keeping
 * everything left unread), read right again.
 */
describe('edit agent: lead 46 classes', () => {
  describe("where every text just added sits, said after the last one's words", () => {
    const caption = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'caption' as const, ...(position ? { position } : {}) });
    const title = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'title' as const, ...(position ? { position } : {}) });
    sure([
      ["add a caption 'Hi' and a title 'Bye', both in the middle of the screen", [caption('Hi', 'center'), title('Bye', 'center')]],
      ['add a title "Step 1" and a caption "Step 2", both at the top', [title('Step 1', 'top'), caption('Step 2', 'top')]],
      ["add captions 'One', 'Two' and 'Three', all of them at the bottom", [caption('One', 'bottom'), caption('Two', 'bottom'), caption('Three', 'bottom')]],
      // A place of the screen or the video said for one text is its place.
      ["add a caption 'Hi', in the middle of the screen", [caption('Hi', 'center')]],
      ["add a title 'Hi', at the top of the video", [title('Hi', 'top')]],
      ['move the title to the top of the frame', [{ op: 'edit_text', position: 'top' }]],
    ]);
  });

  describe('a card named by the stock words it shows', () => {
    const card = (text: string, kind: 'intro' | 'outro' = 'outro') => [{ op: 'add_card' as const, card: kind, text, duration_ms: 2000 }];
    sure([
      ['add a thank you card at the end', card('Thank you')],
      ['end with a thank-you card', card('Thank you')],
      ['add a thanks for watching screen', card('Thanks for watching')],
      ['put a thank you card at the start', card('Thank you', 'intro')],
      ['Add a Thank You card at the end', card('Thank You')],
      ['最后加个谢谢观看的片尾', card('谢谢观看')],
      ['片尾加个谢谢观看', card('谢谢观看')],
      ['片尾放上感谢收看', card('感谢收看')],
      // Words said for the card are its words, whatever it is called.
      ['add a thank you card at the end saying See you soon', card('See you soon')],
    ]);
    // Thanks said to the tool, a card's thanks taken away, and thanks said at the end as a text are no card added.
    nothing(['thank you, the card looks great', 'thanks for the outro card']);
  });

  describe("再 inside a text's unquoted words stays theirs", () => {
    sure([
      ['片尾写欢迎再来', [{ op: 'add_card', card: 'outro', text: '欢迎再来', duration_ms: 2000 }]],
      ['加个字幕 写欢迎再来', [{ op: 'add_text', text: '欢迎再来', style: 'caption' }]],
      // Between two requests it is "then".
      ['加标题“你好”再导出', [{ op: 'add_text', text: '你好', style: 'title' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe("the round's merge, read right again", () => {
    sure([
      // An aside after a format names no format of the export before it when that one named its own.
      ['export it as webm then also mp4, thanks', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4' }]],
      ['export mp4 and then gif, both', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['导出 mov 和 mp4 各一个，mov 给同事用', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'mp4' }]],
      // With none named, the format said after it is its own.
      ['导出!! gif 发群里', [{ op: 'export', format: 'gif' }]],
      // What the footage is of, beside keeping everything, is an aside.
      ['给猫咪洗澡的全过程，帮我保留全部，一刀都别剪', [{ op: 'keep_everything' }]],
    ]);
  });
});
