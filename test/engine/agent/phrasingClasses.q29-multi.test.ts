import * as assert from 'node:assert/strict';
import type { EditOp } from '../../../src/protocol';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 29's several requests in one message (found by the lead and its helper's probes, no bench lines): each a class,
 * read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must read otherwise.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Each phrase read as these operations, with these clauses said back as unread. */
const saidBack = (cases: [string, EditOp[], string[]][]) => {
  for (const [phrase, ops, unknown] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops, unknown }));
};

describe('edit agent: round 29 several requests in one message → each kept', () => {
  describe('a moment named after a request that rebuilds the timeline is said back, never given the clip\'s length', () => {
    saidBack([
      ['剪成30秒 第二段太长了', [{ op: 'compile_best_moments', target_ms: 30000 }], ['第二段太长了']],
      ['剪个一分钟的 第三段太拖了', [{ op: 'compile_best_moments', target_ms: 60000 }], ['第三段太拖了']],
      ['做成45秒 第1段太长 加音乐', [{ op: 'compile_best_moments', target_ms: 45000 }, MUSIC], ['第1段太长']],
      ['cut it to 30 seconds, clip 2 drags', [{ op: 'compile_best_moments', target_ms: 30000 }], ['clip 2 drags']],
      ['trim it down to a minute, the last clip is boring', [{ op: 'compile_best_moments', target_ms: 60000 }], ['the last clip is boring']],
      ['make a 30 second cut, the first clip is 10 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }], ['the first clip is 10 seconds']],
    ]);
    // Named before the length, or with a request of its own, the moment is what is asked of.
    table([
      ['the second clip is too long, make it 30 seconds', [{ op: 'trim_moment', index: 2, to_ms: 30000 }]],
      ['剪成30秒 第二段删掉', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'remove_moment', index: 2 }]],
      ['剪成30秒 第二段2倍速', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'set_speed', factor: 2, index: 2 }]],
    ]);
    nothing(['the second clip is too long?', '是不是剪成30秒 第二段太长']);
  });

  describe('a moment\'s pace said as a state ("feels slow") asks for the other pace', () => {
    table([
      ['the third clip feels slow', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
      ['clip 2 is really slow', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['the first clip seems sluggish', [{ op: 'set_speed', factor: 1.5, index: 1 }]],
      ['make clip 2 slow', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
  });

  describe('parts spaced, each named with words of its own, are a request each', () => {
    table([
      ['标题「早安」 标题「晚安」', [{ op: 'add_text', text: '早安', style: 'title' }, { op: 'add_text', text: '晚安', style: 'title' }]],
      ['片头卡“你好” 片尾卡“再见”', [{ op: 'add_card', card: 'intro', text: '你好', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: '再见', duration_ms: 2000 }]],
      ['加个标题「早安」 字幕「欢迎收看」', [{ op: 'add_text', text: '早安', style: 'title' }, { op: 'add_text', text: '欢迎收看', style: 'caption' }]],
      ['字幕「第一步」 字幕「第二步」 竖屏', [{ op: 'add_text', text: '第一步', style: 'caption' }, { op: 'add_text', text: '第二步', style: 'caption' }, { op: 'set_aspect', aspect: '9:16' }]],
      ['片头卡「你好」 片尾卡「再见」 加音乐 导出gif', [{ op: 'add_card', card: 'intro', text: '你好', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: '再见', duration_ms: 2000 }, MUSIC, { op: 'export', format: 'gif' }]],
      // A place or a new wording after the quote is the text's own.
      ['标题“早安” 放在顶部', [{ op: 'edit_text', text: '早安', position: 'top' }]],
      ['把标题「A」 改成「B」', [{ op: 'edit_text', text: 'B' }]],
    ]);
  });

  describe('"another" (再来一个) before quoted words stands for the kind just named: a text of its own', () => {
    table([
      ["put a title 'Hello' at the start and another one 'Bye' at the end", [{ op: 'add_text', text: 'Hello', style: 'title', anchor: 'start' }, { op: 'add_text', text: 'Bye', style: 'title', anchor: 'end' }]],
      ["caption 'Step 1' at 0:05, another 'Step 2' at 0:12", [{ op: 'add_text', text: 'Step 1', style: 'caption', start_ms: 5000 }, { op: 'add_text', text: 'Step 2', style: 'caption', start_ms: 12000 }]],
      ['字幕「第一步」在5秒 再来一个「第二步」在12秒', [{ op: 'add_text', text: '第一步', style: 'caption', start_ms: 5000 }, { op: 'add_text', text: '第二步', style: 'caption', start_ms: 12000 }]],
      // A lower third's two lines are one text; "another" said of something else adds nothing.
      ["a lower third 'Jane Doe' 'CEO, Acme'", [{ op: 'add_text', text: 'Jane Doe\nCEO, Acme', style: 'lower-third' }]],
      ["add a caption 'Click here', another take would be better", [{ op: 'add_text', text: 'Click here', style: 'caption' }]],
    ]);
  });
});
