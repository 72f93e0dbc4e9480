import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 38, Chinese (and mixed) words of a title, a caption or a card: unquoted, quoted, in backticks or after a colon, then
 * where, how or how long they show (放在上面, 放 bottom, 从旁边滑进来, slide 进来, 显示五秒, ", 3s"): the words end where that
 * starts (one trim for texts and cards), and a title named first with its words said apart from it (a space, 写, a colon)
 * is a new one put there; a noun and a place, or a light verb or an end of the clip, before a colon label the words after
 * it (title 放 top: …, 给个 outro：…, 开头 intro card: …); one card taken away beside the other said to stay (片尾留着) is
 * only that one; where a text has got to, said as a complaint (字幕怎么跑到上面去了), then put back, is the move asked; 字
 * alone after 加个 names a text; the other card said with 也 after the first one's words is a card of its own. Own
 * wordings (not the bench's lines), against a draft of 3 moments and 1 text.
 */

const title = (text: string, more: object = {}) => ({ op: 'add_text' as const, text, style: 'title' as const, ...more });
const caption = (text: string, more: object = {}) => ({ op: 'add_text' as const, text, style: 'caption' as const, ...more });
const card = (which: 'intro' | 'outro', text: string, seconds = 2) => ({ op: 'add_card' as const, card: which, text, duration_ms: seconds * 1000 });

describe('edit agent: round 38, words of a text or card, then how they show', () => {
  describe('the words end where their place, motion, timing or length starts; a title so named is a new one', () => {
    sure([
      ['标题 春季新品 放在上面', [title('春季新品', { position: 'top' })]],
      ['标题 江南小馆 放到底部 从旁边滑进来', [title('江南小馆', { position: 'bottom', motion: 'slide' })]],
      ['字幕 扫码关注 放中间 显示五秒', [caption('扫码关注', { position: 'center', duration_ms: 5000 })]],
      ['标题写 “周末露营” 放在最上面', [title('周末露营', { position: 'top' })]],
      ['加个字幕 写 请勿吸烟 放 bottom', [caption('请勿吸烟', { position: 'bottom' })]],
      ['标题 Sunrise Bakery slide 进来', [title('Sunrise Bakery', { motion: 'slide' })]],
      ['字幕：青岛啤酒节 现场直播 放在下面', [caption('青岛啤酒节 现场直播', { position: 'bottom' })]],
      ['字幕 `npm run build` 放 bottom', [caption('npm run build', { position: 'bottom' })]],
    ]);
    // The title named by its words quoted right after it is the one there; a verdict or no words moves the one there.
    sure([
      ['标题“早安” 放在顶部', [{ op: 'edit_text', text: '早安', position: 'top' }]],
      ['标题写错了 放在上面', [{ op: 'edit_text', position: 'top' }]],
      ['标题 放在上面', [{ op: 'edit_text', position: 'top' }]],
    ]);
    // An English length run on may be the words ("ready in 5 seconds").
    sure([['加个标题 Ready in 5 seconds', [title('Ready in 5 seconds')]]]);
  });

  describe('a noun and a place, a light verb or an end of the clip before a colon label the words after it', () => {
    sure([
      ['title 放 top: Weekend Sale', [title('Weekend Sale', { position: 'top' })]],
      ['标题放中间：开业大吉', [title('开业大吉', { position: 'center' })]],
      ['caption 放 bottom: Press F to pay respects', [caption('Press F to pay respects', { position: 'bottom' })]],
      ['给个 outro：Thanks for coming, 3 秒', [card('outro', 'Thanks for coming', 3)]],
      ['来个片头卡：欢迎收看，2秒', [card('intro', '欢迎收看')]],
      ['开头 intro card: Riverside Choir', [card('intro', 'Riverside Choir')]],
      ['outro card: Visit our shop, 4s', [card('outro', 'Visit our shop', 4)]],
    ]);
  });

  describe('one card taken away beside the other said to stay is only that one', () => {
    sure([
      ['片头卡不要了 片尾留着', [{ op: 'remove_card', card: 'intro' }]],
      ['删掉片尾 片头保留', [{ op: 'remove_card', card: 'outro' }]],
      ['删掉片尾，片头保留吧', [{ op: 'remove_card', card: 'outro' }]],
      ['remove the outro, keep the intro', [{ op: 'remove_card', card: 'outro' }]],
      ['片尾不要了 片头也不要了', [{ op: 'remove_card', card: 'outro' }, { op: 'remove_card', card: 'intro' }]],
    ]);
    // Said to stay alone, or the same card both gone and kept, is no removal read sure.
    notSure(['片尾留着', '片尾删掉 片尾保留']);
  });

  describe('where a text has got to, said as a complaint, then put back, is the move asked', () => {
    sure([
      ['字幕怎么跑到上面去了 放回底下', [{ op: 'edit_text', position: 'bottom' }]],
      ['标题咋个跑到底下去了 放回中间', [{ op: 'edit_text', position: 'center' }]],
      ['字幕跑到中间去了，放回底下', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    nothing(['标题是不是跑到中间去了？', '标题咋个跑到中间去了']);
  });

  describe('字 alone after 加个 names a text; the other card said with 也 is a card of its own', () => {
    sure([
      ['加个字 今日特价 放上面', [title('今日特价', { position: 'top' })]],
      ['加一行字 欢迎光临 放在下面', [title('欢迎光临', { position: 'bottom' })]],
      ['加个片头 写 新店开业 两秒 片尾也加一个 写 谢谢光临', [card('intro', '新店开业'), card('outro', '谢谢光临')]],
      ['加个片头 写 新店开业 片尾也加 写 谢谢光临', [card('intro', '新店开业'), card('outro', '谢谢光临')]],
    ]);
    notSure(['加个字体']);
  });
});
