import { table, nothing } from './phrasingTable';

/**
 * Round 22's wrong edits in English (wrong-en lines): each a way of asking, read in new wordings of it (against a draft
 * of 3 moments and 1 text), and the look-alikes that must read otherwise or change nothing.
 */

describe('edit agent: round 22 wrong edits (en) → exact operations or nothing', () => {
  describe('a taking-away verb that is also a noun ("the coin toss", "my drop") names what a moment shows, no removal', () => {
    table([
      ['the big drop in clip 3 — speed it up 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['my kickflip toss is in clip 1, slow it to half speed', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['the coin toss in the second clip, make it 3 seconds', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ['the drop in clip 2 — make it 4 seconds long', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['that beat drop in the last clip, slow it down', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      // Said as verbs, with what they take away (or after "and"), they still remove.
      ['drop clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['toss the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['the second clip, toss it', [{ op: 'remove_moment', index: 2 }]],
      ['remove the intro and drop clip 2', [{ op: 'remove_card', card: 'intro' }, { op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('a moment named apart by its place and a word or two of what it shows ("the last bit", "the second goal") is the one a length or speed said next is of', () => {
    table([
      ['the last bit, make it 5 seconds', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['the second dance move, make it 3 seconds long', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ['the first goal, slow it down to 0.5x', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['the last bit — slow it to half speed', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['and the third, make it 2 seconds', [{ op: 'trim_moment', index: 3, to_ms: 2000 }]],
      // "the last thing", "the first time" name no moment: the length is the clip's.
      ['the last thing, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('a part said fine with "\'s" ("the speed\'s fine") is approval, asking no change', () => {
    table([
      ["the speed's too slow", [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    nothing(["the speed's fine", "music's fine as it is", "the zoom's good", "the crossfade's perfect", "Speed's fine."]);
  });

  describe('what the user did, told ("I undid the zoom by accident"), and what they do not allow, ask for none of it', () => {
    // What was wanted is still asked.
    table([
      ['I wanted a fade', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['I need a gif of it for the docs', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['I do not authorise any export yet', "we don't allow music on this one", "I don't approve of the fade", 'I added the music earlier',
      'I accidentally undid the zoom']);
  });

  describe('the zoom reduced, lowered or decreased ("reduce it" after the zoom switched on) is less zoom, never the auto zoom again', () => {
    table([
      ['reduce the zoom a notch', [{ op: 'set_zoom', mode: 'less' }]],
      ['lower the zoom a bit', [{ op: 'set_zoom', mode: 'less' }]],
      ['can you decrease the zoom', [{ op: 'set_zoom', mode: 'less' }]],
      ['turn on auto zoom, then reduce it', [{ op: 'set_zoom', mode: 'auto' }, { op: 'set_zoom', mode: 'less' }]],
      // (Round 31: the music reduced is the music quieter, as "lower the music a bit" is; still no zoom.)
      ['reduce the music a bit', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['lower the title']);
  });

  describe('the timeline asked to be described, read or walked through is the tracks shown', () => {
    table([
      ['walk me through the timeline', [{ op: 'show_tracks' }]],
      ['read me the tracks', [{ op: 'show_tracks' }]],
      ['summarize the timeline for me', [{ op: 'show_tracks' }]],
      ['undo that, then describe the timeline', [{ op: 'undo' }, { op: 'show_tracks' }]],
    ]);
    nothing(['describe the music', 'read the title out loud']);
  });
});
