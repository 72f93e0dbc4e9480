import { table, nothing } from './phrasingTable';

/**
 * Round 23's Chinese misses (the ways of asking behind the lines read as nothing or asked first, no bench lines): each a
 * class, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 23 Chinese misses → exact operations or nothing', () => {
  describe('a moment taken to a place with 去 (搬去最后, 拿去第二, 放第一个去) is moved there', () => {
    table([
      ['第三段挪去最前面', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一个镜头移去第三个', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第二段搬最后去', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['把第三段调去开头', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段拿去第二个吧', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['第二段放最前面去', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    // Taken away to be used or shown, or a question where: no place it goes.
    nothing(['第二段拿去给客户看', '第一段拿去用', '第二段搬去哪里好', '第三段扔去吧']);
  });

  describe('only the uploads named by file or by place, joined (a.mp4 跟 b.mp4 这两个, second file 就好), are used', () => {
    table([
      ['就要 a.mp4 和 b.mp4', [{ op: 'use_sources', files: ['a.mp4', 'b.mp4'] }]],
      ['用 take2.mov 这个就行', [{ op: 'use_sources', files: ['take2.mov'] }]],
      ['只想用 cam-a.mp4、cam-b.mp4 这两个视频', [{ op: 'use_sources', files: ['cam-a.mp4', 'cam-b.mp4'] }]],
      ['用 first video 就好', [{ op: 'use_sources', files: ['1'] }]],
      ['只要 jump.mp4 跟 land.mp4 两个文件', [{ op: 'use_sources', files: ['jump.mp4', 'land.mp4'] }]],
      ['只要我讲课那个视频 lecture-3.mp4', [{ op: 'use_sources', files: ['lecture-3.mp4'] }]],
      ['用 the second file 就行，第一个是错的', [{ op: 'use_sources', files: ['2'] }]],
    ]);
    // A file named for something else, or asked about: no choice of uploads.
    nothing(['用 a.mp4 做片头', 'a.mp4 和 b.mp4 哪个好', '用 a.mp4 和 b.mp4 拼起来']);
  });

  describe('a zoom after a place in the picture named with 那里 and when (手那里在0:14，放大) is a zoom there', () => {
    table([
      ['锅铲那儿在第12秒，放大一下', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['瓶盖这块在0:08，放大', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['招牌那里在0:21，放大看看', [{ op: 'zoom_at', start_ms: 21000, duration_ms: 3000 }]],
      ['针脚那里在第5秒，放大四秒', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 4000 }]],
    ]);
    nothing(['手那里在0:14', '第二段那里在0:14，放大吗？']);
  });

  describe('transitions named 过场 or with フェード between the moments, with a length, are crossfades (no clip that short)', () => {
    table([
      ['过场淡一点 0.3秒', [{ op: 'crossfade', ms: 300 }]],
      ['过场柔和一点，半秒', [{ op: 'crossfade', ms: 500 }]],
      ['过场都做个淡化 0.4秒', [{ op: 'crossfade', ms: 400 }]],
      ['镜头之间フェード 1秒', [{ op: 'crossfade', ms: 1000 }]],
      ['片段間以半秒之疊化銜接', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['走过场就行', '这只是个过场戏', '过场动画删掉']);
  });

  describe('pinyin slips of editing words (第三断, 原生关了, 方大一下, 家个因月) are read as the words meant', () => {
    table([
      ['第二断删掉', [{ op: 'remove_moment', index: 2 }]],
      ['第一断只留三秒', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
      ['原生静音', [{ op: 'set_source_volume', volume: 0 }]],
      ['原生音量调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['第8秒方大一下', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['加个音月', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['家个标题“你好”', [{ op: 'add_text', text: '你好', style: 'title' }]],
    ]);
    nothing(['原生态的画面', '方大同的歌', '断断续续的', '我家的猫', '家里拍的']);
  });
});
