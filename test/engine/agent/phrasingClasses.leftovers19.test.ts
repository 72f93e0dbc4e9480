import { table, nothing } from './phrasingTable';

/**
 * Round 19's known misreadings (found by its helpers, no bench lines): each a class, read in new wordings of it (against
 * a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;

describe('edit agent: round 19 leftovers → exact operations or nothing', () => {
  describe('a pace complained of about a moment (too fast, 太慢了, 有点快) asks for the other pace, never more of it', () => {
    table([
      ['第三段有点快', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['第一段太慢了', [{ op: 'set_speed', factor: 1.5, index: 1 }]],
      ['第三段快了点', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['第二段节奏有点慢', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['clip 3 is way too fast', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['the first clip is a bit slow', [{ op: 'set_speed', factor: 1.5, index: 1 }]],
      ['the last bit feels rushed', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['clip two is kinda too quick', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['ngl the 2nd clip is too slow', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      // The figure said after the complaint is the pace.
      ['第一段太慢了，两倍速', [{ op: 'set_speed', factor: 2, index: 1 }]],
      // The complaint, then the pace asked as a yes/no question: the pace asked.
      ['第三段太慢了，能快点吗', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
      ['第二段太快了，能慢点吗？', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['第二段速度太慢了', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['the speed of clip 2 is too fast', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      // Beside a speed asked of the whole video, the complaint is why.
      ['第一段太慢了，整体1.5倍', [{ op: 'set_speed', factor: 1.5 }]],
      // Asked outright, more of the pace named is still asked.
      ['第二段快一点', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['clip 1 a bit faster', [{ op: 'set_speed', factor: 1.5, index: 1 }]],
    ]);
    nothing(['clip 2 is not too fast', "clip 2 isn't too slow", '第二段不太快', 'is clip 2 too fast?', '第二段太快了吗？', '我说话太快了',
      'the video is too fast', 'clip 2 was too fast yesterday']);
  });

  describe('a new clip asked after the start over, with 重新 (重新剪一个二十秒的), is asked, not the start over said again', () => {
    table([
      ['全部清空，重新剪个30秒的', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['从头来过，重新剪一个四十五秒的版本', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 45000 }]],
      ['时间线清空，重新剪成三十秒', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['start over and cut a new 40 second version', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 40000 }]],
      ['clear everything, then redo it as a 15 second clip', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 15000 }]],
      // The start over said again, or what the user will do, is no new clip.
      ['时间线清空，我待会儿重新弄', [{ op: 'start_over' }]],
      ['全部清空吧，我明天重新做', [{ op: 'start_over' }]],
      ['清空时间线，重新来', [{ op: 'start_over' }]],
      ['清空时间线，重新开始', [{ op: 'start_over' }]],
    ]);
  });

  describe('a file format said after a comma (", as a webm") is the export before it', () => {
    table([
      ['render it, as a webm', [{ op: 'export', format: 'webm' }]],
      ['save it out, as webm', [{ op: 'export', format: 'webm' }]],
      ['export the video, as a gif please', [{ op: 'export', format: 'gif' }]],
      ['export it in 1080p, as a webm', [{ op: 'export', format: 'webm', resolution: '1080p' }]],
      ['导出一下，gif', [{ op: 'export', format: 'gif' }]],
      // The kind said bare after the comma.
      ['export it, webm please', [{ op: 'export', format: 'webm' }]],
      ['render it, gif', [{ op: 'export', format: 'gif' }]],
      ['save the video, mov file', [{ op: 'export', format: 'mov' }]],
      // A file of another kind spoken of is no kind asked.
      ['export in mp4, the webm was too big', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['as a gif']);
  });

  describe('"show me the track" (one track said, no "all") shows the tracks, no music added', () => {
    table([
      ['ok, please show me the track', [{ op: 'show_tracks' }]],
      ['can you show me my track?', [{ op: 'show_tracks' }]],
      ['let me see the track', [{ op: 'show_tracks' }]],
      ['display the track pls', [{ op: 'show_tracks' }]],
      ['done, show me the track please', [{ op: 'show_tracks' }]],
    ]);
    nothing(['show me the track i uploaded', 'what track is that?']);
  });

  describe('the music named after a fade\'s second end, or alone after the fade ("…, on the music", 音乐的), is what both ends fade', () => {
    table([
      ['fade in 3s then fade out 1s on the music', [{ op: 'fade', target: 'music', in_ms: 3000, out_ms: 1000 }]],
      ['a one second fade in, then a two second fade out, for the background music', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 2000 }]],
      ['fade in 2 sec, fade out 4 sec, on the music', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 4000 }]],
      ['fade in 2 sec, fade out 4 sec, music only', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 4000 }]],
      ['淡入1秒，淡出3秒，都是音乐的', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 3000 }]],
      ['淡入两秒再淡出三秒，给音乐的', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 3000 }]],
      // The picture named with the first end: each end of its own part.
      ['fade in the video 2s then fade out 4s on the music', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'fade', target: 'music', out_ms: 4000 }]],
      // "…, on the music too": a second fade, of the music as well.
      ['fade in 2s then fade out 4s on the music too', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'fade', target: 'music', out_ms: 4000 }]],
    ]);
  });

  describe('a part named first, then its verb ("caption add \'Step 1\' and music too"): the verb is shared by the half after "and"', () => {
    table([
      ["title put 'Hello' and music also", [{ op: 'add_text', text: 'Hello', style: 'title' }, MUSIC]],
      ["text add 'Sale' and lofi music", [{ op: 'add_text', text: 'Sale', style: 'title' }, MUSIC]],
      ["subtitle add 'Hi' and some music too", [{ op: 'add_text', text: 'Hi', style: 'caption' }, MUSIC]],
      ["caption add 'Step 1' and also music", [{ op: 'add_text', text: 'Step 1', style: 'caption' }, MUSIC]],
      ["music add and title 'Hi' too", [MUSIC, { op: 'add_text', text: 'Hi', style: 'title' }]],
    ]);
  });

  describe('a complaint, then a short yes/no request of the same part (音乐太吵了，能小点吗？), is that one change', () => {
    table([
      ['配乐太吵了，能小点吗？', [QUIETER]],
      ['背景音乐太大声，能调小吗', [QUIETER]],
      ['the music is too loud, can it be quieter?', [QUIETER]],
      ['music is way too loud - could it be softer?', [QUIETER]],
      ["the music's too quiet, could it be louder?", [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
    table([
      // "短点" said for "短一点", of a moment.
      ['第二段能短点吗', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段太长了，能短点吗', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第三段再短点', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
    ]);
    nothing(['能小点吗', '短点的那段删掉']);
  });
});
