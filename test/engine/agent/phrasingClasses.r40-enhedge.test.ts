import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 40, English hedges, second thoughts and goals:
 * - a request taken back in other words after a slip ("…, actually no, leave it silent", "…, no, don't add it",
 *   "… Actually keep it, take out the third"), or whole ("add music. never mind", "…, forget it"); a slip left waiting at
 *   the end ("add music, actually no") takes back the request before it; "wait no" and "actually no" are slips, and
 *   "sorry I mean the first one" corrects an ordinal said in words;
 * - "fade the end", "only fade the start": the end named alone as what fades (not both ends);
 * - a part kept as it is, then "but" and the request ("keep the music as is but make it vertical");
 * - a doubt the tool can do it, said first ("not sure this is doable but …"), asks nothing; "maybe try …?", "perhaps a
 *   tad faster?": a request offered as a question;
 * - "nobody needs to watch me wait for the build": the idle stretches, said as what no viewer should sit through.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 40, English hedges, second thoughts and goals', () => {
  describe('a request taken back after a slip, in other words or whole', () => {
    sure([
      ['add the lofi track, actually no, leave it silent', []],
      ['add music, no, leave it silent', []],
      ['add music. no, don\'t add it', []],
      ['add music, no wait, don\'t', []],
      ['remove clip 2. no, keep it', []],
      ['take out clip 2. actually keep it', []],
      ['take out the first moment. Actually keep it, take out the third', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip 2, no wait, keep it, remove clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['add music. actually never mind', []],
      ['add music. never mind', []],
      ['add music, forget it, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['add music, actually no', []],
      ['remove the second clip, sorry I mean the first one', [{ op: 'remove_moment', index: 1 }]],
      ['move the first clip to the end, I mean the second one', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['make it 20 seconds. wait no, 25', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['make it 30s, actually no, 45', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    // After several requests, which one "never mind" takes back is not said: none is made.
    notSure(['make it vertical and add music. never mind']);
    nothing(['never mind', 'make it vertical and add music. never mind']);
    table([['make it 30s, sorry, I meant 45', [{ op: 'compile_best_moments', target_ms: 45000 }]]]);
  });

  describe('the end named alone as what fades', () => {
    sure([
      ['fade the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['only fade the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['just fade the start', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['fade the start and the end', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['fade the beginning and end', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
  });

  describe('a part kept as it is, then "but" and the request', () => {
    sure([
      ['keep the music as is but make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['leave the music alone but make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['keep the aspect as is but cut the dead air', [{ op: 'remove_dead_air' }]],
      ['keep the title unchanged, but just fade the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['don\'t touch the title, just make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['leave the music alone', 'keep the music as is']);
  });

  describe('hedged and polite wrappers', () => {
    sure([
      ['not sure this is doable but can you put the title at the top', [{ op: 'edit_text', position: 'top' }]],
      ['not sure if this is possible, but make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['this might be a long shot, but could you remove the dead air', [{ op: 'remove_dead_air' }]],
      ['no idea if it\'s possible but add music at 20%', [{ ...music, volume: 0.2 }]],
      ['maybe try the lofi track at half volume?', [{ ...music, volume: 0.5 }]],
      ['maybe try it vertical?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['perhaps a tad faster overall?', [{ op: 'set_speed', factor: 1.5 }]],
      ['hey sorry to bother, could you maybe make it square?', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['I was hoping you could cut it to a minute', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['if it\'s not too much trouble, could you fade out the ending', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    nothing(['not sure this is possible', 'is it faster now?', 'use which track?', 'can it do GIFs?', 'does this support 4K?', 'is there a way to export as webm?']);
  });

  describe('a goal named instead of the edit', () => {
    sure([
      ['nobody needs to watch me wait for the build', [{ op: 'remove_dead_air' }]],
      ['no one wants to see us sitting around', [{ op: 'remove_dead_air' }]],
      ['my boss has 30 seconds, tops', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['this is going in an Instagram story', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['nobody wants to watch me type', 'it\'s for my portfolio', 'I\'m sending this to a client']);
  });
});
