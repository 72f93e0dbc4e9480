import * as assert from 'node:assert/strict';
import { ops, table, nothing } from './phrasingTable';

/**
 * Requests joined in one message ("A and B", "A, plus B", "A，再B"): each read as said, in order, and the look-alikes
 * where the joining word starts no request of its own (against a draft of 3 moments and 1 text).
 */

describe('edit agent: requests joined in one message', () => {
  describe('"and" before a request of its own words: a verb the first request\'s verb cannot take, a please, a can you', () => {
    table([
      ['cut 0:02 to 0:07 and crop the sides off', [{ op: 'cut_range', start_ms: 2000, end_ms: 7000 }, { op: 'set_fill', fill: 'crop' }]],
      ['add lofi music at 25% and center the caption', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }, { op: 'edit_text', position: 'center' }]],
      ['export it as a gif and the sunset background please', [{ op: 'export', format: 'gif' }, { op: 'set_background', background: 'sunset' }]],
      ['turn my voice up to 120% and please export at 4k', [{ op: 'set_source_volume', volume: 1.2 }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['auto zoom on the clicks and could you make it 40 seconds', [{ op: 'set_zoom', mode: 'auto' }, { op: 'compile_best_moments', target_ms: 40_000 }]],
      ['fade the music in over 2 seconds and save it as a gif', [{ op: 'fade', target: 'music', in_ms: 2000 }, { op: 'export', format: 'gif' }]],
      ['fade out over 1 second and give me the best 40 seconds', [{ op: 'fade', target: 'clip', out_ms: 1000 }, { op: 'compile_best_moments', target_ms: 40_000 }]],
      ['change the caption to \'Day 2\' and half a minute tops', [{ op: 'edit_text', text: 'Day 2' }, { op: 'compile_best_moments', target_ms: 30_000 }]],
      ['make it a minute and a half', [{ op: 'compile_best_moments', target_ms: 90_000 }]],
      ['mute my voice and centre the caption', [{ op: 'set_source_volume', volume: 0 }, { op: 'edit_text', position: 'center' }]],
      ['trim the pauses and vertical with a blurred background', [{ op: 'remove_dead_air' }, { op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      // A statement after "and" has its own verb: the first half's is not shared.
      ['remove the first clip and the music is way too loud', [{ op: 'remove_moment', index: 1 }, { op: 'set_music_volume', change: 'quieter' }]],
      ['make it 40 seconds and the music should fade out at the end', [{ op: 'compile_best_moments', target_ms: 40_000 }, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['remove the intro card and the music that is too loud', [{ op: 'remove_card', card: 'intro' }, { op: 'remove_music' }]],
      // "turn" says nothing without its particle: music at a level after it is music added.
      ['turn auto zoom off and lofi music at 15 percent', [{ op: 'set_zoom', mode: 'off' }, { op: 'add_music', track: 'lofi', volume: 0.15, duck: true }]],
      ['turn this recording into a 50 second clip and calm music at 25%', [{ op: 'compile_best_moments', target_ms: 50_000 }, { op: 'add_music', track: 'ambient', volume: 0.25, duck: true }]],
      // Look-alikes: the verb shared by both halves, or by a particle's other half.
      ['remove the caption and the music', [{ op: 'remove_text' }, { op: 'remove_music' }]],
      ['fade it in and out gently, 2 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
    ]);
    it('"put the caption top and center": a place, no verb of its own', () => {
      assert.deepEqual(ops('put the caption top and center'), [{ op: 'edit_text', position: 'top' }]);
    });
    it('"trim it to 20 seconds and keep the ending": the second half asks for nothing the grammar reads, and adds nothing', () => {
      assert.deepEqual(ops('trim it to 20 seconds and keep the ending'), [{ op: 'compile_best_moments', target_ms: 20_000 }]);
    });
    nothing(['why did you remove the silences and crop it?', 'don\'t crop it and don\'t add music', 'I don\'t want it square and no fade either']);
  });

  describe('", plus" starts a request', () => {
    table([
      ['silence the original sound, plus make a 25s cut', [{ op: 'set_source_volume', volume: 0 }, { op: 'compile_best_moments', target_ms: 25_000 }]],
      ['make it square, plus a 3 second fade out', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['drop the second clip, plus export in 720p', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    nothing(['30 seconds plus or minus?', 'is 4k plus music too much?']);
  });

  describe('a joining word before where or how the thing just added goes: one request, no second', () => {
    table([
      ['add a caption \'Step 1\', plus put it at the bottom', [{ op: 'add_text', text: 'Step 1', style: 'caption', position: 'bottom' }]],
      ['add a caption \'Step 1\' and please put it at the bottom', [{ op: 'add_text', text: 'Step 1', style: 'caption', position: 'bottom' }]],
      ['加一行字幕“第一步”，再放到底部', [{ op: 'add_text', text: '第一步', style: 'caption', position: 'bottom' }]],
      ['加个标题“欢迎”，然后放在顶部', [{ op: 'add_text', text: '欢迎', style: 'title', position: 'top' }]],
    ]);
    it('"add the sunset background and keep the title": what is kept asks for nothing, and adds nothing', () => {
      assert.deepEqual(ops('add the sunset background and keep the title'), [{ op: 'set_background', background: 'sunset' }]);
    });
    // A title without its words is unread, placed or not: no second request, no guessed text.
    nothing(['加个标题，然后放在顶部']);
  });

  describe('"it" after the music or the zoom: the video when given a speed, the part a clause names when it names one', () => {
    table([
      ['put lofi on at 40%, then speed it up to 2x', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }, { op: 'set_speed', factor: 2 }]],
      ['加个轻音乐，再把它加速到1.5倍', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_speed', factor: 1.5 }]],
      ['关掉自动放大，然后音乐把它删了', [{ op: 'set_zoom', mode: 'off' }, { op: 'remove_music' }]],
      // Look-alikes: what "it" is asked still goes on about the music just added.
      ['add music, then fade it out', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['add lofi music and turn it down to 15%', [{ op: 'add_music', track: 'lofi', volume: 0.15, duck: true }]],
    ]);
    it('"加点音乐，别把它加速": a speed refused changes nothing after the music', () => {
      assert.deepEqual(ops('加点音乐，别把它加速'), [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]);
    });
  });

  describe('快点 between two requests that are no speed: hurry, no speed', () => {
    table([
      ['去掉片尾卡，快点导出gif', [{ op: 'remove_card', card: 'outro' }, { op: 'export', format: 'gif' }]],
      ['改成横屏，快点，剪成20秒', [{ op: 'set_aspect', aspect: '16:9' }, { op: 'compile_best_moments', target_ms: 20_000 }]],
      ['删掉第二段，快点导出', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
      // Look-alike: after a speed, 快点 is that speed.
      ['第二段加速，快点', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
  });

  describe('a length said alone after a transition that said its own: the clip\'s length', () => {
    table([
      ['片段之间交叉淡化一秒，四十五秒', [{ op: 'crossfade', ms: 1000 }, { op: 'compile_best_moments', target_ms: 45_000 }]],
      ['结尾淡出两秒，二十秒', [{ op: 'fade', target: 'clip', out_ms: 2000 }, { op: 'compile_best_moments', target_ms: 20_000 }]],
      // Look-alike: a transition named without its length takes the one said next.
      ['片段之间加交叉淡化，一秒', [{ op: 'crossfade', ms: 1000 }]],
    ]);
  });
});
