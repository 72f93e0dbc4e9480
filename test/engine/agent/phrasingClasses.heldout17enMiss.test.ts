import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * The phrasing classes held-out 17 (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 17 (English) left unread', () => {
  describe('which stretches the best moments are ("only the calmest parts", "keep the bits where…"), beside the clip of them', () => {
    table([
      ['make it 30 seconds. just the funniest bits', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['get it down to a minute; pick the parts where the kids are laughing', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ["20 second version pls, only keep the moments when i'm talking", [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['Shorten to 25 secs. Choose the sharpest, most useful sections please.', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['bring it down to 50 seconds, focus on the bits where the dough rises', [{ op: 'compile_best_moments', target_ms: 50000 }]],
    ]);
    nothing(['only the calmest parts', 'keep the bits where I am talking']);
    it('a look-alike naming places or another part of the draft stays unread', () => {
      for (const phrase of ['cut it to 30 seconds. keep the first two parts', 'cut it to 30 seconds. only the title parts']) {
        assert.equal(understood(phrase).unknown.length, 1, phrase);
      }
    });
  });

  describe('what a removal leaves said to stay ("keep the rest", "leave the other parts as they are")', () => {
    table([
      ['remove clip 2, keep the rest', [{ op: 'remove_moment', index: 2 }]],
      ['delete the silent bits and leave the other parts as they are', [{ op: 'remove_dead_air' }]],
      ['remove the dead air. keep whatever is left', [{ op: 'remove_dead_air' }]],
      ['get rid of the pauses, keep everything else', [{ op: 'remove_dead_air' }]],
      ['cut the third clip, but keep all the rest untouched', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['keep the rest of it', 'leave the other parts alone']);
    it('beside no removal it stays unread', () => assert.equal(understood('add music, keep the rest').unknown.length, 1));
  });

  describe('a compound naming the activity filmed ("beat-making session", "song-writing vlog") names no music', () => {
    table([
      ['trim this beat-making session to 40 seconds please', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['cut my song-writing vlog down to a minute', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['make this music-making session 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['is the beat-making part too long?']);
  });

  describe('the last change said in formal words (alteration, modification, amendment, adjustment): an undo', () => {
    table([
      ['please undo the last modification', [{ op: 'undo' }]],
      ['scrap my last amendment', [{ op: 'undo' }]],
      ['reverse the last adjustment, it was better before', [{ op: 'undo' }]],
      ['Kindly revoke... no, simply reverse the most recent alteration.', [{ op: 'undo' }]],
    ]);
    nothing(['the last alteration was good', 'was the last modification saved?']);
  });

  describe('put back as it was before it was reversed, reverted or rolled back: a redo', () => {
    table([
      ['put it back the way it was before you reverted it', [{ op: 'redo' }]],
      ['bring back the change you rolled back', [{ op: 'redo' }]],
      ['Forgive me, undo that', [{ op: 'undo' }]],
      ['forgive me, it was fine after all. restore it as it was before you reversed it', [{ op: 'redo' }]],
    ]);
    nothing(['forgive me', 'why did you reverse it?']);
  });

  describe('a moment given "N seconds less" is shortened by N', () => {
    table([
      ['give clip 3 2 seconds less', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['the second shot needs 3 secs less', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['the third clip, one second less please', [{ op: 'trim_moment', index: 3, by_ms: 1000 }]],
      ['the bread clip is the first one, give it 1.5 seconds less', [{ op: 'trim_moment', index: 1, by_ms: 1500 }]],
    ]);
    nothing(['make it 2 seconds less than clip 1', 'is clip 2 three seconds less?']);
  });

  describe('a moment that should hold, last, run or play N seconds is trimmed to that length', () => {
    table([
      ['the third clip should run six seconds', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
      ['let clip 2 run for 4 secs', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['clip 1 should last 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
      ['the sunset shot is the second one, let it last about 7 seconds', [{ op: 'trim_moment', index: 2, to_ms: 7000 }]],
      ['Shot two (the bakery) must hold precisely 3 seconds', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
    ]);
    nothing(['the 2nd scene holds for 3 seconds', 'the second clip plays at 3 seconds']);
    table([['make clip 2 last', [{ op: 'move_moment', index: 2, to: 3 }]]]);
  });

  describe('the file wished for in a format ("I need it as a mov", "send it us as an mp4"): an export', () => {
    table([
      ['I need the video as a mov', [{ op: 'export', format: 'mov' }]],
      ["I'd like the output in mp4", [{ op: 'export', format: 'mp4' }]],
      ['we need the final file as webm', [{ op: 'export', format: 'webm' }]],
      ['give it me as a webm please', [{ op: 'export', format: 'webm' }]],
      ["we'd prefer the result in webm, 720p", [{ op: 'export', format: 'webm', resolution: '720p' }]],
      ['cheers mate, send it us as a gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['do I need it as an mp4?', "I don't want it as a gif", 'if I need it as a mov, what do I do']);
  });

  describe('"the middle bit", "the middle chunk", "the bit in the middle": the middle moment', () => {
    table([
      ['remove the middle bit', [{ op: 'remove_moment', index: 2 }]],
      ['get rid of the middle chunk', [{ op: 'remove_moment', index: 2 }]],
      ['lose the bit in the middle please', [{ op: 'remove_moment', index: 2 }]],
      ['move the middle bit to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['speed up the middle bit', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(['the middle bit is great', "what's in the middle bit?"]);
  });
});
