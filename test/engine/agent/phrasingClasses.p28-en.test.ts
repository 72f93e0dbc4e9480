import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 28's English probe (messages written as first-time users would type them, no bench lines): each failing way of
 * asking a class, read in new wordings of it (against a draft of 3 moments and 1 text), and look-alikes that must not
 * change.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;

/** Phrases read as these operations, with these words left unread (asked of the product, not dropped). */
const partly = (cases: [string, unknown[], string[]][]) => {
  for (const [phrase, ops, unknown] of cases) it(`"${phrase}"`, () => assert.deepEqual(understood(phrase), { ops, unknown }));
};

describe('edit agent: round 28 English probe → exact operations or nothing', () => {
  describe('a slip taken back with no comma before the figure said again ("30 seconds no wait 40") is the figure meant', () => {
    table([
      ['make it 30 seconds no wait 40 seconds', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['cut it to 45 sec sorry 50', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      ['music at 20% no wait 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['trim clip 2 by 2 seconds sorry 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['play it at 2x i mean 1.5x', [{ op: 'set_speed', factor: 1.5 }]],
      ['crossfade 1 second or rather 2', [{ op: 'crossfade', ms: 2000 }]],
    ]);
  });

  describe('a length added to a moment (extend, lengthen, longer) is no trim of it: not read rather than cut', () => {
    partly([
      ['extend clip 2 by a second', [], ['extend clip 2 by a second']],
      ['lengthen the first clip by 2 seconds', [], ['lengthen the first clip by 2 seconds']],
      ['could u stretch the third clip by 3 secs', [], ['could u stretch the third clip by 3 secs']],
      ['clip 3 could be 2 seconds longer', [], ['clip 3 could be 2 seconds longer']],
      ['第二段延长2秒', [], ['第二段延长2秒']],
    ]);
    // The length taken off, or the length it is made, is still read.
    table([
      ['trim clip 2 by 2 seconds', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['shorten the first clip by 3 seconds', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['make clip 3 5 seconds long', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
    ]);
  });

  describe('a level said as times its own after the music or its volume ("music at 1.5x") is the level, no speed', () => {
    table([
      ['set the volume of the music to 1.5x', [{ op: 'set_music_volume', volume: 1.5 }]],
      ['music at 1.5x', [{ op: 'set_music_volume', volume: 1.5 }]],
      ['can you turn the music level up to 2x', [{ op: 'set_music_volume', volume: 2 }]],
      // A speed said after the music, or of the video, is still a speed.
      ['add music and speed it up to 1.5x', [MUSIC, { op: 'set_speed', factor: 1.5 }]],
      ['speed the video to 2x', [{ op: 'set_speed', factor: 2 }]],
      ['play it at 2x', [{ op: 'set_speed', factor: 2 }]],
    ]);
  });

  describe('the speech too quiet beside the music ("my voice is too quiet compared to the music") turns the music down', () => {
    table([
      ['the voice is too quiet compared to the music', [QUIETER]],
      ['my voice is hard to hear over the music', [QUIETER]],
      ['the narration is too soft against the background music', [QUIETER]],
      ['my voiceover gets lost under the music', [QUIETER]],
      // The music too quiet beside the voice is the music made louder.
      ['the music is too quiet compared to my voice', [{ op: 'set_music_volume', change: 'louder' }]],
      ['i cant hear the music', [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
    nothing(['my voice is too quiet']);
  });

  describe('a thing the verb does nothing with, listed after one it does ("add music and a watermark"), is left unread, not lost', () => {
    partly([
      ['add music and a watermark', [MUSIC], ['add a watermark']],
      ['add crossfades and a watermark please', [{ op: 'crossfade', ms: 500 }], ['add a watermark']],
      ['add music and some sound effects', [MUSIC], ['add some sound effects']],
      ['add music and subtitles', [MUSIC], ['add subtitles']],
      ['put some music and a logo on it', [MUSIC], ['put a logo on it']],
    ]);
    // Two things the verb does something with are both read.
    table([
      ['add music and a fade', [MUSIC, { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['remove the title and the music', [{ op: 'remove_text' }, { op: 'remove_music' }]],
      ['add fades and music', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }, MUSIC]],
      ['fade in and fade out', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
  });
  describe('a style of music no bed plays ("add jazz music") is not guessed as the default bed: left unread', () => {
    partly([
      ['add jazz music', [], ['add jazz music']],
      ['can u put some piano music under it', [], ['can u put some piano music under it']],
      ['i want a rock song in the background', [], ['i want a rock song in the background']],
      ['add some classical tracks pls', [], ['add some classical tracks']],
      // A style taken back for another not offered is no default bed either.
      ['add piano music, no, jazz', [], ['add piano music', 'no, jazz']],
    ]);
    // A bed's own words, or music named by none, still add it.
    table([
      ['add some jazzy music', [MUSIC]],
      ['add chill piano music', [MUSIC]],
      ['add upbeat music', [{ ...MUSIC, track: 'upbeat' }]],
      ['add some music', [MUSIC]],
    ]);
  });
});
