import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 14 (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 14 (English) left unread', () => {
  describe('a greeting, a confession or a last call opening the message ("Excuse me,", "my bad", "one last thing"): nothing of its own', () => {
    table([
      ['Excuse me, cut clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['pardon me, export a webm', [{ op: 'export', format: 'webm' }]],
      ['Hola, mute the music', [{ op: 'remove_music' }]],
      ['undo that, my bad', [{ op: 'undo' }]],
      ['sorry, I made a mistake. undo', [{ op: 'undo' }]],
      ['one last thing, add a crossfade', [{ op: 'crossfade', ms: 500 }]],
      ['last call, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['excuse me?', 'I made a mistake', 'dear me']);
  });

  describe("a letter's closing with a name, or a term of endearment, after the request", () => {
    table([
      ['remove the music. Kind regards, Tom', [{ op: 'remove_music' }]],
      ['make it square. Love, Nan', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['fade out at the end, mate', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['speed it up 2x, dear', [{ op: 'set_speed', factor: 2 }]],
    ]);
    nothing(['Love the music', 'love it, dear']);
  });

  describe('back to the previous state or version is an undo; what was undone returned is a redo', () => {
    table([
      ['go back to the previous state', [{ op: 'undo' }]],
      ['revert to the earlier version please', [{ op: 'undo' }]],
      ['return to the last state', [{ op: 'undo' }]],
      ['return the step you undid', [{ op: 'redo' }]],
      ['please reinstate what I undid', [{ op: 'redo' }]],
    ]);
    nothing(['what was the previous state?', 'return the favour']);
  });

  describe('the picture going or falling to black (darkness) fades it out, rising or coming up from it fades it in; the other end said after a comma is that fade\'s', () => {
    table([
      ['let it go to black at the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['let it come up from black at the start', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['the video should rise out of darkness', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['fade in, fall to black', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['come up from black, and sink to darkness at the end', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
    table([['fade the music in, fade out the video', [{ op: 'fade', target: 'music', in_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 1000 }]]]);
    nothing(['does it go to black at the end?', 'the screen goes to black at 0:12, why?']);
  });

  describe("stretches where nothing's happening or moving (a contraction, \"nowt\") are idle ones", () => {
    table([
      ["speed up the parts where nothing's happening", [{ op: 'speed_up_idle', factor: 4 }]],
      ["fast forward where nowt's moving", [{ op: 'speed_up_idle', factor: 4 }]],
      ['cut the stretches where nothing is moving', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["where nothing's happening, is that dead air?"]);
  });

  describe('"exclude" and "omit" take away', () => {
    table([
      ['exclude the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['omit clip 3 please', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(["don't exclude clip 2", 'never omit the intro', 'should I exclude clip 2?']);
  });

  describe('"the writing", "the lettering" name the text', () => {
    table([['move the lettering to the top', [{ op: 'edit_text', position: 'top' }]]]);
    nothing(['the writing is fine']);
  });

  describe('a moment moved "up front" goes first', () => {
    table([
      ['bring the third clip up front', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['shove clip 2 up front', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['is the third clip up front?']);
  });

  describe('a shape "only" is that shape, no restriction to a file', () => {
    table([
      ['vertical only', [{ op: 'set_aspect', aspect: '9:16' }]],
      ["square only, it's for instagram", [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    nothing(['landscape only?']);
  });

  describe('a ticket\'s label before a colon ("Blocker:", "AC3:", "P2:") over the request', () => {
    table([
      ['AC3: remove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['Blocker: the music is too loud, turn it down', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['P2: export as gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['Blocker: the export fails']);
  });

  describe('a moment named by its place in a statement, then a request of "it"', () => {
    table([
      ['the second clip drags, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['the third clip runs long, lose the last 4 seconds of it', [{ op: 'trim_moment', index: 3, by_ms: 4000 }]],
    ]);
    nothing(['the first clip drags, I like it though']);
  });

  describe('"piece" names a moment', () => {
    table([
      ['remove the third piece', [{ op: 'remove_moment', index: 3 }]],
      ['move the second piece to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    nothing(['is the second piece too long?']);
  });
  describe('Caribbean spellings of the verbs and the article ("tek out", "mek", "di"), and "get rid a"', () => {
    table([
      ['tek out the third clip', [{ op: 'remove_moment', index: 3 }]],
      ['mek it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['get rid a the music', [{ op: 'remove_music' }]],
    ]);
    table([['lo-fi beat please', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('"accelerate" speeds up; the factor written after its sign ("×1.5"); "twice / half its speed"', () => {
    table([
      ['accelerate the loading screens 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['apply rate ×2 to clip 1', [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['play clip 3 at twice the speed', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['slow the last clip to half its speed', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
  });

  describe('the most memorable (strongest, finest…) moments are the best ones', () => {
    table([
      ['make a 45 second reel of the most memorable moments', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 45000 }]],
      ['the strongest shots only, 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['the most boring parts are at the start', "what's the greatest moment?"]);
  });

  describe('"no cutting (at all, whatsoever)" said alone keeps everything', () => {
    table([['no cutting whatsoever', [{ op: 'keep_everything' }]]]);
    nothing(['no cutting in the middle of a sentence', 'is there any cutting?']);
  });
});
