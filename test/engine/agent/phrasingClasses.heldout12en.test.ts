import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 12 (English) missed or misread: each case asserts the exact operations (against a
 * draft of 3 moments and 1 text), and the wordings that must change nothing.
 */

describe('edit agent: phrasing classes of held-out 12 (English)', () => {
  describe('a speed said as a share ("three quarter speed", "3/4 speed"), "by a factor of", or a bare number after slow / speed up, on its side', () => {
    table([
      ['play it at three-quarter speed', [{ op: 'set_speed', factor: 0.75 }]],
      ['run the whole thing at 3/4 speed', [{ op: 'set_speed', factor: 0.75 }]],
      ['clip 1 at a third speed', [{ op: 'set_speed', factor: 0.33, index: 1 }]],
      ['speed the video up by a factor of 3', [{ op: 'set_speed', factor: 3 }]],
      ['slow the last clip down to 0.4', [{ op: 'set_speed', factor: 0.4, index: 3 }]],
      ['speed it up to 1.25', [{ op: 'set_speed', factor: 1.25 }]],
      ['make the first clip slower, say 0.6', [{ op: 'set_speed', factor: 0.6, index: 1 }]],
      ['make it faster, like 1.75', [{ op: 'set_speed', factor: 1.75 }]],
    ]);
    table([
      // A number inside a word (a call sign, a model name) is no factor.
      ['make a 20 second cut of the W4XYZ antenna build', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      // On the other side of the verb, the number is not taken for the factor.
      ['slow it down to 2', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
    nothing(['don\'t play it at three-quarter speed', 'is 3/4 speed too slow?', 'the AB7XQ radio clip is fine']);
  });
});
