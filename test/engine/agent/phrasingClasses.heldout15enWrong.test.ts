import * as assert from 'node:assert/strict';
import { doubtsAbout } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { nothing, table } from './phrasingTable';

// Classes of held-out 15's English wrong edits (edits made that were not asked) and readings asked about first, read in
// other wordings, and look-alikes that must stay as they were.

describe('phrasing class: a fraction of a second said in words ("a quarter second", "two and half seconds")', () => {
  table([
    ['crossfades of a quarter second between the clips', [{ op: 'crossfade', ms: 250 }]],
    ['dissolve between shots, a quarter of a second each', [{ op: 'crossfade', ms: 250 }]],
    ['fade in over three quarters of a second', [{ op: 'fade', target: 'clip', in_ms: 750 }]],
    ['a crossfade of two and half seconds', [{ op: 'crossfade', ms: 2500 }]],
    // "and a half" with its "a" reads as before.
    ['a crossfade of two and a half seconds', [{ op: 'crossfade', ms: 2500 }]],
  ]);
  nothing(['a quarter of the video is boring', 'what is a quarter second crossfade?']);
});

describe('phrasing class: the end of a fade said after what fades ("fade the picture out"), or after how ("fade slowly out")', () => {
  table([
    ['fade the footage out over 3 seconds', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
    ['fade the picture in over 2 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
    ['let it fade slowly to black at the finish', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ['I want it to fade softly out', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    // Neither end said: both, as before.
    ['fade the footage over 3 seconds', [{ op: 'fade', target: 'clip', in_ms: 3000, out_ms: 3000 }]],
  ]);
  nothing(['the picture fades out too early?']);
});

describe('phrasing class: the second end of a fade "the same" as the first', () => {
  table([
    ['fade in over 3 seconds then fade out the same', [{ op: 'fade', target: 'clip', in_ms: 3000, out_ms: 3000 }]],
    ['fade out 1.5 seconds, and fade in the same length', [{ op: 'fade', target: 'clip', in_ms: 1500, out_ms: 1500 }]],
    // A length of its own is its own.
    ['fade in over 3 seconds then fade out over 1 second', [{ op: 'fade', target: 'clip', in_ms: 3000, out_ms: 1000 }]],
  ]);
});

describe('phrasing class: "and" said "an" or "n" ("in an out", "at 2x an crossfade", "tall n blurred")', () => {
  table([
    ['fade the music in an out', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 1000 }]],
    ['speed clip 2 up to 2x an put a fade on the end', [{ op: 'set_speed', factor: 2, index: 2 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
    ['make it square n export it', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
    ['fade the music oot at the end', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
    // "an" before a vowel, or before a format spelled by its letters, is the article.
    ['give me an mp4', [{ op: 'export', format: 'mp4' }]],
    ['add an outro card \'Bye\'', [{ op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 2000 }]],
  ]);
});

describe('phrasing class: a platform typed in two words ("tik tok") and the end said "on the end" / "at the close"', () => {
  table([
    ['vertical for tik tok please', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['stick a card on the end that says \'Call Jo\'', [{ op: 'add_card', card: 'outro', text: 'Call Jo', duration_ms: 2000 }]],
    ['put a card on t\'end saying \'Ta\'', [{ op: 'add_card', card: 'outro', text: 'Ta', duration_ms: 2000 }]],
  ]);
});

describe('phrasing class: "take it off", "take clip 2 off": the whole of it, no amount taken off it', () => {
  table([
    ['clip 2 is rubbish, take it off', [{ op: 'remove_moment', index: 2 }]],
    ['take the last clip off', [{ op: 'remove_moment', index: 3 }]],
    // An amount taken off is a trim, as before.
    ['knock three seconds off clip 2', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ['clip 2 drags, take a bit off it', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
  ]);
  nothing(['take it off?', 'should I take clip 2 off?']);
});

describe('phrasing class: bars said where they go ("bars top and bottom", "bars on the sides") are black bars', () => {
  table([
    ['16:9 with bars on the sides', [{ op: 'set_aspect', aspect: '16:9', fill: 'letterbox' }]],
    ['vertical please, bars above and below', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
    // Blurred bars are blur, as before.
    ['square with blurred bars top and bottom', [{ op: 'set_aspect', aspect: '1:1', fill: 'blur' }]],
  ]);
  nothing(['the bars on the sides look too thick', 'the black bars at the top and bottom are too thick']);
});

describe('phrasing class: "us" for "me" ("give us the mp4", "send us a gif")', () => {
  table([
    ['give us a gif of it', [{ op: 'export', format: 'gif' }]],
    ['send us the mov', [{ op: 'export', format: 'mov' }]],
  ]);
  // "give us a minute": a pause in speech, no length (nor "give me a sec").
  nothing(['give us a minute', 'give me a sec!']);
});

describe('phrasing class: a label and a colon before a request about the part labelled ("Caption: make it say \'…\'")', () => {
  table([
    ["Caption: change it to 'Step one'", [{ op: 'edit_text', text: 'Step one' }]],
    ["title: make it say 'Open Day'", [{ op: 'edit_text', text: 'Open Day' }]],
    // Words after the label are its words, as before.
    ["title: 'Open Day'", [{ op: 'add_text', text: 'Open Day', style: 'title' }]],
  ]);
});

describe('phrasing class: a file used, and why, said of another file without its article ("second one is shaky")', () => {
  table([
    ['use only the first video, second one has no sound', [{ op: 'use_sources', files: ['1'] }]],
    ['just use the third file, first one was a test', [{ op: 'use_sources', files: ['3'] }]],
  ]);
});

describe('phrasing class: "the card" taken away after one card was added in the same message', () => {
  table([
    ["add an outro card 'See you', export, then remove the card", [
      { op: 'add_card', card: 'outro', text: 'See you', duration_ms: 2000 }, { op: 'export', format: 'mp4' }, { op: 'remove_card', card: 'outro' },
    ]],
    // Both added, or none: "the card" is not guessed at.
    ["add an intro card 'A' and an outro card 'B', then delete the card", [
      { op: 'add_card', card: 'intro', text: 'A', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'B', duration_ms: 2000 }, { op: 'remove_card' },
    ]],
  ]);
});

describe('phrasing class: music added "softly" (how loud, not which bed) and lowered "under my talking" (ducked)', () => {
  table([
    ['put some music in softly underneath', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['some music in the background please, have it dip under my voice', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['make the music go down under the narration', [{ op: 'set_ducking', duck: true }]],
    // Soft music is music played softly, the default bed (held-out 16b and 18: "music, soft, 20%", "soft music beneath it").
    ['add some soft music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['add some calm music', [{ op: 'add_music', track: 'ambient', volume: 0.35, duck: true }]],
  ]);
  nothing(['the music dips under my voice, nice']);
});

describe('phrasing class: the speech kept, said beside a removal of silences, is not the whole recording kept', () => {
  table([
    // The whole recording kept reads as before.
    ['please keep it all', [{ op: 'keep_everything' }]],
    ['cut the dead air but keep all my speech', [{ op: 'remove_dead_air' }]],
  ]);
  nothing(['keep all of my voice', 'keep all the narration']);
});

describe('phrasing class: a fade said as a participle ("fading in over 4 seconds") after the music is the music\'s', () => {
  table([
    ['lo-fi music at 20%, fading out over five seconds', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }, { op: 'fade', target: 'music', out_ms: 5000 }]],
    ['add some music, fading in over 2 seconds and out over three', [
      { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'music', in_ms: 2000, out_ms: 3000 },
    ]],
    // Said as a request of its own, a fade is the picture's, as before.
    ['add some music, then fade in over 2 seconds', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'fade', target: 'clip', in_ms: 2000 }]],
  ]);
});

describe('phrasing class: an exclamation before a request\'s own detail ("fade out!! over 3 seconds") does not end it', () => {
  table([
    ['fade it out!! over 3 seconds', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
    ['some music please! at 20 percent', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
    // A new request after it is its own, as before.
    ['add music! then export', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
  ]);
});

describe('phrasing class: "tall" is the frame taller than wide ("make it tall", "tall with blurred sides")', () => {
  table([
    ['can you make it tall', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['tall, with the sides blurred', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
    ['I need a tall version', [{ op: 'set_aspect', aspect: '9:16' }]],
  ]);
  nothing(['the title is too tall', 'is the title tall enough?']);
});

describe('phrasing class: "make it N seconds" first in a list of requests is the clip\'s length', () => {
  table([
    ['make it 40 seconds, square, lofi at 20%', [
      { op: 'compile_best_moments', target_ms: 40_000 }, { op: 'set_aspect', aspect: '1:1' }, { op: 'add_music', track: 'lofi', volume: 0.2, duck: true },
    ]],
  ]);
});

describe('phrasing class: "music, at half volume" (music named alone, then its level) with no music yet adds it; a cap the clip keeps to is no doubt', () => {
  const noMusic = { moments: 3, texts: 1, music: false };
  it('adds music at the level said after it', () => {
    assert.deepEqual(parseInstruction('music, at 30 percent volume, then export', noMusic).ops, [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }, { op: 'export', format: 'mp4' }]);
    // Said as one phrase, the same: with no music there is no level to change (session 20; a level changed in words,
    // "music volume 40%", still says the music there is).
    assert.deepEqual(parseInstruction('music at 40 percent volume', noMusic).ops, [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]);
    assert.deepEqual(parseInstruction('music volume 40%', noMusic).ops, [{ op: 'set_music_volume', volume: 0.4 }]);
  });
  it('asks nothing of a cap the asked length keeps to, and asks of one it breaks', () => {
    const kept = "this is the second time I'm asking, the fair video needs to be under 2 minutes. Make it 90 seconds.";
    assert.deepEqual(doubtsAbout(kept, parseInstruction(kept, noMusic)), []);
    const broken = "this is the second time I'm asking, the fair video needs to be under 1 minute. Make it 90 seconds.";
    assert.notDeepEqual(doubtsAbout(broken, parseInstruction(broken, noMusic)), []);
  });
});

describe('phrasing class: a sizzle heard ("keep the pan sizzle loud") is a sound, no sizzle reel', () => {
  table([
    ['keep the steak sizzle loud, source audio at 110 percent', [{ op: 'set_source_volume', volume: 1.1 }]],
    // A sizzle asked for is a short reel, as before.
    ['cut a 20 second sizzle', [{ op: 'compile_best_moments', target_ms: 20_000 }]],
  ]);
});
