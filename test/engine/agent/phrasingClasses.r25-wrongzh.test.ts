import { table, nothing } from './phrasingTable';

/**
 * Round 25's Chinese wrong edits, by class (no bench lines): each read in new wordings of it (against a draft of 3
 * moments and 1 text), and the look-alikes that must not be read so.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const LOUDER = { op: 'set_music_volume', change: 'louder' } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;
const ZOOM_OFF = { op: 'set_zoom', mode: 'off' } as const;

describe('edit agent: round 25 Chinese wrong edits → exact operations or nothing', () => {
  describe('music added, then 再 and a degree (加首歌 再小声点): the adding kept, the degree the new music\'s', () => {
    table([
      ['配乐用默认的 再响一点', [MUSIC, LOUDER]],
      ['背景音乐加上 再轻一点', [MUSIC, QUIETER]],
      ['加首歌 再小声点', [MUSIC, QUIETER]],
      ['放点音乐 再大声些', [MUSIC, LOUDER]],
      ['来点背景音乐 再小声一些', [MUSIC, QUIETER]],
      // The music said to be there already: only its level.
      ['音乐已经加了 再大声一点', [LOUDER]],
      ['音乐再大声点', [LOUDER]],
    ]);
    nothing(['再大声一点吗？', '音乐要不要再大声一点']);
  });

  describe('the zoom named by its Latin word, refused or switched off in Chinese (不要 zoom 了, 关掉 auto zoom), is off', () => {
    table([
      ['不要 zoom', [ZOOM_OFF]],
      ['别 zoom 了', [ZOOM_OFF]],
      ['关掉 zoom', [ZOOM_OFF]],
      ['取消 auto zoom', [ZOOM_OFF]],
      ['zoom 不用了', [ZOOM_OFF]],
      ['放大 不用了', [ZOOM_OFF]],
      // How much of it, refused, is less of it (not none).
      ['不要 zoom 太近', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['不要 zoom 吗？', '要不要关掉 zoom']);
  });

  describe('the step undone, redone, said with the editors\' words (undo 掉的 redo 回来), is a redo', () => {
    table([
      ['把 undo 掉的 redo 回来', [{ op: 'redo' }]],
      ['undo 的那一步 redo', [{ op: 'redo' }]],
      ['undo 掉的那步 恢复', [{ op: 'redo' }]],
      ['撤销的那步 redo 一下', [{ op: 'redo' }]],
    ]);
    nothing(['不要 redo', '别 undo']);
  });

  describe('the ducking refused in mixed words (don\'t 压低) or after it (压低 不要, ducking 不用), is no ducking', () => {
    table([
      ['讲话的时候 don\'t 压低', [{ op: 'set_ducking', duck: false }]],
      ['讲话的时候 no 压低', [{ op: 'set_ducking', duck: false }]],
      ['压低不要', [{ op: 'set_ducking', duck: false }]],
      ['ducking 不要', [{ op: 'set_ducking', duck: false }]],
      ['duck 不用了', [{ op: 'set_ducking', duck: false }]],
      ['加音乐 说话时 don\'t 压低', [{ ...MUSIC, duck: false }]],
    ]);
    nothing(['压低画质 不要', '压低 不要太多']);
  });

  describe('"don\'t want" in Min and Hakka spelling (伓要, 毋要, 嘸要) is 不要', () => {
    table([
      ['伓要配乐', [{ op: 'remove_music' }]],
      ['嘸要音乐', [{ op: 'remove_music' }]],
    ]);
    nothing(['毋要加音乐', '伓要加配乐', '毋庸置疑']);
  });
});
