import { notSure, sure } from './phrasingTable';

/**
 * Round 49's fix (fix49): 配乐 opening a clause before a judgement of how it sounds ("配乐好土") is the music there is,
 * not its verb "add music".
 */
describe('edit agent: round 49 fix49 classes', () => {
  describe('配乐 before a judgement of how it sounds', () => {
    notSure(['配乐好土', '配乐贼难听', '配乐不好听', '配乐好丑啊']);
    sure([
      ['配乐好吵', [{ op: 'set_music_volume', change: 'quieter' }]],
      // Look-alikes: 配乐 as its verb, alone or with the kind of bed asked.
      ['配乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['配乐轻快一点', [{ op: 'add_music', track: 'upbeat', volume: 0.35, duck: true }]],
    ]);
  });
});
