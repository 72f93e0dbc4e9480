import * as assert from 'node:assert/strict';
import { table, nothing, understood } from './phrasingTable';

/**
 * Round 28's Chinese probe (messages written as new users type them, no bench lines): each class read in new wordings
 * of it (against a draft of 3 moments and 1 text), and the look-alikes that must not be read that way.
 */

describe('edit agent: round 28 Chinese probe → exact operations or nothing', () => {
  describe('a slip typed between spaces before a bare figure (剪成30秒 不对 40秒) corrects the figure, no second request', () => {
    table([
      ['剪成30秒 不对 40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['剪成20秒 不对 25秒', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['第二段加速2倍 错了 3倍', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['音乐调到50% 哦不 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['结尾淡出2秒 说错了 3秒', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['剪成30秒，不对，40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // English "no" before a figure is no slip mended here.
    table([['make it 30s, no 40', [{ op: 'compile_best_moments', target_ms: 30000 }]]]);
    nothing(['no 40 seconds is fine', '不对 40秒吗？']);
  });

  describe('还有 before one more file, spaced after a format or a size (导出mp4 还有一个gif), is one file more', () => {
    table([
      ['导出1080p的mp4 还有一个gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
      ['导出mp4 还有一个gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['导出gif，还有一份mp4', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mp4' }]],
      ['导出mp4 还有 加个标题 你好', [{ op: 'export', format: 'mp4' }, { op: 'add_text', text: '你好', style: 'title' }]],
    ]);
    nothing(['视频里还有一个人', '还有一个问题', '音乐还有点吵吗？']);
  });

  describe('silent stretches pointed at with 那些 / 这些 (静音那些段落都去掉) are the dead air, no mute', () => {
    table([
      ['静音那些段落都去掉吧', [{ op: 'remove_dead_air' }]],
      ['停顿那些地方剪掉', [{ op: 'remove_dead_air' }]],
      ['空白这些部分删了', [{ op: 'remove_dead_air' }]],
      ['无声那些片段不要了', [{ op: 'remove_dead_air' }]],
      ['静音那些都删掉', [{ op: 'remove_dead_air' }]],
    ]);
    table([
      ['把原声静音', [{ op: 'set_source_volume', volume: 0 }]],
      ['静音', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['静音那些段落不要删', '停顿那些地方留着']);
  });

  describe('Cantonese 冇嘢做 (nothing to do) is a stretch where nothing happens', () => {
    table([
      ['冇嘢做嘅位加快啲', [{ op: 'speed_up_idle', factor: 4 }]],
      ['冇嘢做嘅位快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['冇嘢干嘅位剪走', [{ op: 'remove_dead_air' }]],
      ['没有事做的时候加速', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['冇嘢做啦', '我冇嘢做']);
  });

  describe('how loud the music is, asked (音乐现在多大声), is a question, no louder', () => {
    nothing(['音乐现在多大声', '背景音乐多大声啊', 'bgm现在多大声？', '原声多大声']);
    table([
      ['音乐大声点', [{ op: 'set_music_volume', change: 'louder' }]],
      ['音乐不要太大声', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('the step just made, said alone as not wanted (刚才那个不要了), is undone', () => {
    table([
      ['刚才那个不要了', [{ op: 'undo' }]],
      ['刚才那步不要了', [{ op: 'undo' }]],
      ['刚刚这个算了', [{ op: 'undo' }]],
      ['刚才那下不算', [{ op: 'undo' }]],
      ['刚才那个取消吧', [{ op: 'undo' }]],
    ]);
    table([['刚才那个字幕不要了', [{ op: 'remove_text' }]]]);
    nothing(['刚才那个不错', '刚才那个要留着']);
  });

  describe('a look asked after a text named by its quoted words (字幕「注意」改成红色) is said back, no rename', () => {
    for (const phrase of ['字幕「注意」改成红色', '标题“你好”换成蓝色的', '把「欢迎」那个字幕改成黄色', '字幕“注意”字体改大一点']) {
      it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops: [], unknown: [phrase] }));
    }
    table([
      ['标题改成「红色警报」', [{ op: 'edit_text', text: '红色警报' }]],
      ['字幕「注意」改成「小心」', [{ op: 'edit_text', text: '小心' }]],
      ['标题“你好”放到底部', [{ op: 'edit_text', text: '你好', position: 'bottom' }]],
    ]);
  });
});
