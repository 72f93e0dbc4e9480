import { table, nothing } from './phrasingTable';

/**
 * Round 23's wrong edits in English (new wordings of each way of asking, no bench lines): each a class, read against a
 * draft of 3 moments and 1 text, and the look-alikes that must change nothing.
 */

describe('edit agent: round 23 English wrong edits → exact operations or nothing', () => {
  describe('a stretch named by the silence in it ("where nobody talks") is a quiet stretch: sped up as the idle ones, or cut as dead air', () => {
    table([
      ['the stretches where I\'m not speaking, play them at 4x', [{ op: 'speed_up_idle', factor: 4 }]],
      ['when no one is talking, speed it up 3 times', [{ op: 'speed_up_idle', factor: 3 }]],
      ['the bits where nobody says a word, make them 2x', [{ op: 'speed_up_idle', factor: 2 }]],
      ['where we don\'t talk, fast forward 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['the part where the dog just lies there and nobody speaks, speed that up 6x, don\'t cut it out', [{ op: 'speed_up_idle', factor: 6 }]],
      ['cut the parts where nobody talks', [{ op: 'remove_dead_air' }]],
      ['remove the bits where no one says anything', [{ op: 'remove_dead_air' }]],
      // A speed said alone, with no stretch named, is the whole video's.
      ['speed it up 3 times', [{ op: 'set_speed', factor: 3 }]],
    ]);
    nothing(['where nobody talks, it is fine', 'the part where nobody talks is the best', "don't cut the parts where nobody talks"]);
  });
});
