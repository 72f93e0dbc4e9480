import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 29's Chinese misreadings (found by its helper's probe, no bench lines): each a class, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 29 Chinese leftovers → exact operations or nothing', () => {
  describe('an export verb among the words a text is given is those words (said as words), or unsure (a space alone)', () => {
    table([
      ['加个字幕写着保存设置', [{ op: 'add_text', text: '保存设置', style: 'caption' }]],
      ['顶部加个标题 内容是 下载安装包', [{ op: 'add_text', text: '下载安装包', style: 'title', position: 'top' }]],
      ['加个标题 叫 保存', [{ op: 'add_text', text: '保存', style: 'title' }]],
      ['add a caption that says export done', [{ op: 'add_text', text: 'export done', style: 'caption' }]],
      ['加个字幕“导出成功”', [{ op: 'add_text', text: '导出成功', style: 'caption' }]],
    ]);
    // Set apart by a space alone, the words may as well be a request after the text: neither is read.
    nothing(['底部加个字幕 保存设置', '加个字幕 导出视频', '加个标题 下载一下']);
  });

  describe('the words a marker says are the words, when the time is said between the text and them', () => {
    table([
      ['加个字幕 从3秒开始 持续5秒 内容是 点这里', [{ op: 'add_text', text: '点这里', style: 'caption', start_ms: 3000, duration_ms: 5000 }]],
      ['加个字幕 从第2秒开始 写着 点击确定', [{ op: 'add_text', text: '点击确定', style: 'caption', start_ms: 2000 }]],
      ['加个标题 持续4秒 内容是 欢迎使用', [{ op: 'add_text', text: '欢迎使用', style: 'title', duration_ms: 4000 }]],
      ['底部加个字幕 从5秒开始 写着 下一步', [{ op: 'add_text', text: '下一步', style: 'caption', position: 'bottom', start_ms: 5000 }]],
    ]);
  });

  describe('history steps typed one after another with spaces are each a step, in the order said', () => {
    table([
      ['撤销 撤销 重做', [{ op: 'undo' }, { op: 'undo' }, { op: 'redo' }]],
      ['undo undo redo', [{ op: 'undo' }, { op: 'undo' }, { op: 'redo' }]],
      ['撤销 重做 撤销', [{ op: 'undo' }, { op: 'redo' }, { op: 'undo' }]],
      ['撤回 撤回', [{ op: 'undo' }, { op: 'undo' }]],
      ['redo redo', [{ op: 'redo' }, { op: 'redo' }]],
      // Run on, the word doubled is one step said with feeling.
      ['撤回撤回', [{ op: 'undo' }]],
      ['撤销多了 刚才撤掉的那步再做回来', [{ op: 'redo' }]],
    ]);
  });

  describe('搞快点 (Southwest Mandarin "hurry up") beside another request is hurry, not a pace', () => {
    table([
      ['搞快点嘛 整成竖屏的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['搞快点 加个背景音乐', [MUSIC]],
      ['搞快些 剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['整成竖屏 搞快点', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加个音乐，搞快点哈', [MUSIC]],
      // Of a moment, or alone, it asks a faster pace.
      ['第二段搞快点', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['搞快点嘛', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
  });

  describe('a corner a text is put in (only top, middle, bottom exist) is said back as unread, the text added', () => {
    it('adds the text and says back the corner', () => {
      for (const [message, op] of [
        ['右下角加个标题“你好”', { op: 'add_text', text: '你好', style: 'title' }],
        ['加个标题“你好” 放在右上角', { op: 'add_text', text: '你好', style: 'title' }],
        ['左下角放个字幕“点这里”', { op: 'add_text', text: '点这里', style: 'caption' }],
        ["add a title 'hi' in the top left corner", { op: 'add_text', text: 'hi', style: 'title', position: 'top' }],
      ] as const) assert.deepEqual(understood(message), { ops: [op], unknown: [message] }, message);
    });
    // A place that exists is no corner.
    table([['加个标题“你好” 放在顶部', [{ op: 'add_text', text: '你好', style: 'title', position: 'top' }]]]);
  });
});
