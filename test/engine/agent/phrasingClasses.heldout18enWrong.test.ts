import * as assert from 'node:assert/strict';
import { nothing, ops, table } from './phrasingTable';

// Held-out 18 (English), the wrong edits and the readings asked about: each class in new wordings, and look-alikes.

const music = (volume = 0.35, duck = true) => ({ op: 'add_music' as const, track: 'lofi' as const, volume, duck });

describe('held-out 18 en: "soft" music is music played softly (the default bed), not the ambient one', () => {
  table([
    ['some soft music under it please', [music()]],
    ['add music, soft, 15%', [music(0.15)]],
    ['put soft background music at 25 percent', [music(0.25)]],
    ['music pls but keep it soft', [music()]],
  ]);
  // A calm or ambient bed named is that bed.
  table([['add some relaxing music', [{ op: 'add_music', track: 'ambient', volume: 0.35, duck: true }]]]);
  nothing(['the software demo is done', 'is soft music ok?']);
});

describe('held-out 18 en: a label "Title:" before a request about it is that request, not the words of a new title', () => {
  table([
    ["Caption: change to 'Step 1'", [{ op: 'edit_text', text: 'Step 1' }]],
    ["title: rename to 'Open House'", [{ op: 'edit_text', text: 'Open House' }]],
    ['Title: move it to the top', [{ op: 'edit_text', position: 'top' }]],
    ['title: put it at the bottom pls', [{ op: 'edit_text', position: 'bottom' }]],
  ]);
  // A title's own words after the label stay its words, even when they read as a request in title case.
  table([
    ['title: Move It To The Top', [{ op: 'add_text', text: 'Move It To The Top', style: 'title' }]],
    ['title: Welcome Home', [{ op: 'add_text', text: 'Welcome Home', style: 'title' }]],
  ]);
});

describe('held-out 18 en: "alter", "modify", "revise" the title so it reads X edits it', () => {
  table([
    ["alter the caption so it says 'Day 2'", [{ op: 'edit_text', text: 'Day 2' }]],
    ["could you modify the title to read 'Open Day'", [{ op: 'edit_text', text: 'Open Day' }]],
    ["kindly revise the heading so that it reads 'Q3 Review'", [{ op: 'edit_text', text: 'Q3 Review' }]],
    ["pls modify title -> 'Grand Opening'", [{ op: 'edit_text', text: 'Grand Opening' }]],
  ]);
  nothing(['can I alter the title later?']);
});

describe('held-out 18 en: two steps back said other ways: "undo undo", "and the one before it", "the last two alterations"', () => {
  const undo = { op: 'undo' } as const;
  table([
    ['undo, undo', [undo, undo]],
    ['undo undo undo', [undo, undo, undo]],
    ['undo that and the one before it', [undo, undo]],
    ['pls undo that an the one before that too', [undo, undo]],
    ['undo the previous two modifications', [undo, undo]],
    ['revert the last 2 actions', [undo, undo]],
  ]);
  table([['undo that edit', [undo]]]);
});

describe('held-out 18 en: the zoom "a bit much" or "pulled back" is less zoom; "way in more" is more', () => {
  table([
    ['the zoom is a tad much', [{ op: 'set_zoom', mode: 'less' }]],
    ["zoom's kinda intense, ease it back", [{ op: 'set_zoom', mode: 'less' }]],
    ['pull the zoom back a little', [{ op: 'set_zoom', mode: 'less' }]],
    ['zoom even more on the keyboard', [{ op: 'set_zoom', mode: 'more' }]],
    ['zoom way more please', [{ op: 'set_zoom', mode: 'more' }]],
  ]);
  nothing(['the zoom is a bit much?']);
});

describe('held-out 18 en: a card "up front" or "at the front" is the intro card', () => {
  table([
    ["add a card up front saying 'Spring Sale'", [{ op: 'add_card', card: 'intro', text: 'Spring Sale', duration_ms: 2000 }]],
    ["stick a card at the front that says 'Hi team' for 4 seconds", [{ op: 'add_card', card: 'intro', text: 'Hi team', duration_ms: 4000 }]],
    ["put a title upfront: 'Lesson 4'", [{ op: 'add_text', text: 'Lesson 4', style: 'title', anchor: 'start' }]],
  ]);
});

