import { table, nothing } from './phrasingTable';

/**
 * Round 23's English misses and readings asked first (held-out 22 and 23, the sets written blind last): each a way of
 * asking, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 23 misses → exact operations or nothing', () => {
  describe('a moment named apart (its place and what it shows, or a clause of its own), then the one length it is cut to or cut by', () => {
    table([
      ['the third goal celebration, make it 5 seconds', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['the last dance bit, I need it 6 seconds tops', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
      ['clip 3, I want it 6 seconds', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
      ['second scene is dragging. cut 2 seconds from it', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['the first fragment, shave 1.5 seconds off', [{ op: 'trim_moment', index: 1, by_ms: 1500 }]],
      // The length insisted on after it ("no more", "not a second longer") refuses no other length.
      ['the second cooking part, make it 5 seconds, not a second longer', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['the first unboxing bit, I want it 7 seconds, no more', [{ op: 'trim_moment', index: 1, to_ms: 7000 }]],
      // A length the moment has, then one asked without a unit: in that length's unit (round 43, as held-out 35 reads it).
      ['the first clip is 12 seconds, make it 6', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
    ]);
    // A stretch of time is no moment.
    nothing(['the last few seconds, cut them', 'the first minute, remove it', 'the last half, cut 2 seconds from it']);
  });

  describe('a moment described, then its number alone ("number 2", "#3", "no. 1"), is the moment of that number', () => {
    table([
      ['the pasta clip, number 3, move it to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the drone shot is #1, remove it', [{ op: 'remove_moment', index: 1 }]],
      ['the interview part, no. 2, slow it to half speed', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['the sunset scene is number 3, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['the pouring bit, #2, make it 9 seconds long', [{ op: 'trim_moment', index: 2, to_ms: 9000 }]],
    ]);
    nothing(['the song is number 1, add it', 'the song is number 1']);
  });

  describe('the hour of the user\'s appointment, or laughter typed in figures (555, 666), beside a request: no value of it', () => {
    table([
      ['make it 30 seconds, my meeting is at 3', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['vertical please, I have class at 9', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['export an mp4, my flight is at 6:40', [{ op: 'export', format: 'mp4' }]],
      ['make it 45 seconds 5555', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['40 secs. best bits. got a dentist appointment at 4.', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    nothing(['my meeting is at 3', 'cut it at 2', 'music at 5']);
  });

  describe('what the user tells they did, or a noise lowered, beside the request it explains', () => {
    table([
      ['I deleted the zoom by mistake, undo it', [{ op: 'undo' }]],
      ['I added the crossfade by accident, undo', [{ op: 'undo' }]],
      ['we put the title in by mistake. undo', [{ op: 'undo' }]],
      ['tone down the hum. original audio to 40%', [{ op: 'set_source_volume', volume: 0.4 }]],
      ["let's reduce the fan noise, clip audio at 20 percent", [{ op: 'set_source_volume', volume: 0.2 }]],
    ]);
    // A noise lowered alone is nothing the editor does.
    nothing(['lower the noise', 'reduce the noise', 'tone down the hum']);
  });

  describe('the idle or silent stretches said first, as what they are, then a remove verb and "them": the dead air taken out', () => {
    table([
      ['the empty parts, take them out', [{ op: 'remove_dead_air' }]],
      ["the silent bits where I'm thinking, get rid of them", [{ op: 'remove_dead_air' }]],
      ['all the stretches where nothing happens, just cut them', [{ op: 'remove_dead_air' }]],
      ['the parts with no talking, remove them please', [{ op: 'remove_dead_air' }]],
      // A moment named by its place, where nothing happens, is that moment.
      ['the first clip where nothing happens, cut it', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['the empty parts, keep them', "the empty parts, don't remove them"]);
  });

  describe('a moment moved by "relocate" or "reposition", the moment said first by its number in words or not', () => {
    table([
      ['relocate moment 3 to position 1', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['reposition the last clip to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['please relocate the second scene to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['clip two, relocate to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['moment one, reposition to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['moment two, make un 8 seconds', [{ op: 'trim_moment', index: 2, to_ms: 8000 }]],
    ]);
  });

  describe('the tracks asked as a list provided or given ("provide a list of every track")', () => {
    table([
      ['give me a list of all the tracks', [{ op: 'show_tracks' }]],
      ['provide a list of the tracks', [{ op: 'show_tracks' }]],
      ['could you send me a rundown of the tracks', [{ op: 'show_tracks' }]],
    ]);
    nothing(['give me a list']);
  });

  describe('a decimal comma before a unit ("2,5 seconds", "1,5x"), as most of Europe writes it, is the decimal point', () => {
    table([
      ["Put an intro card 'Chez Nous' for 2,5 seconds", [{ op: 'add_card', card: 'intro', text: 'Chez Nous', duration_ms: 2500 }]],
      ['play it at 1,5x', [{ op: 'set_speed', factor: 1.5 }]],
      ['slow clip 2 to 0,5x', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['crossfade of 0,5 seconds', [{ op: 'crossfade', ms: 500 }]],
      ['zoom in at 0:12 for 1,5 seconds', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 1500 }]],
    ]);
    // A thousands comma is no decimal one.
    nothing(['make it 1,000 seconds']);
  });

  describe('an "ok" or "great" said first in the user\'s other language or twice ("vale, …", "ok super, …") asks nothing', () => {
    table([
      ['super, gif please', [{ op: 'export', format: 'gif' }]],
      ['ok super, gif please', [{ op: 'export', format: 'gif' }]],
      ['vale, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['dale, export an mp4', [{ op: 'export', format: 'mp4' }]],
      ['tamam, remove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['yeah great, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['super', 'vale', 'super loud music please']);
  });
});
