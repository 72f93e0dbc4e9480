import * as assert from 'node:assert/strict';
import { nothing, notSure, ops, sure, table } from './phrasingTable';

/**
 * Round 36, Chinese texts whose words are not quoted: where the words end and, set apart by a space, when (从零秒到四秒,
 * 8秒到14秒, 开头五秒, 显示五秒), where (底下, 放中间) or how (从旁边滑进来) it shows begins; the words run on right after the
 * text's noun (加个标题X, 字幕加一个X) when only such details follow; 写 run on after a spaced noun (加个字幕 写X); a clause
 * with no verb that opens with the noun, the words, then such details (字幕 X 8秒到14秒) is a new text; a caption named
 * first by its words, then put somewhere (字幕“X”放喺顶), is a new caption (a title so named is the one there); 字幕 typed
 * as 自幕 or 子幕. Own wordings (not the bench's lines), against a draft of 3 moments and 1 text, read as exactly these
 * operations with nothing unread and nothing asked; and look-alikes that must stay unread, change nothing, or stay the
 * edit they were.
 */

const caption = (text: string, more: object = {}) => ({ op: 'add_text' as const, text, style: 'caption' as const, ...more });
const title = (text: string, more: object = {}) => ({ op: 'add_text' as const, text, style: 'title' as const, ...more });

