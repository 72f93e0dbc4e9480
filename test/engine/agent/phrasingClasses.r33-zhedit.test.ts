import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 33, Chinese edits other than words and music: English verbs inside a Chinese clause (export, set, move, less),
 * dialect refusals beside a speed-up (母湯, 莫消), Cantonese noise (嘈), 暫 written traditional, a sound made louder by a
 * multiple (a volume, not a speed), 搞 between the zoom and how much, a fade between the pieces (a crossfade), a label
 * before the length, the sides cut off said as done, the place the file is put up on, and Wuhan chatter (搞么事). Own
 * wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must stay unread or
 * change nothing.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });

describe('edit agent: round 33, Chinese edits (export, resolution, shape, zoom, idle, volumes, moments, history)', () => {
  describe('English "export" in a Chinese clause reads as 导出: put off, or a format not made', () => {
    sure([
      ['分辨率先设成1080p，今天还不 export', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['9:16，720p 先设好，先别 export', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_resolution', resolution: '720p' }]],
      ['加音乐然后 export', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
      ['先 export 一个 gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['export 成 svg', '可以 export 成 webp 吗', '导出成 Lottie 动画', 'export 成 apng']);
  });

  describe('"set 做", "set 成" a figure is 调到 it; "set 好" is put in place', () => {
    sure([
      ['原声 set 做 50%', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['原声太大声，set 成 0.4', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['4:5 先 set 好', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['1080p 先 set 好，唔使导出住', [{ op: 'set_resolution', resolution: '1080p' }]],
    ]);
    notSure(['set 做 0.3', 'set 好']);
  });

  describe('Cantonese 嘈 after how much is noisy (吵)', () => {
    sure([
      ['原声好嘈，调到 0.2', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['人声太嘈 set 做 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['原声咁嘈，调低到 0.5', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
  });

  describe('暫 (traditional 暂): a request put off', () => {
    sure([
      ['解析度設成 1080p，暫時不要匯出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['豎屏，暫時唔使導出', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['分辨率 720p，暫且別導出', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
    nothing(['暫時唔使匯出', '暫時不要導出']);
  });

  describe('母湯, 莫消 (must not, need not) refuse the cut beside a speed-up', () => {
    sure([
      ['畫面靜止的地方 母湯剪掉 快轉過去就好', [{ op: 'speed_up_idle', factor: 4 }]],
      ['画面不动的地方加速 6倍 莫消剪', [{ op: 'speed_up_idle', factor: 6 }]],
      ['没声音的地方快进 莫消删掉', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    // Said alone, the refused cut is what it is: keep everything.
    sure([['母湯剪掉', [{ op: 'keep_everything' }]]]);
  });

  describe('the recording\'s sound made louder or softer by a multiple is its volume, not a speed', () => {
    sure([
      ['原声大一点 1.5 倍', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['人声再响点 2倍', [{ op: 'set_source_volume', volume: 2 }]],
      ['原声小一点 0.6倍', [{ op: 'set_source_volume', volume: 0.6 }]],
    ]);
  });

  describe('搞, 弄, 整 between the zoom and how much; English "less", "more" before 一点', () => {
    sure([
      ['放大弄少点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 整多点', [{ op: 'set_zoom', mode: 'more' }]],
      ['缩放搞得少一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 有点猛，less 一点', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
  });

  describe('English "move" before a Chinese moment and where it goes', () => {
    sure([
      ['move 第一段到最后', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['move 第2段到第三个位置', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['move 第三段到第一个位置', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
  });

  describe('a fade of some seconds added between the pieces is a crossfade, not the clip\'s length', () => {
    sure([
      ['每段之间加 2 秒淡化', [{ op: 'crossfade', ms: 2000 }]],
      ['片段中间加个半秒的淡化', [{ op: 'crossfade', ms: 500 }]],
      ['每段之間加兩秒淡化', [{ op: 'crossfade', ms: 2000 }]],
    ]);
  });

  describe('a label before the length names the list: no export of its own', () => {
    sure([
      ['最终版：45 秒，竖屏', [clip(45), { op: 'set_aspect', aspect: '9:16' }]],
      ['最终成品：一分钟，16:9', [clip(60), { op: 'set_aspect', aspect: '16:9' }]],
      ['最后版本：30秒，导出 gif', [clip(30), { op: 'export', format: 'gif' }]],
    ]);
  });

  describe('the sides cut off "just like that" (直接裁了), and the blur refused beside it', () => {
    sure([
      ['上下直接裁了，别搞模糊的', [{ op: 'set_fill', fill: 'crop' }]],
      ['两侧直接裁了吧', [{ op: 'set_fill', fill: 'crop' }]],
      ['左右多出来的直接裁了，不要弄成模糊的', [{ op: 'set_fill', fill: 'crop' }]],
    ]);
    notSure(['两侧裁了', '上下裁了']);
  });

  describe('where the file is put up (a document, a page, a group to show off in) beside its export', () => {
    sure([
      ['导出个gif，放进文档里', [{ op: 'export', format: 'gif' }]],
      ['导一个 mp4，贴到博客上', [{ op: 'export', format: 'mp4' }]],
      ['导出 gif，发朋友圈秀一下', [{ op: 'export', format: 'gif' }]],
    ]);
    notSure(['导出mp4，放到片尾页', '放到第二段里']);
  });

  describe('Wuhan 搞么事, 搞么斯搞 (what on earth) before a request is a cry', () => {
    sure([
      ['搞么事 撤销', [{ op: 'undo' }]],
      ['搞么斯搞 重做一下', [{ op: 'redo' }]],
      ['搞么事 这个不行 撤回', [{ op: 'undo' }]],
    ]);
  });
});
