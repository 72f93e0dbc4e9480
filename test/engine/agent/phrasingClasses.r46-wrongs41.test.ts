import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 46 "wrongs41" classes, wrong edits made of what asked none: whether the music is in, checked or asked
 * ("音乐加上没"), adds none; music refused by 不加 ("配乐就不加了") is refused, not added (the 配 of 配乐 is no verb); a
 * length a moment is made beside a complaint ("make clip 1 5 seconds, too long", "第一段太长了，改成5秒") is the length it
 * keeps; what an undo brings back ("撤销，转场要回来") is no new edit; an export with a transparent background is unread;
 * a format said after an export with where it goes ("导出!! gif 发群里") is its format; a factor approved in regional words
 * after an idle speed-up ("4倍要得") is its factor; "Rather than cutting the slow bits, speed them up" speeds the idle
 * stretches.
 */
describe('edit agent: r46 wrongs41 classes', () => {
  describe('whether the music is in, checked or asked, adds none', () => {
    sure([
      ['show the tracks, I just want to check the music is in', [{ op: 'show_tracks' }]],
      ['看下轨道，我想确认一下配乐有没有加上', [{ op: 'show_tracks' }]],
      ['轨道给我看看 配乐加好了没', [{ op: 'show_tracks' }]],
      // Music asked for outright stays asked for.
      ['配乐加上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['see if the bgm got added', '背景乐加上没有', '配乐有没有加进去']);
  });

  describe('music refused by 不加 is refused, not added', () => {
    nothing(['背景音乐就不加了，现场声音够热闹', '配乐不加了', '不加配乐了，原声挺好']);
  });

  describe('a length a moment is made beside a complaint is the length it keeps', () => {
    sure([
      ['make the second clip 4 seconds, way too long', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['set clip 3 to 6 seconds, it drags', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
      ['第二段太长了，改成4秒', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      // An amount it is too long, or made shorter by, is still cut off.
      ['clip 2 is 3 seconds too long', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['clip 2 is too long, make it 2 seconds shorter', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段太长了，剪短3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
  });

  describe('what an undo brings back is no new edit', () => {
    sure([
      ['undo, I want the fade back', [{ op: 'undo' }]],
      ['undo that, bring the crossfade back', [{ op: 'undo' }]],
      ['撤销一下，转场我要找回来', [{ op: 'undo' }]],
      // A new edit after the undo is still made.
      ['undo, and add a crossfade', [{ op: 'undo' }, { op: 'crossfade', ms: 500 }]],
      ['撤销，再加个转场', [{ op: 'undo' }, { op: 'crossfade', ms: 500 }]],
    ]);
  });

  describe('an export with a transparent background is unread', () => {
    notSure(['can you export it with a transparent bg?', 'export with an alpha channel', '能导出透明背景的吗', '导出成透明底的gif', 'export a transparent gif']);
    // "alpha" or "transparent" naming what the demo shows is no output asked.
    sure([
      ['export the alpha build demo as mp4', [{ op: 'export', format: 'mp4' }]],
      ['export the transparent pricing walkthrough', [{ op: 'export', format: 'mp4' }]],
    ]);
    sure([['导出 gif', [{ op: 'export', format: 'gif' }]]]);
  });

  describe('a format said after an export with where it goes is its format', () => {
    sure([
      ['导出！gif，发朋友圈', [{ op: 'export', format: 'gif' }]],
      ['导出!! gif 发给大家', [{ op: 'export', format: 'gif' }]],
      ['export it. gif, for the group chat', [{ op: 'export', format: 'gif' }]],
    ]);
    notSure(['导出！gif 第二段']);
  });

  describe('a factor approved in regional words after an idle speed-up is its factor', () => {
    sure([
      ['画面不动的地方加速，3倍要得', [{ op: 'speed_up_idle', factor: 3 }]],
      ['没人说话的地方快进，4倍中', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
  });

  describe('a clause refusing what is asked in its place names what "them" is', () => {
    sure([
      ['Rather than cutting the idle parts, speed them up 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      ['instead of removing the pauses, speed them up 4x please', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    notSure(['rather than cutting the slow bits']);
  });
});