describe('edit agent: round 36, Chinese texts with unquoted words', () => {
  describe('when, where or how a text shows, set apart by a space after its words, is no part of them', () => {
    sure([
      ['加个字幕 欢迎光临 底部 第3秒到第6秒', [caption('欢迎光临', { start_ms: 3000, end_ms: 6000, position: 'bottom' })]],
      ['加个标题 Spring Sale 结尾三秒', [title('Spring Sale', { anchor: 'end', duration_ms: 3000 })]],
      ['加一行字幕 注意安全 从左边滑入', [caption('注意安全', { motion: 'slide' })]],
      ['加标题 新品上市 放在顶部 前4秒', [title('新品上市', { anchor: 'start', duration_ms: 4000, position: 'top' })]],
      ['加个字幕 Hello World 中间', [caption('Hello World', { position: 'center' })]],
      ['顶部加个标题 周末特惠 滑进来', [title('周末特惠', { position: 'top', motion: 'slide' })]],
      ['加个字幕 Open 24 Hours 0:02-0:05', [caption('Open 24 Hours', { start_ms: 2000, end_ms: 5000 })]],
      // A new wording, then where it goes: the text there gets both.
      ['标题改成 新品上市 放在顶部', [{ op: 'edit_text', text: '新品上市', position: 'top' }]],
    ]);
    // Only how it shows, and no words: nothing to add.
    notSure(['加标题 底部', '加个字幕 开头', '加个标题和字幕 开头五秒']);
  });

  describe('words run on right after the noun, then only how the text shows, are its words', () => {
    sure([
      ['加个标题年终总结 开头三秒', [title('年终总结', { anchor: 'start', duration_ms: 3000 })]],
      ['加一条字幕请系好安全带 从第2秒到第6秒', [caption('请系好安全带', { start_ms: 2000, end_ms: 6000 })]],
      ['字幕加一个小心地滑 底下', [caption('小心地滑', { position: 'bottom' })]],
      ['标题加个春季新品 从旁边滑进来', [title('春季新品', { motion: 'slide' })]],
      ['上面加个字幕限时优惠 结尾五秒', [caption('限时优惠', { anchor: 'end', duration_ms: 5000, position: 'top' })]],
      ['加上标题产品发布会 居中', [title('产品发布会', { position: 'center' })]],
    ]);
    // A particle, a place, a kind of text, a look or another part run on after the noun is no words; nor are words run
    // on with nothing after them.
    notSure([
      '加个字幕吧 开头五秒', '加个标题在底下 开头五秒', '加个标题动画 从旁边滑进来', '加个标题卡 开头五秒', '字幕加一个描边 底下',
      '加个字幕条 底下', '加个字幕特效 底下', '标题加粗 开头五秒', '加个标题酸碱中和反应',
    ]);
  });

  describe('写 run on after the noun and a space, or after 加 and a count, gives the words after it', () => {
    sure([
      ['加个标题 写新品发布 开头五秒', [title('新品发布', { anchor: 'start', duration_ms: 5000 })]],
      ['加一条字幕写欢迎回来 底部', [caption('欢迎回来', { position: 'bottom' })]],
      ['加个字幕 写请勿吸烟', [caption('请勿吸烟')]],
      ['加一个字幕写 保存设置 放底下', [caption('保存设置', { position: 'bottom' })]],
    ]);
  });

  describe('with no verb, the noun, its words, then when or where it shows is a new text', () => {
    sure([
      ['标题 年度盘点 开头三秒', [title('年度盘点', { anchor: 'start', duration_ms: 3000 })]],
      ['人名条 王敏 底下', [{ op: 'add_text', text: '王敏', style: 'lower-third', position: 'bottom' }]],
      ['字幕 登录页白屏 12秒到18秒，导出', [caption('登录页白屏', { start_ms: 12000, end_ms: 18000 }), { op: 'export', format: 'mp4' }]],
      ['1. 字幕 按钮点不动 3秒到7秒\n2. 竖屏', [caption('按钮点不动', { start_ms: 3000, end_ms: 7000 }), { op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // Only when or where: the text there is timed or moved, as before.
    table([
      ['字幕 8秒到14秒', [{ op: 'edit_text', start_ms: 8000, end_ms: 14000 }]],
      ['字幕 放中间 8秒到14秒', [{ op: 'edit_text', position: 'center', start_ms: 8000, end_ms: 14000 }]],
    ]);
    // What is thought of the text there is no words to add; nor are words with an export's verb among them (unsure).
    it('adds no text of a verdict', () => {
      for (const phrase of ['字幕 太小了 8秒到14秒', '标题 不对 开头五秒', '字幕 有问题 8秒到14秒', '字幕 看不清 底下']) {
        assert.ok(ops(phrase).every((op) => op.op !== 'add_text'), phrase);
      }
    });
    notSure(['标题 不对 开头五秒', '字幕 点这里下载 底部']);
    nothing(['字幕 温度曲线不刷新']);
  });

  describe('a caption named first by its words, then put somewhere, is a new caption', () => {
    sure([
      ['字幕“限时折扣”放在底部', [caption('限时折扣', { position: 'bottom' })]],
      ['字幕「欢迎」放到中间 前三秒', [caption('欢迎', { anchor: 'start', duration_ms: 3000, position: 'center' })]],
      ['字幕“Order shipped”放喺底', [caption('Order shipped', { position: 'bottom' })]],
      ['人名条“李雷 工程师”放在底部', [{ op: 'add_text', text: '李雷 工程师', style: 'lower-third', position: 'bottom' }]],
    ]);
    // Moved by a verb that moves, named by 把, or a title (the one there): the text there.
    table([
      ['把字幕“限时”放到底部', [{ op: 'edit_text', text: '限时', position: 'bottom' }]],
      ['字幕“限时”挪到顶部', [{ op: 'edit_text', text: '限时', position: 'top' }]],
      ['标题“早安”放在中间', [{ op: 'edit_text', text: '早安', position: 'center' }]],
    ]);
    notSure(['字幕“注意”改成红色']);
  });

  describe('字幕 typed as another zi of its sound (自幕, 子幕) is 字幕', () => {
    sure([
      ['加个自幕“你好” 2到5秒', [caption('你好', { start_ms: 2000, end_ms: 5000 })]],
      ['加子幕「注意台阶」放底下', [caption('注意台阶', { position: 'bottom' })]],
      ['自幕 删掉', [{ op: 'remove_text' }]],
    ]);
    nothing(['来自幕后的故事']);
  });
});
