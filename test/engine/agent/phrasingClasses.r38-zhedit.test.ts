import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 38, Chinese cuts, trims, fades, history and exports: a stretch named by the two cuts around it and then "the
 * middle" (在A和B各切一刀 中间删掉, A切一下 B再切一下 中间不要, "split at A and B, remove the bit in between") is that
 * stretch; the start of the clip pointed at (前面那10秒, 开头的这8秒) is the same span; Cantonese 得返, 剩返 before how
 * much is what is left (剪到得返5秒), and 喇 closing a clause is 啦; a step said for later after a comma (明天早上再导出, 明天 morning 再 export)
 * or refused after a "but" (但先别导出) leaves the request before it alone; Sichuan 莫要 before a part that can go is
 * 不要; a step pointed at before 再 (撤销的那步再重做) is what the verb after it is done to; 静因, 禁音, 净音 are 静音
 * typed by sound; the end said, then eased (结尾…慢慢收, 片尾慢慢黑下去) is a fade out; a length said as the user's habit
 * (平时习惯用两秒, 剪映里我一般用1.5秒) is the length of the request before it; a moment compared with (跟第一段重复) is
 * no object of the bare verb after it; an idle kind described, then pointed back at (…，这种都删掉) is its places;
 * a file counted with 条 after 再 is one more file. Own wordings (not the bench's lines), against a draft of 3 moments
 * and 1 text.
 */

const cut = (from: number, to: number) => ({ op: 'cut_range' as const, start_ms: from * 1000, end_ms: to * 1000 });
const fadeOut = { op: 'fade' as const, target: 'clip' as const, out_ms: 1000 };

describe('edit agent: round 38, Chinese cuts, trims, fades, history and exports', () => {
  describe('a stretch named by the two cuts around it, then the middle, is that stretch', () => {
    sure([
      ['在1:00和1:30各切一刀，中间删掉', [cut(60, 90)]],
      ['0:45切一下 0:52再切一下 中间那段不要', [cut(45, 52)]],
      ['把0:10和0:15中间那截剪掉', [cut(10, 15)]],
      ['2:00和2:20之间的部分删了', [cut(120, 140)]],
      ['在40秒和50秒各剪一刀 中间的去掉', [cut(40, 50)]],
      ['split at 1:05 and 1:12, then remove the bit in between', [cut(65, 72)]],
      ['cut at 0:30 and 0:40 and delete the middle', [cut(30, 40)]],
    ]);
    // The cuts alone say nothing of what goes; two times with no middle named are no stretch.
    notSure(['在1:00和1:30各切一刀', '在0:20和0:26加字幕', '1:00和1:30中间的标题不要动']);
  });

  describe('the start of the clip pointed at is the same span', () => {
    sure([
      ['前面那10秒剪掉', [cut(0, 10)]],
      ['开头那5秒不要', [cut(0, 5)]],
      ['开头的这8秒删了', [cut(0, 8)]],
      ['最前面那个3秒去掉', [cut(0, 3)]],
    ]);
    nothing(['前面那10秒很精彩']);
  });

  describe('Cantonese: 得返, 剩返 before how much is what is left; 喇 closing a clause is 啦', () => {
    sure([
      ['第三段剪到得返5秒', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['第一段太长喇，剪到剩返6秒', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
      ['好喇，导出', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['第一段剩返几多秒？', '喇叭声太大']);
  });

  describe('a step said for later, or refused after a "but", leaves the request before it alone', () => {
    sure([
      ['分辨率调成4k，明天早上再导出', [{ op: 'set_resolution', resolution: '4k' }]],
      ['画面改成竖屏 但先别导出', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['分辨率1080p 但是先不要导出', [{ op: 'set_resolution', resolution: '1080p' }]],
    ]);
    // Spaced after a Latin word, the step for later is not parted from the request (left unread, not exported).
    notSure(['分辨率设1080p 明天再导出', '分辨率设 720p 下次再 export']);
    // Asked now, the export stands.
    sure([
      ['分辨率设720p 导出', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['分辨率设720p 然后导出', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe('Sichuan 莫要 before a part that can go is 不要', () => {
    sure([
      ['莫要背景音乐了', [{ op: 'remove_music' }]],
      ['莫要片头', [{ op: 'remove_card', card: 'intro' }]],
      ['莫要那个背景', [{ op: 'remove_background' }]],
    ]);
    // 约莫 is "about": no "no".
    sure([['约莫要十秒', [{ op: 'compile_best_moments', target_ms: 10000 }]]]);
  });

  describe('a step pointed at before 再 is what the verb after it is done to', () => {
    sure([
      ['撤销的那步再重做', [{ op: 'redo' }]],
      ['刚才撤回的那一步再恢复回来', [{ op: 'redo' }]],
    ]);
    // Two steps asked in turn stay two.
    sure([['撤销一下再重做', [{ op: 'undo' }, { op: 'redo' }]]]);
  });

  describe('静因, 禁音, 净音 are 静音 typed by sound', () => {
    sure([
      ['原声静因', [{ op: 'set_source_volume', volume: 0 }]],
      ['视频禁音', [{ op: 'set_source_volume', volume: 0 }]],
      ['把原声净音一下', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
  });

  describe('the end said, then eased, is a fade out', () => {
    sure([
      ['结尾太硬了 慢慢收一下', [fadeOut]],
      ['片尾慢慢黑下去', [fadeOut]],
      ['音乐结尾渐渐收掉', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
    ]);
    // Eased with no end said, or the start, is not guessed at.
    notSure(['慢慢收', '开头慢慢收一下']);
  });

  describe("a length said as the user's habit is the length of the request before it", () => {
    sure([
      ['头尾都淡入淡出，我平时习惯用两秒', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['结尾淡出，剪映里我一般用1.5秒', [{ op: 'fade', target: 'clip', out_ms: 1500 }]],
      ['开头淡入，平时都给半秒', [{ op: 'fade', target: 'clip', in_ms: 500 }]],
    ]);
  });

  describe('a moment compared with is no object of the bare verb after it', () => {
    sure([
      ['第二段跟第三段重复了，删掉', [{ op: 'remove_moment', index: 2 }]],
      ['第三段 和第一段差不多 不要了', [{ op: 'remove_moment', index: 3 }]],
      ['第二段跟第一段一样 直接删了吧', [{ op: 'remove_moment', index: 2 }]],
    ]);
    notSure(['第二段跟第一段重复了']);
  });

  describe('an idle kind described, then pointed back at, is its places', () => {
    table([
      ['安静的画面也不动，这种都删掉', [{ op: 'remove_dead_air' }]],
      ['画面不动，这种全部删掉', [{ op: 'remove_dead_air' }]],
    ]);
  });

  describe('a file counted with 条 after 再 is one more file', () => {
    sure([
      ['出 1080p mp4，再出一条 720 的', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['导出 4k，再导一条 1080p 的', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
  });
});
