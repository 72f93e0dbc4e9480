import { table, nothing } from './phrasingTable';

/**
 * A sound made a number of times as loud (放大两倍, 调大一倍), said without 到: the sound's level, never a speed (a wrong
 * edit the round's helpers found: "原声放大两倍" read as 2x speed). Against a draft of 3 moments and 1 text.
 */
describe('edit agent: a sound made N times as loud, said without 到, is its level and no speed', () => {
  table([
    ['原声放大两倍', [{ op: 'set_source_volume', volume: 2 }]],
    ['原声调大两倍', [{ op: 'set_source_volume', volume: 2 }]],
    ['原声放大一倍', [{ op: 'set_source_volume', volume: 2 }]],
    ['视频原声提大 1.5 倍', [{ op: 'set_source_volume', volume: 1.5 }]],
    ['原声要响，音量调到两倍', [{ op: 'set_source_volume', volume: 2 }]],
  ]);
  // Which sound is not said: no speed, and no level guessed. The picture made larger is a zoom, a moment sped up a speed.
  nothing(['音量放大两倍', '声音放大两倍', '音量调到两倍']);
  table([
    ['画面放大两倍', [{ op: 'set_zoom', mode: 'auto' }]],
    ['第二段加快两倍', [{ op: 'set_speed', factor: 2, index: 2 }]],
  ]);
});

/** A part the user says they will do themselves asks nothing of the editor (was that part added). */
describe('edit agent: what the user will do themselves is no request', () => {
  nothing(['we will add the music ourselves', "I'll do the title myself", '我自己来加音乐', '我们会自己加字幕']);
  table([
    ["I'll add the music myself, just trim it to 30 seconds", [{ op: 'compile_best_moments', target_ms: 30000 }]],
  ]);
});

/** The first or last moment, named by that place with a length said, is not moved to the place it has. */
describe('edit agent: "a 30 second clip of the first scene" is no move of the first moment to first', () => {
  table([
    ['make a 30 second clip of the first scene', [{ op: 'trim_moment', index: 1, to_ms: 30000 }]],
    ['make a 10 second clip of the last scene', [{ op: 'trim_moment', index: 3, to_ms: 10000 }]],
    ['make the third clip first', [{ op: 'move_moment', index: 3, to: 1 }]],
    ['make clip 1 first', [{ op: 'move_moment', index: 1, to: 1 }]],
  ]);
});
