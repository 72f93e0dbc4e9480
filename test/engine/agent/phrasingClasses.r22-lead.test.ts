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
