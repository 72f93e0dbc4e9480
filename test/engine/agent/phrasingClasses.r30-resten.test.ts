import { ops, table, nothing } from './phrasingTable';
import type { EditOp } from '../../../src/protocol';

/**
 * Round 30, requests about the whole video said loosely (lengths, uploads chosen, the video's own sound, fills, export):
 * each class read in wordings of its own, and look-alikes that must stay as they were (against a draft of 3 moments and
 * 1 text).
 */

const best = (seconds: number): EditOp => ({ op: 'compile_best_moments', target_ms: seconds * 1000 });

describe('edit agent: whole-video requests said loosely (round 30)', () => {
  describe('"too long", then the length wanted said after it: that length', () => {
    table([
      ['video too long, need 1 minute 30 seconds', [best(90)]],
      ["it's too long — make it 45 seconds", [best(45)]],
      ['too long, want like 90s', [best(90)]],
      ['way too long; we need it at two minutes', [best(120)]],
    ]);
    nothing(['30 seconds is too long', 'too long, need to lose 20 seconds', "too long, it's 3 minutes"]);
  });

  describe('a sound said to go down, then a share said alone after it: the level it goes to', () => {
    table([
      ['make the video sound softer, like a quarter', [{ op: 'set_source_volume', volume: 0.25 }]],
      // No share said: a step down.
      ['make the video sound softer', [{ op: 'set_source_volume', change: 'quieter' }]],
      ['the video sound, softer, about half', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['turn my voice down, a third', [{ op: 'set_source_volume', volume: 0.33 }]],
    ]);
    nothing(['make the video sound louder, like half', 'make it softer, like half the clips']);
  });

  describe('bars by a side said alone ("on the side", "on either side"): the black bars', () => {
    table([
      ['bars on the side instead of the blur', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['put bars on either side', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['black bars on each side please', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    nothing(['the bars on the side look bad', 'blur on the side']);
  });

  describe('uploads counted, then the ones used named by their places alone: those uploads', () => {
    table([
      ['I have 3 videos, use only the first and the last', [{ op: 'use_sources', files: ['1', 'last'] }]],
      ['I recorded two videos, just the second please', [{ op: 'use_sources', files: ['2'] }]],
      ['we sent two recordings; we want only the second of them to be used', [{ op: 'use_sources', files: ['2'] }]],
    ]);
    nothing(['use only the second', 'I have 3 videos, use only the first 10 seconds']);
    it('clips counted are the draft\'s moments, not uploads', () => {
      const read = ops('the draft is 3 clips, keep only the first');
      if (read.some((op) => op.op === 'use_sources')) throw new Error(JSON.stringify(read));
    });
  });

  describe('the video saved out as a file, called "her" or "him": an export', () => {
    table([
      ['save her out as a .mov', [{ op: 'export', format: 'mov' }]],
      ['save him as an mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['save her as the intro']);
  });

  describe('the silent stretches named first, then the verb that cuts them, with how much ("every bit of it"): dead air removed', () => {
    table([
      ['the dead air, strip every bit of it out', [{ op: 'remove_dead_air' }]],
      ['the silences, strip every last one of them out', [{ op: 'remove_dead_air' }]],
      ['all that dead time, strip it out', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['the dead air at the start, strip it out', 'the pauses, keep every bit of them']);
  });
});
