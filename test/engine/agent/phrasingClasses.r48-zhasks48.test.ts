import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 48 (zhasks48), held-out 43's Chinese lines asked or with words left unread: a length said of each end after two
 * fades with a make verb ("都搞一秒", "make them both 2 seconds"); an amount cut after a moment made a bit shorter
 * ("剪掉4秒", "cut 4 seconds"); a clip made of a length with a dialect's verb ("给整个45秒的"); mixed English ("cut一下best的
 * 部分"); 咋/怎么 + 把 asked of the editor (a request, as 能不能把… is; "how do I…?" stays a question); a complaint as "why
 * so" (咋这么) before 不要了, and a switch-off verb said again ("关了吧", "turn it off"); the footage all kept (都留着); and
 * asides beside a request: a place said better, the feeds posted to, what a zoom is to show, "the kind" (那种), fine a
 * moment ago (a time ago no length), "boleh?", a scene's sound named at length.
 */
describe('edit agent: round 48 zhasks48 classes', () => {
  describe('a length said of each end after two fades, with a make verb', () => {
    const both = (ms: number) => [{ op: 'fade' as const, target: 'clip' as const, in_ms: ms, out_ms: ms }];
    sure([
      ['开始淡入，最后也淡出，都弄两秒', both(2000)],
      ['开头淡入结尾淡出，各整一秒', both(1000)],
      ['fade in at the start and out at the end, make them both 2 seconds', both(2000)],
    ]);
    // A length alone with a make verb, and 都 before a length with no fades, stay asked.
    notSure(['都搞一秒', '搞一秒']);
  });

  describe('an amount cut after a moment made a bit shorter', () => {
    sure([
      ['第三段缩短一点，砍掉3秒', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
      ['make clip 1 a little shorter, trim 2 seconds', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      // A length it is cut to stays the length it keeps.
      ['第三段短一点，剪到5秒', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['make clip 1 a bit shorter, cut it to 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
    ]);
    // An amount cut alone names nothing to cut it from.
    notSure(['剪掉4秒']);
  });

  describe('a clip made of a length with a dialect verb, or in mixed English', () => {
    const clip = (ms: number) => [{ op: 'compile_best_moments' as const, target_ms: ms }];
    sure([
      ['捏面人这段给弄个30秒的，挑好的弄', clip(30000)],
      ['这个视频整一个20秒的', clip(20000)],
      ['要二十秒，帮我cut一下best的片段', clip(20000)],
    ]);
    // The whole (整个) before what it is, no clip made.
    notSure(['整个30秒的视频加字幕']);
  });

  describe('咋/怎么 + 把 asked of the editor', () => {
    sure([
      ['怎么把第一段弄到最后？', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['咋把第二段搞到第一个去', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['怎么把音乐关掉？', [{ op: 'remove_music' }]],
    ]);
    // How a thing is done, named alone, and what was done asked about, stay questions; so does "how do I…?".
    notSure(['怎么加字幕？', '咋把字幕弄没了？', '怎么又把第二段挪走了？', 'how do I move clip 3 to position 2?']);
  });

  describe('a complaint said as "why so", then the part not wanted; a switch-off said again', () => {
    sure([
      ['背景音乐怎么这么土，不要了', [{ op: 'remove_music' }]],
      ['音乐为啥这么难听，删了吧', [{ op: 'remove_music' }]],
      ['背景音乐删了，关掉吧', [{ op: 'remove_music' }]],
      ['remove the music, switch it off', [{ op: 'remove_music' }]],
    ]);
    // The complaint alone asks nothing; a switch-off said after another part taken away is not guessed at.
    notSure(['音乐怎么这么土', '配乐怎么这么土', '字幕删掉，关了吧', '关了吧']);
  });

  describe('the footage all kept', () => {
    sure([
      ['所有视频都留着，别剪', [{ op: 'keep_everything' }]],
      ['素材全都留下', [{ op: 'keep_everything' }]],
    ]);
    // A part of the draft kept is no keeping of everything.
    notSure(['音乐都留着', '第二段留着']);
  });

  describe('asides beside a request', () => {
    sure([
      ['把第二段挪到最前面，开场的航拍放开头比较好', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['画面改成4:5，用于视频号和小红书的信息流', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['在第10秒放大画面，保持3秒，看清楚师傅的手法', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 3000 }]],
      ['加个 aurora 背景，四周留点白边的那种', [{ op: 'set_background', background: 'aurora' }]],
      ['刚刚弄得好好的怎么乱了，撤销', [{ op: 'undo' }]],
      ['一分钟前还好好的，撤销', [{ op: 'undo' }]],
      ['it was fine a minute ago, undo', [{ op: 'undo' }]],
      ['竖屏，boleh?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['老乡们敲锣打鼓的声音大点，原声调到百分之一百二', [{ op: 'set_source_volume', volume: 1.2 }]],
    ]);
    // Alone, or beside a request they are no reason for, they stay unread.
    notSure([
      '突出树上的猴群', 'boleh?', '放开头更好',
      '加个标题「hi」，突出树上的猴群', '加个标题「hi」，放开头更好', '第三段挪到最前面，放最后更好',
      // More of the zoom asked is no purpose of it.
      '在第20秒放大，突出一点',
    ]);
    nothing(['刚才弄得好好的咋乱了']);
  });

  describe('review: "why so" is a complaint only of a thing that can be taken away; 乱 is the history only so said', () => {
    // The export asked about, no request; a reason beside a removal, said of the text (no step back).
    nothing(['导出怎么这么久', '为什么导出这么慢', '渲染咋这么慢']);
    sure([['标题删了，字多了乱', [{ op: 'remove_text' }]]]);
  });
});
