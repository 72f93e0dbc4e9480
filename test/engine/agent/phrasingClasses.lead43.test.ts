import { nothing, notSure, sure } from './phrasingTable';

/**
 * The lead's classes of session 37, found by hand: a size said after the last of the files listed is of them all; the
 * same edit of another part after a comma is no replacement of the first; the ducking said unwanted ("I don't want it
 * ducking") asks it off beside the music instead of vanishing as a refusal.
 */
describe('edit agent: lead 43 classes', () => {
  describe('a size said after the last file listed is every file\'s', () => {
    sure([
      ['export mp4, mov and gif at 1080p', [
        { op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mov', resolution: '1080p' },
        { op: 'export', format: 'gif', resolution: '1080p' }]],
      ['export mp4 and mov at 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mov', resolution: '1080p' }]],
      ['render a webm and a mov in 4k', [{ op: 'export', format: 'webm', resolution: '4k' }, { op: 'export', format: 'mov', resolution: '4k' }]],
      // A size of the second file's own, or one of each, stays where it is said.
      ['export an mp4 and a 720p gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif', resolution: '720p' }]],
      ['export the mp4 at 720p and a gif at 1080p', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif', resolution: '1080p' }]],
    ]);
  });

  describe('the same edit of another part, after a comma, is one more edit (not the first one replaced)', () => {
    sure([
      ['the first clip at 0.5x, and the last one twice as fast', [{ op: 'set_speed', factor: 0.5, index: 1 }, { op: 'set_speed', factor: 2, index: 3 }]],
      ['clip 2 at 1.5x, and clip 3 at 0.5x', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    // Said of the same part, the figure after the comma is the one meant.
    sure([
      ['speed clip 2 up 2x, actually 3x', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['clip 2 at 2x, no, 3x', [{ op: 'set_speed', factor: 3, index: 2 }]],
    ]);
  });

  describe('the ducking said unwanted asks it off', () => {
    sure([
      ['add lofi music, I do not want it ducking', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ["add lofi, we don't need any ducking", [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]],
      ["I don't want ducking", [{ op: 'set_ducking', duck: false }]],
      ["I don't want the music to duck", [{ op: 'set_ducking', duck: false }]],
    ]);
    // A refusal of switching it off still refuses.
    nothing(["don't turn off the ducking", "please don't remove the ducking"]);
  });

  describe('at the merge: what round 43 read too widely', () => {
    sure([
      // A backdrop's one-character name inside another request's words (黑边, 海报) chooses no backdrop.
      ['加个背景，把黑边去掉', [{ op: 'set_background', background: 'aurora' }, { op: 'set_fill', fill: 'letterbox' }]],
      // 单入 inside 菜单入口 is no typed 淡入; a moment's speed said "in the video" is no sound of the recording.
      ['the second clip in the video at half speed', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ]);
    notSure(['加背景，海报那段删掉', '把菜单入口那段剪掉']);
  });
});
