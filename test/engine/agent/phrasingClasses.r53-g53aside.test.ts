import { notSure, sure } from './phrasingTable';

/**
 * Round 53's asides (words left unread beside a request read, in both languages): clauses that ask nothing by their
 * kind: the user's feeling after what brought it on, a nudge at how the editor works, an "all right?" asked of the
 * request, the footage named before the clip of its best moments, that clip asked again with what it is about, a shot
 * said to shake beside a zoom changed, and what cannot be seen beside the change of that part; and results said again:
 * the picture as it was beside the background taken away, everything still kept, the best picked in, only where
 * someone works kept beside the silences cut, someone filmed going wrong, people not all seen beside less zoom, two
 * files to compare, "show all" and the whole of something in the picture beside the zoom off, "keep the best of" a
 * thing beside the clip of the best moments. Look-alikes that name a part the request leaves, a figure, a choice or a
 * verb stay unread.
 */
describe('edit agent: round 53 (g53aside) classes', () => {
  describe('a feeling, a nudge, an "all right?" beside the request', () => {
    sure([
      ['折腾了一上午真烦，撤销一步', [{ op: 'undo' }]],
      ['剪成三十秒，别急，慢慢来', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['导出mp4，麻利点', [{ op: 'export', format: 'mp4' }]],
      ['第三段删掉，行不行？', [{ op: 'remove_moment', index: 3 }]],
      ['剪个四十秒的，可以伐', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // What the feeling is about names a part the request leaves; a nudge that names an edit; a look not known.
    notSure(['剪成三十秒，音乐好烦', '字幕看着头疼，剪成三十秒', '剪成三十秒，鲜艳点', '剪成三十秒，字幕行不行']);
  });

  describe('the footage named first, or the clip asked again with what it is about', () => {
    sure([
      ['果园航拍加采摘的，剪个一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['我们想做一个视频介绍手工皂，剪到二十秒', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    // A part, a shape or a choice in it may be a request.
    notSure(['我想做一个视频加字幕，剪30秒', '最后那些的，剪30秒']);
  });

  describe('a shaky shot beside a zoom; what cannot be seen beside its part changed', () => {
    sure([
      ['手机抖得厉害，自动放大关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ["we can't read the title, move the title to the top", [{ op: 'edit_text', position: 'top' }]],
    ]);
    notSure(['音乐抖得很，关掉放大', '镜头晃得很，加个背景', "can't see the title, turn the music down"]);
  });

  describe('the result of the request said again', () => {
    sure([
      ['背景去掉，回到原来的画面', [{ op: 'remove_background' }]],
      ['一秒都别剪，就都留着吧', [{ op: 'keep_everything' }]],
      ['剪一分钟，揉面的好镜头都放进去', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['把5秒到9秒剪掉，主持人站错台了', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['放大少一点，看不到整个桌子', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom off, see everything', [{ op: 'set_zoom', mode: 'off' }]],
      ['switch the zoom off, I want the whole kitchen in the picture', [{ op: 'set_zoom', mode: 'off' }]],
      ['make it 45 seconds, keep the best of the race', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    // Another part, or a moment by its place.
    notSure(['放大少一点，看不到字幕', '把5秒到9秒剪掉，第二段站错台了']);
  });
});
