import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 11 to 15 (English) still left after their rounds: each case asserts the exact
 * operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes left by held-out 11 to 15 (English)', () => {
  describe('stretches named by what they lack (no speech, no movement, neither scrolling nor talking) are the silent or idle ones', () => {
    table([
      ['cut the parts without speech', [{ op: 'remove_dead_air' }]],
      ['drop the sections with no talking and no movement', [{ op: 'remove_dead_air' }]],
      ['get rid of the stretches with neither typing nor narration', [{ op: 'remove_dead_air' }]],
      ["trim the bits where there's no voice", [{ op: 'remove_dead_air' }]],
      ['speed up the bits without any movement', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['the parts without speech are my favourite', 'keep the bits with no talking', 'are there segments without audio?']);
  });

  describe('a request after a comma and "just" is a request of its own, what it takes back named before it', () => {
    table([
      ['the spots where nothing is moving, just cut them out', [{ op: 'remove_dead_air' }]],
      ['the silences, just get rid of them', [{ op: 'remove_dead_air' }]],
      ['the second clip is way too slow, just trim it', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
    ]);
    nothing(["the silences, just don't cut them", 'the bits where nothing moves, just leave them']);
  });

  describe('"the words" said of the draft are its text, not the words spoken', () => {
    table([
      ['take the words off', [{ op: 'remove_text' }]],
      ['delete the words please', [{ op: 'remove_text' }]],
      ["change the words to 'Open daily'", [{ op: 'edit_text', text: 'Open daily' }]],
    ]);
    nothing(['cut the words I stumble on', 'remove the words that I mumble', 'the words were a good choice']);
  });

  describe('a part of the draft said gone after a comma is removed; said gone as a state, it is not', () => {
    table([
      ['the second clip, gone', [{ op: 'remove_moment', index: 2 }]],
      ['the caption, just gone!', [{ op: 'remove_text' }]],
      ['that first clip drags, gone gone', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['the second clip is gone', 'the caption, gone?', 'the first clip is gone, why?']);
  });

  describe('a moment put first or last with an everyday noun, or moved up to open the video, moves', () => {
    table([
      ['stick that third piece first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['move the final chunk first, it hooks people', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['put the first bit last', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['move the second clip up to open the video', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['the first bit is great', 'put the first bit first?', 'did you put the last bit first?']);
  });

  describe('one verb, the same length or speed for two moments, each its own figure (the second noun and unit may go unsaid)', () => {
    table([
      ['shorten clip 1 by 2s and clip 2 by 1s', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'trim_moment', index: 2, by_ms: 1000 }]],
      ['trim the first clip to 6 seconds and the third to 4', [{ op: 'trim_moment', index: 1, to_ms: 6000 }, { op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['slow clip 1 to 0.5x and clip 2 to 0.75x', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 0.75, index: 2 }]],
      ["let's shorten the first clip to 7 seconds and the second to 3", [{ op: 'trim_moment', index: 1, to_ms: 7000 }, { op: 'trim_moment', index: 2, to_ms: 3000 }]],
    ]);
    nothing(['did you trim clip 1 to 6s and clip 2 to 4s?', "don't trim the first clip to 6 seconds and the third to 4"]);
  });

  describe('a text named by its quoted words to go, or to take other words, is no text to add', () => {
    table([
      ["remove the title 'Hello'", [{ op: 'remove_text' }]],
      ["I want the words 'Hello' gone", [{ op: 'remove_text' }]],
      ["get rid of the caption 'Step 1'", [{ op: 'remove_text' }]],
      ["i would like the words 'hi' changed to 'hello'", [{ op: 'edit_text', text: 'hello' }]],
      ["the title 'Beta' renamed to 'Launch'", [{ op: 'edit_text', text: 'Launch' }]],
      ["delete the second caption 'Step 2'", [{ op: 'remove_text', index: 2 }]],
    ]);
    nothing(["I like the words 'Hello'", "the title 'Hello' is great"]);
  });
});
