import { nothing, notSure, sure } from './phrasingTable';

/**
 * The lead's classes of session 38, found by writing everyday requests of new users by hand: two files wanted with no
 * verb of export ("I want both an mp4 and a webm", 我要一个mp4和一个gif) are those files; the shape, size or length named,
 * then asked of as a yes/no question (比例能改成4:5吗, 时长能剪到30秒吗), is the request said outright; thanks said warmly ("thank
 * you so much!", 太感谢了) is thanks, where it was reported as words not understood.
 */
describe('edit agent: lead 44 classes', () => {
  describe('two files wanted, no verb of export, are those files', () => {
    const mp4AndGif = [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }] as const;
    sure([
      ['I want both an mp4 and a gif', [...mp4AndGif]],
      ['give me both mp4 and gif', [...mp4AndGif]],
      ['both mp4 and gif please', [...mp4AndGif]],
      ['我要一个mp4和一个gif', [...mp4AndGif]],
      ['给我mp4和gif两个版本', [...mp4AndGif]],
      ['要个mp4和个gif', [...mp4AndGif]],
    ]);
    // Asked about, not wanted: nothing made.
    notSure(['does it do both mp4 and gif?', '我要mp4和gif吗']);
  });

  describe('the shape, size or length asked of as a yes/no question is the request', () => {
    sure([
      ['比例能改成4:5吗', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['尺寸能改成竖屏吗', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['画幅可以换成横屏吗', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['分辨率能调到1080p吗', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['时长能剪到30秒吗', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    // No edit verb, or what the user may do: a question.
    notSure(['比例能看清吗', '我能改比例吗']);
  });

  describe('thanks said warmly is thanks', () => {
    // Nothing changed, and no word reported as not understood.
    sure([
      ...['thank you so much!', 'thanks a lot', 'many thanks', '谢谢你', '太感谢了！', '非常感谢'].map((said): [string, []] => [said, []]),
      ['thank you so much, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['多谢，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  // At the merge of round 44, readings the round had taken too widely, in own wordings (each was a wrong edit).
  describe('at the merge: what the round read too widely', () => {
    sure([
      // A text placed, then "change it to '…'": the one there, edited (not a new one added there).
      ["put the caption at the bottom and change it to 'Open daily'", [{ op: 'edit_text', position: 'bottom', text: 'Open daily' }]],
      // A file named with its article is a file of its own, not of the list's size; a size before and after the list, each file's own.
      ['export 720 mp4 and a webm', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'webm' }]],
      ['export 1080p mov and gif 720p', [{ op: 'export', format: 'mov', resolution: '1080p' }, { op: 'export', format: 'gif', resolution: '720p' }]],
      // Read whole, typed word by word: one request the same and the other lost is no detail joined.
      ['只用 第二个 和 第三个 视频 剪 二十秒', [{ op: 'use_sources', files: ['2', '3'] }, { op: 'compile_best_moments', target_ms: 20000 }]],
      // A figure then a complaint after a space is the reason for that figure, unless it is a length called too long or short.
      ['第三段加速 2x 太慢了', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['第二段 cut 走 3 秒 太拖了', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
  });

  // After the merge, a review of the round's diff found these wrong edits (own wordings).
  describe('after the merge: wrong edits the review found', () => {
    sure([
      // A role after a name ends before a request run on after it.
      ['加个人名条：张伟，然后导出给设计师', [{ op: 'add_text', text: '张伟', style: 'lower-third' }, { op: 'export', format: 'mp4' }]],
      // The voice kept only as a supposition ("if we keep it …") is no voice kept.
      ['留原声的话会很吵，还是静音吧', [{ op: 'set_source_volume', volume: 0 }]],
      // A moment's place asked, closing the question, is a move.
      ['can clip 3 be the first?', [{ op: 'move_moment', index: 3, to: 1 }]],
      ["the bits where I'm just reheating the glass can go quicker, like 6x", [{ op: 'speed_up_idle', factor: 6 }]],
    ]);
    // A part named by what the user is doing, to be cut, is no idle time; a place in another sentence is no move.
    nothing(["cut the part where I'm just opening the app", 'could clip 1 be the last thing you fix?']);
  });
});
