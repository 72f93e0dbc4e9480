import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 53's English (held-out 48's misses, and the pool's causes that recur): steps cancelled in the plural ("cancel my
 * last two changes") are undone each; "slow the whole lot down" and "make it run 1.5 times" ask a speed; a file said
 * with "also" keeps the size said of it alone; a length said with "only" for a platform of one shape takes that shape;
 * "make it wide" is landscape; the pidgin's "make e no go down" refuses the ducking; "da las 3 seconds" are the last
 * ones; "crank the zoom up" zooms more; "the clip where …, the second, …" names the second clip; "nothings happening"
 * is idle; a figure that "would be grand" is approved; "number two clip" is clip 2; "a one minute one" is 60 seconds;
 * "the first one all blurry" (its "is" dropped) says why, choosing nothing; a factor said apart after a moment named
 * without one is that moment's.
 */
describe('edit agent: round 53 (g53en) classes', () => {
  describe('steps cancelled in the plural', () => {
    sure([
      ['cancel my last three edits', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['scrap the last two changes please', [{ op: 'undo' }, { op: 'undo' }]],
      ['cancel my last change', [{ op: 'undo' }]],
    ]);
    nothing(['cancel the last two edits at 0:10']);
    sure([
      ['forget my last two changes', [{ op: 'undo' }, { op: 'undo' }]],
      ['discard the previous 2 edits', [{ op: 'undo' }, { op: 'undo' }]],
    ]);
    // (changes with no count are no steps counted back: read as before)
    nothing([
      "forget my previous changes, they're fine", 'forget the changes, I like it now', 'cancel the title changes',
      'discard the color adjustments', 'forget the edits, they look great',
    ]);
    sure([['forget the changes you suggested, just export', [{ op: 'export', format: 'mp4' }]]]);
  });

  describe('the whole slowed down, or run a number of times as fast', () => {
    sure([
      ['slow the whole video down a little, 0.7', [{ op: 'set_speed', factor: 0.7 }]],
      ['slow the entire lot down to 0.6', [{ op: 'set_speed', factor: 0.6 }]],
      ['make the video run 1.25 times', [{ op: 'set_speed', factor: 1.25 }]],
      ['it drags, make e run 1.5 times', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    notSure(['make it play 2 times', 'make it run 1.5 times longer']);
    // (a comparison, a loudness or a count of plays: no speed)
    notSure([
      'make it play 1.5 times as long', 'make it run 1.5 times the length', 'make the video play 1.5 times as slow',
      'make the video play 1.5 times louder', 'make it play 1.5 times and then stop',
      'make the video play 1.5 times then loop',
    ]);
    nothing([
      'make it play 1.5 times as long', 'make it play 1.5 times and then stop', 'make the video play 1.5 times louder',
    ]);
    nothing(["don't slow the whole video down"]);
  });

  describe('a second file said with also, and its own size', () => {
    sure([
      ['export a webm, and also an mp4 in 1080p', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['render a gif for slack, also a mov at 4k', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mov', resolution: '4k' }]],
      // (a size said after formats listed with no "also" is each one's)
      ['export mov and webm at 720p', [{ op: 'export', format: 'mov', resolution: '720p' }, { op: 'export', format: 'webm', resolution: '720p' }]],
    ]);
  });

  describe('a length said with only, for a platform of one shape', () => {
    sure([
      ['cut it to 20 seconds only for tiktok', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['make it only 40 seconds for youtube shorts', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // (a platform of several shapes picks none; "the reel" is the video)
    sure([
      ['make it 25 seconds only for instagram', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['only 25 seconds for the reel', [{ op: 'compile_best_moments', target_ms: 25000 }]],
    ]);
    // (a shape refused beside it takes none; a part's length is no clip's)
    sure([
      ['make it only 30 seconds for tiktok, not vertical though', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ["make it only 30 seconds for tiktok, don't make it square", [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['cut it to 20 seconds only for reels, no portrait', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    notSure(['keep the intro only 5 seconds for tiktok', 'make the outro only 3 seconds for shorts']);
  });

  describe('made wide', () => {
    sure([
      ['make the video wide please', [{ op: 'set_aspect', aspect: '16:9' }]],
      ["it's for the website, so make it wide", [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    notSure(['make the title wide', 'make it wide angle', 'make it wider']);
    // (asked, doubted, left open, of the title, or a condition: no shape made)
    notSure([
      'make it wide? nah', 'make it wide, or maybe not', "make the video wide? I'm not sure",
      'make it wide? no, keep it tall', 'make it wide-angle', 'make it wide, the title I mean',
      'make it wide or tall, whatever works', 'make it wide and tall',
      'make the video wide, or not',
    ]);
    nothing(['make it wide? nah', 'make it wide-angle', 'make it wide and tall']);
    notSure([
      'if you make it wide the text gets cut, so keep it square', 'when you make it wide, the logo gets cut off',
    ]);
  });

  describe('pidgin and dropped letters', () => {
    sure([
      ['add lofi, make e no go down when I talk', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ['trim da las 4 seconds', [{ op: 'cut_range', start_ms: 4000, end_ms: 0, from_end: true }]],
      ['cut the parts where nobodys talking', [{ op: 'remove_dead_air' }]],
    ]);
    notSure(['cut las partes']);
  });

  describe('the zoom cranked up', () => {
    sure([
      ['turn the zoom up a bit', [{ op: 'set_zoom', mode: 'more' }]],
      ['bump the zoom up', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    sure([['turn the zoom off', [{ op: 'set_zoom', mode: 'off' }]]]);
  });

  describe('a clip described, then its place', () => {
    sure([
      ['the clip where the dog jumps, the third, move it to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the clip with the cake, the second, put it last', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
  });

  describe('a figure that would be grand', () => {
    sure([
      ['speed up the bits where nothings going on, 3x would be grand', [{ op: 'speed_up_idle', factor: 3 }]],
      ['speed it up, 2x would be lovely', [{ op: 'set_speed', factor: 2 }]],
    ]);
  });

  describe('a clip by its number before its noun', () => {
    sure([
      ['delete number three clip', [{ op: 'remove_moment', index: 3 }]],
      ['make number two faster, 1.5x', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    notSure(['make number three bigger', 'make number one louder']);
  });

  describe('a one minute one', () => {
    sure([
      ['make a one minute one', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['make another two minute one', [{ op: 'compile_best_moments', target_ms: 120000 }]],
    ]);
    // (seconds said after the minutes with no clip before them still count)
    sure([['cut it to one minute one second', [{ op: 'compile_best_moments', target_ms: 61000 }]]]);
  });

  describe('an upload said to be so, its "is" dropped', () => {
    sure([
      ['just use the second video, the first one so shaky', [{ op: 'use_sources', files: ['2'] }]],
      ['only use the first upload, the other one too dark', [{ op: 'use_sources', files: ['1'] }]],
    ]);
    sure([['remove the first one too quickly', [{ op: 'remove_moment', index: 1 }]]]);
  });

  describe('a factor said apart after the moment it is of', () => {
    sure([
      ['second clip make it slow, 0.5x, third clip make it fast, 1.5x',
        [{ op: 'set_speed', factor: 0.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['clip 1 slow, half speed, clip 2 fast, 2x', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 2, index: 2 }]],
    ]);
  });
});

// Round 53's review (rfix53c): a request said of a clip with an adverb or a need is no dropped "is"; a size set off
// after two files, the second said with "also", is both files'.
describe('edit agent: round 53 review (rfix53c) classes', () => {
  describe('a request said of a clip with an adverb, or a need, its "is" not dropped', () => {
    sure([
      ['the last clip very slowly fade out', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['the last clip really slowly fade it out', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['the last clip really needs a fade out', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['the last clip very gently fade it in', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['the second clip very quickly fade it out', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['remove the first clip, the last clip really slowly fade out',
        [{ op: 'remove_moment', index: 1 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['the first clip very slowly zoom in', [{ op: 'set_zoom', mode: 'auto' }]],
      ['the first clip really zoom in on the face', [{ op: 'set_zoom', mode: 'auto' }]],
      ['the first clip super fast zoom', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
    // (how it looks, its "is" dropped, still chooses nothing)
    sure([
      ['just use the second video, the first one so shaky', [{ op: 'use_sources', files: ['2'] }]],
      ['remove clip 2, the first one really should stay', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('a size set off after two files, the second said with also', () => {
    sure([
      ['export an mp4, also a gif, 720p',
        [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif', resolution: '720p' }]],
      ['render a gif for slack, also a mov, 1080p',
        [{ op: 'export', format: 'gif', resolution: '1080p' }, { op: 'export', format: 'mov', resolution: '1080p' }]],
      ['export a webm for the website, and also an mp4 in 4k',
        [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export an mp4, also a gif at 720p',
        [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif', resolution: '720p' }]],
    ]);
  });
});
