import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 37, English as a second language:
 * - the comparative said with "more", as Spanish, French, Portuguese and Italian say it ("more low", "more high", "more
 *   quick"): the comparative ("lower", "higher", "quicker");
 * - "put" as the "make" of "poner", "mettre", "pôr" before the music and how loud it plays ("put music more low", "put the
 *   music lower", the music named first: "the music put lower"): the level of the music changed, no music added (the
 *   draft has none; music is added only when asked for: "put some music, a bit lower");
 * - "the volume of music more high": not read as music asked for; left unread rather than guessed;
 * - "twice faster", "the double faster": two times as fast; "2 times slower", "twice slower": half the speed, asked first;
 * - "the part two and three", "clips two, three and four": every number listed after the moment's noun names a moment;
 * - "the moments without action": the idle stretches, as "the parts without action" are.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const quieter = [{ op: 'set_music_volume' as const, change: 'quieter' as const }];
const louder = [{ op: 'set_music_volume' as const, change: 'louder' as const }];
const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 37, English as a second language', () => {
  describe('the comparative said with "more": the comparative', () => {
    sure([
      ['I want that the music is more low', quieter],
      ['put more quick', [{ op: 'set_speed', factor: 1.5 }]],
      ['put the video more slow please', [{ op: 'set_speed', factor: 0.75 }]],
      ['make it more short, 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('"put" the music louder or lower: its level changed, no music added', () => {
    sure([
      ['put music more low', quieter],
      ['put the music lower', quieter],
      ['the music put lower', quieter],
      ['put the music a bit louder', louder],
      ['please put music more loud', louder],
      ['put the music up', louder],
      ['put the music down a bit', quieter],
    ]);
    // Music asked for, then a level: the music added at that level.
    table([
      ['put some music, a bit lower', [music, { op: 'set_music_volume', change: 'quieter' }]],
      ['put music', [music]],
    ]);
    notSure(['put the volume of music more high', 'put the music higher']);
    nothing(['don\'t put the music more low', 'is the music more low now?', 'thank you very much!', 'good job']);
  });

  describe('"twice faster", "2 times slower": two times, either way', () => {
    sure([
      ['make the video the double faster', [{ op: 'set_speed', factor: 2 }]],
      ['put it twice quicker please', [{ op: 'set_speed', factor: 2 }]],
      ['the second part make it twice faster', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ]);
    // Slower by a multiple: half the speed, asked first (some mean a third of the way less).
    notSure(['make it 2 times slower', 'make the video twice slower']);
    nothing(['is it twice faster now?', 'don\'t make it twice faster']);
  });

  describe('the numbers listed after a moment\'s noun: every one a moment', () => {
    sure([
      ['remove the part two and three', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }]],
      ['eliminate the clips one and three please', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]],
    ]);
    sure([['remove clip two and add music', [{ op: 'remove_moment', index: 2 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('"the moments without action": the idle stretches', () => {
    sure([
      ['make the moments without action more fast', [{ op: 'speed_up_idle', factor: 4 }]],
      ['accelerate the moments without movement 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      ['remove the moments without talking', [{ op: 'remove_dead_air' }]],
    ]);
    sure([['make the second moment faster', [{ op: 'set_speed', factor: 1.5, index: 2 }]]]);
  });

  describe('the readings of learners\' wordings that already held', () => {
    sure([
      ['the clip must to be 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['eliminate the second part', [{ op: 'remove_moment', index: 2 }]],
      ['realize a video of 1 minute with the best parts', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['I would like the video in format square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['the part 3 put it first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['accelerate the parts where nothing happens', [{ op: 'speed_up_idle', factor: 4 }]],
      ['make the video of one minute and half', [{ op: 'compile_best_moments', target_ms: 90000 }]],
    ]);
  });
});
