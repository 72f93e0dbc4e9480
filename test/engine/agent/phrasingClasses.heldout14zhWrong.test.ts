import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 14 Chinese set the grammar misread as edits not asked (or read unsure): each
 * case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const music = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const mp4 = { op: 'export', format: 'mp4' } as const;

describe('edit agent: held-out 14 Chinese wrong edits → exact operations or nothing', () => {
  describe('a request, then a version of it exported in the same clause (加首歌导一版, 先出一版, 再导一次gif)', () => {
    table([
      ['竖屏导一版，横屏导一版', [{ op: 'set_aspect', aspect: '9:16' }, mp4, { op: 'set_aspect', aspect: '16:9' }, mp4]],
      ['去掉背景先出一版', [{ op: 'remove_background' }, mp4]],
      ['加字幕“开业大吉”导一版', [{ op: 'add_text', text: '开业大吉', style: 'caption' }, mp4]],
      ['片尾淡出 再导一遍mov', [{ op: 'fade', target: 'clip', out_ms: 1000 }, { op: 'export', format: 'mov' }]],
      ['配个乐先出一版，音乐再小一点再出一版', [music, mp4, { op: 'set_music_volume', change: 'quieter' }, mp4]],
    ]);
    nothing(['推出一版新功能', '出版社的视频']);
  });

  describe('the song, said first or after 把, is the music (把歌关掉, 歌再小声点; not 歌手, 歌词)', () => {
    table([
      ['把歌关掉', [{ op: 'remove_music' }]],
      ['歌再小声点', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['歌手唱得不错', '把歌词打出来']);
  });

  describe('editing words typed in traditional script (刪掉, 放慢為零點五倍, 音樂調小一點)', () => {
    table([
      ['把第三段刪掉', [{ op: 'remove_moment', index: 3 }]],
      ['第一段放慢為零點五倍', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['音樂調小一點', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('亮点 after 调得, 再 or a colour is "a bit brighter", no highlights clip', () => {
    nothing(['画面调得亮点', '颜色再亮点', '画面再暗一点']);
    table([['挑几个亮点剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]]]);
  });

  describe('the shape just asked, said again with its fill (竖屏，9:16两边模糊): one shape, filled so', () => {
    table([['竖屏，9:16两边模糊', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]]]);
  });

  describe('给 before the verb only marks what it is done to (第一段给删了, 背景给去掉)', () => {
    table([
      ['第一段给删了', [{ op: 'remove_moment', index: 1 }]],
      ['背景给去掉', [{ op: 'remove_background' }]],
    ]);
    nothing(['交给剪辑师处理']);
  });
});
