import * as assert from 'node:assert/strict';
import { ops, table, nothing } from './phrasingTable';

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
  describe('a refusal after a reply word ("no, don\'t…", "nah don\'t…", "yeah nah don\'t…", Scots "dinnae…") refuses: nothing changes', () => {
    nothing([
      'no, don\'t cut the first clip', 'nah don\'t add a title', 'yeah nah don\'t make it vertical', 'nope, do not mute the audio',
      'dinnae add a background', 'nah, never speed it up',
    ]);
    table([
      ['nah, cut the first clip', [{ op: 'remove_moment', index: 1 }]],
      ['no, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('a removal asked as "would you mind / try / consider removing…": the removal; a removal as a subject stays unread', () => {
    table([
      ['would you mind deleting the first clip', [{ op: 'remove_moment', index: 1 }]],
      ['could you consider removing the background', [{ op: 'remove_background' }]],
      ['try removing the music', [{ op: 'remove_music' }]],
    ]);
    nothing(['removing the third clip made it too short', 'would you mind not removing the third clip', 'deleting the music was a mistake']);
  });
  describe('a slip taken back after a dash or with a colon ("— correction: 40", "— I mean 40"), its value maybe a number word alone', () => {
    table([
      ['trim it to 50 seconds — correction: 35', [{ op: 'compile_best_moments', target_ms: 35000 }]],
      ['set the music to 40% — I mean 25%', [{ op: 'set_music_volume', volume: 0.25 }]],
      ['make it 20 seconds, no wait, twenty-five', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['delete clip 1, sorry, two', [{ op: 'remove_moment', index: 2 }]],
      ['put the title at the top — or rather the bottom', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    table([['add a title \'Correction: prices went up\'', [{ op: 'add_text', text: 'Correction: prices went up', style: 'title' }]]]);
    nothing(['twenty-five', 'correction: twenty']);
  });
  describe('"the title to read / say \'X\'", "make the title read \'X\'": the words of the title there is; "in the center" is a place, no edit', () => {
    table([
      ['we\'d like the title to say \'Spring Open Day\'', [{ op: 'edit_text', text: 'Spring Open Day' }]],
      ['make the caption read \'Step 1: sign up\'', [{ op: 'edit_text', text: 'Step 1: sign up' }]],
      ['I want our heading to read \'Q3 results\'', [{ op: 'edit_text', text: 'Q3 results' }]],
      ['write \'thank you\' in the center', [{ op: 'add_text', text: 'thank you', style: 'title', position: 'center' }]],
      ['add a caption to say \'tap here\'', [{ op: 'add_text', text: 'tap here', style: 'caption' }]],
      ['center the caption', [{ op: 'edit_text', position: 'center' }]],
    ]);
    nothing(['what does the title read?', 'don\'t make the title read \'Q3 results\'']);
  });
  describe('"add a fade in and out, 2 seconds each": the "and" of a fade\'s two ends is one fade, the length both ends\'', () => {
    table([
      ['put a gentle fade in and out on it, 1.5 seconds each', [{ op: 'fade', target: 'clip', in_ms: 1500, out_ms: 1500 }]],
      ['add fade in and out of 3 seconds', [{ op: 'fade', target: 'clip', in_ms: 3000, out_ms: 3000 }]],
      ['add a fade in and mute the audio', [{ op: 'fade', target: 'clip', in_ms: 1000 }, { op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['don\'t add a fade in and out', 'should I add a fade in and out, 2 seconds each?']);
  });
  describe('a photograph, a screenshot or a snapshot the user sent, as the background: the uploaded picture', () => {
    table([
      ['set the snapshot of the lake we uploaded as the background', [{ op: 'set_background', background: 'image' }]],
      ['use the screenshot I attached for the backdrop', [{ op: 'set_background', background: 'image' }]],
      ['make my photograph the background', [{ op: 'set_background', background: 'image' }]],
    ]);
    nothing(['the photograph I uploaded is too dark', 'is the screenshot I sent big enough for a background?']);
  });

  describe('praise of a part after a request ("it\'s the best shot we got") names no clip of the best: the request alone', () => {
    table([
      ['move clip 2 to the front, that\'s our strongest take', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['make the first clip slower, it\'s the funniest bit we filmed', [{ op: 'set_speed', factor: 0.75, index: 1 }]],
    ]);
    table([['make a 40 second cut of the best parts', [{ op: 'compile_best_moments', target_ms: 40000 }]]]);
    nothing(['it\'s the best shot we got all day', 'that\'s by far the best clip']);
  });
  describe('the user\'s own time ("on my 10 min break", "we\'ve only got 5 mins") is no clip length: the length said of the clip is', () => {
    table([
      ['before our 60 minute call, could u make it 40 seconds', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['make it 25 seconds before my 30 min shift', [{ op: 'compile_best_moments', target_ms: 25000 }]],
    ]);
    // Said in a clause of its own, it is left unread, and the clip keeps the length said of it.
    it('"on my 15 minute lunch break, make a 20 sec tiktok of this": the 20 seconds', () => assert.deepEqual(ops('on my 15 minute lunch break, make a 20 sec tiktok of this'),
      [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 20000 }]));
    nothing(['I have 10 minutes', 'we\'ve only got 3 mins']);
  });
  describe('a stretch written as an interval, "[0:10, 0:14]", "on [2, 6] seconds": from one end to the other', () => {
    table([
      ['cut out [1:05, 1:12]', [{ op: 'cut_range', start_ms: 65000, end_ms: 72000 }]],
      ['show the caption \'Step 2\' on [3, 7] seconds', [{ op: 'add_text', text: 'Step 2', style: 'caption', start_ms: 3000, end_ms: 7000 }]],
      ['have the title show during [1, 5] seconds', [{ op: 'edit_text', start_ms: 1000, end_ms: 5000 }]],
    ]);
    table([['add a title \'[1, 2] fast\'', [{ op: 'add_text', text: '[1, 2] fast', style: 'title' }]]]);
    nothing(['is [0:10, 0:14] the part with the typo?']);
  });
  describe('a fade\'s ends said in two clauses, the second length a bare number: in the seconds of the first', () => {
    table([
      ['fade in 2 seconds, fade out 4', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 4000 }]],
      ['fade out, three seconds; fade in, one', [{ op: 'fade', target: 'clip', out_ms: 3000, in_ms: 1000 }]],
      // A first end in milliseconds, or a number no fade lasts, is not guessed at.
      ['fade the music in 300ms, fade it out 900', [{ op: 'fade', target: 'music', in_ms: 300, out_ms: 1000 }]],
    ]);
    table([['fade in 2 seconds, then remove clip 3', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'remove_moment', index: 3 }]]]);
  });
  describe('a music level said as "one quarter", "one half": that share of the full level', () => {
    table([
      ['bring the music volume to one quarter', [{ op: 'set_music_volume', volume: 0.25 }]],
      ['set the soundtrack at one half', [{ op: 'set_music_volume', volume: 0.5 }]],
    ]);
    nothing(['is the music at one quarter?']);
  });
});
