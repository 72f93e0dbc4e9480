import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * An English clause beside an understood request that does not open as a request (an interjection, what the video
 * is, what the user is about to do, a remark on the recording) is context: read, not named as unread. One that opens
 * with a verb or a verb's object ("jazz it up", "snip the boring bits") may be a request in words not known: it stays
 * unread, so the reply says so.
 */
describe('edit agent: context beside a request → the request alone; a verb not known stays unread', () => {
  describe('an interjection, a label or a remark beside the request is read as context', () => {
    table([
      ['yep, make it 45 seconds', [{ op: 'compile_best_moments', target_ms: 45_000 }]],
      ['righto, remove clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['onboarding vid for the night shift, cut it to 50 seconds', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
      ['hiking footage from saturday, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['phew. mute the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['nice one, export a gif', [{ op: 'export', format: 'gif' }]],
      ['fixing to send this to my pastor, add lo-fi music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['cheers mate, speed it up 2x', [{ op: 'set_speed', factor: 2 }]],
      ['absolute legend. undo that', [{ op: 'undo' }]],
      ['wicked, fade out at the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
  });

  describe('a clause opening with a verb, or with a word and what a verb takes, stays unread beside the request', () => {
    for (const [phrase, left] of [
      ['make it 30 seconds. snip the boring bits', 'snip the boring bits'],
      ['make it 30 seconds. jazz it up', 'jazz it up'],
      ['make it 30 seconds. re-cut the ending', 're-cut the ending'],
      ['make it vertical. tighten everything', 'tighten everything'],
      ['export a gif. frobnicate it', 'frobnicate it'],
    ] as const) {
      it(`"${phrase}"`, () => assert.deepEqual(understood(phrase).unknown, [left]));
    }
  });

  describe('a file named beside a request is what it takes, never context', () => {
    it('"add music at 40%. sunset-mix.wav" leaves the file name unread or takes it', () => {
      const read = understood('add music at 40%. sunset-mix.wav');
      assert.ok(read.unknown.length > 0 || read.ops.some((op) => op.op === 'add_music' && op.track === 'sunset-mix.wav'), JSON.stringify(read));
    });
  });

  describe('idioms that look like a platform or a switch', () => {
    table([
      ['Long story short, make it 40 seconds', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      ['transitions off', [{ op: 'crossfade', ms: 0 }]],
      ['turn off the crossfades', [{ op: 'crossfade', ms: 0 }]],
      ['top stuff. crossfades off', [{ op: 'crossfade', ms: 0 }]],
    ]);
    nothing(['yep', 'gnarly', 'long story short']);
  });
});
