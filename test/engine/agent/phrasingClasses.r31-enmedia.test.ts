import { nothing, table } from './phrasingTable';

/**
 * Round 31's English media classes (new wordings of each, against a draft of 3 moments and 1 text), and the
 * look-alikes that must stay as they were.
 */

describe('edit agent: round 31 English music, fades, texts → exact operations', () => {
  describe('a fade said with "with" right after the music is asked for is the music\'s', () => {
    table([
      ['lofi please, with fade in 3 seconds and fade out 3 seconds', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', in_ms: 3000, out_ms: 3000 }]],
      ['add lofi, with a fade out', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['add lofi at 30%, with fade out 3s', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }, { op: 'fade', target: 'music', out_ms: 3000 }]],
      ['put some music on, with a 2 second fade in', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', in_ms: 2000 }]],
      // Past a comma in the sentence the music opened, the fade is the music's too (round 36).
      ['add music, fade in 2 seconds', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', in_ms: 2000 }]],
      // Look-alikes: said apart, or naming the picture, the fade stays the clip's.
      ['add music. fade in 2 seconds', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['add music, with the video fading in', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['make it vertical, with a fade in', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
  });

  describe('a fade\'s other end said after a comma is that fade\'s', () => {
    table([
      ['fade clip in 2 seconds, out 2 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['fade in 1s, out 2s', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 2000 }]],
      ['fade in 1s,out 1s', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['fade out 3s, in 1s', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 3000 }]],
      ['fade it in over 2s, out over 3s', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }]],
      ['fade the music in 2s, out 3s', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 3000 }]],
      ['fade in 2 seconds, out too', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['fade in 1s, then out 2s', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 2000 }]],
      ['fade in 2s, out 2s, and export', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }, { op: 'export', format: 'mp4' }]],
      // Look-alikes: "out" or "in" that is no fade's end.
      ['fade in 2 sec, zoom out', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'set_zoom', mode: 'less' }]],
      ['fade out, in the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['fade in 1 second, in the beginning', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
  });

  describe('the title named first, then words put in it, changes its words (no title added)', () => {
    table([
      ["the title put 'Grand Opening' and show it from 2 to 5 seconds", [{ op: 'edit_text', text: 'Grand Opening', start_ms: 2000, end_ms: 5000 }]],
      ["the title put 'Hello'", [{ op: 'edit_text', text: 'Hello' }]],
      ["on the title write 'Hello'", [{ op: 'edit_text', text: 'Hello' }]],
      ["put 'Hello' in the title", [{ op: 'edit_text', text: 'Hello' }]],
      ["for the title put 'Grand Opening' pls", [{ op: 'edit_text', text: 'Grand Opening' }]],
      ["the title put 'Hello' and export", [{ op: 'edit_text', text: 'Hello' }, { op: 'export', format: 'mp4' }]],
      // Look-alikes: a title put somewhere, or one asked for, is added; no words, it is moved.
      ["put the title 'X' at the top", [{ op: 'add_text', text: 'X', style: 'title', position: 'top' }]],
      ["put a title 'Hello'", [{ op: 'add_text', text: 'Hello', style: 'title' }]],
      ['the title put at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ["put 'Hi' on the title card", [{ op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 2000 }]],
    ]);
  });

  describe('the music lessened or raised by a verb of lessening ("reduce", "decrease", "slightly down"), or offered as a maybe, is its level changed', () => {
    table([
      ['reduce the music slightly', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['decrease the music volume', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['music slightly down', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['increase the music a bit', [{ op: 'set_music_volume', change: 'louder' }]],
      ['reduce the music to 20%', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['music quieter maybe?', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['the music is a little loud, perhaps a little quieter?', [{ op: 'set_music_volume', change: 'quieter' }]],
      ["the song's too loud - maybe a bit softer?", [{ op: 'set_music_volume', change: 'quieter' }]],
      ['music louder perhaps?', [{ op: 'set_music_volume', change: 'louder' }]],
      ['add lofi, export, then reduce the music a little and export again', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }, { op: 'set_music_volume', change: 'quieter' }, { op: 'export', format: 'mp4' }]],
      // Look-alikes: a moment reduced is shorter, no music changed.
      ['reduce clip 2 to 5 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
    ]);
    // A time taken off, or a question of how it is, is no level.
    nothing(['reduce the music by 2 seconds', 'is the music quieter now?', 'what if the music was quieter?', 'would it be quieter?']);
  });

  describe('ducking refused however strongly ("never duck it", "don\'t you dare duck it"); "always same loud" beside it is that state', () => {
    table([
      ["don't you dare duck it", [{ op: 'set_ducking', duck: false }]],
      ['add music at 40%, never duck it', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: false }]],
      ['add music, never duck it', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ['dont ever duck the music', [{ op: 'set_ducking', duck: false }]],
      ['music bouzouki.mp3, and please no ducking, i want it always same loud', [{ op: 'add_music', track: 'bouzouki.mp3', volume: 0.35, duck: false }]],
      ['add music at 20%, never duck it, i want it always the same loudness', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: false }]],
      // A verb stressed with "do" after "and" starts a request of its own.
      ['add music, but quiet — 10% — and do duck it under my voice', [{ op: 'add_music', track: 'lofi', volume: 0.1, duck: true }]],
      ['add music and do export it', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
    ]);
    // Look-alikes: ducking asked, or a voice kept even.
    nothing(["don't forget to duck it", 'keep my voice always same loud']);
  });

  describe('a sound of the footage named bare as too loud, then a level, is that sound\'s level', () => {
    table([
      ['engine sound too loud, make 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['the wind noise too loud, make it 10%', [{ op: 'set_source_volume', volume: 0.1 }]],
      ['fan noise is way too loud, 20% please', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['crowd noise too quiet, make it 100%', [{ op: 'set_source_volume', volume: 1 }]],
      // Look-alike: the music's sound is the music.
      ['and music sound too loud, make 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
  });
});
