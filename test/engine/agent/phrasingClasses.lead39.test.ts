import { nothing, sure, table } from './phrasingTable';

/**
 * Round 39, the lead's: readings that did something other than asked. A part named first, then its switch as a verb
 * and particle with no object ("the auto zoom, turn off") is that part switched so, as "turn it off" is (it used to
 * switch the auto zoom on and leave "turn off" unread); a part named first, then switching it on refused ("the auto
 * zoom, don't turn it on") asks nothing (it used to switch it on); a stretch the recording has, told by how long it
 * lasts ("the video has 30 seconds of silence at the start") is no length asked (it used to make a 30 s clip).
 */
const zoom = (mode: 'off' | 'auto') => ({ op: 'set_zoom' as const, mode });
const best = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });

describe('edit agent: round 39, the lead\'s misreadings', () => {
  describe('a part named, then a verb and its particle with no object: that part switched so', () => {
    sure([
      ['the auto zoom, turn off', [zoom('off')]],
      ['auto zoom, switch off please', [zoom('off')]],
      ['the zoom, turn off', [zoom('off')]],
      ['the auto zoom, turn on please', [zoom('auto')]],
      ['the music, turn down', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    table([['the zoom, turn it off', [zoom('off')]]]);
  });

  describe('a part named, then switching it on refused: nothing asked', () => {
    nothing(["the auto zoom, don't turn on", "the auto zoom, don't turn it on", '自动放大，不要开']);
    table([['the auto zoom, turn on', [zoom('auto')]]]);
  });

  describe('a stretch the recording has, told by how long it lasts, is no length asked', () => {
    nothing([
      'the video has 30 seconds of silence at the start',
      "there's 30 seconds of silence at the start",
      'my recording has 2 minutes of me waiting for the build',
    ]);
    sure([
      ["there's 30 seconds of loading, make it 45 seconds", [best(45)]],
      ['make 30 seconds of highlights', [best(30)]],
      ['I want 30 seconds of the best bits', [best(30)]],
    ]);
  });
});
