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
      ['帮我加个标题“开业”导一版', [{ op: 'add_text', text: '开业', style: 'title' }, mp4]],
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

  describe('a length a moment is cut into (砍成, 缩成), said after it was called too long: the length it ends at', () => {
    table([
      ['第二段太长了，砍成4秒', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['第一段砍成3秒', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
    ]);
  });

  describe('"not too long" (别太长, 覅太长) bounds the length asked, no complaint; 就N秒 after it is the closer figure', () => {
    table([['剪个40秒左右，别太长，就45秒', [{ op: 'compile_best_moments', target_ms: 45000 }]]]);
    nothing(['别太长了', '不要太长']);
  });

  describe('full volume said 满音量 or 音量调满: the level 1', () => {
    table([
      ['加首歌，满音量', [{ ...music, volume: 1 }]],
      ['配乐音量调满', [{ op: 'set_music_volume', volume: 1 }]],
    ]);
  });

  describe('where a text sits, said 置顶/置底, or in Wu (放辣下头)', () => {
    table([
      ['加个标题“新品”，置顶', [{ op: 'add_text', text: '新品', style: 'title', position: 'top' }]],
      ['字幕“欢迎”，放辣下头', [{ op: 'add_text', text: '欢迎', style: 'caption', position: 'bottom' }]],
    ]);
    nothing(['放辣椒', '把这条视频置顶']);
  });

  describe('a sticker, emoji or effect named by its words is no text (no sticker is made here)', () => {
    nothing(['加个“点赞”贴纸', 'add a "subscribe" sticker', '来个表情包']);
    table([['加字幕“贴纸教程”', [{ op: 'add_text', text: '贴纸教程', style: 'caption' }]]]);
  });

  describe('出片 after 就, 直接, 然后 is the export (剪好就出片吧)', () => {
    table([
      ['剪好就出片吧', [mp4]],
      ['弄好了直接出片', [mp4]],
    ]);
    nothing(['出片效果不好']);
  });

  describe('every text taken away, said again (字幕删掉，一个字都别留): one step', () => {
    table([['字幕删掉，一个字都别留', [{ op: 'remove_text' }]]]);
  });

  describe('quiet stretches named as places (没人说话的地方, 不说话的地方), then a speed: the idle speed-up', () => {
    table([
      ['没人说话的地方，八倍速', [{ op: 'speed_up_idle', factor: 8 }]],
      ['不说话的地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
  });

  describe('a moment said to be something (第二段是加载画面), then removed: the moment, not what it shows', () => {
    table([
      ['第二段是加载画面，删掉', [{ op: 'remove_moment', index: 2 }]],
      ['最后一段都是等待，直接删掉', [{ op: 'remove_moment', index: 3 }]],
    ]);
  });

  describe('asked first, now read: a resolution said by its number (1080的吧), one more file listed (再来一份gif)', () => {
    table([
      ['导个gif，1080的吧', [{ op: 'export', format: 'gif', resolution: '1080p' }]],
      ['先导一份mov，再来一份gif', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['make it 1080']);
  });

  describe('asked first, now read: laughter or a streamer cheer beside a request (哈哈哈, 双击666) asks nothing', () => {
    table([
      ['在第5秒放大，停3秒哈哈哈', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['剪个30秒的，双击666', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['配乐来一首，然后导出', [music, mp4]],
    ]);
  });

  describe('asked first, now read: a bare factor right after a Chinese speed verb (放慢0.5, 减速成0.6, 快放2.5)', () => {
    table([
      ['第二段放慢0.5', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['把第二段减速成0.6', [{ op: 'set_speed', factor: 0.6, index: 2 }]],
      ['第三段快放2.5', [{ op: 'set_speed', factor: 2.5, index: 3 }]],
    ]);
  });

  describe('asked first, now read: requests listed with circled numbers (①…②…)', () => {
    table([['改动：①删掉第一段 ②加个音乐', [{ op: 'remove_moment', index: 1 }, music]]]);
  });

  describe('asked first, now read: a text changed, then when it shows and where (…，从第2秒显示到第5秒, 放正中央), or 标题写成“…”', () => {
    table([
      ['字幕改成“开业”，从第2秒显示到第5秒', [{ op: 'edit_text', text: '开业', start_ms: 2000, end_ms: 5000 }]],
      ['标题换成“年货节”，放正中央', [{ op: 'edit_text', text: '年货节', position: 'center' }]],
      ['字幕写成“谢谢观看”', [{ op: 'edit_text', text: '谢谢观看' }]],
      ['加个字幕写成“你好”', [{ op: 'add_text', text: '你好', style: 'caption' }]],
    ]);
    nothing(['第二段写成了两次']);
  });
});
