import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 48, the review of the merged round: look-alikes of the new rules that had become edits the user never asked
 * for. 它 refused or mused about is no move; "why did you…" (怎么把…了) and a how-question about posting ask nothing;
 * a time ago before 都 is no 刚才; a text's or a card's length (字幕整个3秒的) no clip length; "why so" of a background
 * no background; "twice as loud" told as a state or against another sound no level; 没动的 (the untouched ones) no
 * idle stretches; a place said better of another thing no aside of a move.
 */
describe('edit agent: round 48 review', () => {
  describe('它 refused, or only mused about, is no move', () => {
    sure([
      ['第三段1.5倍速，再把它挪到第一个', [{ op: 'set_speed', factor: 1.5, index: 3 }, { op: 'move_moment', index: 3, to: 1 }]],
      ['第二段慢一点，别把它放到最后', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      // Mused about: a thought beside the speed, no request.
      ['第三段加速，它放最后面的话会很怪', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
    ]);
    notSure(['第三段加速，不要把它挪到第一个']);
  });

  describe('"why did you…", and how to post, ask nothing', () => {
    nothing(['怎么把第一段剪掉了呢？', '怎么把音乐弄没了啊？', '咋把字幕放中间去了啊？', '怎么把音乐弄得这么吵？', '怎么把我的视频发到抖音？']);
    sure([['怎么把音乐关掉？', [{ op: 'remove_music' }]]]);
  });

  describe('a time before 都, a text made a length, a background complained of', () => {
    notSure(['第一段30秒之前都剪掉', '第二段3秒前都剪掉']);
    nothing(['字幕整个3秒的', '片头搞个3秒的', '背景为啥这么黑', '背景咋这么白']);
  });

  describe('"twice as loud" told, or against another sound, is no level', () => {
    nothing(['the music is twice as loud as it should be', 'the music sounds twice as loud now']);
    notSure(['make the music twice as loud as my voice']);
    sure([['make the music twice as loud', [{ op: 'set_music_volume', volume: 2 }]]]);
  });

  describe('没动的 alone is the untouched ones; a place said better of another thing is no aside', () => {
    sure([['其他没动的，加速一点', [{ op: 'set_speed', factor: 1.5 }]]]);
    notSure(['第三段挪到最前面，标题放开头更好', '第三段挪到第二个，字幕放最后比较好']);
  });
});
