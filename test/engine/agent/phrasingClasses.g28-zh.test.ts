import * as assert from 'node:assert/strict';
import { table, nothing, understood } from './phrasingTable';

/**
 * Round 28's Chinese classes (found from the opened sets' misses, no bench lines): each read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing or stay unread.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Said beside a request, the clause must stay unread: it may be a request itself. */
const unread = (phrases: [string, string][]) => it(`leaves unread: ${phrases.map(([phrase]) => phrase).join(' | ')}`, () => {
  for (const [phrase, clause] of phrases) assert.deepEqual(understood(phrase).unknown, [clause], phrase);
});

describe('edit agent: round 28 Chinese classes → exact operations or nothing', () => {
  describe('a precept of the craft (宜, 忌, 讲究, 贵在) naming no edit is why the request beside it is asked', () => {
    table([
      ['片子贵在简洁，第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['做片子忌拖沓，剪成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['收尾宜缓，结尾淡出两秒', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['构图讲究对称，换成一比一的', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['教学视频切忌花哨，自动放大关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['vlog最忌啰嗦，导出mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    // A rule that is a shape, a length or a pace the editor sets may be the request: never taken as only why.
    unread([['片子宜短，加个音乐', '片子宜短'], ['画面宜竖，加个音乐', '画面宜竖']]);
    nothing(['成片宜静', '便宜点', '片子宜短']);
  });

  describe('an image of how the request is to look (像…那样, 一样, 似的, 一般) is no part of the draft, whatever its words', () => {
    table([
      ['开头淡入，像天慢慢亮起来似的', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['开头淡入，像太阳慢慢升起来一般', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['结尾淡出，就像灯一点点暗下去似的', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['段跟段之间叠化，像翻书一样', [{ op: 'crossfade', ms: 500 }]],
      ['结尾淡出，像合上最后一页书那样', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    // Likened to a moment or to this / that, it may ask something of its own.
    unread([['第三段放大，像第一段一样', '像第一段一样'], ['第二段删掉，像这样一样', '像这样一样']]);
    nothing(['像第二段那样', '像翻书一样']);
  });

  describe('the video named as a lesson (教程, 讲解, 网课, 录播) says what it is of, an edit word in it too', () => {
    table([
      ['换屏教程，剪个3分钟的', [{ op: 'compile_best_moments', target_ms: 180000 }]],
      ['Excel 透视表教程，剪成两分钟', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['这节物理课的讲解，加个背景音乐', [MUSIC]],
      ['新员工培训录播，导出mp4', [{ op: 'export', format: 'mp4' }]],
      ['手机换电池教程 剪个一分钟的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['这节网课 screen recording，导出gif', [{ op: 'export', format: 'gif' }]],
    ]);
    // A shape or a platform in it is still asked.
    table([['竖屏教程，加个音乐', [{ op: 'set_aspect', aspect: '9:16' }, MUSIC]]]);
    nothing(['换屏教程', 'Excel 透视表教程']);
  });

  describe('直 for 竖 as Taiwan says it (直式, 直版, 改直的): the frame taller than wide', () => {
    table([
      ['画面改直的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['帮我弄成直的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['要直版的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['换成直屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['影片做成直版，加个音乐', [{ op: 'set_aspect', aspect: '9:16' }, MUSIC]],
      // 直接 is "directly", no shape.
      ['直接导出', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['线是直的', '一直的音乐', '直播回放']);
  });

  describe('"go ahead" as the southwest says it (整起, 搞起走, 开整), said apart before or after the request', () => {
    table([
      ['加个背景音乐，整起', [MUSIC]],
      ['剪成三十秒，搞起', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['导出mp4，开整', [{ op: 'export', format: 'mp4' }]],
      ['搞起走，第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['三十秒的，弄起', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // With no pause after it, the music is asked by it.
      ['音乐整起', [MUSIC]],
    ]);
    nothing(['整起来', '开整吧']);
  });
});
