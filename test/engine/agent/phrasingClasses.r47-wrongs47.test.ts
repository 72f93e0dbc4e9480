import type { EditOp } from '../../../src/protocol';
import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 47, known wrong readings: a place said of every text just added ("both at the top") where one already sits
 * elsewhere is said back unread, not dropped; two sounds each given its own way ("the original sound quieter and the
 * music louder") are each that step (the recording's sound takes a step since round 47's sourcelevel); a multiple said of a size ("2x bigger",
 * "3 times as big") is no speed; "another mp4" is one more file of that format; the undo word doubled run on, then
 * another step (撤销撤销再重做), is each step said; 渐变 at both ends named apart (开头结尾都渐变) fades both; the music
 * named alone, then its level (配乐，太吵), is the music there is; a format before a spaced request (导出! gif 去掉标题) is
 * the export's; nothing cut from a part, a part wanted left as is, change nothing.
 * Own wordings, against a draft of 3 moments and 1 text, with their look-alikes.
 */

const title = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'title' as const, ...(position ? { position } : {}) });
const caption = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'caption' as const, ...(position ? { position } : {}) });
const file = (format: 'mp4' | 'mov' | 'webm' | 'gif', resolution?: '720p' | '1080p'): EditOp => ({ op: 'export', format, ...(resolution ? { resolution } : {}) });
const undo: EditOp = { op: 'undo' };
const redo: EditOp = { op: 'redo' };
const quieter: EditOp = { op: 'set_music_volume', change: 'quieter' };
const bothFaded: EditOp = { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 };

describe('edit agent: round 47, known wrong readings', () => {
  describe('a place said of every text just added, where one already sits elsewhere, is said back unread', () => {
    notSure([
      "add a title 'Hi' at the bottom and a caption 'Bye', both at the top",
      "put a caption 'One' in the middle and a title 'Two', both at the bottom",
    ]);
    // Where none sits elsewhere, the place is every one's.
    sure([
      ["add a title 'Hi' and a caption 'Bye', both at the top", [title('Hi', 'top'), caption('Bye', 'top')]],
      ["add a title 'Hi' at the top and a caption 'Bye', both at the top", [title('Hi', 'top'), caption('Bye', 'top')]],
    ]);
  });

  describe('two sounds, each its own way: each its own step', () => {
    const bothWays: EditOp[] = [{ op: 'set_music_volume', change: 'louder' }, { op: 'set_source_volume', change: 'quieter' }];
    sure([
      ['make the original sound quieter and the music louder', bothWays],
      ['make the voice quieter and the music louder', bothWays],
      ['原声小一点，音乐大一点', bothWays],
      ['make the original audio 50% and the music louder', [{ op: 'set_source_volume', volume: 0.5 }, { op: 'set_music_volume', change: 'louder' }]],
    ]);
  });

  describe('a multiple said of a size is no speed', () => {
    notSure(['change the title to 2x Bigger', 'make the title 2x bigger', 'make the caption 3 times as big']);
    sure([
      ['change the title to 2x Faster', [{ op: 'edit_text', text: '2x Faster' }]],
      ['speed it up 2x', [{ op: 'set_speed', factor: 2 }]],
    ]);
  });

  describe('"another mp4": one more file of that format', () => {
    sure([
      ['export mp4 and gif, and another mp4 in 720p', [file('mp4'), file('gif'), file('mp4', '720p')]],
      ['export an mp4, then another mp4 in 720p', [file('mp4'), file('mp4', '720p')]],
      ['export an mp4 and another mp4 in 720p', [file('mp4'), file('mp4', '720p')]],
      ['export a gif and one more gif at 1080p', [file('gif'), file('gif', '1080p')]],
      ['导出mp4和gif，再导一个720p的mp4', [file('mp4'), file('gif'), file('mp4', '720p')]],
      // A file of the list named again with a size is that file at that size.
      ['export in mp4 and gif, mp4 1080p', [file('mp4', '1080p'), file('gif')]],
    ]);
  });

  describe('the undo word doubled run on, then another step, is each step said', () => {
    sure([
      ['撤销撤销再重做', [undo, undo, redo]],
      ['撤回撤回然后重做', [undo, undo, redo]],
      ['撤销撤销重做', [undo, undo, redo]],
      // Alone, run on, it is one undo said with feeling.
      ['撤回撤回', [undo]],
    ]);
  });

  describe('渐变 at both ends, named apart, fades both', () => {
    sure([
      ['开头结尾都渐变', [bothFaded]],
      ['开头和结尾都加渐变', [bothFaded]],
      ['开始和结束都渐变一下', [bothFaded]],
      ['片头片尾都渐变', [bothFaded]],
      // A gradient asked as the backdrop is one.
      ['加个渐变背景', [{ op: 'set_background', background: 'aurora' }]],
    ]);
  });

  describe('the music named alone, then its level, is the music there is', () => {
    sure([
      ['配乐，太吵', [quieter]],
      ['配乐，太响了', [quieter]],
      ['配乐，小声点', [quieter]],
      ['music, too loud', [quieter]],
      // A level said with a figure is the music's, added at it.
      ['配乐，音量百分之三十', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
    ]);
  });

  describe("a format before a spaced request is the export's", () => {
    sure([
      ['导出! gif 去掉标题', [file('gif'), { op: 'remove_text' }]],
      ['导出 gif 去掉标题', [file('gif'), { op: 'remove_text' }]],
      ['导出 mov 加音乐', [file('mov'), { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      // Where the file goes, said after its format, is an aside.
      ['导出!! gif 发群里', [file('gif')]],
    ]);
  });

  describe('nothing cut from a part, or a part wanted left as is, changes nothing', () => {
    nothing([
      'keep the intro, with nothing cut from clip 2',
      'nothing cut from the second clip',
      'I want the music left as is',
      "I'd like the title kept as it is",
      'we need the background left untouched',
    ]);
    sure([
      ['with nothing cut', [{ op: 'keep_everything' }]],
      ['I want the music at 50%', [{ op: 'add_music', track: 'lofi', volume: 0.5, duck: true }]],
    ]);
  });
});
