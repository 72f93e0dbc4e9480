import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 50's code-health classes (health50), read as before the clean-up, where the words moved into the vocabulary
 * had no test of their own: how a text comes in, said alone before where it goes ("put the title slowly at the top"), is
 * no words of it (MANNER_EN); what a zoom is to show names no moment (第二段: unread); a moment moved to an end said
 * better there, 片头 a place, not a card; someone else said in English amid the Chinese ("client 自己调色") does it
 * themselves; a text's new words after "has to say" or "needs to read", written as a title is (its small words in lower
 * case); 打个 before a text's run-on words adds it as 加个 does; the start of the clip said 一开始 before a length; an
 * amount taken off the front or the tail of the clip.
 */
describe('edit agent: round 50 health classes', () => {
  describe('how a text comes in, said alone before where it goes, is no words of it', () => {
    sure([
      ['put the title slowly at the top', [{ op: 'edit_text', position: 'top' }]],
      ['place the caption smoothly at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      // Capitalised among other words, it is a name: the words.
      ['put the title Slowly Cooked at the top', [{ op: 'add_text', text: 'Slowly Cooked', style: 'title', position: 'top' }]],
    ]);
  });

  describe('what a zoom is to show, or a mistake owned up to, names no moment', () => {
    sure([['放大，突出师傅的手法', [{ op: 'set_zoom', mode: 'auto' }]]]);
    notSure(['放大，突出第三段', '放大画面，给人看清楚第二段', '第二段删错了，撤销']);
  });

  describe('a moment moved to an end, said better there', () => {
    sure([
      ['第三段挪到最前面，全景放片头比较好', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段移到最后，片尾放最后更顺', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    // A text said better there may ask to move it too.
    notSure(['第二段挪到最后，标题放最后比较好']);
  });

  describe('someone else, said in English amid the Chinese, does it themselves', () => {
    sure([
      ['导出4K，client 要自己调色', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['导出1080p，designer 要自己加字幕', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
  });

  describe('new words after "has to say", "needs to read", written as a title is', () => {
    sure([
      ['the title has to say Open All Year', [{ op: 'edit_text', text: 'Open All Year' }]],
      ['the caption needs to read Day of the Dead', [{ op: 'edit_text', text: 'Day of the Dead' }]],
    ]);
    notSure(['the title must say Coming soon']);
  });

  describe('打个, 打上 before a text and its run-on words adds it', () => {
    sure([
      ['字幕打个新米上市 放在下面', [{ op: 'add_text', text: '新米上市', style: 'caption', position: 'bottom' }]],
      ['标题打个新品发布 放在上面', [{ op: 'add_text', text: '新品发布', style: 'title', position: 'top' }]],
    ]);
    nothing(['打开字幕']);
  });

  describe('an end of the clip said before a length, or an amount taken off it', () => {
    sure([
      ['一开始5秒删掉', [{ op: 'cut_range', start_ms: 0, end_ms: 5000 }]],
      ['开场3秒剪掉', [{ op: 'cut_range', start_ms: 0, end_ms: 3000 }]],
      ['shave the front by 1 second', [{ op: 'cut_range', start_ms: 0, end_ms: 1000 }]],
      ['cut 3 seconds off the tail', [{ op: 'cut_range', start_ms: 3000, end_ms: 0, from_end: true }]],
    ]);
  });
});
