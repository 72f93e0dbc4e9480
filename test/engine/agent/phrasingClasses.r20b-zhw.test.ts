import { table, nothing } from './phrasingTable';

/**
 * Round 20b's Chinese misreadings (found on the held-out 20b set, no bench lines): each a class, read in new wordings of
 * it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;

describe('edit agent: round 20b zh → exact operations or nothing', () => {
  describe('the auto zoom named by its push-in (推近) or its mode (放大模式), then switched off, is off (not more of it)', () => {
    table([
      ['自动推近关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['把拉近取消', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大模式关了', [{ op: 'set_zoom', mode: 'off' }]],
      ['缩放模式全部关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['turn the zoom mode off', [{ op: 'set_zoom', mode: 'off' }]],
      // More of the push-in, or one at a point, is still asked.
      ['再推近一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['20秒那里推近', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 3000 }]],
    ]);
    nothing(['推近取消了吗？', '放大模式是什么']);
  });

  describe('an undo opened by 先, 请 or 麻烦 (先undo一下) is the undo', () => {
    table([
      ['先undo一下', [{ op: 'undo' }]],
      ['请undo', [{ op: 'undo' }]],
      ['麻烦 undo 一下', [{ op: 'undo' }]],
      ['先 undo 再导出', [{ op: 'undo' }, { op: 'export', format: 'mp4' }]],
      ['first undo that', [{ op: 'undo' }]],
    ]);
    nothing(['undo的快捷键是什么']);
  });

  describe('a step back or forth typed again with a space (撤销 撤销) is taken once for each time said', () => {
    table([
      ['撤销 撤销', [{ op: 'undo' }, { op: 'undo' }]],
      ['撤回 撤回 撤回', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['重做 重做', [{ op: 'redo' }, { op: 'redo' }]],
      ['undo undo', [{ op: 'undo' }, { op: 'undo' }]],
      ['redo redo', [{ op: 'redo' }, { op: 'redo' }]],
      // A step, then another request, is one step.
      ['撤销 导出', [{ op: 'undo' }, { op: 'export', format: 'mp4' }]],
      ['撤销两次', [{ op: 'undo' }, { op: 'undo' }]],
      // A reason for the step, then the step, is one step.
      ['撤销多了 刚才撤回的再恢复', [{ op: 'redo' }]],
    ]);
  });

  describe('typed with a space for the comma, 但是 ("but") and 还有 ("and also") open a clause of their own', () => {
    table([
      ['加音乐 但是别太大声', [MUSIC, QUIETER]],
      ['加个标题“早安” 但是放在顶部', [{ op: 'add_text', text: '早安', style: 'title', position: 'top' }]],
      ['导出4K 还有加个片尾“再见”', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'add_card', card: 'outro', text: '再见', duration_ms: 2000 }]],
      ['加音乐 还有原声调到七成', [MUSIC, { op: 'set_source_volume', volume: 0.7 }]],
    ]);
    // 还有点 is "still a bit", no "and also".
    nothing(['第二段还有点长', '第一段 还有点长']);
  });

  describe('the same end of the same fade named again with its length (淡出长一点，淡出三秒) is that fade, as long as said', () => {
    table([
      ['淡入慢一点，淡入两秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['结尾淡出，淡出四秒', [{ op: 'fade', target: 'clip', out_ms: 4000 }]],
      ['fade out slower, fade out 3 seconds', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      // The other end, or another part, is its own.
      ['淡入两秒，淡出三秒', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }]],
      ['音乐淡出，画面淡出三秒', [{ op: 'fade', target: 'music', out_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 3000 }]],
    ]);
  });

  describe('a hold said with 定, 定住 or 定格 after a zoom or a card is how long it stays (no clip length)', () => {
    table([
      ['第10秒放大，定四秒', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 4000 }]],
      ['第10秒放大，定住两秒', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 2000 }]],
      ['加个片尾“再见”，定格三秒', [{ op: 'add_card', card: 'outro', text: '再见', duration_ms: 3000 }]],
    ]);
    nothing(['定个调']);
  });

  describe('a close-up named (铁锅那个特写), then where it is, is one zoom there', () => {
    table([
      ['铁锅那个特写，第12秒放大', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['刀工那个特写，第8秒放大，停两秒', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 2000 }]],
      ['the close-up of the knife, zoom at 0:12', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['那个特写不错，导出', [{ op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('music added at a level said, then a caution (别盖过人声, 不要压过我说话), is at that level (no quieter step)', () => {
    table([
      ['加音乐，百分之三十，别盖过人声', [{ ...MUSIC, volume: 0.3 }]],
      ['配乐来一首，音量15%，别压过我说话', [{ ...MUSIC, volume: 0.15 }]],
      ["add music at 20%, don't drown out my voice", [{ ...MUSIC, volume: 0.2 }]],
      // With no level said, quieter still (再), or quieter asked outright, the quieter step is asked.
      ['加音乐，别盖过人声', [MUSIC, QUIETER]],
      ['加音乐，百分之三十，然后调小一点', [{ ...MUSIC, volume: 0.3 }, QUIETER]],
      ['add music at 25%, then turn it down a little', [{ ...MUSIC, volume: 0.25 }, QUIETER]],
      ['加音乐，百分之三十，再小一点', [{ ...MUSIC, volume: 0.3 }, QUIETER]],
    ]);
  });

  describe('two files listed, then each wanted (mov同埋gif各一个, mp4和gif都要), are both exported', () => {
    table([
      ['导出吧，mp4和gif都要', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['出片，要webm同埋mp4各一个', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4' }]],
      ['导出mov和gif各一份', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['片头和片尾都要', '第一段和第三段都要']);
  });

  describe('two requests on moments named by their place, typed with a space between (第三段砍一秒 第一段砍两秒), are both asked', () => {
    table([
      ['第二段剪掉一秒 第三段剪掉两秒', [{ op: 'trim_moment', index: 2, by_ms: 1000 }, { op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['第一段删掉 第三段慢放', [{ op: 'remove_moment', index: 1 }, { op: 'set_speed', factor: 0.5, index: 3 }]],
      // One request with a space in it is one.
      ['把第三段 删掉', [{ op: 'remove_moment', index: 3 }]],
    ]);
  });

  describe('么事 and 么斯 (Wuhan for 什么) ask a question, which edits nothing', () => {
    nothing(['么事叫叠化？', '么事是ducking', '叠化是么事', '么事叫ducking？搞么斯用的']);
    table([['没么事，导出吧', [{ op: 'export', format: 'mp4' }]]]);
  });
});
