import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 46, "reasons": a statement or a reason said beside a request asks nothing, and no words are left unread. A
 * clause that only explains, judges or describes (what a removed moment shows called the wrong one, a screen said to
 * stand one way, a part of the picture cut off now, the look or the sound wished, what is "most" so, blame for what was
 * done, the stretches that are the recording's own sound, the music named by its instrument kept level, what the user
 * checks in what is shown); a clause restating the request just made (a title's old words replaced, a hard cut said
 * with the English word, the auto zoom said to follow what moves); a topic named before the clip of its best moments; a
 * cap said before the length chosen within it. Look-alikes that may ask something stay unread or asked.
 */
describe('edit agent: round 46 reasons', () => {
  describe('what a removed moment shows called the wrong one', () => {
    sure([
      ['Delete clip 2. Wrong recipe.', [{ op: 'remove_moment', index: 2 }]],
      ['drop clip 1. that was the wrong take.', [{ op: 'remove_moment', index: 1 }]],
      ['Take the music out. Wrong song.', [{ op: 'remove_music' }]],
    ]);
    notSure(['remove clip 2. wrong one', 'remove clip 2. wrong order', "Add a title 'Hi'. Wrong drill."]);
  });

  describe('what the user checks in what is shown', () => {
    sure([
      ["Show me the tracks, I want to check what's in it.", [{ op: 'show_tracks' }]],
      ['show tracks. I need to check what is left.', [{ op: 'show_tracks' }]],
    ]);
  });

  describe('what is most so, said in Chinese', () => {
    sure([
      ['第一段挪到最后，那段收尾最有味道。', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['把第三段放最前面，那段开场最抓人。', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    notSure(['第二段删掉，音乐最好换一首。']);
  });

  describe('which way a screen it plays on stands', () => {
    sure([
      ['改成竖屏，店里的屏幕是竖着挂的。', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['横屏，会场的投影都是横着放的。', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    notSure(['改成竖屏，标题是横着放的。']);
  });

  describe('the look or the sound wished, said as how it looks or sounds', () => {
    sure([
      ['加个淡入淡出，看上去柔和些。', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['淡入淡出，看着更高级一点。', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['背景音乐小一点，听着舒服些。', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('blame for what was done, beside the step back', () => {
    sure([
      ['撤销，咋弄反了', [{ op: 'undo' }]],
      ['撤回，怎么剪错了？', [{ op: 'undo' }]],
    ]);
    nothing(['怎么剪错了？']);
  });

  describe("a title's old words replaced, said again beside the new ones", () => {
    sure([
      ['标题改成「春季招生」，给换一下。', [{ op: 'edit_text', text: '春季招生' }]],
      ['标题改成「春季招生」，旧的替换掉。', [{ op: 'edit_text', text: '春季招生' }]],
      ["rename the title to 'Spring', replace the old one", [{ op: 'edit_text', text: 'Spring' }]],
    ]);
    notSure(['加个标题「春季招生」，给换一下。', '标题改成「春季招生」，字体也换一下。']);
  });

  describe('a topic named before the clip of its best moments', () => {
    sure([
      ['包饺子的全过程，剪成一分钟。', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['我们实验室做焊接的流程，剪个45秒的。', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['Our bakery morning routine video, cut it to 40 seconds', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    notSure(['拌馅的过程，加速。', '删掉找文件的过程，剪成30秒', 'Final year project demo video, make it 16:9']);
  });

  describe('a cap said in Chinese before the length chosen within it', () => {
    sure([
      ['平台要求90秒以内，帮我剪成一分钟。', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['视频号限制3分钟之内，剪到2分钟。', [{ op: 'compile_best_moments', target_ms: 120000 }]],
    ]);
    notSure(['要求60秒以内，剪成70秒。']);
  });

  describe('a hard cut said with the English word, beside the crossfade taken off', () => {
    sure([
      ['不要转场了，直接 cut 就行。', [{ op: 'crossfade', ms: 0 }]],
      ['Crossfade 去掉，直接cut吧', [{ op: 'crossfade', ms: 0 }]],
    ]);
  });

  describe('the auto zoom said to follow what moves', () => {
    sure([
      ['开自动放大，跟着画面里动的地方走。', [{ op: 'set_zoom', mode: 'auto' }]],
      ['开个自动放大，跟着锅里翻炒的地方走。', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('a part of the picture cut off now, beside what shows it again', () => {
    sure([
      ['放大少一点，头都切掉了。', [{ op: 'set_zoom', mode: 'less' }]],
      ['不要放大了，两边的字都被裁了。', [{ op: 'set_zoom', mode: 'off' }]],
      ['改成上下留黑边，边都切掉了。', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    notSure(['第二段删掉，头都切掉了。', '加个标题「你好」，边都切掉了。']);
  });

  describe("the stretches that are the recording's own sound", () => {
    sure([['采访那几段是原声，原声调到百分之八十。', [{ op: 'set_source_volume', volume: 0.8 }]]]);
    nothing(['那几段是原声。']);
  });

  describe('the music named by its instrument, kept level beside no ducking', () => {
    sure([
      ['turn ducking off, I want the sitar to stay level', [{ op: 'set_ducking', duck: false }]],
      ['不要自动闪避，我要古筝一直稳稳的。', [{ op: 'set_ducking', duck: false }]],
    ]);
    notSure(['turn ducking off, I want the camera steady']);
  });
});
