import { nothing, notSure, sure } from './phrasingTable';

/**
 * The lead's classes of session 39, found by writing everyday requests of new users by hand: a title's new words typed
 * run on after 换成 / 改成 hold a verb of their own (欢迎加入, 加油, 新品发布) or open with 新 (新品上市, 新年快乐), and are
 * still the words, where they were read as a text added, an export, or "a new one" and left unread.
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
});
