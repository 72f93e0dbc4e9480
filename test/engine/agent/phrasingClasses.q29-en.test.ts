import { table, nothing } from './phrasingTable';

/**
 * Round 29's English requests new users type (found by the session's probe, no bench lines): each a class, read in new
 * wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 29 English requests → exact operations or nothing', () => {
  describe('"the reel" named with the, my, our is the video edited, not Reels (no vertical shape taken)', () => {
    table([
      ['put clip 2 at the start to open the reel', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['open the reel with the last clip', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['kick off the reel with clip 2', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['close the reel with the first clip', [{ op: 'move_moment', index: 1, to: 3 }]],
      // The reel made to a length is the clip made for Reels: its shape rides along, as before.
      ['make the reel 20 seconds', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['make it for reels', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make the reel vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['the reel looks good', 'i love this reel']);
  });

  describe('a verb typed with its last letter left off or a letter doubled (expor, remmove) is the verb', () => {
    table([
      ['expor it as a webm', [{ op: 'export', format: 'webm' }]],
      ['remov the music', [{ op: 'remove_music' }]],
      ['remmove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['exxport to mp4', [{ op: 'export', format: 'mp4' }]],
      ['make it verticall', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['i like the musical', 'the remote is broken']);
  });
});
