import { table, nothing } from './phrasingTable';

/**
 * Round 28's English classes (new wordings of each, against a draft of 3 moments and 1 text), and the look-alikes that
 * must change nothing.
 */

describe('edit agent: round 28 English classes → exact operations or nothing', () => {
  describe('an upload named in quotes, or by what it is named or called, is the one to use', () => {
    table([
      ["use only 'demo.mov'", [{ op: 'use_sources', files: ['demo.mov'] }]],
      ['just use "take-2.mp4"', [{ op: 'use_sources', files: ['take-2.mp4'] }]],
      ['use "a.mov" and "b.mov" only', [{ op: 'use_sources', files: ['a.mov', 'b.mov'] }]],
      ["restrict it to the file designated 'demo.mov'", [{ op: 'use_sources', files: ['demo.mov'] }]],
      ['Use only the one named demo.mov', [{ op: 'use_sources', files: ['demo.mov'] }]],
      ['go with the video called final-cut.mp4', [{ op: 'use_sources', files: ['final-cut.mp4'] }]],
      ['use the files named a.mov and b.mov', [{ op: 'use_sources', files: ['a.mov', 'b.mov'] }]],
      ['limit the edit to a.mov and b.mov', [{ op: 'use_sources', files: ['a.mov', 'b.mov'] }]],
      ['just keep the recording titled take-2.mov, drop the rest', [{ op: 'use_sources', files: ['take-2.mov'] }]],
      // The uploads counted first, then the one to use by its place.
      ['I uploaded two videos, only use the second one', [{ op: 'use_sources', files: ['2'] }]],
      ['I sent 3 files, just use the last one', [{ op: 'use_sources', files: ['last'] }]],
      ['只用叫 demo.mov 的那个', [{ op: 'use_sources', files: ['demo.mov'] }]],
      // The words in a name quoted ask for nothing themselves.
      ["use only 'fade-in-test.mov'", [{ op: 'use_sources', files: ['fade-in-test.mov'] }]],
      ["just use 'zoom-closeup.mp4' and 'wide.mp4', not the others", [{ op: 'use_sources', files: ['zoom-closeup.mp4', 'wide.mp4'] }]],
      // A quoted name stays a text's words where a text is asked.
      ["add a title 'demo.mov'", [{ op: 'add_text', text: 'demo.mov', style: 'title' }]],
    ]);
    nothing(["don't use the one named demo.mov", 'the one named demo.mov is broken', 'I have a file named demo.mov',
      'use the clip called intro.mp4 as the intro', 'I uploaded two videos, only the second one is good', 'I have two clips, only use the second one']);
  });

  describe('a zoom at a clock time held for a bare figure ("hold for 2") holds that many seconds', () => {
    table([
      ['zoom in at 0:18, hold for 2', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 2000 }]],
      ['zoom in at 0:18 for 2', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 2000 }]],
      ['zoom in at 0:18 and hold it for 4', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 4000 }]],
      ['zoom at 1:05, hold 2.5', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 2500 }]],
      ['punch in at 0:20 and stay there 5', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 5000 }]],
      // A figure that is no hold leaves the length unsaid.
      ['zoom in 2x at 0:18', [{ op: 'zoom_at', start_ms: 18000, duration_ms: 3000 }]],
    ]);
    nothing(['the zoom at 0:18 for 2 is too long', 'remove the zoom at 0:18, hold for 2']);
  });

  describe('a part wished in a state by its participle, by the user or someone they speak for, is the request', () => {
    table([
      ["he wants the third clip moved so it's second", [{ op: 'move_moment', index: 3, to: 2 }]],
      ['she wants clip 2 put at the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['the client wants the second clip moved to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ["I'd like clip 1 shifted to the end", [{ op: 'move_moment', index: 1, to: 3 }]],
      ["we'd like the music lowered to 20%", [{ op: 'set_music_volume', volume: 0.2 }]],
      ["I'd like the title changed to 'Q3 Review'", [{ op: 'edit_text', text: 'Q3 Review' }]],
      // The passive said with a moving verb of its own.
      ['the third segment should be relocated so that it precedes the first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['clip 3 should be repositioned at the start', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    nothing(['he wants to know if clip 3 can be moved', 'do you want clip 3 moved?', "I don't want clip 3 moved", 'he wants the third clip moved?',
      'the client wants it short']);
  });
});
