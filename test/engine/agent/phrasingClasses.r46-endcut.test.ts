import * as assert from 'node:assert/strict';
import { applyEdit, EditError } from '../../../src/engine/agent/applyEdit';
import { describeEdit } from '../../../src/engine/agent/describeEdit';
import { plannedEdit } from '../../../src/engine/agent/describePlan';
import { videoSegments } from '../../../src/engine/agent/timeline';
import { type Draft, EditOp } from '../../../src/protocol';
import { mediaContext, threeMoments } from './builders';
import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 46, "endcut": a stretch at the end of the clip cut by its length ("cut the last 10 seconds", 最后10秒删掉), the
 * mirror of "remove the first 10 seconds". The parser does not know the clip's length, so the cut counts back from its
 * end (cut_range with from_end) and the draft resolves it. The classes: the last N seconds cut, in both languages; an
 * amount taken off either end ("cut 5 seconds from the end", "trim the start by 2 seconds", "chop off the first 4
 * seconds"); the end said 后面, 尾巴, 结束前, and 最后 before a length as no last moment. The look-alikes: a moment's own
 * end, texts and fades over the last seconds, questions and refusals, the outro card. Then the cut applied to a draft
 * of 15 s, refused when longer than the footage, and said in both languages.
 */
const lastSeconds = (seconds: number): EditOp[] => [{ op: 'cut_range', start_ms: seconds * 1000, end_ms: 0, from_end: true }];
const firstSeconds = (seconds: number): EditOp[] => [{ op: 'cut_range', start_ms: 0, end_ms: seconds * 1000 }];

describe('edit agent: round 46 "endcut" classes', () => {
  describe('the last N seconds of the clip, cut', () => {
    sure([
      ['cut the last 8 seconds', lastSeconds(8)],
      ['please remove the final 4 seconds', lastSeconds(4)],
      ['ditch the last 6 secs of the video', lastSeconds(6)],
      ['get rid of the closing 2 seconds', lastSeconds(2)],
      ['trim the last 3.5 seconds', lastSeconds(3.5)],
      ['could you cut the last 12 seconds', lastSeconds(12)],
      ['the last 7 seconds can go', lastSeconds(7)],
      ['chop off the last 9 seconds', lastSeconds(9)],
      ['take the final 5 seconds out', lastSeconds(5)],
      ['最后8秒剪掉', lastSeconds(8)],
      ['删掉最后四秒', lastSeconds(4)],
      ['把视频最后两秒去掉', lastSeconds(2)],
      ['结尾六秒不要了', lastSeconds(6)],
      ['末尾3秒砍掉', lastSeconds(3)],
      ['最后那七秒删了吧', lastSeconds(7)],
      ['视频的最后十秒钟不要', lastSeconds(10)],
      // Said with another request, each is read.
      ['cut the last 5 seconds and add music', [...lastSeconds(5), { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('an amount taken off an end of the clip, either end', () => {
    sure([
      ['cut 6 seconds from the end', lastSeconds(6)],
      ['shave 2 seconds off the very end', lastSeconds(2)],
      ['trim the end by 4 seconds', lastSeconds(4)],
      ['knock the last 3 secs off', lastSeconds(3)],
      ['cut 6 seconds from the start', firstSeconds(6)],
      ['trim the beginning by 2 seconds', firstSeconds(2)],
      ['chop off the first 4 seconds', firstSeconds(4)],
      ['take the first 3 seconds out', firstSeconds(3)],
    ]);
  });

  describe('the end said 后面, 尾巴, 结束前; 最后 before a length, no last moment', () => {
    sure([
      ['后面5秒删掉', lastSeconds(5)],
      ['后3秒剪了', lastSeconds(3)],
      ['尾巴4秒剪掉', lastSeconds(4)],
      ['视频结束前3秒剪掉', lastSeconds(3)],
      ['最后那5秒砍掉', lastSeconds(5)],
      // (前 after 结束 is before the end, no start of the clip; 前5秒 alone is the start.)
      ['前5秒删掉', firstSeconds(5)],
    ]);
  });

  describe("look-alikes: a moment's own end, texts and fades at the end, questions, refusals, the outro card", () => {
    sure([
      ['cut the last clip', [{ op: 'remove_moment', index: 3 }]],
      ['remove the last moment', [{ op: 'remove_moment', index: 3 }]],
      ['cut the last 4 seconds of clip 2', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['第一段最后3秒删掉', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      // A moment named in the clause just before: its end, not the clip's.
      ['clip 3 runs long, chop the last 2 seconds off it', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['第三段太拖了，最后4秒剪掉', [{ op: 'trim_moment', index: 3, by_ms: 4000 }]],
      ["add a caption 'See you' for the last 3 seconds", [{ op: 'add_text', text: 'See you', style: 'caption', anchor: 'end', duration_ms: 3000 }]],
      ['加一行字“下次见”，最后4秒显示', [{ op: 'add_text', text: '下次见', style: 'title', anchor: 'end', duration_ms: 4000 }]],
      ['fade out over the last 2 seconds', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['删掉片尾', [{ op: 'remove_card', card: 'outro' }]],
    ]);
    nothing([
      "don't cut the last 10 seconds",
      'should I cut the last 10 seconds?',
      'why are the last 5 seconds black?',
      '最后5秒别删',
      '前5秒别删',
      '最后10秒要不要删？',
      'make it 10 seconds shorter',
      'the last few seconds',
    ]);
    notSure([
      // 片尾 with a length may be the outro card or the clip's end: asked, as 片头3秒删掉 is.
      '片尾3秒删掉',
      // No length said: which seconds is not guessed at.
      '最后几秒删掉',
      'cut the last few seconds',
      'clip 2 is long, cut the last 3 seconds',
    ]);
  });

  describe('the cut applied: counted back from where the footage ends', () => {
    const base = threeMoments().build(); // 4 s + 6 s + 5 s = 15 s
    const moments = (draft: Draft) => videoSegments(draft).map((s) => [s.src, s.in, s.at, s.d]);
    const cut = (seconds: number, draft = base) => applyEdit(draft, { op: 'cut_range', start_ms: seconds * 1000, end_ms: 0, from_end: true }, mediaContext);

    it('the last 3 s shorten the last moment; the last 7 s take it and 2 s of the one before', () => {
      assert.deepEqual(moments(cut(3)), [['v1', 0, 0, 4000], ['v1', 10_000, 4000, 6000], ['v2', 2000, 10_000, 2000]]);
      assert.equal(cut(3).d, 12_000);
      assert.deepEqual(moments(cut(7)), [['v1', 0, 0, 4000], ['v1', 10_000, 4000, 4000]]);
      assert.equal(cut(7).d, 8000);
    });

    it('an outro card is no footage: the seconds before it go, the card stays', () => {
      const carded = applyEdit(base, { op: 'add_card', card: 'outro', text: 'Thanks', duration_ms: 2000 }, mediaContext);
      const after = cut(3, carded);
      assert.deepEqual(moments(after), [['v1', 0, 0, 4000], ['v1', 10_000, 4000, 6000], ['v2', 2000, 10_000, 2000]]);
      assert.deepEqual([after.d, after.m?.outro?.d], [14_000, 2000]);
    });

    it('a cut as long as the footage or longer is refused, in both languages', () => {
      for (const seconds of [15, 20]) {
        assert.throws(() => cut(seconds), (error: unknown) => error instanceof EditError
          && new RegExp(`only 15\\.0 s long, so cutting its last ${seconds}\\.0 s would leave nothing`).test(error.message)
          && error.zh === `视频只有 15.0 秒长，剪掉最后 ${seconds}.0 秒就什么都不剩了。`);
      }
    });

    it('the reply says which seconds went and the length left; the question before it says the last seconds', () => {
      const op: EditOp = { op: 'cut_range', start_ms: 3000, end_ms: 0, from_end: true };
      const after = applyEdit(base, op, mediaContext);
      assert.equal(describeEdit(op, base, after, 'en'), 'Cut the last 3 s (12 s–15 s) out of the timeline; the clip is now 12 s.');
      assert.equal(describeEdit(op, base, after, 'zh'), '已从时间线剪掉最后 3 秒（12 秒–15 秒）；视频现在长 12 秒。');
      assert.equal(plannedEdit(op, 'en'), 'cut the last 3 s out');
      assert.equal(plannedEdit(op, 'zh'), '剪掉最后 3 秒');
    });

    it('the operation: from the end, the start is the farther back (the last 10 s are 10000 to 0)', () => {
      assert.ok(EditOp.safeParse({ op: 'cut_range', start_ms: 10_000, end_ms: 0, from_end: true }).success);
      assert.ok(!EditOp.safeParse({ op: 'cut_range', start_ms: 0, end_ms: 10_000, from_end: true }).success);
      assert.ok(EditOp.safeParse({ op: 'cut_range', start_ms: 0, end_ms: 10_000 }).success);
    });
  });
});
