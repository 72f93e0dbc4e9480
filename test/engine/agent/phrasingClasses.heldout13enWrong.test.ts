import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { nothing, ops, table } from './phrasingTable';

/** Each phrase read as exactly these operations, nothing left unread, in a draft known to have no music yet. */
const withoutMusic = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}" (no music yet)`, () => assert.deepEqual(parseInstruction(phrase, { moments: 3, texts: 1, music: false }), { ops: expected, unknown: [] }));
  }
};

// Classes of held-out 13's English wrong edits (edits made that were not asked), read in other wordings, and look-alikes
// that must stay as they were.

describe('phrasing class: music named first with its level, no verb, while there is none yet', () => {
  withoutMusic([
    ['bgm 40%', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
    ['the music: 25 percent', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
    ['music too, the usual track, 30%', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
    // A level word says the level of music there is.
    ['music volume 45%', [{ op: 'set_music_volume', volume: 0.45 }]],
    ['the music is too loud, 15%', [{ op: 'set_music_volume', volume: 0.15 }]],
  ]);
});

describe('phrasing class: music refused by "none", or by a "no" that is an interjection before a refused verb', () => {
  nothing([
    'music would only annoy the viewers, so none thanks',
    'none please, music distracts from the talk',
    'oh no, don\'t go putting music on this one',
  ]);
  table([
    ['nah, no music', [{ op: 'remove_music' }]],
    ['no, remove the music', [{ op: 'remove_music' }]],
  ]);
});

describe('phrasing class: "increase the zoom" asks for more zoom', () => {
  table([
    ['boost the zoom', [{ op: 'set_zoom', mode: 'more' }]],
    ['raise the zoom level a bit', [{ op: 'set_zoom', mode: 'more' }]],
    ['auto zoom', [{ op: 'set_zoom', mode: 'auto' }]],
  ]);
});

describe('phrasing class: a length written as one hyphenated word with "and a half"', () => {
  table([
    ['a two-and-a-half-minute cut of the signup flow', [{ op: 'compile_best_moments', target_ms: 150000 }]],
    ['make it a half-minute clip', [{ op: 'compile_best_moments', target_ms: 30000 }]],
  ]);
});

describe('phrasing class: "a second" that is the next one, or a pause in speech, no length', () => {
  table([
    ['render a second version as webm', [{ op: 'export', format: 'webm' }]],
    ['crossfade of a second', [{ op: 'crossfade', ms: 1000 }]],
    ['fade out over a second', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
  ]);
  it('"hold on a sec, export it": the export alone, no 1-second clip', () => assert.deepEqual(ops('hold on a sec, export it'), [{ op: 'export', format: 'mp4' }]));
});

describe('phrasing class: "fade <the whole video> out" says its end after the thing faded', () => {
  table([
    ['fade the entire video out gently, 2 seconds', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
    ['fade everything in at the start', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
    ['fade the entire clip', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
  ]);
});

describe('phrasing class: a stretch whose end is a spelled number in the start\'s unit', () => {
  table([
    ['text \'Hi\' from five seconds until twenty-two', [{ op: 'add_text', text: 'Hi', style: 'title', start_ms: 5000, end_ms: 22000 }]],
    ['cut from eight seconds to eleven', [{ op: 'cut_range', start_ms: 8000, end_ms: 11000 }]],
  ]);
});

describe('phrasing class: the user\'s own time said first ("10 min break") is no clip length', () => {
  it('"15 minute lunch, then a 20 second clip": the clip\'s length only', () => assert.deepEqual(ops('15 minute lunch, then a 20 second clip'), [{ op: 'compile_best_moments', target_ms: 20000 }]));
  nothing(['5 min break', 'during 20 minute commute']);
  table([['10 minutes', [{ op: 'compile_best_moments', target_ms: 600000 }]]]);
});
