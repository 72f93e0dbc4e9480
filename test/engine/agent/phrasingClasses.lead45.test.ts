import { nothing, notSure, sure } from './phrasingTable';

/**
 * The lead's classes of session 39, found by writing everyday requests of new users by hand: a title's new words typed
 * run on after 换成 / 改成 hold a verb of their own (欢迎加入, 加油, 新品发布) or open with 新 (新品上市, 新年快乐), and are
 * still the words, where they were read as a text added, an export, or "a new one" and left unread; "change the title
 * text to Summer Camp 2026" names the title's words as well as "the title"; after a text's unquoted words, a place or a
 * first stretch set apart by a comma alone (", top", ", first 3 seconds") is where or when it shows, not more words;
 * where texts sit said once for all those just added (两个都放在中间) places each of them.
 */
describe('edit agent: lead 45 classes', () => {
  describe("a title's new words, run on after 换成, may hold a verb or open with 新", () => {
    const renamed = (text: string) => [{ op: 'edit_text' as const, text }];
    sure([
      ['标题换成欢迎加入', renamed('欢迎加入')],
      ['把标题改成欢迎加入', renamed('欢迎加入')],
      ['标题改成：欢迎加入我们', renamed('欢迎加入我们')],
      ['标题换成加油', renamed('加油')],
      ['标题换成新品发布', renamed('新品发布')],
      ['标题文字换成新品发布会', renamed('新品发布会')],
      ['把标题改成新年快乐', renamed('新年快乐')],
      ['标题改成新品上市 导出', [...renamed('新品上市'), { op: 'export', format: 'mp4' }]],
      ['标题换成欢迎加入然后导出', [...renamed('欢迎加入'), { op: 'export', format: 'mp4' }]],
      // An add verb outside the new words still adds.
      ['标题改成欢迎加入，再加个字幕：报名电话', [...renamed('欢迎加入'), { op: 'add_text', text: '报名电话', style: 'caption' }]],
    ]);
    // "A new one" names no words; a look is no words either.
    notSure(['标题换成新的', '标题换成新的标题', '标题换成新一点的字体']);
    // Asked, not said: nothing changes.
    nothing(['标题换成新的吗？']);
  });

  describe("the title's text, words or wording changed to typed words", () => {
    sure([
      ['change the title text to Summer Camp 2026', [{ op: 'edit_text', text: 'Summer Camp 2026' }]],
      ["change the title's wording to Open House Day", [{ op: 'edit_text', text: 'Open House Day' }]],
      ['update the caption words to Tap Next', [{ op: 'edit_text', text: 'Tap Next' }]],
    ]);
    // A font or a colour is no words.
    notSure(['change the title text to Arial', 'change the title text to White']);
  });

  describe("a place or a first stretch after a text's words and a comma is where or when it shows", () => {
    sure([
      ['title: Big Sale, top, first 3 seconds', [{ op: 'add_text', text: 'Big Sale', style: 'title', position: 'top', anchor: 'start', duration_ms: 3000 }]],
      ['title: Tips, middle', [{ op: 'add_text', text: 'Tips', style: 'title', position: 'center' }]],
      ['add a caption: Click Save, bottom, from 5s to 9s', [{ op: 'add_text', text: 'Click Save', style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 9000 }]],
      ['add a title: Welcome, for the first 4 seconds', [{ op: 'add_text', text: 'Welcome', style: 'title', anchor: 'start', duration_ms: 4000 }]],
      // Words that hold commas and no place keep them all.
      ['title: Hello, World', [{ op: 'add_text', text: 'Hello, World', style: 'title' }]],
      ['add a title: Fast, Simple, Secure', [{ op: 'add_text', text: 'Fast, Simple, Secure', style: 'title' }]],
      ['add a title saying Back to Top', [{ op: 'add_text', text: 'Back to Top', style: 'title' }]],
    ]);
  });

  describe('where every text just added sits, said once for all of them', () => {
    sure([
      ['加个标题「你好」和字幕「再见」，两个都放在中间', [
        { op: 'add_text', text: '你好', style: 'title', position: 'center' }, { op: 'add_text', text: '再见', style: 'caption', position: 'center' }]],
      ['加个标题「你好」，再加个字幕「再见」，都放在底部', [
        { op: 'add_text', text: '你好', style: 'title', position: 'bottom' }, { op: 'add_text', text: '再见', style: 'caption', position: 'bottom' }]],
    ]);
    // One text already placed elsewhere, or one text alone: not said of every one; left unread.
    notSure(['加个标题「你好」放顶部，再加个字幕「再见」，都放在底部', '加个字幕「再见」，都放在底部']);
  });
});
