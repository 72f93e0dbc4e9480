import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { nothing, sure, understood } from './phrasingTable';

/**
 * Round 33, wrong edits found by trying the product as users do (both languages): a fade in what is filmed, told not
 * asked; a song asked with its measure word (加个歌); both ends of one moment cut (no
 * operation: unread, no removal); a moment named by its place put "in the middle"; a resolution accepted; a step taken
 * back after a slip; a clip's length said with a fade. Own wordings (not the bench's lines), against a draft of 3
 * moments and 1 text, read as exactly these operations with nothing unread and nothing asked; and look-alikes that must
 * stay unread or change nothing.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

/** Phrases that may ask for something not read: some words stay unread, or the reply asks first. */
const unread = (phrases: string[]) => it(`stays unread: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) {
    const parsed = understood(phrase);
    assert.ok(parsed.unknown.length > 0 || unsureOf(phrase, parsed) !== undefined, phrase);
  }
});

describe('edit agent: round 33, wrong edits users met → read right, or left unread', () => {
  describe('a fade in what is filmed (a skin fade, faded colours, the fade of a sign) is told, not asked', () => {
    sure([
      ['export it in 1080p, the skin fade has to look sharp', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['make it vertical, the faded colours are part of the look', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['export a gif, the fade of the neon sign is the best bit', [{ op: 'export', format: 'gif' }]],
      ['render in 4k, my taper fade lines need to be crisp', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      // The clip's and the music's own fades stay asked.
      ['fade the video in and out', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['add a fade of the music', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 1000 }]],
    ]);
    unread(['the fade of the logo looks off']);
  });

  describe('a song asked with its measure word after a verb of adding (加个歌, 配个歌) is the default music', () => {
    sure([
      ['放个歌 结尾淡出', [music, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['搞首歌 开头淡入2秒', [music, { op: 'fade', target: 'music', in_ms: 2000 }]],
      ['配个歌吧', [music]],
    ]);
    nothing(['加个歌词', '这个歌好听', '上个歌不错']);
  });

  describe('both ends of one moment cut have no operation: unread, never a removal', () => {
    unread(['第三段两头都剪掉', '第一段首尾剪一点', 'shave both ends of clip 1', '第一段掐头去尾']);
    sure([
      ['第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['fade both ends', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['第二段两边模糊', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
  });

  describe('a moment named by its place, put "in the middle", goes to the middle place', () => {
    sure([
      ['put the first clip in the middle', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['stick the last clip in the middle', [{ op: 'move_moment', index: 3, to: 2 }]],
      ['place the 1st clip in the middle', [{ op: 'move_moment', index: 1, to: 2 }]],
      // The one in the middle, named so.
      ['remove the clip in the middle', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['the third clip in the middle is blurry']);
  });

  describe('a resolution named and accepted alone sets it, with no export', () => {
    sure([
      ['1080p is fine', [{ op: 'set_resolution', resolution: '1080p' }]],
      ["720p resolution's good for now", [{ op: 'set_resolution', resolution: '720p' }]],
      ['4k would be fine', [{ op: 'set_resolution', resolution: '4k' }]],
    ]);
    nothing(['the resolution is fine', 'is 720p fine?']);
  });

  describe('a resolution judged too low or too big is no wish for it: which one is wanted is not said', () => {
    nothing(['720p is too low', 'the 1080p looks too blurry', "4k's way too big", '720p res is a bit too soft']);
    it('a request said after the judgement is still heard (asked first, the judgement named unread)', () => {
      const parsed = understood('720p is too low, make it 1080p');
      assert.deepEqual(parsed.ops, [{ op: 'set_resolution', resolution: '1080p' }]);
      assert.deepEqual(parsed.unknown, ['720p is too low']);
    });
  });

  describe('what the last step took away, wanted back at once after a slip, is that step undone', () => {
    sure([
      ['whoops, bring that clip back', [{ op: 'undo' }]],
      ['oops put it back please', [{ op: 'undo' }]],
      ['my bad, get that one back', [{ op: 'undo' }]],
      ['oops, remove clip 2', [{ op: 'remove_moment', index: 2 }]],
    ]);
    unread(['bring it back', 'oops bring back the music']);
  });

  describe("a clip's length said with a fade after \"with\" or \"that\" is the clip's; the fade has its default length", () => {
    sure([
      ['cut it to 40 seconds with a slow fade out', [clip(40), { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['make it 90 seconds with fades at both ends', [clip(90), { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['a 30 second video that fades out', [clip(30), { op: 'fade', target: 'clip', out_ms: 1000 }]],
      // The length said of the fade is the fade's.
      ['fade out over 3 seconds with the music', [{ op: 'fade', target: 'music', out_ms: 3000 }]],
    ]);
  });
});
