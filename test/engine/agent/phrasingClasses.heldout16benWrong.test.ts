import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 16b (English) read wrong or asked about: each case asserts the exact operations
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing (or something else).
 */

describe('edit agent: phrasing classes held-out 16b (English) read wrong', () => {
  describe('two files, each said with its resolution and format, are two exports', () => {
    table([
      ['a 4k webm for the archive and a 720 gif for slack', [{ op: 'export', format: 'webm', resolution: '4k' }, { op: 'export', format: 'gif', resolution: '720p' }]],
      ['export a mov. a 1080p webm too', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'webm', resolution: '1080p' }]],
    ]);
    // One file, its resolution said twice or after it: one export.
    table([
      ['export an mp4, a 1080p mp4', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['a webm, in 720p', [{ op: 'export', format: 'webm', resolution: '720p' }]],
    ]);
  });

  describe('a length said with quarters, or its seconds before the clip\'s noun', () => {
    table([
      ['trim it down to two minutes and a quarter', [{ op: 'compile_best_moments', target_ms: 135_000 }]],
      ['best bits, a minute and three quarters', [{ op: 'compile_best_moments', target_ms: 105_000 }]],
      ['give me a one minute forty five video of the highlights', [{ op: 'compile_best_moments', target_ms: 105_000 }]],
      ['cut a 1 min 20 video of the best moments', [{ op: 'compile_best_moments', target_ms: 80_000 }]],
    ]);
    // Not seconds: a count of clips after the minutes; a quarter of a minute is its own length.
    table([
      ['best moments, a 2 minute 3 clip montage', [{ op: 'compile_best_moments', target_ms: 120_000 }]],
      ['highlights, a quarter of a minute', [{ op: 'compile_best_moments', target_ms: 15_000 }]],
    ]);
  });

  describe('a shape said in English words ("nine by sixteen")', () => {
    table([
      ['switch to sixteen by nine', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['four by five for the feed', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['go nine by sixteen with a blurred background', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
    ]);
    // "one by one" is one after another, no square; numbers by numbers that are no shape stay unread.
    nothing(['go through the clips one by one', 'two by two']);
  });

  describe('a restart said as a noun is starting over', () => {
    table([
      ['complete restart please', [{ op: 'start_over' }]],
      ['clean restart, then 20 seconds', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 20_000 }]],
    ]);
    nothing(['restart the music', 'a full restart of the music']);
  });

  describe('a refusal after "but" or a comma is read apart: no export, no thing named', () => {
    table([
      ['make it 720p but do not export it yet', [{ op: 'set_resolution', resolution: '720p' }]],
      ['resolution 1080p, don\'t render yet', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['30 seconds, square, don\'t add any music', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_aspect', aspect: '1:1' }]],
      ['add some music but never export without asking', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      // A request after the refusal, its "don't" typed without the apostrophe, is a request of its own.
      ['cut the silences but don\'t make it shorter than a minute and dont duck the music', [{ op: 'remove_dead_air' }, { op: 'set_ducking', duck: false }]],
    ]);
    nothing(['don\'t export it yet', 'do not render anything']);
  });

  describe('music added, then a change of its level past a comma: both', () => {
    table([
      ['add some music, maybe a notch quieter', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'quieter' }]],
      ['put music on, actually a little louder than normal', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'louder' }]],
    ]);
    // A level said as a figure is the new music's; a cap on how loud is no change.
    table([
      ['add music, 25% quieter', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['add music, not too loud', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('the default backdrop, and the picture just uploaded, as the background', () => {
    table([
      ['use the default backdrop', [{ op: 'set_background', background: 'aurora' }]],
      ['add the standard background', [{ op: 'set_background', background: 'aurora' }]],
      ["the background should be the picture we've just sent", [{ op: 'set_background', background: 'image' }]],
      ['backdrop: the photo I have just attached', [{ op: 'set_background', background: 'image' }]],
    ]);
    // A kind of backdrop there is no built-in for is not guessed at.
    nothing(['use a white backdrop']);
  });

  describe('ducking said "no" after its name, and internet spellings', () => {
    table([
      ['add music, ducking none', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ['zoom in moar pls', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    nothing(['is ducking no problem?']);
  });
});
