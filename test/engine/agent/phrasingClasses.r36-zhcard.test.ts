import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 36, intro and outro cards asked in Chinese with their words unquoted: the words run on after 写 (or 寫) said
 * right after the card's name ("片尾写…", "outro写…", "片尾卡写…") or opening a part set apart by a space once the card
 * is named ("片尾加个卡片 写…", "加字卡在最后面 写…"); where those words end and how long the card shows begins (a length
 * after a space, with 显示, 停留, 持续, 左右, 就行 or 就好, in Chinese or Arabic figures, or "3s"; one run on with no space
 * may as well be theirs: unsure); and an emoji after quoted words, before the next request, ending the clause as a full
 * stop does. Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; look-alikes say what is
 * written there, refuse it, or ask.
 */

const card = (which: 'intro' | 'outro', text: string, ms = 2000) => ({ op: 'add_card' as const, card: which, text, duration_ms: ms });

describe('edit agent: round 36, Chinese cards with unquoted words', () => {
  describe('the words after 写, right after the card or opening a spaced part', () => {
    sure([
      ['片头加个卡片 写欢迎来到小店', [card('intro', '欢迎来到小店')]],
      ['最后加张卡片 写扫码关注', [card('outro', '扫码关注')]],
      ['结尾放一张字卡 写关注我们', [card('outro', '关注我们')]],
      ['片尾写谢谢观看', [card('outro', '谢谢观看')]],
      ['intro写Acme Studio', [card('intro', 'Acme Studio')]],
      ['片尾卡写Thanks for watching', [card('outro', 'Thanks for watching')]],
      ['加个片尾 寫謝謝收看', [card('outro', '謝謝收看')]],
      ['开头加个卡片 写：新品发布会', [card('intro', '新品发布会')]],
    ]);
    // What is said of the writing, a question about it, or a refusal of it, is no words to put on a card.
    nothing(['片尾写错了', '片头写得太小', '结尾写的字太小了', '片头写什么好', '片尾怎么写', '片尾卡片 写太长了', '别在片尾写谢谢观看', '片尾的卡片写的是谢谢观看', '片头写一下公司名']);
  });

  describe('where the words end and the length begins', () => {
    sure([
      ['加个片尾 写扫码关注 三秒', [card('outro', '扫码关注', 3000)]],
      ['片头卡 写新品发布 停留四秒', [card('intro', '新品发布', 4000)]],
      ['加个片尾卡 写扫码关注 持续五秒', [card('outro', '扫码关注', 5000)]],
      ['加片头 写 Maple Dental 四秒就好', [card('intro', 'Maple Dental', 4000)]],
      ['outro卡 写See you next week 5秒', [card('outro', 'See you next week', 5000)]],
      ['片头 写Acme Labs 3s', [card('intro', 'Acme Labs', 3000)]],
      ['结尾加张卡 写 限时八折 三秒左右', [card('outro', '限时八折', 3000)]],
      ['片尾加个三秒的卡片 写扫码关注', [card('outro', '扫码关注', 3000)]],
      // A figure among the words is theirs, no length of the card.
      ['片头 写 30秒学会剪辑', [card('intro', '30秒学会剪辑')]],
      ['加个片头 写 iPhone 15', [card('intro', 'iPhone 15')]],
    ]);
    // A length run on with no space may as well be part of the words.
    notSure(['加个片头 写欢迎光临三秒']);
  });

  describe('an emoji after quoted words ends the clause', () => {
    sure([
      ['片尾加一张卡片「关注我们」👍 导出mp4', [card('outro', '关注我们'), { op: 'export', format: 'mp4' }]],
      ['加个标题「夏日特惠」🔥 导出mp4', [{ op: 'add_text', text: '夏日特惠', style: 'title' }, { op: 'export', format: 'mp4' }]],
      ['片尾「谢谢观看」❤️ 片头「欢迎」', [card('outro', '谢谢观看'), card('intro', '欢迎')]],
      ['add an outro card “Bye”🎉 export mp4', [card('outro', 'Bye'), { op: 'export', format: 'mp4' }]],
      // Inside the quote, an emoji is the words'.
      ['加个标题「好吃🔥」', [{ op: 'add_text', text: '好吃🔥', style: 'title' }]],
    ]);
  });
});
