import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { nothing, table } from './phrasingTable';

// Classes of held-out 16's English wrong edits (edits made that were not asked) and readings asked about first, read in
// other wordings, and look-alikes that must stay as they were.

const lofi = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('phrasing class: no ducking said of the music as "it" ("don\'t have it duck", "do not make it go down when people talk"), or the ducking removed', () => {
  table([
    ['add lofi music and never let it dip while I speak', [{ ...lofi, duck: false }]],
    ['add lofi music. do not make it get quieter when the host is talking', [{ ...lofi, duck: false }]],
    ['never have it duck', [{ op: 'set_ducking', duck: false }]],
    ['get rid of the ducking', [{ op: 'set_ducking', duck: false }]],
    ['make the ducking go away', [{ op: 'set_ducking', duck: false }]],
  ]);
  // Without when it would dip, "it" going down is not guessed to be the music's ducking; a refusal stays one.
  nothing(['don\'t make it go down', 'don\'t let it drop', 'don\'t make it go down when the clip ends', 'don\'t make the intro longer']);
});

describe('phrasing class: the tall frame put or set ("put it tall", "set the video tall")', () => {
  table([
    ['set the video tall', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['get it tall for reels', [{ op: 'set_aspect', aspect: '9:16' }]],
  ]);
  nothing(['is the video tall enough?']);
});

describe('phrasing class: a request after "den" or after "an" before a verb ("…, den take off de card an export again")', () => {
  table([
    ['add lofi music, den export it', [lofi, { op: 'export', format: 'mp4' }]],
    ['remove clip 2 an export it again', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
    // "an" after a verb that asks for one is the article.
    ['give me an export again', [{ op: 'export', format: 'mp4' }]],
  ]);
});

describe('phrasing class: two formats joined by "+" or "plus" ("webm + gif")', () => {
  table([
    ['render mp4+gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
    ['export as webm plus gif', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'gif' }]],
  ]);
});

describe('phrasing class: a level said as a share after "volume" ("volume half", "level: a quarter")', () => {
  table([
    ['lofi music, volume half', [{ ...lofi, volume: 0.5 }]],
    ['music volume a quarter', [{ op: 'set_music_volume', volume: 0.25 }]],
  ]);
});

describe('phrasing class: a moment trimmed "to exactly" a length ("trim clip 3 to exactly 6.5 seconds")', () => {
  table([
    ['trim clip 2 to precisely 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
    ['shorten the last clip to just 3 seconds', [{ op: 'trim_moment', index: 3, to_ms: 3000 }]],
    // "by" is still what is taken off.
    ['shorten clip 2 by exactly 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
  ]);
});

describe('phrasing class: the export said to be the user\'s own ("I shall export it myself later")', () => {
  table([
    ['make it 720p, I will render it myself tomorrow', [{ op: 'set_resolution', resolution: '720p' }]],
    ['square please, we\'ll export it ourselves', [{ op: 'set_aspect', aspect: '1:1' }]],
  ]);
  nothing(['I\'m going to export it myself later']);
});

describe('phrasing class: a figure with decimals said in words ("one point five seconds")', () => {
  table([
    ['fade out over two point five seconds', [{ op: 'fade', target: 'clip', out_ms: 2500 }]],
    ['speed it up one point five times', [{ op: 'set_speed', factor: 1.5 }]],
  ]);
});

describe('phrasing class: a length on a clock with its unit after it ("a 1:30 min video")', () => {
  table([
    ['make it 2:15 minutes long', [{ op: 'compile_best_moments', target_ms: 135_000 }]],
    ['cut a 1:45 min version', [{ op: 'compile_best_moments', target_ms: 105_000 }]],
  ]);
});

describe('phrasing class: an export in another format said again alone ("export in mov, then again in webm")', () => {
  table([
    ['export an mp4 then again as a gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
    // The same format said again is the one file.
    ['export mov, then again in mov', [{ op: 'export', format: 'mov' }]],
  ]);
});

describe('phrasing class: a fill approved after a shape ("square, black bars top and bottom is ok")', () => {
  table([
    ['vertical, blurred sides are fine', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
    ['make it square, black bars are okay', [{ op: 'set_aspect', aspect: '1:1', fill: 'letterbox' }]],
    // A fill refused is none.
    ['make it vertical, no black bars is fine', [{ op: 'set_aspect', aspect: '9:16' }]],
  ]);
});

describe('phrasing class: the title just moved, then given its words ("… at the center and change it to \'…\'")', () => {
  table([
    ['move the title to the top, then change it to \'Hi\'', [{ op: 'edit_text', position: 'top', text: 'Hi' }]],
    ['put the title at the bottom and make it say \'Bye\'', [{ op: 'edit_text', position: 'bottom', text: 'Bye' }]],
    // What "it" is given that no text has is the video's.
    ['move the title to the top, and make it vertical', [{ op: 'edit_text', position: 'top' }, { op: 'set_aspect', aspect: '9:16' }]],
  ]);
  it('a statement about the text after it asks nothing of it', () => assert.deepEqual(
    parseInstruction('move the title to the top; it hides the logo at the bottom', { moments: 3, texts: 1 }).ops, [{ op: 'edit_text', position: 'top' }],
  ));
});

describe('phrasing class: a part made to vanish ("make the second clip vanish", "make the intro card disappear")', () => {
  table([
    ['make the first clip disappear please', [{ op: 'remove_moment', index: 1 }]],
    ['make the music go away', [{ op: 'remove_music' }]],
  ]);
  // When a text goes is a time, no removal.
  table([['make the title vanish at 0:04', [{ op: 'edit_text', end_ms: 4000 }]]]);
  nothing(['make my problems disappear']);
});

describe('phrasing class: a list numbered in one line ("1) add music 2) export")', () => {
  table([
    ['1) make it square 2) add lofi music', [{ op: 'set_aspect', aspect: '1:1' }, lofi]],
    ['todo: 1) remove clip 3 2) export in webm', [{ op: 'remove_moment', index: 3 }, { op: 'export', format: 'webm' }]],
    ['here is the plan: 1) 30 seconds 2) square', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_aspect', aspect: '1:1' }]],
    // A moment's number in brackets is no list.
    ['speed up clip 2) and add music', [{ op: 'set_speed', factor: 1.5, index: 2 }, lofi]],
  ]);
  it('music at a level "without ducking", with no music yet, is that music asked for', () => assert.deepEqual(
    parseInstruction('the changes: 1) square 2) music at 15 percent without ducking', { moments: 3, texts: 1, music: false }),
    { ops: [{ op: 'set_aspect', aspect: '1:1' }, { ...lofi, volume: 0.15, duck: false }], unknown: [] },
  ));
});

describe('phrasing class: ducking asked after a comma and "and" ("bg music = the lofi one at 30%, and duck it …")', () => {
  table([
    ['music: lofi at 30%, and duck it when I talk', [{ ...lofi, volume: 0.3 }]],
  ]);
});

describe('phrasing class: a moment moved "to number" a place, named without "the", and a tag word said last ("move last clip to number 2 na, and …")', () => {
  table([
    ['move the first clip to number 3', [{ op: 'move_moment', index: 1, to: 3 }]],
    ['move first clip to 3', [{ op: 'move_moment', index: 1, to: 3 }]],
    ['make it square na', [{ op: 'set_aspect', aspect: '1:1' }]],
    ['put clip 1 last na, then export it', [{ op: 'move_moment', index: 1, to: 3 }, { op: 'export', format: 'mp4' }]],
    // "last" with no moment named after it is where it goes.
    ['move clip 2 last', [{ op: 'move_moment', index: 2, to: 3 }]],
  ]);
});

describe('phrasing class: a list after "listen:" or an interjection naming the one spoken to ("right guv, listen: 45 seconds, square, …")', () => {
  table([
    ['yes boss, remove clip 2', [{ op: 'remove_moment', index: 2 }]],
    ['right mate, listen: 40 seconds, square, lofi music', [{ op: 'compile_best_moments', target_ms: 40_000 }, { op: 'set_aspect', aspect: '1:1' }, lofi]],
    ['listen up: 20 seconds, vertical', [{ op: 'compile_best_moments', target_ms: 20_000 }, { op: 'set_aspect', aspect: '9:16' }]],
    ['look, remove the second clip', [{ op: 'remove_moment', index: 2 }]],
  ]);
  nothing(['look at the second clip, is it too long?']);
});

describe('phrasing class: an export "without it", after a part taken away ("lose the music and export a version without it")', () => {
  table([
    ['remove the intro card, then render a copy without it in webm', [{ op: 'remove_card', card: 'intro' }, { op: 'export', format: 'webm' }]],
    ['remove clip 2 and export without that', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
  ]);
  nothing(['export a version without it?']);
});
