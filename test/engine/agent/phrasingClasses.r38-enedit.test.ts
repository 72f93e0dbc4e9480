import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 38, English edits said with a remark, a second thought, or another tool's words. Silences named as such
 * (pauses, gaps, dead air) and stretches where someone stands still or says nothing, sped up rather than cut, are the
 * idle stretches sped up; a judgment of a part after a request ("…, the speed's daft") is its reason, no edit; a cry
 * before a fill complained of ("ngl the blur looks mid, …") says no more than it; a fill said again in other words
 * beside the shape it came with is one fill; an ellipsis before a second thought that steps the history ("undo… nah
 * redo it") ends a clause; a discard said before a start over is that start over; a step back or forward said bare
 * ("back two steps", "then forward one" after it); a music file named by a label, then its level; a size said of both
 * files of a message, with steps between them; another editor's export menu ("Share > File"); a moment's place alone
 * in brackets ("the kitchen clip (2nd)"); a moment played at a share of its speed ("must play at 90%"); a stretch whose
 * ends are said as minutes and seconds in words. Own wordings (not the bench's lines), against a draft of 3 moments and
 * 1 text; and look-alikes that must change nothing, or stay unread or asked.
 */

const idle = (factor: number) => ({ op: 'speed_up_idle' as const, factor });
const undo = { op: 'undo' as const };
const redo = { op: 'redo' as const };

describe('edit agent: round 38, English edits with remarks and second thoughts', () => {
  describe('silences named, or stretches where nothing is said or done, sped up rather than cut', () => {
    sure([
      ['speed up the gaps 6x', [idle(6)]],
      ['the silences between slides, fast forward them', [idle(4)]],
      ['the pauses, play them faster please', [idle(4)]],
      ['dead air between questions, speed it up 3x instead of cutting it', [idle(3)]],
      ['fast forward through the long pauses', [idle(4)]],
      ['where I stand still, keep it but faster', [idle(4)]],
      ['the parts where we say nothing, play them at 5x', [idle(5)]],
    ]);
    table([['cut the pauses', [{ op: 'remove_dead_air' }]]]);
    nothing(["don't speed up the gaps", 'are the pauses sped up?', 'the pauses are fine']);
  });

  describe('a judgment of a part after a request is its reason', () => {
    sure([
      ["undo that, the speed's silly", [undo]],
      ["undo it, the title's rubbish", [undo]],
      ["undo that, the music's lame", [undo]],
    ]);
    nothing(["the speed's daft", "the speed's fine"]);
  });

  describe('a cry before a fill complained of', () => {
    sure([
      ['tbh the black bars look cheap, blur instead', [{ op: 'set_fill', fill: 'blur' }]],
      ['ngl the blur is lame, letterbox it', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['honestly the blurry sides look mid, crop instead', [{ op: 'set_fill', fill: 'crop' }]],
    ]);
  });

  describe('a fill said again beside the shape it came with', () => {
    sure([
      ['9:16 with blur, blurry bars on the sides', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      ['square with letterbox, black bars top and bottom', [{ op: 'set_aspect', aspect: '1:1', fill: 'letterbox' }]],
    ]);
    // Another fill after it is a change of it.
    table([['16:9 with letterbox, then blur the sides', [{ op: 'set_aspect', aspect: '16:9', fill: 'letterbox' }, { op: 'set_fill', fill: 'blur' }]]]);
  });

  describe('an ellipsis before a second thought that steps the history', () => {
    sure([
      ['undo... nah redo it', [undo, redo]],
      ['redo that... hmm, undo it', [redo, undo]],
      ['undo the last step... on second thought, redo', [undo, redo]],
    ]);
  });

  describe('a discard said before a start over', () => {
    sure([
      ['scrap it, start over', [{ op: 'start_over' }]],
      ['forget that, begin again', [{ op: 'start_over' }]],
      ['ditch this, start again', [{ op: 'start_over' }]],
    ]);
    // "undo" said outright is a step of its own.
    table([['undo, then start over', [undo, { op: 'start_over' }]], ['scrap it', [undo]]]);
  });

  describe('a step back or forward said bare', () => {
    sure([
      ['back one step', [undo]],
      ['ok, back two steps', [undo, undo]],
      ['go forward two steps', [redo, redo]],
      ['back a step, then forward one', [undo, redo]],
      ['forward one step', [redo]],
    ]);
    notSure(['move clip 3 forward one', 'forward one', 'the clip, back two steps']);
  });

  describe('a music file named by a label, then its level (no music in the draft)', () => {
    const read = (phrase: string) => parseInstruction(phrase, { moments: 3, texts: 1, music: false });
    const added = (track: string) => ({ op: 'add_music' as const, track, volume: 0.35, duck: true });
    it('"Music: rain_loop.wav, and softer please"', () => assert.deepEqual(read('Music: rain_loop.wav, and softer please'),
      { ops: [added('rain_loop.wav'), { op: 'set_music_volume', change: 'quieter' }], unknown: [] }));
    it('"music: theme.mp3, a bit louder"', () => assert.deepEqual(read('music: theme.mp3, a bit louder'),
      { ops: [added('theme.mp3'), { op: 'set_music_volume', change: 'louder' }], unknown: [] }));
    // A file complained of is no music asked for.
    it('"the music file song.mp3 is too loud"', () => assert.ok(read('the music file song.mp3 is too loud').ops.every((op) => op.op !== 'add_music')));
  });

  describe('a size said of both files, with steps between them', () => {
    sure([
      ['export, then remove the title and export again, both 1080p', [
        { op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'remove_text' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export mp4, cut clip 2, export again, both mp4 720p', [
        { op: 'export', format: 'mp4', resolution: '720p' }, { op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe("another editor's export menu", () => {
    sure([
      ['Share > File, 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['File > Share', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['share it on youtube', 'share the file with my boss']);
  });

  describe("a moment's place alone in brackets", () => {
    sure([
      ['the beach clip (3rd) is the best, put it first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the intro shot (first) is blurry, remove it', [{ op: 'remove_moment', index: 1 }]],
      ['the dog clip (second), trim it to 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
    ]);
  });

  describe('a moment or the video played at a share of its speed', () => {
    sure([
      ['the second clip should play at 80%', [{ op: 'set_speed', factor: 0.8, index: 2 }]],
      ['play clip 1 at 75%', [{ op: 'set_speed', factor: 0.75, index: 1 }]],
      ['run the whole thing at 120%', [{ op: 'set_speed', factor: 1.2 }]],
    ]);
    // The music played at a share is its level, no speed.
    it('"play the music at 50%", "the music should play at 30%": no speed', () => {
      for (const phrase of ['play the music at 50%', 'the music should play at 30%']) {
        assert.ok(parseInstruction(phrase, { moments: 3, texts: 1 }).ops.every((op) => op.op !== 'set_speed'), phrase);
      }
    });
  });

  describe('a stretch whose ends are said as minutes and seconds in words', () => {
    sure([
      ['cut from one minute four to one minute nine', [{ op: 'cut_range', start_ms: 64_000, end_ms: 69_000 }]],
      ['remove between two minutes ten and two minutes twenty', [{ op: 'cut_range', start_ms: 130_000, end_ms: 140_000 }]],
    ]);
    // A length said so is the clip's length.
    table([['cut it to one minute twenty', [{ op: 'compile_best_moments', target_ms: 80_000 }]]]);
  });
});
