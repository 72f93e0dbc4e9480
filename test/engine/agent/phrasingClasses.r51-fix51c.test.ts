import * as assert from 'node:assert/strict';
import { nothing, notSure, ops, sure, understood } from './phrasingTable';

/**
 * Round 51's mended readings (fix51c): an undo told as a mistake asks its redo only when nothing else is said of it (let
 * stand, "it's fine leave it", 也没事, or beside a step back asked, it is told); a title's fade named after the music's
 * is no length of the music's fade; a fade of a part named, then taken away, is that fade gone (the music's), or left
 * unread (a text has no fade of its own to change), never the part removed; a fade's end refused of another part after
 * ", and" is a clause of its own; "also" before a file is a second file; a size said to be too big is no size asked; a
 * format said of a file after "导出两个" tells it from the next file; a text hidden for a stretch (a gap) is no edit; a
 * fade's end taken off, then said to come in slowly, leaves the clash unread.
 */
describe('edit agent: round 51 (fix51c) classes', () => {
  describe('an undo told as a mistake, let stand or beside a step back', () => {
    nothing(["accidentally clicked undo, it's fine leave it", '误点撤销也没事', 'I undid it by mistake, never mind',
      'I undid it by mistake, no need to redo it', "I undid it by mistake but it's fine", "accidentally clicked undo. it's fine, leave it",
      '不小心点了撤销，算了', '不小心点了撤销，不用恢复', '不小心点了撤销，就这样吧']);
    sure([
      ['我不小心点了撤销，再撤销一次', [{ op: 'undo' }]],
      ['undid that by mistake, undo once more', [{ op: 'undo' }]],
    ]);
    // Told alone, or with a redo asked in words of its own, it is still mended by a redo.
    sure([
      ['oops, I undid it by mistake', [{ op: 'redo' }]],
      ['刚刚不小心点了撤销，再做回来', [{ op: 'redo' }]],
      ["accidentally clicked undo, it's fine, redo it", [{ op: 'redo' }]],
      ['误点撤销，没关系，恢复一下', [{ op: 'redo' }]],
      ['I undid it by mistake. Redo please', [{ op: 'redo' }]],
      // The redo asked in other words: put it back, bring it back, restore it.
      ['accidentally clicked undo, no problem, just put it back', [{ op: 'redo' }]],
      ["accidentally clicked undo, it's fine, can you bring it back", [{ op: 'redo' }]],
      ['I accidentally hit undo, please restore it, no worries', [{ op: 'redo' }]],
      ['I undid it by mistake, can you put it back', [{ op: 'redo' }]],
      ['undid that by mistake, restore it please', [{ op: 'redo' }]],
    ]);
  });

  describe("a title's fade said after the music's", () => {
    sure([
      ['音乐淡入，标题淡入两秒', [{ op: 'fade', target: 'music', in_ms: 1000 }, { op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['音乐淡入，字幕淡入两秒', [{ op: 'fade', target: 'music', in_ms: 1000 }, { op: 'fade', target: 'clip', in_ms: 2000 }]],
      // With no part named, the length is the music's fade's.
      ['音乐淡入，淡入两秒', [{ op: 'fade', target: 'music', in_ms: 2000 }]],
      ['音乐开头淡入两秒，结尾淡出三秒', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 3000 }]],
    ]);
  });

  describe('a fade of a part taken away, not the part', () => {
    notSure(['remove the fade in of the title', "remove the title's fade in", '标题的淡入去掉', '去掉标题淡入',
      'remove the fade out of the title', 'the title fade in is too slow, remove it']);
    sure([
      ['the music fade in is too slow, remove it', [{ op: 'fade', target: 'music', in_ms: 0 }]],
      ["the music's fade in is too long, remove it", [{ op: 'fade', target: 'music', in_ms: 0 }]],
      ['the music fade out is too long, remove it', [{ op: 'fade', target: 'music', out_ms: 0 }]],
      ['音乐的淡入太慢了，去掉', [{ op: 'fade', target: 'music', in_ms: 0 }]],
      ['remove the music fade in', [{ op: 'fade', target: 'music', in_ms: 0 }]],
      ["remove the music's fade out", [{ op: 'fade', target: 'music', out_ms: 0 }]],
    ]);
    // The part itself named, then taken away, still goes.
    sure([
      ['the music, remove it', [{ op: 'remove_music' }]],
      ['the title, remove it', [{ op: 'remove_text' }]],
      ['remove the title', [{ op: 'remove_text' }]],
    ]);
  });

  describe("a fade's end refused of another part, after \", and\"", () => {
    sure([
      ['no fade in on the music please, and no fade out on the video',
        [{ op: 'fade', target: 'music', in_ms: 0 }, { op: 'fade', target: 'clip', out_ms: 0 }]],
      ['no fade out on the video, and no fade in on the music',
        [{ op: 'fade', target: 'clip', out_ms: 0 }, { op: 'fade', target: 'music', in_ms: 0 }]],
      ['fade in the music, and no fade out on the video',
        [{ op: 'fade', target: 'music', in_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 0 }]],
    ]);
  });

  describe('files: "also" a second one, a size too big, two said first', () => {
    sure([
      ['export 1080p mp4, also a gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
      ['export an mp4, also a mov', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'mov' }]],
      ['1080p导出mp4和mov', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mov', resolution: '1080p' }]],
      ['导出两个，一个mp4，一个mov', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'mov' }]],
      ['渲染并导出1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
    notSure(['1080p太大了，导出mp4和mov', '4k太大了，导出mp4', '1080p is too big, export mp4 and mov']);
    it('导出两个，一个mp4 4k，一个mov: both files made', () => {
      const read = ops('导出两个，一个mp4 4k，一个mov');
      assert.deepEqual(read.map((op) => (op.op === 'export' ? op.format : op.op)), ['mp4', 'mov']);
      assert.deepEqual(read[0], { op: 'export', format: 'mp4', resolution: '4k' });
    });
  });

  describe('a size wanted only if the file is too big, a gap in a text, a fade taken off then wished', () => {
    it('export at 1080p, then in 720p if it\'s too big: the 1080p file only', () => {
      const read = understood("export at 1080p, then in 720p if it's too big");
      assert.deepEqual(read.ops.filter((op) => op.op === 'export' && op.resolution === '720p'), []);
    });
    notSure(["export at 1080p, then in 720p if it's too big", 'the title should disappear from second 2 until second 4',
      '标题从第2秒到第4秒消失', 'the title should disappear between 2 and 4 seconds', '音乐的淡入去掉，慢慢进来', '音乐不要淡入，慢慢进来']);
    sure([
      ['the title should appear from second 1 until second 5', [{ op: 'edit_text', start_ms: 1000, end_ms: 5000 }]],
      ['make the title disappear at 0:08', [{ op: 'edit_text', end_ms: 8000 }]],
      ['export at 1080p, then in 720p', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['音乐的淡入去掉', [{ op: 'fade', target: 'music', in_ms: 0 }]],
      ['音乐淡入三秒，开头慢慢进来', [{ op: 'fade', target: 'music', in_ms: 3000 }]],
    ]);
  });
});
