import { table, understood } from './phrasingTable';
import * as assert from 'node:assert/strict';

/**
 * Round 30's asides (English): what is said beside a request that asks nothing more of it, each a class read in new
 * wordings (against a draft of 3 moments and 1 text), and the look-alikes that must stay as they were (unread, so the
 * user hears what was not done).
 */

/** A request read, and the words beside it left unread (said back, not dropped). */
const leftUnread = (cases: [string, string][]) => {
  for (const [phrase, unread] of cases) it(`"${phrase}" leaves "${unread}" unread`, () => assert.ok(understood(phrase).unknown.includes(unread), JSON.stringify(understood(phrase))));
};

describe('edit agent: round 30 asides (English) → the request alone, or words said back', () => {
  describe('the state the request leaves, said again beside it (where things happen, all of it shown, the whole kept, one level)', () => {
    table([
      ['cut the dead air, keep only where stuff is happening', [{ op: 'remove_dead_air' }]],
      ['remove the silences, just show where i talk', [{ op: 'remove_dead_air' }]],
      ['zoom out, show all the workbench', [{ op: 'set_zoom', mode: 'less' }]],
      ['no cuts, keep the whole thing, I want the whole walk-through.', [{ op: 'keep_everything' }]],
      ['add music at 30% with no ducking, I want it at the same level the whole time', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: false }]],
      ['no ducking, I want it at one level', [{ op: 'set_ducking', duck: false }]],
    ]);
    leftUnread([
      // Beside another request, each may ask something of its own: said back.
      ['remove clip 2, keep only where something happens', 'keep only where something happens'],
      ['remove clip 2, show where i talk', 'show where i talk'],
      ['remove the music, show all the stand', 'show all the stand'],
      ['add music at 30%, I want it always same level', 'I want it always same level'],
      ['keep everything, i want the whole thing shorter', 'i want the whole thing shorter'],
    ]);
  });
});

describe('edit agent: round 30 asides (English) → the way or feel of the result wished', () => {
  table([
    ['speed the whole video up 2x, make it snappy', [{ op: 'set_speed', factor: 2 }]],
    ['remove clip 3, I want it to feel tight and snappy', [{ op: 'remove_moment', index: 3 }]],
    ['zoom in at 0:05 for 3 seconds, the logo should be seen bigger', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
    ['set the original sound to 100%, the waves must be heard loud', [{ op: 'set_source_volume', volume: 1 }]],
    ['make it 9:16, make it nice and tall', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['add music at 40%, I want it epic, mate', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
  ]);
  leftUnread([
    // Another way than the request's, or words the grammar does not know: maybe a request of its own, said back.
    ['add music at 40%, make it short', 'make it short'],
    ['add music at 40%, make it monochrome', 'make it monochrome'],
    ['speed it up 2x, make it snappy and black and white', 'make it snappy and black and white'],
    ['add music at 40%, make it zippy', 'make it zippy'],
    ['zoom in at 0:05, make it short', 'make it short'],
  ]);
  it('a way wished alone is no request guessed', () => assert.deepEqual(understood('make it zippy').ops, []));
});

describe('edit agent: round 30 asides (English) → a reason naming a first or last that is no moment, or the place a moment moves to', () => {
  table([
    ['fade out at the end, 2 seconds. the last chord just stops dead', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
    ['fade in 1 second, I hate how the first word is clipped', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
    ['why is the first clip at the start? move clip 2 to position 1', [{ op: 'move_moment', index: 2, to: 1 }]],
  ]);
  leftUnread([
    // A moment named that the request leaves where it is: maybe a request of its own.
    ['fade in 2 seconds, the first clip is too dark', 'the first clip is too dark'],
    ['move clip 3 to the start, the second clip is boring', 'the second clip is boring'],
  ]);
});

describe('edit agent: round 30 asides (English) → words of another tongue opening with a letter alone (no verb before an article)', () => {
  table([
    ['y a rien à dire, export it as mp4', [{ op: 'export', format: 'mp4' }]],
    ['o a maka. fade out at the end 2 seconds', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
  ]);
  leftUnread([
    // A part of the draft named in them: maybe a request in that tongue, said back.
    ['y a la musique, export webm', 'y a la musique'],
    ['x the music, export webm', 'x the music'],
  ]);
});
