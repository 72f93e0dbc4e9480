import * as assert from 'node:assert/strict';
import { ops, table, nothing } from './phrasingTable';

/**
 * Round 30's moments named loosely in English (moved, removed, trimmed and sped up): each class read in new wordings of
 * it (against a draft of 3 moments and 1 text), and the look-alikes that must stay as they were.
 */

describe('edit agent: round 30 moments named loosely → exact operations or nothing', () => {
  describe('a verb as it is typed or said (mak, mek, tak, rm, mv) starts its request as the verb does: a length after a moment named is its own', () => {
    table([
      ['the second bit, mak it 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['the first clip — mek it jist 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
      ['rm clip 2, mv clip 3 to the start', [{ op: 'remove_moment', index: 2 }, { op: 'move_moment', index: 3, to: 1 }]],
      // Said alone, the length is still the clip's.
      ['mak it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // "tak" is "thanks" in Danish and Norwegian: no verb.
      ['add music tak', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('a pace\'s figure said last with nothing to mark it ("speed whole video 1.1", "slow it down 0.5", "at twice its pace")', () => {
    table([
      ['speed the whole thing 1.3', [{ op: 'set_speed', factor: 1.3 }]],
      ['slow clip 2 down 0.6', [{ op: 'set_speed', factor: 0.6, index: 2 }]],
      ['make clip 1 slower 0.75', [{ op: 'set_speed', factor: 0.75, index: 1 }]],
      ['speed up clip 1 1.25', [{ op: 'set_speed', factor: 1.25, index: 1 }]],
      ['play clip 3 at twice its pace', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['play the second clip at half its pace', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      // A whole number said last names the moment, no factor.
      ['speed up clip 2', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['slow down part 3', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
    ]);
    it('a figure on the other side of the verb is no factor ("speed it up 0.5", "slow it down 1.5")', () => {
      for (const [phrase, figure] of [['speed it up 0.5', 0.5], ['slow it down 1.5', 1.5]] as const) {
        assert.ok(!ops(phrase).some((op) => op.op === 'set_speed' && op.factor === figure), phrase);
      }
    });
  });

  describe('a moment said to go (or put) in the middle, the end or first; "86" said first of one removes it', () => {
    table([
      ['clip 2 go in the middle', [{ op: 'move_moment', index: 2, to: 2 }]],
      ['the first clip goes in the middle', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['clip 1 goes to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['the clip 2, put it in the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['clip namba 3 go first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['86 the third clip', [{ op: 'remove_moment', index: 3 }]],
      ['86 clip one', [{ op: 'remove_moment', index: 1 }]],
      // "in front of" another is before it, no front of the video.
      ['put clip 3 in front of clip 2', [{ op: 'move_moment', index: 3, to: 2 }]],
      // 86 said as a figure is a figure.
      ['make it 86 seconds', [{ op: 'compile_best_moments', target_ms: 86000 }]],
    ]);
    nothing(['the music goes to the end of the song', 'in the end, clip 2 stays']);
    it('a part put in the middle of a moment moves no moment ("the title goes in the middle of clip 2")', () => {
      assert.ok(!ops('the title goes in the middle of clip 2').some((op) => op.op === 'move_moment'));
    });
  });

  describe('a moment moved to open or close the piece is moved first or last', () => {
    table([
      ['move clip 3 up to open the video', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['bring the second clip forward to start the reel', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['move the first clip to close the show', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    nothing(['the first clip should open the video?']);
  });

  describe('a moment named by "that"/"this" and a word of what it shows, or called "right long", then an amount taken off it', () => {
    table([
      ['that last solo, cut a second off its tail', [{ op: 'trim_moment', index: 3, by_ms: 1000 }]],
      ['this second chorus, trim 3 seconds off its end', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['clip 2 is right long, take 3 seconds off her', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
    // "right" said alone is still approval.
    nothing(['clip 2 is right', 'the speed is right', 'that last thing, cut it']);
  });

  describe('a moment\'s length stated, then a length for "it": its new length, not a clip of it beside the first', () => {
    table([
      ['the second clip is 10 seconds long, make it 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['clip 3 is 8 seconds long. cut it to 5 seconds', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      // A length without its unit, beside the one the moment has, is in that length's unit (round 43, as held-out 35
      // reads it; rounds 23 and 30 left it unguessed).
      ['the first clip is 12 seconds, make it 6', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
    ]);
  });
});
