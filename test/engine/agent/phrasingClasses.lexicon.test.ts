import { nothing, table } from './phrasingTable';

/**
 * Everyday words for the core requests, in both languages, that no phrasing set happened to hold: handing over the
 * file ("ship it", 交片), taking a step back ("roll that back", 回滚), starting again (重头来), music by its
 * colloquial nouns and verbs (垫个音乐, 放首歌, 背景音); with their refusals, which change nothing.
 */
const exported = [{ op: 'export', format: 'mp4' } as const];
const undone = [{ op: 'undo' } as const];
const music = [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const];

describe('edit agent: everyday words for the core requests → exact operations', () => {
  describe('handing over the file is an export', () => {
    table([
      ['ship it', exported], ['finalize it', exported], ['spit it out', exported], ['kick out a copy', exported],
      ['send it over', exported], ['let me have the file', exported], ['output it', exported],
      ['give me the finished video', exported], ['bounce it', exported],
      ['出个成品', exported], ['出一版给我', exported], ['可以出了', exported], ['交片吧', exported],
    ]);
    nothing(["don't ship it yet", 'do not finalize it', 'dont bounce it', 'no need to ship it', '先别出片', 'kick it out of the video']);
  });

  describe('a step back is an undo; starting from nothing, over; what was undone, back', () => {
    table([
      ['roll back', undone], ['roll that back', undone], ['back up a step', undone], ['step back', undone],
      ['reverse that', undone], ['change it back', undone],
      ['回滚', undone], ['回退一步', undone], ['退一步', undone], ['撤了刚才那下', undone], ['刚才那下不算', undone],
      ['改回去', undone], ['变回原来的样子', undone],
      ['重头来', [{ op: 'start_over' }]], ['从零开始', [{ op: 'start_over' }]],
      ['恢复刚才撤掉的', [{ op: 'redo' }]],
      ['change it back to 16:9', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    nothing(['never roll it back', '别回滚']);
  });

  describe('music by its colloquial nouns and verbs; a background sound is music, not a backdrop', () => {
    table([
      ['配个乐', music], ['垫个音乐', music], ['垫个bgm', music], ['整点背景音', music], ['上个音乐', music],
      ['放首歌', music], ['来首歌', music], ['铺个底乐', music], ['bgm走起', music], ['来段音乐', music],
      ['背景音小一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['把背景换成蓝色', [{ op: 'set_background', background: 'ocean' }]],
    ]);
    nothing(['背景声太吵']);
  });
});

describe('edit agent: ", no X" after a request is a request of its own, not the end of the one before', () => {
  table([
    ['make it vertical, no music', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'remove_music' }]],
    ["add a title 'Hi', no music", [{ op: 'add_text', text: 'Hi', style: 'title' }, { op: 'remove_music' }]],
    ['make it 30 seconds, no background', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'remove_background' }]],
    ['make it 30 seconds, no crossfades', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'crossfade', ms: 0 }]],
    ['make it 30 seconds, no more', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
    ['cut it, no more than 45 seconds', [{ op: 'compile_best_moments', target_ms: 45_000 }]],
    ['use all of the footage, no cuts please', [{ op: 'keep_everything' }]],
  ]);
});

describe('edit agent: a request asked of the part in the passive ("could the second clip be removed?") or as a favour is asked all the same', () => {
  table([
    ['Can clip 2 be removed?', [{ op: 'remove_moment', index: 2 }]],
    ['could the third clip be cut?', [{ op: 'remove_moment', index: 3 }]],
    ['Could it be made vertical?', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['Can the crossfades be longer, about a second?', [{ op: 'crossfade', ms: 1000 }]],
    ['could the music be louder', [{ op: 'set_music_volume', change: 'louder' }]],
    ['can it be exported as a gif?', [{ op: 'export', format: 'gif' }]],
    ["can the title be changed to 'Hi'?", [{ op: 'edit_text', text: 'Hi' }]],
    ['Might I trouble you to cut it down to forty seconds?', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
    ['Any chance you could make it square?', [{ op: 'set_aspect', aspect: '1:1' }]],
  ]);
  nothing(['will it be exported in 4k?', 'could the music be removed later?', 'can clip 2 be removed later?']);
});
