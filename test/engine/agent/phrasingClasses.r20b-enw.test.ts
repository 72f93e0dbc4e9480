import { table, nothing } from './phrasingTable';

/**
 * Round 20b's English misreadings (held-out 20b, no bench lines): each a class, read in new wordings of it (against a
 * draft of 3 moments and 1 text), and the look-alikes that must change nothing or stay as they were read.
 */

const UNDO = { op: 'undo' } as const;
const REDO = { op: 'redo' } as const;
const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const UNDUCKED = { ...MUSIC, duck: false } as const;

describe('edit agent: round 20b English leftovers → exact operations or nothing', () => {
  describe('a history step counted as a multiplier ("undo x2", 撤销x2) is that many steps', () => {
    table([
      ['undo x2', [UNDO, UNDO]],
      ['redo x2 please', [REDO, REDO]],
      ['undo ×3', [UNDO, UNDO, UNDO]],
      ['undo 2x', [UNDO, UNDO]],
      ['撤销x2', [UNDO, UNDO]],
      ['重做×2', [REDO, REDO]],
      // A multiplier said of a speed is the speed.
      ['speed it up x2', [{ op: 'set_speed', factor: 2 }]],
    ]);
    nothing(['what does undo x2 do?', "don't undo x2"]);
  });

  describe('a refusal after "but" said with a bare "not" or as said in Scots ("but not export yet", "dinna export")', () => {
    table([
      ['set it to 720p but not export yet', [{ op: 'set_resolution', resolution: '720p' }]],
      ['make it 4K but not render it', [{ op: 'set_resolution', resolution: '4k' }]],
      ['add music but not export', [MUSIC]],
      ['set 1080p but dinna export', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['make it 720p but divvent export', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
    nothing(['not export yet', 'not add music']);
  });

  describe('music asked without its dip under speech, said with -ing or a bare "not" ("but not going down when I talk")', () => {
    table([
      ['add music but not going down when I talk', [UNDUCKED]],
      ['put music but not dipping when I speak', [UNDUCKED]],
      ['add music without it dipping when I talk', [UNDUCKED]],
      ["add the lofi and don't have it going quiet when I'm talking", [UNDUCKED]],
      ['put music on, without it getting quieter when I speak', [UNDUCKED]],
      ['加音乐，说话的时候别压低', [UNDUCKED]],
      // How the music plays now, said of it: the dip is asked for.
      ['the music is not going down when I speak', [{ op: 'set_ducking', duck: true }]],
      // "put music" with no article asks for music; said with a way it goes, it is the music there is.
      ['put music', [MUSIC]],
      ['put music lower', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    // Said alone, with no music asked, it may be either way.
    nothing(['not going down when I talk']);
  });

  describe('a point on the clock said by its second or minute ("from second 12 to second 15", 从第12秒到第15秒)', () => {
    table([
      ['cut from second 12 to second 15', [{ op: 'cut_range', start_ms: 12000, end_ms: 15000 }]],
      ['cut between second 3 and second 5', [{ op: 'cut_range', start_ms: 3000, end_ms: 5000 }]],
      ['cut from minute 1 to minute 2', [{ op: 'cut_range', start_ms: 60000, end_ms: 120000 }]],
      ['zoom in at second 10 for 2 seconds', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 2000 }]],
      ["add caption 'Hi' from second four to second nine", [{ op: 'add_text', text: 'Hi', style: 'caption', start_ms: 4000, end_ms: 9000 }]],
      ['show the title from second 1 to second 6', [{ op: 'edit_text', start_ms: 1000, end_ms: 6000 }]],
      ['从第12秒到第15秒剪掉', [{ op: 'cut_range', start_ms: 12000, end_ms: 15000 }]],
      // The second of something is no point on the clock.
      ['make the second clip 5 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['move clip 3 to second place', [{ op: 'move_moment', index: 3, to: 2 }]],
    ]);
  });

  describe('a moment named by its number before the noun ("number 3 clip", "no. 2 segment")', () => {
    table([
      ['number 3 clip, make it faster', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
      ['delete the number 1 clip', [{ op: 'remove_moment', index: 1 }]],
      ['no. 2 segment, slow it down', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
    nothing(['number 2 clip is great']);
  });

  describe('when the text just named shows, said of it as "it" ("…, and show it from 1 to 5 seconds")', () => {
    table([
      ['move the title to the bottom and show it from 1 to 5 seconds', [{ op: 'edit_text', position: 'bottom', start_ms: 1000, end_ms: 5000 }]],
      ["add a caption 'Go' and display it from 2 to 4 seconds", [{ op: 'add_text', text: 'Go', style: 'caption', start_ms: 2000, end_ms: 4000 }]],
      ['title to the top, keep it on screen from 0 to 3 seconds', [{ op: 'edit_text', position: 'top', start_ms: 0, end_ms: 3000 }]],
      // A shape said after the text is no time it shows.
      ["add a title 'Hi', make it 9:16", [{ op: 'add_text', text: 'Hi', style: 'title' }, { op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['show it from 1 to 3 seconds']);
  });

  describe('everything deleted, said beside a start over ("start over, delete everything"), is that start over', () => {
    table([
      ['start over, delete everything', [{ op: 'start_over' }]],
      ['delete it all and start again', [{ op: 'start_over' }]],
      ['begin again, remove all', [{ op: 'start_over' }]],
    ]);
    // Said alone, "all" may be all of one part: not guessed at.
    nothing(['delete all', 'remove everything']);
  });

  describe('a numbered rule or section cited as the reason ("it breaks rule 2") is no figure of the edit', () => {
    table([
      ['remove clip 3, it breaks rule 2', [{ op: 'remove_moment', index: 3 }]],
      ['cut clip 1, it goes against section 5', [{ op: 'remove_moment', index: 1 }]],
      ['remove clip 2, see page 3', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('the value just said, asked for again as "that" ("the client wants 1080p, set that")', () => {
    table([
      ['the client wants 1080p, set that', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['my boss says 9:16, go with that', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['set that', 'go with that']);
  });

  describe('a length said with a moment, then "trim it to that", is that moment\'s ("the second clip at 6 seconds, trim it to that")', () => {
    table([
      ['the second clip at 6 seconds, trim it to that', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
      ['the last clip at 4 seconds, cut it to that', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['第一段9秒，就剪到这个长度', [{ op: 'trim_moment', index: 1, to_ms: 9000 }]],
      // A length said with no moment is the clip's.
      ['my boss wants 40 seconds, cut it to that', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // A moment the draft does not have is not guessed at.
    nothing(['clip 7 at 5 seconds, trim it to that']);
  });

  describe('Scots "tae" and "oot" in a stretch cut ("cut oot 0:03 tae 0:07")', () => {
    table([
      ['cut oot 0:03 tae 0:07', [{ op: 'cut_range', start_ms: 3000, end_ms: 7000 }]],
      ['trim the second clip tae 6 seconds', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
    ]);
  });
});
