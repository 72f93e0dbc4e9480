import { nothing, sure } from './phrasingTable';

/**
 * Round 33, words on screen and music said in Chinese (and its regional wordings): text quoted the German or Polish way
 * („…“, „…”), the lower third named as 下三分之一的字, two cards given one length with 都, a caption's stretch said with
 * 由…至 (Cantonese, Taiwan), Cantonese 啲 as "the" after a verb that takes away, Wuhan 下克 (下去) of the music pushed
 * down, a file of the user's named with both ends of its fade, and words put at the end after an intro card (the outro
 * card). Own wordings (not the bench's lines), against a draft of 3 moments and 1 text, read as exactly these operations
 * with nothing unread and nothing asked; and look-alikes that must change nothing.
 */

const card = (kind: 'intro' | 'outro', text: string, seconds: number) => ({ op: 'add_card' as const, card: kind, text, duration_ms: seconds * 1000 });
const music = (track: string) => ({ op: 'add_music' as const, track, volume: 0.35, duck: true });

describe('edit agent: round 33, Chinese words on screen and music', () => {
  describe('words quoted „…“ or „…”: the words inside, without the marks', () => {
    sure([
      ['加个标题„Guten Morgen“', [{ op: 'add_text', text: 'Guten Morgen', style: 'title' }]],
      ['片尾写„Danke fürs Zuschauen”', [card('outro', 'Danke fürs Zuschauen', 2)]],
      ['加字幕 „Schritt 1“ 放底部', [{ op: 'add_text', text: 'Schritt 1', style: 'caption', position: 'bottom' }]],
      ['把标题改成„Neu“', [{ op: 'edit_text', text: 'Neu' }]],
    ]);
  });

  describe('the lower third named as the words in the lower third (下三分之一的字)', () => {
    sure([
      ['底部三分之一的字“王老师”', [{ op: 'add_text', text: '王老师', style: 'lower-third' }]],
      ['下三分之一的字写 王老师', [{ op: 'add_text', text: '王老师', style: 'lower-third' }]],
      ['加个下方三分之一的字「李工 电气组」', [{ op: 'add_text', text: '李工 电气组', style: 'lower-third' }]],
    ]);
    // The picture's lower third cropped, or the words there named with nothing asked, is no lower third added.
    nothing(['下三分之一的字', '下三分之一的字太小了吗？']);
  });

  describe('two cards, then one length with 都: each card so long', () => {
    sure([
      ['加个片头“欢迎”，片尾“再见”，都三秒', [card('intro', '欢迎', 3), card('outro', '再见', 3)]],
      ['片头写“第一课”，片尾写“下课”，都是四秒', [card('intro', '第一课', 4), card('outro', '下课', 4)]],
      ['加个片头“A”，片尾“B”，都是两秒', [card('intro', 'A', 2), card('outro', 'B', 2)]],
      ['片头“开始”，片尾“完”，都 5 秒', [card('intro', '开始', 5), card('outro', '完', 5)]],
    ]);
  });

  describe('words put at the end right after an intro card, naming no kind of text: the outro card', () => {
    sure([
      ['加个片头“Loess”，结尾再加个“Wishlist”', [card('intro', 'Loess', 2), card('outro', 'Wishlist', 2)]],
      ['片头写“欢迎”，最后再加个“谢谢观看”', [card('intro', '欢迎', 2), card('outro', '谢谢观看', 2)]],
      ['加个片头“第一集”，结尾再加个“下集见”，都三秒', [card('intro', '第一集', 3), card('outro', '下集见', 3)]],
    ]);
    // A title named, or words at the end after a title (no card before), stay a title at the end.
    sure([
      ['加个片头“A”，结尾加个标题“B”', [card('intro', 'A', 2), { op: 'add_text', text: 'B', style: 'title', anchor: 'end' }]],
      ['加标题“A”，结尾再加个“B”', [{ op: 'add_text', text: 'A', style: 'title' }, { op: 'add_text', text: 'B', style: 'title', anchor: 'end' }]],
    ]);
  });

  describe('a text\'s stretch said with 由…至 / 由…到 (Cantonese, Taiwan)', () => {
    sure([
      ['加个标题「你好」，由第1秒到第5秒', [{ op: 'add_text', text: '你好', style: 'title', start_ms: 1000, end_ms: 5000 }]],
      ['加字幕“嗨”，由 2 秒至 7 秒', [{ op: 'add_text', text: '嗨', style: 'caption', start_ms: 2000, end_ms: 7000 }]],
      ['由第 3 秒至第 6 秒显示标题', [{ op: 'edit_text', start_ms: 3000, end_ms: 6000 }]],
    ]);
    // 由 as "by (whom)", or a stretch with nothing to show in it, changes nothing.
    nothing(['由我来剪', '由第2秒至第8秒']);
  });

  describe('Cantonese 啲 after a verb that takes away: "the" part named, taken away whole', () => {
    sure([
      ['删咗啲bgm', [{ op: 'remove_music' }]],
      ['拿走啲配乐', [{ op: 'remove_music' }]],
      ['删掉啲片头', [{ op: 'remove_card', card: 'intro' }]],
      ['导出mp4，之后删咗啲音乐', [{ op: 'export', format: 'mp4' }, { op: 'remove_music' }]],
    ]);
  });

  describe('Wuhan 下克 (下去): the music pushed down where someone speaks, refused with 莫', () => {
    sure([
      ['讲话的时候配乐莫压下克', [{ op: 'set_ducking', duck: false }]],
      ['说话时音乐压下克', [{ op: 'set_ducking', duck: true }]],
      ['我讲话的时候音乐莫降下克', [{ op: 'set_ducking', duck: false }]],
    ]);
  });

  describe('a file of the user\'s named as the music, with both ends of its fade: that music added, then faded', () => {
    sure([
      ['背景音乐 rain.m4a 开头淡入三秒 结尾淡出两秒', [music('rain.m4a'), { op: 'fade', target: 'music', in_ms: 3000, out_ms: 2000 }]],
      ['加音乐 song.mp3 开头淡入2秒 结尾淡出3秒', [music('song.mp3'), { op: 'fade', target: 'music', in_ms: 2000, out_ms: 3000 }]],
      ['音乐用 waves.wav 淡入1秒 淡出4秒', [music('waves.wav'), { op: 'fade', target: 'music', in_ms: 1000, out_ms: 4000 }]],
    ]);
    nothing(['song.mp3 要不要淡出？']);
  });
});
