import { nothing, table } from './phrasingTable';

/**
 * Wrong readings the session-16 grammar helpers saw outside their sets' lines: each case asserts the exact operations
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: leftovers of round 17 → exact operations or nothing', () => {
  describe('the music cancelled (取消) is removed, after another request too; its fade or ducking cancelled is not; refused, nothing', () => {
    table([
      ['取消音乐', [{ op: 'remove_music' }]],
      ['取消背景音乐吧', [{ op: 'remove_music' }]],
      ['音乐取消', [{ op: 'remove_music' }]],
      ['第二段删掉，取消音乐', [{ op: 'remove_moment', index: 2 }, { op: 'remove_music' }]],
      ['取消音乐闪避', [{ op: 'set_ducking', duck: false }]],
      ['关掉音乐的淡出', [{ op: 'fade', target: 'music', out_ms: 0 }]],
    ]);
    nothing(['不要关掉音乐', '别取消音乐', '不要取消音乐']);
  });

  describe('one speed for two moments joined by and / 和 / 、: each of them', () => {
    table([
      ['speed up clips 2 and 3', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['slow down clips 1 and 3', [{ op: 'set_speed', factor: 0.75, index: 1 }, { op: 'set_speed', factor: 0.75, index: 3 }]],
      ['speed up clips 2 and 3 to 2x', [{ op: 'set_speed', factor: 2, index: 2 }, { op: 'set_speed', factor: 2, index: 3 }]],
      ['第二段和第三段加速', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['第一、三段放慢', [{ op: 'set_speed', factor: 0.75, index: 1 }, { op: 'set_speed', factor: 0.75, index: 3 }]],
      // Not two moments: "最后头" is the last one, and past a comma the other moment is refused.
      ['最后头那段慢点放', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['speed up clip 2, not clip 3', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
  });

  describe('"the following" names what comes after it, no fill that follows the action', () => {
    table([
      ['the client is picky, kindly do the following: 50 seconds, square, export mp4',
        [{ op: 'set_aspect', aspect: '1:1' }, { op: 'compile_best_moments', target_ms: 50000 }, { op: 'export', format: 'mp4' }]],
      ['square, following the cursor', [{ op: 'set_aspect', aspect: '1:1', fill: 'follow' }]],
    ]);
  });

  describe('a length said again with the zoom just asked, closed by a tilde, a cheer or an aside in brackets, is its hold (no second zoom)', () => {
    table([
      ['在第8秒给齿轮一个特写，放大3秒～', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['在第8秒给齿轮一个特写，放大3秒！', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['在第8秒给齿轮一个特写，放大3秒（给客户看的）', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['加个淡入，2秒!', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      // Inside a message too, where no aside is taken off the whole of it.
      ['在第2秒给手机一个特写，放大2秒～，导出mp4', [{ op: 'zoom_at', start_ms: 2000, duration_ms: 2000 }, { op: 'export', format: 'mp4' }]],
      ['在第8秒给齿轮一个特写，放大3秒（给客户看的），导出', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }, { op: 'export', format: 'mp4' }]],
    ]);
  });
});
