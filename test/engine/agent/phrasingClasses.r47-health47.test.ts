import * as assert from 'node:assert/strict';
import { applyEdit, EditError } from '../../../src/engine/agent/applyEdit';
import { describeEdit } from '../../../src/engine/agent/describeEdit';
import { plannedEdit } from '../../../src/engine/agent/describePlan';
import { videoSegments } from '../../../src/engine/agent/timeline';
import { type CutRange, type Draft } from '../../../src/protocol';
import { mediaContext, threeMoments } from './builders';
import { notSure, sure } from './phrasingTable';

/**
 * Round 47, "health47": code health, every reading as it was. The one fix of behaviour: a stretch counted back from the
 * end to a point before it (cut_range from_end, end_ms other than 0: "from 10 s before the end to 5 s before the end",
 * as a tool call may send it), said the right way round before it is done, cut where it is, and refused in words that
 * say why when it starts before the footage does. Then the words moved into the vocabulary, read as before: an audio
 * file's kind said alone is a file not made here, "opus" as a word is not; an amount off either end of the clip.
 */
describe('edit agent: round 47 "health47" classes', () => {
  describe('a stretch counted back from the end, to a point before the end', () => {
    const base = threeMoments().build(); // 4 s + 6 s + 5 s = 15 s
    const moments = (draft: Draft) => videoSegments(draft).map((s) => [s.src, s.in, s.at, s.d]);
    const backFromEnd = (from: number, to: number): CutRange => ({ op: 'cut_range', start_ms: from * 1000, end_ms: to * 1000, from_end: true });

    it('cuts from 10 s before the end to 5 s before it: 5 s–10 s of 15 s, the last 5 s kept', () => {
      const after = applyEdit(base, backFromEnd(10, 5), mediaContext);
      assert.deepEqual(moments(after), [['v1', 0, 0, 4000], ['v1', 10_000, 4000, 1000], ['v2', 2000, 5000, 5000]]);
      assert.equal(after.d, 10_000);
    });

    it('is said the right way round before it is done, and where it went after, in both languages', () => {
      const op = backFromEnd(10, 5);
      assert.equal(plannedEdit(op, 'en'), 'cut out from 10 s before the end to 5 s before the end');
      assert.equal(plannedEdit(op, 'zh'), '剪掉结尾前 10 秒到结尾前 5 秒');
      const after = applyEdit(base, op, mediaContext);
      assert.equal(describeEdit(op, base, after, 'en'), 'Cut 5 s–10 s out of the timeline; the clip is now 10 s.');
      assert.equal(describeEdit(op, base, after, 'zh'), '已从时间线剪掉 5 秒–10 秒；视频现在长 10 秒。');
      // The last seconds are said as before.
      assert.equal(plannedEdit(backFromEnd(3, 0), 'en'), 'cut the last 3 s out');
      assert.equal(plannedEdit(backFromEnd(3, 0), 'zh'), '剪掉最后 3 秒');
    });

    it('from the very start of the footage it cuts; from before it, refused as no point of it (not "nothing left")', () => {
      assert.deepEqual(moments(applyEdit(base, backFromEnd(15, 5), mediaContext)), [['v2', 2000, 0, 5000]]);
      assert.throws(() => applyEdit(base, backFromEnd(20, 5), mediaContext), (error: unknown) => error instanceof EditError
        && error.message === 'The clip is only 15.0 s long, so nothing of it is 20.0 s before its end.'
        && error.zh === '视频只有 15.0 秒长，没有结尾前 20.0 秒的画面。');
      // The last seconds, as long as the footage, still leave nothing.
      assert.throws(() => applyEdit(base, backFromEnd(15, 0), mediaContext), (error: unknown) => error instanceof EditError
        && /cutting its last 15\.0 s would leave nothing/.test(error.message));
    });
  });

  describe('words moved into the vocabulary, read as before', () => {
    sure([
      // An amount off either end of the clip (CLIP_START_EN, CLIP_END_EN, TAKE_OFF_EN).
      ['take 3 seconds off the front', [{ op: 'cut_range', start_ms: 0, end_ms: 3000 }]],
      ['shave the tail by 2 secs', [{ op: 'cut_range', start_ms: 2000, end_ms: 0, from_end: true }]],
      // The clip's end said before a length in Chinese (CLIP_END_ZH).
      ['尾巴4秒剪掉', [{ op: 'cut_range', start_ms: 4000, end_ms: 0, from_end: true }]],
      // A length said as a cap (CAP_BEFORE_EN, CAP_AFTER_ZH).
      ['needs to be under 50 seconds', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
      ['40秒之内', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      // "opus" said alone is a word, no audio file's kind (AUDIO_NAMED_ALONE).
      ['export it, this is my magnum opus', [{ op: 'export', format: 'mp4' }]],
    ]);
    notSure([
      // An audio file's kind said alone is a file not made here: left unread.
      'export it as an mp3',
      '导出成 wav',
      'render just the audio as flac',
    ]);
  });
});
