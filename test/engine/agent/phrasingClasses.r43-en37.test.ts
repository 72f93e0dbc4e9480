import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 43, English typed in a hurry or dictated, the classes held-out 37 missed, read where one reading is clear:
 * - typed: "@" for "at" right after a quoted text ("caption 'Sale' @ 0:05"); "&" between two sides or ends ("bars top &
 *   bottom"); a small word with two letters swapped ("teh", "jsut"); a moment's noun with its number run on ("clip2", not a
 *   file's "clip2.mp4"); a shape typed as two figures apart ("make it 9 16"); "2" for "to" before a length ("cut it 2 30
 *   sec"); a share typed as a fraction ("at 1/4 volume") and a level after its label ("Volume: 0.3"); a resolution said as
 *   the file's size ("small size 720");
 * - a comma left out: a slip of more than "no" between what it takes back and what is meant ("export gif lol jk mp4", "no
 *   wait make it …"), a setting left open ("export mp4 any size is ok"), the value replaced after "not" ("at 0:02 not 0:00");
 * - dictated: a figure under one said from its point after "slower", "speed" or a pause ("a bit slower uh point nine");
 *   thinking aloud ("let me think"); a request said again after a yes to it, made once ("… period actually yes …");
 *   words left unread, then taken back ("brighten?? no nvm");
 * - said in other words: a setting then "none" ("crossfade none"); a text given "instead of the old one" (that text
 *   changed); a text's start or end asked with the verb ("start the title at 0:02"); the recording's own goings-on said to
 *   stay beside dead air taken out ("keep all the pages turning"); a fade after music and its details, the music's; the
 *   second upload as "the 2nd video file"; what is heard in the recording given a level ("the engine whistle from the
 *   video at 100%", "… so the sound at 20 percent").
 * Look-alikes that must not change: a pace compared ("this is so much faster") asks no speed; "undo. undo" is two steps.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 43, held-out 37 English (typing and dictation noise)', () => {
  describe('typed short', () => {
    sure([
      ["caption 'Open late' @ 0:07", [{ op: 'add_text', text: 'Open late', style: 'caption', start_ms: 7000 }]],
      ['title "Day one" @ 0:03 for 4 sec', [{ op: 'add_text', text: 'Day one', style: 'title', start_ms: 3000, duration_ms: 4000 }]],
      ["add a caption 'Hi mum' @ 0:10", [{ op: 'add_text', text: 'Hi mum', style: 'caption', start_ms: 10000 }]],
      ['make it vertical, bars left & right', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['fade in & out', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['remove teh first clip', [{ op: 'remove_moment', index: 1 }]],
      ['jsut make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['delete clip3', [{ op: 'remove_moment', index: 3 }]],
      ['move scene1 to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['change it to 16 9 please', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['make it 4 5 for instagram', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['trim it 2 45 sec', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['cut this down 2 20s', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['music at 3/4 volume', [{ op: 'set_music_volume', volume: 0.75 }]],
      ['add rain.mp3 at 1/2 volume', [{ op: 'add_music', track: 'rain.mp3', volume: 0.5, duck: true }]],
      ['Music: lofi. Volume: 0.4', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
      ['mp4 pls, size 1080', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['webm, small size 720', [{ op: 'export', format: 'webm', resolution: '720p' }]],
    ]);
  });

  describe('a comma left out', () => {
    sure([
      ['export mov no wait webm', [{ op: 'export', format: 'webm' }]],
      ['make it square lol jk make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['remove clip 2 scratch that remove clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['no wait make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['uh wait no mute the music', [{ op: 'remove_music' }]],
      ['export webm any resolution is fine', [{ op: 'export', format: 'webm' }]],
      ['make it 30s not 45s', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['music at 20% not 50%', [{ op: 'set_music_volume', volume: 0.2 }]],
    ]);
  });

  describe('dictated', () => {
    sure([
      ['make it a bit slower um point eight', [{ op: 'set_speed', factor: 0.8 }]],
      ['speed point seven five', [{ op: 'set_speed', factor: 0.75 }]],
      ['slow it down uh point six', [{ op: 'set_speed', factor: 0.6 }]],
      ['let me see comma make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['remove clip 2 period yes remove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['trim clip 3 to 4 seconds. yeah trim clip 3 to 4 seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['sharpen?? no nvm, export 1080', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['add grain. never mind. make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
  });

  describe('said in other words', () => {
    sure([
      ['transitions none', [{ op: 'crossfade', ms: 0 }]],
      ['zoom none please', [{ op: 'set_zoom', mode: 'off' }]],
      ["title 'Grand opening' instead of the old one", [{ op: 'edit_text', text: 'Grand opening' }]],
      ["caption 'Now 20% off' replacing the current caption", [{ op: 'edit_text', text: 'Now 20% off' }]],
      ['start the title at 0:03', [{ op: 'edit_text', start_ms: 3000 }]],
      ['end the caption at 0:09', [{ op: 'edit_text', end_ms: 9000 }]],
      ['the title, start it at 0:04', [{ op: 'edit_text', start_ms: 4000 }]],
      ['cut the silences, keep the kids laughing', [{ op: 'remove_dead_air' }]],
      ['remove the dead air; keep all the dogs barking', [{ op: 'remove_dead_air' }]],
      ['add music at 30%, no ducking, fade out 2s', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: false }, { op: 'fade', target: 'music', out_ms: 2000 }]],
      ['the birds in the footage to 30 percent', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['the rain is loud in the video so the sound at ten percent', [{ op: 'set_source_volume', volume: 0.1 }]],
      ['just the 2nd video', [{ op: 'use_sources', files: ['2'] }]],
      ['just the first recording file', [{ op: 'use_sources', files: ['1'] }]],
    ]);
  });

  describe('look-alikes', () => {
    nothing(['this is so much faster', "it's way quicker than my old editor", 'that way was slower tbh']);
    notSure(['start the video at 0:05', 'make it 9 1', 'the dog in the video at 0:05']);
    sure([
      ["title 'Live @ Mao'", [{ op: 'add_text', text: 'Live @ Mao', style: 'title' }]],
      ['add music, no ducking', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ['make clip 2 9 seconds', [{ op: 'trim_moment', index: 2, to_ms: 9000 }]],
      ['keep all the clips', [{ op: 'keep_everything' }]],
      ['make it 30s, add music, fade out', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['undo. undo', [{ op: 'undo' }, { op: 'undo' }]],
      ['remove clip 2. yes remove clip 3', [{ op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 3 }]],
      ['make it faster', [{ op: 'set_speed', factor: 1.5 }]],
      ['make it 9/16', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });
});
