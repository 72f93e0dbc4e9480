import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 42, English amounts said relative or in uncommon forms, levels, times and counts:
 * - a level out of a hundred ("40/100", "25 out of 100"); a share of one said in words after the level's noun or alone
 *   after a comma ("music volume point two", "add lofi, point four five"), after "down to" ("down to 0.2 and export"), or
 *   after "at" before a comma ("at point three, no ducking");
 * - a level said relative to the one just said: "half that", "halve that" (in the same sentence or the next); a slip
 *   that says the first figure is fine ("…, no wait, 40 is fine") takes back the change of level said after it;
 * - clock times written with hours ("00:01:30") or with tenths ("1:02.5"); a point said as a mark ("the 20 second mark",
 *   "the two-minute mark") or as a formula ("t = 3 s"); a duration said before its noun ("4 s duration", "duration: 3 s");
 *   a stretch's end after "up to"; a fraction typed as one sign ("2½ minutes", "¾ of a minute"); a length's seconds
 *   said after its minutes at the end of a sentence ("two minutes ten. 130 seconds.");
 * - counts: "undo ×2." (the full stop after the count), "undo the last three" (the noun left out); a speed named as a
 *   "speed factor"; each moment listed with its own speed, the verb said once ("clip 1 at half speed and clip 3 at double
 *   speed", "…, and the third twice as fast");
 * - the recording's sound named by what is heard in it ("the engine hum in the footage", "dog barks in the video"),
 *   turned down with a removal's verb ("drop them to 10%");
 * - "when they take off": a subject filmed before the verb says what the footage shows, no removal;
 * - a card asked "the same for the outro" lasts as long as the one just added; unquoted words of a text end before when
 *   it shows ("… for the first three seconds", "… at twelve seconds"); "export again" makes the file exported before.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const music = (volume: number, track = 'lofi', duck = true) => ({ op: 'add_music' as const, track, volume, duck });

describe('edit agent: round 42, English amounts, levels, times and counts', () => {
  describe('levels out of a hundred, or a share of one said in words or before a comma', () => {
    sure([
      ['music at 40/100', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['set the video sound to 25 out of 100', [{ op: 'set_source_volume', volume: 0.25 }]],
      ['add the upbeat track, 60/100', [music(0.6, 'upbeat')]],
      ['music volume point two', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['add lofi, point four five', [music(0.45)]],
      ['add the upbeat song at point three, no ducking', [music(0.3, 'upbeat', false)]],
      ['bring the music down to 0.2 and export', [{ op: 'set_music_volume', volume: 0.2 }, { op: 'export', format: 'mp4' }]],
      ['turn the music up to 0.6', [{ op: 'set_music_volume', volume: 0.6 }]],
      ['add lofi at 0.25, then export a gif', [music(0.25), { op: 'export', format: 'gif' }]],
    ]);
    nothing(['the score was 30/100', "I'd rate it 70 out of 100", "what's point three?"]);
  });

  describe('a level said relative to the one just said', () => {
    sure([
      ['add music at 60%, half that', [music(0.3)]],
      ['set the video sound to 80%... too loud, halve that', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['add the upbeat track at 50%. Hmm, halve that.', [music(0.25, 'upbeat')]],
      ['make the music 40%, then a bit quieter, no wait, 40 is fine', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['add lofi at 30% and a touch louder... actually 30 is fine', [music(0.3)]],
    ]);
    // A figure said fine that no request said before is the level meant.
    sure([['music at 20%, then a bit louder, actually 30 is fine', [{ op: 'set_music_volume', volume: 0.3 }]]]);
  });

  describe('clock times with hours or tenths, marks, formulas, durations, fractions', () => {
    sure([
      ['cut from 00:00:05 to 00:00:09', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['make it 00:02:00', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['remove 0:10.5 to 0:12', [{ op: 'cut_range', start_ms: 10500, end_ms: 12000 }]],
      ['zoom in at 0:07.5 for 2 seconds', [{ op: 'zoom_at', start_ms: 7500, duration_ms: 2000 }]],
      ['add a caption \'Go\' at 0:03.5 for 2 seconds', [{ op: 'add_text', text: 'Go', style: 'caption', start_ms: 3500, duration_ms: 2000 }]],
      ['cut from the 20 second mark to the 25 second mark', [{ op: 'cut_range', start_ms: 20000, end_ms: 25000 }]],
      ['add a title \'Welcome\' at the 3 second mark', [{ op: 'add_text', text: 'Welcome', style: 'title', start_ms: 3000 }]],
      ['cut from the two-minute mark to 2:10', [{ op: 'cut_range', start_ms: 120000, end_ms: 130000 }]],
      ['cut 0:20 up to 0:25', [{ op: 'cut_range', start_ms: 20000, end_ms: 25000 }]],
      ['add a caption \'Hi\' at t=3s for 2 s', [{ op: 'add_text', text: 'Hi', style: 'caption', start_ms: 3000, duration_ms: 2000 }]],
      ['add a lower third \'Ana\' at 4 s, a 3 second duration', [{ op: 'add_text', text: 'Ana', style: 'lower-third', start_ms: 4000, duration_ms: 3000 }]],
      ['add a caption \'Hi\' at 2 s, duration: 3 s', [{ op: 'add_text', text: 'Hi', style: 'caption', start_ms: 2000, duration_ms: 3000 }]],
      ['make it 2½ minutes', [{ op: 'compile_best_moments', target_ms: 150000 }]],
      ['cut it down to ¾ of a minute', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['make it ½ a minute', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['make it two minutes ten. 130 seconds.', [{ op: 'compile_best_moments', target_ms: 130000 }]],
    ]);
    nothing(["he's at the 10 second mark", 'the plane takes off at 0:12']);
  });

  describe('counts and factors', () => {
    sure([
      ['undo ×2.', [{ op: 'undo' }, { op: 'undo' }]],
      ['undo the last three', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['redo the last two, please', [{ op: 'redo' }, { op: 'redo' }]],
      ['speed factor 3 on clip 2', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['clip 1, speed factor: 0.5', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['clip 1 at half speed and clip 3 at double speed', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 2, index: 3 }]],
      ['clip 1 at 0.5x, and the third twice as fast', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 2, index: 3 }]],
    ]);
    // A second moment named with no speed of its own is not given the first one's.
    notSure(['clip 2 at 2x, and clip 3 stays']);
  });

  describe('the recording\'s sound named by what is heard; what the footage shows after "when"', () => {
    sure([
      ['the engine hum in the footage, turn it down to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['the birdsong in the recording, bring it down to a quarter', [{ op: 'set_source_volume', volume: 0.25 }]],
      ['dog barks in the video, drop them to 10%', [{ op: 'set_source_volume', volume: 0.1 }]],
      ['clip 3 at half speed when they take off', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['clip 2 at quarter speed as the planes take off', [{ op: 'set_speed', factor: 0.25, index: 2 }]],
    ]);
    nothing(['when they take off, it\'s beautiful', 'the bark in the video looks great']);
  });

  describe('a card done alike, words ended before when they show, an export again', () => {
    sure([
      ['an intro card \'Hello\' for 4 seconds, and the same for the outro but saying \'Bye\'', [
        { op: 'add_card', card: 'intro', text: 'Hello', duration_ms: 4000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 4000 }]],
      ['add a title saying Welcome home for the first three seconds', [{ op: 'add_text', text: 'Welcome home', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['add a caption saying Lunch break at twelve seconds', [{ op: 'add_text', text: 'Lunch break', style: 'caption', start_ms: 12000 }]],
      ['export a webm, then remove the music and export again', [{ op: 'export', format: 'webm' }, { op: 'remove_music' }, { op: 'export', format: 'webm' }]],
    ]);
    // A card asked with no "same" keeps the usual length.
    sure([['an intro card \'Hello\' for 4 seconds and an outro card \'Bye\'', [
      { op: 'add_card', card: 'intro', text: 'Hello', duration_ms: 4000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 2000 }]]]);
  });
});
