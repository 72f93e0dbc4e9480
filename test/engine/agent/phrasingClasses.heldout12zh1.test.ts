import * as assert from 'node:assert/strict';
import { understood, table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 12 (Chinese, first part) missed or misread: each case asserts the exact operations
 * (against a draft of 3 moments and 1 text), and the wordings that must change nothing.
 */

describe('edit agent: phrasing classes of held-out 12 (Chinese, part 1)', () => {
  describe('a point or stretch said as what happens there, then a zoom "there" or held for a length: a zoom at that point', () => {
    table([
      ['老板进场在第8秒，那里放大', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['第40秒那个进球，放大3秒', [{ op: 'zoom_at', start_ms: 40000, duration_ms: 3000 }]],
      ['关键一步在1:05，放大显示2秒', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 2000 }]],
      ['第5秒到9秒是填表，这段放大一下', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 4000 }]],
      ['the error pops up at 0:14, zoom in for 3 seconds', [{ op: 'zoom_at', start_ms: 14000, duration_ms: 3000 }]],
    ]);
    // The Nth second is a point, no clip of that length.
    nothing(['第22秒老板进来了', '第15秒那个好球']);
    it('a bare zoom after it may be about something else: the point is not guessed', () => {
      assert.deepEqual(understood('第22秒老板进来了，放大'), { ops: [{ op: 'set_zoom', mode: 'auto' }], unknown: ['第22秒老板进来了'] });
    });
  });

  describe('idle stretches said by what does not happen there (没人动, 画面没动, 思考的时候, 空档), sped up or cut', () => {
    table([
      ['画面没动的地方加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['鼠标没动的时候快进8倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['思考的时候屏幕没动，快放6倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ['犹豫的时候画面都没动，那些地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没谁在动的时候快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['那几秒空档剪掉', [{ op: 'remove_dead_air' }]],
      ['开场前的空档都切了', [{ op: 'remove_dead_air' }]],
      ['没人说话的地方，切掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['第二段我没动过', '我还没动手', '背景没人动过吧？', '画面没动，是不是卡了？']);
  });

  describe('a picture the user uploaded, described (我刚传的那张X图), or named in the clause after the backdrop, is the backdrop', () => {
    table([
      ['背景用俺传的海边照片', [{ op: 'set_background', background: 'image' }]],
      ['背景换成我昨天发的那张全家福照片', [{ op: 'set_background', background: 'image' }]],
      ['加个背景，用那张 sea.jpg 吧', [{ op: 'set_background', background: 'sea.jpg' }]],
      ['add a background, use brand.png', [{ op: 'set_background', background: 'brand.png' }]],
    ]);
    nothing(['这张图好看吗']);
    it('a picture named after a backdrop of a kind said, or not to use, is not taken for it', () => {
      assert.deepEqual(understood('加个蓝色背景，用 a.png'), { ops: [{ op: 'set_background', background: 'ocean' }], unknown: ['用 a.png'] });
      assert.deepEqual(understood('加个背景，logo.png 放右上角'), { ops: [{ op: 'set_background', background: 'aurora' }], unknown: ['logo.png 放右上角'] });
    });
  });

  describe('a length said alone after a card, fade or transition, kept (留), each end\'s (各) or changed to (改成), is theirs', () => {
    table([
      ['加个片尾“谢谢观看”，留4秒', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 4000 }]],
      ['淡入淡出，各2秒', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['转场，改成0.3秒', [{ op: 'crossfade', ms: 300 }]],
      ['剪个精彩集锦，改成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('words written or put at an end of the clip, set apart by spaces (结尾放 X 三秒), with how long they show', () => {
    table([
      ['结尾放 Thank you 2秒', [{ op: 'add_text', text: 'Thank you', style: 'title', duration_ms: 2000, anchor: 'end' }]],
      ['结尾打 关注我们', [{ op: 'add_text', text: '关注我们', style: 'title', anchor: 'end' }]],
      ['开头写 欢迎光临 放前四秒', [{ op: 'add_text', text: '欢迎光临', style: 'title', anchor: 'start', duration_ms: 4000 }]],
      ['加个标题 倒计时 3秒', [{ op: 'add_text', text: '倒计时', style: 'title', duration_ms: 3000 }]],
    ]);
    // A part of the draft put at an end is no words to show (nor guessed as a move).
    nothing(['结尾放 第二段', '最后放 音乐', '结尾放 背景音乐']);
  });

  describe('a moment named by its place in other words (首段, 末段, 尾段) and moved to the end said as 末尾, 移至; 不要咧, 两边儿', () => {
    table([
      ['末段删掉', [{ op: 'remove_moment', index: 3 }]],
      ['尾段放慢', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['首个片段挪到最后', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['末段移至开头', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['尾段太长，缩短2秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['0:10到0:15那块儿不要咧', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
    ]);
    nothing(['一首歌']);
  });

  describe('the middle moment named with what it shows, then asked in the clause after; a moment put before or after another', () => {
    table([
      ['中间那段讲做饭的，挪到开头', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['中间那段是吃饭的，两倍速', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['第一段搬在第三段后面', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    // A moment named only by what it shows is not guessed at.
    nothing(['讲做饭的那段，挪到开头', '中间那段是广告吗？']);
  });

  describe('a resolution said as a bare figure made into (做成1080的), and the empty sides named before their fill', () => {
    table([
      ['全部导成720的', [{ op: 'set_resolution', resolution: '720p' }]],
      ['两侧空白的地方，用模糊填', [{ op: 'set_fill', fill: 'blur' }]],
      ['两侧黑的地方弄成模糊', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['两边空着的地方太丑了', '剪成1080x1920的看看？']);
  });

  describe('what to do before the video is finished (导出前…, 导出之前，…), said first, is done first, then the export', () => {
    table([
      ['导出前先把音乐去掉', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
      ['导出之前，把第二段删掉', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
      ['渲染前，把标题删了', [{ op: 'remove_text' }, { op: 'export', format: 'mp4' }]],
      ['请导出前先把音乐去掉', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['上传前检查一下']);
  });

  describe('a moment named by what it shows, then the removal said apart, then its place (…，删掉，就是最后一段): that moment', () => {
    table([
      ['后面收拾器材那段太拖了，删掉，就是最后一段', [{ op: 'remove_moment', index: 3 }]],
    ]);
    // Its place not said, the moment is not guessed.
    nothing(['讲价格的那段 删掉', '前面排队那段全是干等 删掉']);
  });
});