describe('held-out 18 en: a factor right after a part\'s name ("the solo part 2x") is no moment\'s number', () => {
  table([
    ['the chorus part 2x... actually the whole thing 2x', [{ op: 'set_speed', factor: 2 }]],
    ['the drum solo part 3x, actually no, the whole video 3x', [{ op: 'set_speed', factor: 3 }]],
  ]);
  // A moment's number stays one, with its factor after it.
  table([
    ['clip 2 at 2x', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ['speed part 3 to 1.5x', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
  ]);
});

describe('held-out 18 en: "the first one\'s the wrong take" after the upload to use says why, no file to use', () => {
  table([
    ["only the first upload, the second one's blurry", [{ op: 'use_sources', files: ['1'] }]],
    ["just use the last upload, the first file's the old build", [{ op: 'use_sources', files: ['last'] }]],
  ]);
});

describe('held-out 18 en: a part judged ("X is the best part", "the sizzle is loud") asks for no clip of the best moments', () => {
  it('"honestly the reveal is the best part, zoom in at 0:12" is the zoom alone', () => assert.deepEqual(
    ops('honestly the reveal is the best part, zoom in at 0:12'), [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]));
  nothing(['the ending is the best part', "the bacon sizzle's so loud lol", 'this is the very best bit']);
  // Asked for, the best parts and a sizzle reel are a clip.
  table([
    ['cut it down to the best parts', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ['make me a sizzle reel', [{ op: 'compile_best_moments', target_ms: 60000 }]],
  ]);
});

describe('held-out 18 en: "the quiet parts, speed those up" names the idle stretches sped up', () => {
  table([
    ['the quiet bits where im just sanding, speed them 6x', [{ op: 'speed_up_idle', factor: 6 }]],
    ['quiet stretches, speed those up 4x', [{ op: 'speed_up_idle', factor: 4 }]],
    ['speed up the quiet sections 3x', [{ op: 'speed_up_idle', factor: 3 }]],
  ]);
});

describe('held-out 18 en: "no export (yet)" beside a change refuses the export', () => {
  table([
    ['make it 1080p, no export yet', [{ op: 'set_resolution', resolution: '1080p' }]],
    ['square please, no export for now', [{ op: 'set_aspect', aspect: '1:1' }]],
  ]);
  nothing(['no export yet', 'no export']);
  table([['no, export it', [{ op: 'export', format: 'mp4' }]]]);
});

describe('held-out 18 en: "an" for "and" before a verb of an f, m, s… sound and its object joins two requests', () => {
  table([
    ['add lofi an fade it out at the end', [music(), { op: 'fade', target: 'music', out_ms: 1000 }]],
    ['crop it square an mute the clip audio', [{ op: 'set_aspect', aspect: '1:1', fill: 'crop' }, { op: 'set_source_volume', volume: 0 }]],
    ['cut to 40s an make it vertical', [{ op: 'compile_best_moments', target_ms: 40000 }, { op: 'set_aspect', aspect: '9:16' }]],
  ]);
  // "an" before a file's kind is its article.
  table([['export an mp4', [{ op: 'export', format: 'mp4' }]]]);
});

describe('held-out 18 en: the frame "following the action", said after an auto zoom, is how the zoom works', () => {
  table([
    ['auto zoom, follow the action', [{ op: 'set_zoom', mode: 'auto' }]],
    ['turn on auto zoom pls and follow the action', [{ op: 'set_zoom', mode: 'auto' }]],
  ]);
});

describe('held-out 18 en: "fade the beginning in", "fade the end out": the end named between the verb and its particle', () => {
  table([
    ['fade the start in, 1.5 seconds', [{ op: 'fade', target: 'clip', in_ms: 1500 }]],
    ['fade the ending out over 3s', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
    ['gently fade the opening in', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
  ]);
  table([['fade it in and out', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]]]);
});

describe('held-out 18 en: "keep it whole", "keep the footage intact": every second kept', () => {
  table([
    ['keep it whole please', [{ op: 'keep_everything' }]],
    ['keep the footage intact', [{ op: 'keep_everything' }]],
    ['use the second upload and keep it uncut', [{ op: 'use_sources', files: ['2'] }, { op: 'keep_everything' }]],
  ]);
});

describe('held-out 18 en: music "tried" is added; a card or title "pulled" is taken away', () => {
  table([
    ['try some music at 25%', [music(0.25)]],
    ['try lofi under it', [music()]],
    ['pull the outro card', [{ op: 'remove_card', card: 'outro' }]],
    ['pull that caption', [{ op: 'remove_text' }]],
  ]);
  nothing(['pull the second clip forward', 'pull up the tracks']);
  table([['pull the music down a bit', [{ op: 'set_music_volume', change: 'quieter' }]]]);
});

describe('held-out 18 en: a full stop after a moment\'s number ends the sentence ("drop clip 3. fade out")', () => {
  table([
    ['cut clip 2. export mp4', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
    ['remove moment 1. add music', [{ op: 'remove_moment', index: 1 }, music()]],
  ]);
});

describe('held-out 18 en: "do a 20 sec one" after another request is a clip made', () => {
  table([
    ['start over and do a 45 second one', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 45000 }]],
    ['do a 1 minute cut', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ['undo that and do a vertical version', [{ op: 'undo' }, { op: 'set_aspect', aspect: '9:16' }]],
  ]);
});

describe('held-out 18 en: when I talk, the music "must not go down" (the time said first) switches the ducking off', () => {
  table([
    ['when I talk the music must not get quieter', [{ op: 'set_ducking', duck: false }]],
    ["whenever we speak, it shouldn't go down", [{ op: 'set_ducking', duck: false }]],
    ['add music at 30%, it must not go quieter when I talk', [music(0.3, false)]],
  ]);
  table([['when I talk the music should go down', [{ op: 'set_ducking', duck: true }]]]);
});

describe('held-out 18 en: a bed refused ("no lofi") or music "you dare" add is none added', () => {
  nothing(['NO upbeat stuff', 'no lofi pls', "don't you dare add music", 'no lofi, dont you dare add any music']);
  table([['square it, don\'t you dare crop it', [{ op: 'set_aspect', aspect: '1:1' }]]]);
});

describe('held-out 18 en: a "slow motion replay" is a part played again, no speed; "alter" said last is no edit', () => {
  nothing(['could you add a slow-mo replay of the goal?', 'slow motion instant replay with a whoosh sound']);
  table([
    ['slow motion on the whole thing', [{ op: 'set_speed', factor: 0.5 }]],
    ["caption 'Kebab Haus' at the start alter", [{ op: 'add_text', text: 'Kebab Haus', style: 'caption', anchor: 'start' }]],
  ]);
});
