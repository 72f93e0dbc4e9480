import { table, nothing } from './phrasingTable';

/**
 * Round 29's English requests new users type (found by the session's probe, no bench lines): each a class, read in new
 * wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const SHORTER = (index: number) => ({ op: 'trim_moment', index, by_ms: 2000 }) as const;
const SOURCE_LOUDER = { op: 'set_source_volume', volume: 1.5 } as const;
const SOURCE_QUIETER = { op: 'set_source_volume', volume: 0.5 } as const;

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

  describe('a moment\'s length complained of (clip 2 is too long, 第二段太长了) asks it a bit shorter', () => {
    table([
      ['the second clip is way too long', [SHORTER(2)]],
      ['the last bit drags', [SHORTER(3)]],
      ['clip one feels a bit long', [SHORTER(1)]],
      ['ngl clip 3 is kinda too long', [SHORTER(3)]],
      ['第一段有点长', [SHORTER(1)]],
      ['第三段太长了', [SHORTER(3)]],
      // The complaint, then the shortening asked outright: one request.
      ['the first clip is too long, trim it', [SHORTER(1)]],
      ['the third bit drags, cut it to 6 seconds', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
      // A length said beside it is the one asked.
      ['clip 3 is too long, make it 4 seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
    ]);
    nothing(['clip 2 is not too long', 'is the second clip too long?', 'clip 1 was too long yesterday', 'the title is too long']);
  });

  describe('the footage\'s own sound complained of or asked louder / quieter is set half again or half as loud', () => {
    table([
      ['my voice is too quiet', [SOURCE_LOUDER]],
      ['the original audio is hard to hear, turn it up', [SOURCE_LOUDER]],
      ['the video sound is too low, can you boost it', [SOURCE_LOUDER]],
      ['make the original sound louder', [SOURCE_LOUDER]],
      ['原声太小了，调大一点', [SOURCE_LOUDER]],
      ['the footage audio is way too loud, bring it down', [SOURCE_QUIETER]],
    ]);
    nothing(['my voice is not too quiet', 'is the original audio too quiet?', 'the music is fine']);
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
