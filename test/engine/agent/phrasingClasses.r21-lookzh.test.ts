import { table, nothing } from './phrasingTable';

/**
 * Round 21's Chinese frame and file requests (zoom, export, history): each a class, read in new wordings of it (against
 * a draft of 3 moments and 1 text), and the look-alikes that must change nothing or read otherwise.
 */

describe('edit agent: round 21, the frame and the file in Chinese → exact operations or nothing', () => {
  describe('a zoom at a point said apart from it (in brackets, as t=, in minutes, after the moment it shows) is there', () => {
    table([
      ['登录框那里（0:08）放大，4秒', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 4000 }]],
      ['报错弹窗（1:05）放大一下', [{ op: 'zoom_at', start_ms: 65_000, duration_ms: 3000 }]],
      ['在2分钟的位置放大，停5秒', [{ op: 'zoom_at', start_ms: 120_000, duration_ms: 5000 }]],
      ['1分钟处放大一下', [{ op: 'zoom_at', start_ms: 60_000, duration_ms: 3000 }]],
      ['瓶子落地那一下在第9秒，放大', [{ op: 'zoom_at', start_ms: 9000, duration_ms: 3000 }]],
      ['放大一下，t=0:40', [{ op: 'zoom_at', start_ms: 40_000, duration_ms: 3000 }]],
      ['zoom in on the form, t=0:15, hold 2s', [{ op: 'zoom_at', start_ms: 15_000, duration_ms: 2000 }]],
      ['keyframe 在 0:20 放大，停2秒', [{ op: 'zoom_at', start_ms: 20_000, duration_ms: 2000 }]],
      // A length within minutes is no point; a list numbered after a colon still splits.
      ['控制在1分钟以内', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['要求：1）自动放大；2）导出gif', [{ op: 'set_zoom', mode: 'auto' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['瓶子落地那一下在第9秒', '第18秒那一下很好看', 'add keyframes to the zoom', 'keyframe the zoom on shot 2']);
  });

  describe('what is to be seen (看清焊点, 看整幅, 终端字太小, 镜头跟着动作走) beside the zoom that shows it is why', () => {
    table([
      ['放大一点，看清按钮上的小字', [{ op: 'set_zoom', mode: 'more' }]],
      ['把0:20那里放大，看不清进度条', [{ op: 'zoom_at', start_ms: 20_000, duration_ms: 3000 }]],
      ['网页字太小，1:10 放大，停4秒', [{ op: 'zoom_at', start_ms: 70_000, duration_ms: 4000 }]],
      ['自动放大开着，好看清操作', [{ op: 'set_zoom', mode: 'auto' }]],
      ['分辨率调到1080p，画质要清晰一点', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['自动放大关掉，我想看全景', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大取消，看整个画面', [{ op: 'set_zoom', mode: 'off' }]],
      ['打开自动缩放，画面跟着鼠标走', [{ op: 'set_zoom', mode: 'auto' }]],
      ['开启自动放大，哪儿有点击就放大哪儿', [{ op: 'set_zoom', mode: 'auto' }]],
      // All of the zooms switched off is no zoom switched on.
      ['关掉所有放大', [{ op: 'set_zoom', mode: 'off' }]],
      ['不要全部的放大效果', [{ op: 'set_zoom', mode: 'off' }]],
      // The tracks asked to be seen are a request.
      ['我要看全部轨道', [{ op: 'show_tracks' }]],
    ]);
    nothing(['看清楚', '看不清', '字幕字太小', '看整个画面']);
  });

  describe('the work said done (做好了, 收工, 搞掂) around the request that finishes it asks nothing more', () => {
    table([
      ['弄好了，导出mp4', [{ op: 'export', format: 'mp4' }]],
      ['都剪好了，导出吧', [{ op: 'export', format: 'mp4' }]],
      ['导出1080p，搞掂', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['完事了，导出gif', [{ op: 'export', format: 'gif' }]],
      ['开头淡入，收工', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
    nothing(['字幕做好了吗', '收工了吗', '搞定了']);
  });

  describe('a file asked by its format then 输出, or one more file of a format (gif也要一个), is exported so', () => {
    table([
      ['用webm格式输出', [{ op: 'export', format: 'webm' }]],
      ['mov格式来输出', [{ op: 'export', format: 'mov' }]],
      ['output 一个 gif', [{ op: 'export', format: 'gif' }]],
      ['导出mp4，webm也来一个', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'webm' }]],
      ['导出gif，mp4也要一份', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mp4' }]],
      ['导出，gif也要', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['mov格式', 'output 一个想法']);
  });

  describe('an export put off until something is done (待复核后再导出) is none; the setting beside it is', () => {
    table([
      ['分辨率4K，待确认后再导出', [{ op: 'set_resolution', resolution: '4k' }]],
      ['分辨率1080p，等老板看完再导出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['分辨率1080p，待审核通过后再输出', [{ op: 'set_resolution', resolution: '1080p' }]],
    ]);
    nothing(['待复核后再导出', '等我检查完再导出']);
  });

  describe('Cantonese steps back (头先…撤返, 退返去) are undone', () => {
    table([
      ['头先嗰一步撤返', [{ op: 'undo' }]],
      ['退返去', [{ op: 'undo' }]],
      ['头先嗰个字幕删咗佢', [{ op: 'remove_text' }]],
    ]);
    nothing(['返工']);
  });
});
