import { table, nothing } from './phrasingTable';

/**
 * Round 20's known misreadings (found by earlier helpers, no bench lines): each a class, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing or keep their reading.
 */

describe('edit agent: round 20 leftovers → exact operations or nothing', () => {
  describe('an amount cut off the whole (剪掉后面五秒, 截去五秒), with no moment named, is no clip of that length', () => {
    table([
      // A moment named before keeps its trim.
      ['第三段截去后面两秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      // A length the clip is cut to or into is still the clip's.
      ['剪成十秒', [{ op: 'compile_best_moments', target_ms: 10000 }]],
      ['剪到30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // The end of the clip said is the stretch before it, counted back from the end (round 46).
      ['剪掉结尾四秒', [{ op: 'cut_range', start_ms: 4000, end_ms: 0, from_end: true }]],
      ['cut 4 seconds off the end', [{ op: 'cut_range', start_ms: 4000, end_ms: 0, from_end: true }]],
    ]);
    nothing(['截掉后头三秒', '截去两秒', '剪去后边六秒']);
  });

  describe('a part labelled, then complained of ("the zoom: more than I wanted"), or a comparative against what was wanted, is the excess', () => {
    table([
      ['the zoom: way more than I wanted', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom - too much', [{ op: 'set_zoom', mode: 'less' }]],
      ['the zoom is more than we wanted', [{ op: 'set_zoom', mode: 'less' }]],
      ['the music: louder than we wanted', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['the music is a bit louder than I wanted', [{ op: 'set_music_volume', change: 'quieter' }]],
      // Labelled as a form, how much is still asked.
      ['zoom: more', [{ op: 'set_zoom', mode: 'more' }]],
      ['music: quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['make the music louder', [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
    nothing(['the title is bigger than I expected', 'the crossfades: longer than we wanted']);
  });

  describe('the intro bit, part or section is the opening of the footage, no intro card', () => {
    table([
      ['remove the intro card', [{ op: 'remove_card', card: 'intro' }]],
      ['remove the intro', [{ op: 'remove_card', card: 'intro' }]],
    ]);
    nothing(['take out the boring intro part', 'cut the slow intro section', 'drop the intro bit']);
  });

  describe('a list of moments ("clip 1, 2 and 3") takes the speed asked, each of them', () => {
    table([
      ['speed up clips 1, 2 and 3', [1, 2, 3].map((index) => ({ op: 'set_speed', factor: 1.5, index }) as const)],
      ['slow down clip 1, 2, and 3 a little', [1, 2, 3].map((index) => ({ op: 'set_speed', factor: 0.75, index }) as const)],
      ['speed up clip 2 and 3', [2, 3].map((index) => ({ op: 'set_speed', factor: 1.5, index }) as const)],
      ['remove clips 1, 2 and 3', [3, 2, 1].map((index) => ({ op: 'remove_moment', index }) as const)],
    ]);
  });

  describe('a request taken back with "nah" ("make it 30 seconds, nah make it 40") is the one meant', () => {
    table([
      ['make it 20 seconds, nah, 25', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['music at 40%, nah make it 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
    nothing(['nah', "nah, don't"]);
  });

  describe('a part within a moment (第二段多的部分, "the extra bits of clip 3") removed is not the moment', () => {
    table([
      ['删掉第二段', [{ op: 'remove_moment', index: 2 }]],
      ['第三段剪掉', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip 3', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['第二段多余的部分剪掉', '第三段没用的地方去掉', '第二段里多余的剪掉', '第一段拖沓的地方剪掉', 'cut the extra bits of clip 3']);
  });

  describe('the recording\'s sound kept but lower (原声保留但是小一点) sets no full level (how much lower is not guessed)', () => {
    table([
      ['keep the original audio', [{ op: 'set_source_volume', volume: 1 }]],
      ['keep the original audio but at 50%', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
    nothing(['keep the original audio but softer', "keep the video's sound, but quieter", '原声保留但是小一点']);
  });

  describe('a speed of the part where something happens is no speed of the whole video', () => {
    table([
      ['speed up clip 2', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['speed it up', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    nothing(['speed up the part where he types', 'slow down the bit when the dog runs', 'speed up the section where she tunes the guitar']);
  });

  describe('a length said after the transitions called too long is theirs ("the crossfades are too long, make them 0.3 seconds")', () => {
    table([
      ['the transitions are too long, make them 0.4 seconds', [{ op: 'crossfade', ms: 400 }]],
      ['the crossfades are way too long, 0.2s please', [{ op: 'crossfade', ms: 200 }]],
      ['the crossfades are too long, make them half a second', [{ op: 'crossfade', ms: 500 }]],
      // The video's length, said as the video's, is still the clip's.
      ['the crossfades are too long, make the video 20 seconds', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
  });

  describe('a backdrop said to be something the product cannot draw ("use all of it as the background") is not guessed', () => {
    table([
      ['use something nice as the background', [{ op: 'set_background', background: 'aurora' }]],
      ['use sunset as the background', [{ op: 'set_background', background: 'sunset' }]],
    ]);
    nothing(['use all of it as the background', 'use the whole lot as the backdrop', 'use the beach shot as the background']);
  });

  describe('an upload said to be broken ("just lake.mov is broken") is a statement, no choice of uploads', () => {
    table([
      ['just beach.mp4', [{ op: 'use_sources', files: ['beach.mp4'] }]],
      ['use only beach.mp4', [{ op: 'use_sources', files: ['beach.mp4'] }]],
    ]);
    nothing(['just beach.mp4 is broken', 'only intro.mov is blurry']);
  });

  describe('each file counted by its format after a comma ("export two: one mp4, one gif") is one more file', () => {
    table([
      ['export two versions: one mp4, one webm', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'webm' }]],
      ['export one mp4, one gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['export it as mp4, a gif too', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['导出两份：一份mp4，一份webm', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'webm' }]],
      // A file said of after the comma is no second one.
      ['export as mp4, a gif is too big', [{ op: 'export', format: 'mp4' }]],
      ['export it, as a webm', [{ op: 'export', format: 'webm' }]],
    ]);
  });

  describe('the step undone named (刚才撤销的那个), then brought back, is a redo', () => {
    table([
      ['刚才撤销的那个，恢复回来', [{ op: 'redo' }]],
      ['撤掉的那个 恢复回来', [{ op: 'redo' }]],
      ['刚才撤销的那步，恢复回来', [{ op: 'redo' }]],
      ['恢复刚才撤销的', [{ op: 'redo' }]],
      ['撤销刚才那个', [{ op: 'undo' }]],
    ]);
  });
});
