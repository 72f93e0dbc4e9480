import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 36, several exports in one message, in both languages: one more file after 再, whatever verb makes it (再来一个,
 * 再整个, 再倒一个, 再搞一份, 再汇一支: 支 counts a video in Taiwan), named by its size or kind; files listed one after the
 * other under one export verb, each with its own size, more than two too; a size said once of every file listed (都要1080p,
 * 全部4k); 倒出来 typed for 导出来 before a file's size or kind; "then" written in traditional characters (然後) between
 * two requests; a size or kind typed with a space inside it ("720 p", "web m", "mp 4"); a second file said smaller or
 * another by its size ("then a smaller 1080p one"); "could I have it as an MP4" after a compliment (Lovely, Brilliant),
 * with the size left open ("whatever size is normal", "any size"). Own wordings (not the bench's lines), against a draft
 * of 3 moments and 1 text; and look-alikes that must not export (the whole gif judged, water poured out, a question of
 * the sizes, a file the user has already).
 */

const file = (format: 'mp4' | 'mov' | 'webm' | 'gif', resolution?: '720p' | '1080p' | '4k') =>
  (resolution === undefined ? { op: 'export' as const, format } : { op: 'export' as const, format, resolution });

describe('edit agent: round 36, several exports in one message', () => {
  describe('one more file after 再, whatever verb makes it', () => {
    sure([
      ['导出mp4 再来个gif', [file('mp4'), file('gif')]],
      ['出个720p的 再整一个1080p的', [file('mp4', '720p'), file('mp4', '1080p')]],
      ['导出mov 然后再弄一个webm', [file('mov'), file('webm')]],
      ['export 1080p mp4 再搞一个 720p 的', [file('mp4', '1080p'), file('mp4', '720p')]],
      ['导出gif 再汇一支mp4', [file('gif'), file('mp4')]],
      ['导出mov 再搞一份webm', [file('mov'), file('webm')]],
      ['導出mp4 再來一個gif', [file('mp4'), file('gif')]],
      // The same size again is still one more file, of the kind before.
      ['导出mp4 1080p 再来一个 1080p 的', [file('mp4', '1080p'), file('mp4', '1080p')]],
    ]);
    nothing(['整个gif都太糊了', '再整个gif都太糊了']);
  });

  describe('files listed under one export verb, each its own', () => {
    sure([
      ['导出三个 一个mp4 720p 一个mov 1080p 一个gif', [file('mp4', '720p'), file('mov', '1080p'), file('gif')]],
      ['出两个 一个webm 4k 一个mp4 720p', [file('webm', '4k'), file('mp4', '720p')]],
      ['导出一个mp4一个mov一个gif', [file('mp4'), file('mov'), file('gif')]],
      ['export an mp4 and a mov and a gif', [file('mp4'), file('mov'), file('gif')]],
    ]);
  });

  describe('a size said once of every file listed', () => {
    sure([
      ['导出一个mov一个webm 都要720p', [file('mov', '720p'), file('webm', '720p')]],
      ['导出mp4和gif 都要4k', [file('mp4', '4k'), file('gif', '4k')]],
      ['出一个mp4一个mov 全部1080p', [file('mp4', '1080p'), file('mov', '1080p')]],
    ]);
    notSure(['导出mp4和mov 都是1080p吗']);
  });

  describe('倒出来 typed for 导出来, before a size or kind', () => {
    sure([
      ['倒出来 4K的', [file('mp4', '4k')]],
      ['倒出来 mov', [file('mov')]],
      ['行了 倒出来 720p的', [file('mp4', '720p')]],
    ]);
    notSure(['把水倒出来', '倒出来的画面太暗']);
  });

  describe('"then" in traditional characters between two requests', () => {
    sure([
      ['匯出gif 然後把標題刪掉', [file('gif'), { op: 'remove_text' }]],
      ['加音乐 然後導出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, file('mp4')]],
      ['導出1080p 然後看看有哪些軌道', [file('mp4', '1080p'), { op: 'show_tracks' }]],
    ]);
  });

  describe('a size or kind typed with a space inside it, and a second file said smaller', () => {
    sure([
      ['export at 1080 p', [file('mp4', '1080p')]],
      ['render it as a web m in 4k', [file('webm', '4k')]],
      ['export an mp 4 at 720 p', [file('mp4', '720p')]],
      ['export a 4k mov and then a smaller 1080p one', [file('mov', '4k'), file('mov', '1080p')]],
      ['export a 4k mov and then another 1080p one', [file('mov', '4k'), file('mov', '1080p')]],
      ['export 1080p, and a lighter 720p version for email', [file('mp4', '1080p'), file('mp4', '720p')]],
      ['export mp4 1080p, then a 720p webm too', [file('mp4', '1080p'), file('webm', '720p')]],
    ]);
    notSure(['is web m smaller than mp4?', 'the smaller 720p one looks bad']);
  });

  describe('"could I have it as …" after a compliment, the size left open', () => {
    sure([
      ['could we have it in webm? any size', [file('webm')]],
      ['export a gif, whatever size', [file('gif')]],
      ['Brilliant, export it as a mov. The usual resolution.', [file('mov')]],
      ['Wonderful, could I have it as a gif?', [file('gif')]],
    ]);
    notSure(['I have it as an mp4 already', 'whatever size is normal for tiktok?']);
  });
});
