import * as assert from 'node:assert/strict';
import { nothing, notSure, ops, sure, understood } from './phrasingTable';

/**
 * Round 51's mended readings (fix51b): the music played on where no one speaks is no ducking, and refused (不要照样放)
 * ducks; a start over said not needed (都唔使), put off to a later time, or of what plays from the start (从头开始播标题)
 * is none; 杯 is cups, never 倍, and a mistyped 倍 is read only before 速 or beside 快 or 慢; the story told or reached is
 * no Instagram story; a stop or a regret of what was done asks nothing; a thing the verb does nothing with, listed
 * before one it does, is left unread; the music cleared (清咗佢) before a start over is removed first; the music
 * complained of, then switched off (关掉吧), is removed.
 */
describe('edit agent: round 51 (fix51b) classes', () => {
  describe('the music played on needs a speaker', () => {
    sure([
      ['keep the music playing, even when I talk', [{ op: 'set_ducking', duck: false }]],
      ['keep the music playing even when someone speaks', [{ op: 'set_ducking', duck: false }]],
      ['keep it playing even while she speaks', [{ op: 'set_ducking', duck: false }]],
      ['说话的时候照样放音乐', [{ op: 'set_ducking', duck: false }]],
      ['有人讲话都照样放', [{ op: 'set_ducking', duck: false }]],
      ['说话的时候不要照样放音乐', [{ op: 'set_ducking', duck: true }]],
      ['讲话的时候别照样放音乐', [{ op: 'set_ducking', duck: true }]],
    ]);
    nothing(['keep the music playing, even when it gets boring', 'the music keeps playing even when it\'s quiet',
      'keep the music going, even if it\'s long']);
  });

  describe('a start over refused, put off, or of what plays', () => {
    sure([
      ['由头嚟过', [{ op: 'start_over' }]],
      ['清咗佢，由頭嚟過', [{ op: 'start_over' }]],
      ['全部清咗佢，由頭開始，做成竖屏', [{ op: 'start_over' }, { op: 'set_aspect', aspect: '9:16' }]],
      ['全部推倒，从头开始剪', [{ op: 'start_over' }]],
      ['try again from the beginning', [{ op: 'start_over' }]],
      ['音乐清咗佢，由头嚟过', [{ op: 'remove_music' }, { op: 'start_over' }]],
      ['音乐清掉，从头来过', [{ op: 'remove_music' }, { op: 'start_over' }]],
      ['字幕清掉，从头来过', [{ op: 'remove_text' }, { op: 'start_over' }]],
    ]);
    nothing(['由头嚟过都唔使', '重来都不用', '撤销就不用了', '由头开始播标题', '从头开始放音乐',
      'try again from the beginning tomorrow', 'start over tomorrow', 'undo it tomorrow', 'undo it later',
      'start over tomorrow please']);
    // A refusal of something else after the step, or a later time of another clause, leaves the step asked.
    sure([
      ['撤销不用确认', [{ op: 'undo' }]],
      ['重新开始也不用问我', [{ op: 'start_over' }]],
      ['撤回不用跟我说', [{ op: 'undo' }]],
      ['重来也不用先问', [{ op: 'start_over' }]],
      ["undo it and we'll fix the rest tomorrow", [{ op: 'undo' }]],
      ['undo that, we can fix the title later', [{ op: 'undo' }]],
      ['start over from scratch tonight please', [{ op: 'start_over' }]],
      ['start over from scratch tonight', [{ op: 'start_over' }]],
    ]);
  });

  describe('倍 mistyped, 杯 never', () => {
    sure([
      ['整体快点 1.5陪', [{ op: 'set_speed', factor: 1.5 }]],
      ['整体快点 2陪', [{ op: 'set_speed', factor: 2 }]],
      ['第二段1.5背速', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['整个视频3被速度', [{ op: 'set_speed', factor: 3 }]],
      ['第三段慢一点 0.5背', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    nothing(['第二段我喝了2杯', '加2杯咖啡']);
  });

  describe('the story told or reached is no Instagram story', () => {
    sure([
      ['insta story', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['for my stories', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['as a story on Instagram', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it for my story', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['vertical for my insta story', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['this is for the story of our shop', 'skip to the story', 'this is the story of our shop']);
    // "faster" may still be read; never the 9:16.
    it('"get to the story faster" is no 9:16', () => {
      for (const phrase of ['get to the story faster', 'jump to the story faster']) {
        assert.ok(!ops(phrase).some((op) => op.op === 'set_aspect'), phrase);
      }
    });
  });

  describe('a stop or a regret asks nothing', () => {
    const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };
    const square = { op: 'set_aspect' as const, aspect: '1:1' as const };
    const exported = { op: 'export' as const, format: 'mp4' as const };
    sure([
      ['would you mind making it square and exporting it', [square, exported]],
      ['could you try making it 9:16 and adding music', [{ op: 'set_aspect', aspect: '9:16' }, music]],
      ['stop lowering the music when I speak', [{ op: 'set_ducking', duck: false }]],
      ['stop zooming in on everything, turn the zoom off', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    nothing(['stop making it square and adding music', 'stop making it square', 'stop making it vertical',
      'making it square and exporting it was a mistake', 'making it square was a mistake',
      'adding music was a bad idea', 'adding music and exporting it was a bad idea', 'stop making it square, please',
      'please stop making it square, it looks bad']);
    // The stop empties only its own part: a request after the comma is read.
    sure([
      ['please stop making it square, 16:9 please', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['stop making it square, go back to 16:9', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['stop making it square, 9:16 please', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['stop making it vertical, square please', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    // A regret of another thing (after a comma, or "since …") leaves the first -ing request named back, never dropped.
    it('a first -ing request beside a regret of another thing is named back', () => {
      for (const [phrase, first] of [['removing clip 2 and adding music, the old edit was stupid', 'removing clip 2'],
        ['please try cutting clip 2 and adding music since the old one is wrong', 'try cutting clip 2'],
        ['trimming clip 1 and adding music, the last version was a mistake', 'trimming clip 1'],
        ['removing clip 3 and exporting, the first try was wrong', 'removing clip 3']]) {
        assert.deepEqual(understood(phrase).unknown, [first], phrase);
      }
    });
  });

  describe('a thing the verb does nothing with is never dropped silently', () => {
    const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };
    sure([
      ['add a title \'Hi\' and the music', [{ op: 'add_text', text: 'Hi', style: 'title' }, music]],
      ['remove the title and the music', [{ op: 'remove_text' }, { op: 'remove_music' }]],
    ]);
    notSure(['try making it vertical and adding the title and the music', 'add the title and the music',
      'add music and the title']);
    it('"try making it vertical and adding the title and the music" names the title back', () => {
      const read = understood('try making it vertical and adding the title and the music');
      assert.deepEqual(read.unknown, ['add the title']);
    });
  });

  describe('the music complained of, then switched off', () => {
    sure([
      ['配乐太吵了，关掉吧', [{ op: 'remove_music' }]],
      ['配乐太吵，关了吧', [{ op: 'remove_music' }]],
      ['配乐太吵了，删掉吧', [{ op: 'remove_music' }]],
      ['配乐太吵了，小一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐关掉', [{ op: 'remove_music' }]],
    ]);
  });
});
