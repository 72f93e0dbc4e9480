import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 42, English follow-ups and references to the timeline:
 * - a sentence's closing stop after a moment's number or place ("swap clips 2 and 3.", "put clip 2 first."); moment
 *   numbers said in words after "and", before "around", "both", "each" or "at" ("switch clips one and two around");
 *   the moments listed said again as one after a comma (", both of them 1.5x");
 * - a moment numbered, then the place it should take, wished or asked ("can clip 3 open the video?", "I'd like clip 2 to
 *   close the reel");
 * - follow-ups: a moment named alone after an operation on another ("remove clip 3, then clip 1"); "it", after an
 *   operation on one moment, given a place ("…, then make it the first clip"); after an export, "the same but …" (the
 *   change, then that export again);
 * - what asks nothing: "don't cut anything else" (no cut more, not the whole recording kept); "go back to how it was
 *   before the music" (how many steps back is not guessed); the rest said to stay as it is beside any request;
 * - a listing asked by "run me through the tracks"; a resolution's bare lines after a format and "please" ("gif please,
 *   720"); a text's unquoted words not swallowing when it shows, said in words after them ("… at ten seconds"); the
 *   text's noun, an arrow or "to", then quoted words: the text there given them ("title → 'X'").
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const move = (index: number, to: number) => ({ op: 'move_moment' as const, index, to });
const speed = (factor: number, index: number) => ({ op: 'set_speed' as const, factor, index });

describe('edit agent: round 42, English follow-ups and references to the timeline', () => {
  describe('a closing stop, numbers in words in a list, the list said again', () => {
    sure([
      ['swap clips 1 and 2.', [move(1, 2)]],
      ['Trade clips two and three.', [move(2, 3)]],
      ['put clip 3 first.', [move(3, 1)]],
      ['move clip 1 to position 3.', [move(1, 3)]],
      ['swap clips two and three around', [move(2, 3)]],
      ['exchange clips one and two round', [move(1, 2)]],
      ['clips one and three both at 2x', [speed(2, 1), speed(2, 3)]],
      ['clips 1 and 2, each at half speed', [speed(0.5, 1), speed(0.5, 2)]],
      ['slow down clips two and three, both of them 0.75x', [speed(0.75, 2), speed(0.75, 3)]],
    ]);
    nothing(['clip two and one more thing.']);
  });

  describe('a moment asked or wished to open or close the video', () => {
    sure([
      ['could clip 2 open the video?', [move(2, 1)]],
      ['can clip three start the reel?', [move(3, 1)]],
      ["I'd like clip 3 to open the trailer", [move(3, 1)]],
      ['let clip 1 close the video', [move(1, 3)]],
      ['clip 2 should end the recap', [move(2, 3)]],
    ]);
    // What is there now, told, is no move.
    nothing(['clip 3 opens the video', 'clip 1 ends the reel, right?', 'add a title to the top']);
  });

  describe('follow-ups on the moment just named, and an export again with a change', () => {
    sure([
      ['delete clip 2, then clip 1', [{ op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 1 }]],
      ['remove clip 1 and then the third clip', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]],
      ['speed up clip 1 to 2x, then clip 2', [speed(2, 1), speed(2, 2)]],
      ['slow clip 3 down, and then make it the opener', [speed(0.75, 3), move(3, 1)]],
      ['clip 1 at 2x, then put it last', [speed(2, 1), move(1, 3)]],
      ['export mp4 in 1080p, then the same but square', [
        { op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export a gif, and again but vertical', [{ op: 'export', format: 'gif' }, { op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'gif' }]],
    ]);
    // "it" after a removal is gone; a length of "it" may be the whole video's; with no export before, nothing is exported again.
    notSure(['remove clip 2, then put it first', 'speed up clip 2, then make it 30 seconds shorter']);
    sure([['same but vertical', [{ op: 'set_aspect', aspect: '9:16' }]]]);
  });

  describe('what asks nothing, a listing, a resolution after please, a text\'s time in words', () => {
    nothing([
      "don't cut anything else, it's good",
      "no, don't remove anything more",
      'go back to how it was before the title',
      'revert to before the zoom',
    ]);
    sure([
      ["don't cut anything", [{ op: 'keep_everything' }]],
      ['go back to how it was', [{ op: 'undo' }]],
      ['add the lofi track, leave everything else untouched', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['make it square, keep the rest as it is', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['walk me through the tracks', [{ op: 'show_tracks' }]],
      ['run me through the timeline please', [{ op: 'show_tracks' }]],
      ['mp4 please, 1080', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['webm pls, 720', [{ op: 'export', format: 'webm', resolution: '720p' }]],
      ['add a caption saying Fresh bread daily at five seconds', [{ op: 'add_text', text: 'Fresh bread daily', style: 'caption', start_ms: 5000 }]],
      ["title → 'Open Daily'", [{ op: 'edit_text', text: 'Open Daily' }]],
      ["caption -> 'Fresh bread' and move it to the bottom", [{ op: 'edit_text', text: 'Fresh bread', position: 'bottom' }]],
      ["the title to 'Summer Fair', then export", [{ op: 'edit_text', text: 'Summer Fair' }, { op: 'export', format: 'mp4' }]],
      ['put a title that says Welcome Home for the first three seconds', [{ op: 'add_text', text: 'Welcome Home', style: 'title', anchor: 'start', duration_ms: 3000 }]],
    ]);
    // Beside no removal and with no "as it is", "keep the rest" stays unread.
    notSure(['add the lofi track, keep the rest']);
  });
});
