import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 51's Chinese misses (held-out 46): a moment slowed down by half, said "slow down 一半"; the idle stretches said
 * by two things that do not happen there ("没人讲话又没动的") or by nothing moving ("什么都没在动的"); the zoom set to a
 * degree by a verb of setting ("zoom 调少一点"); the sides made a blur ("两边整成模糊的"); whether the music may be used
 * commercially, asked; a fill named, then changed into another after a comma ("黑边，换成模糊"); a length added to the
 * fade named before it ("淡入加两秒"); regions' words: Wu 覅 before a part and 弗要, Cantonese 收细 and 打直嘅, ㄉ typed for
 * 的; still pictures (没动的画面) as the idle stretches.
 */
describe('edit agent: round 51 (g51zh) classes', () => {
  describe('a moment slowed down by half, said in English', () => {
    sure([
      ['第三段 slow down 一半', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['第一段 slow down 到一半吧', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
    ]);
    // Sped up by half is half as fast again; slowed down with no share, the usual slower.
    sure([
      ['第二段 speed up 一半', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['第二段 slow down', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
  });

  describe('the idle stretches said by what does not happen there', () => {
    sure([
      ['没人说话又没动的，快进 5 倍', [{ op: 'speed_up_idle', factor: 5 }]],
      ['那些没人讲话也没动的，加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['什么都没在动的 part 快进 6 倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ['什么都没在动的，快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['一直没动的画面都剪掉', [{ op: 'remove_dead_air' }]],
      ['那些没动ㄉ画面快进3倍', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
    // The others left untouched are no idle stretches: the speed is the video's.
    sure([['其他没动的，快进 8 倍', [{ op: 'set_speed', factor: 8 }]]]);
    nothing(['把没动过的画面留着']);
  });

  describe('the zoom set to a degree by a verb of setting', () => {
    sure([
      ['把 zoom 调少一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 弄小点', [{ op: 'set_zoom', mode: 'less' }]],
      ['把 zoom 调多一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['zoom 调大一点', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    notSure(['把字调大一点']);
  });

  describe('the sides made a blur', () => {
    sure([
      ['改成竖屏，两边弄成模糊的', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      ['两边搞成模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['上下换成模糊', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    // Someone on the sides blurred is no fill.
    notSure(['两边的人弄成模糊的']);
  });

  describe('whether the music may be used commercially, asked', () => {
    nothing(['这首lofi能不能拿来商用？', 'lofi的歌可以商用吗', 'lofi能商用不']);
    // Music that may be, wanted, is music added; so is the music asked for politely.
    sure([
      ['加一首可以商用的音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['lofi能不能用上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      // Music that may be, named with no 的, is the kind of music wanted.
      ['配一首能商用音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['找一首能商用音乐加上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['加一首可以商用歌曲', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['这首歌能商用吗', '这个配乐可不可以商用？']);
  });

  describe('a fill named, then changed into another after a comma', () => {
    sure([
      ['左右的黑边，麻烦改成模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['黑边，换成模糊背景', [{ op: 'set_fill', fill: 'blur' }]],
      ['模糊，请换成黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    // Something else changed after it is no change of the fill.
    notSure(['黑边，换个音乐']);
  });

  describe('a length added to the fade named before it', () => {
    sure([
      ['交叉淡化加两秒', [{ op: 'crossfade', ms: 2000 }]],
      ['淡出加一秒的', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['淡入加一秒，剪到20秒', [{ op: 'fade', target: 'clip', in_ms: 1000 }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['交叉淡化加音乐', [{ op: 'crossfade', ms: 500 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe("regions' words", () => {
    sure([
      ['覅音乐了', [{ op: 'remove_music' }]],
      ['第一段弗要了', [{ op: 'remove_moment', index: 1 }]],
      ['弗要背景音乐', [{ op: 'remove_music' }]],
      ['背景音乐收细啲', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['要打直嘅', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // In Mandarin, 打直 straightens a tilted picture.
    notSure(['画面歪了，帮我打直', '画面歪咗，要打直嘅', '有啲斜，要打直嘅', '要打直嘅，个画面歪咗']);
    sure([['要打直嘅，剪到十五秒，IG reels 用', [{ op: 'set_aspect', aspect: '9:16' },
      { op: 'compile_best_moments', target_ms: 15000 }]]]);
    nothing(['第二段弗要删']);
  });
});
