import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 39, pasted briefs: a request someone else wrote, pasted in quotes after a heading saying whose or where it was
 * noted ("Per Leo: '…'", "Tom's notes, pasted as is: '…'", "From our CEO (Ana): '…'", 转经理的话：“…”, 王总又讲：「…」),
 * read as the request with whatever is said around it (not after a heading naming a text or words shown, nor quoted
 * words that ask nothing); a day on the calendar beside what is scheduled ("deadline is the 20th", "next review: the
 * 9th", "on Nov 14", 3月15号), no figure; 背景 as the story's background (背景说一下：…), no backdrop; an item's number in a
 * list of points (第2点：, 需求第1点：), no moment's place; the picture brought in from black or taken out to it ("ease the
 * start in from black", 画面从黑里慢慢出来), a fade; bullets inside one line opened with a bullet ("- 加字幕：X - 字幕放底部"),
 * one item each, the text's words ending at the next; a list numbered after a heading's colon ("Two asks: 1. … 2. …");
 * what is left for post-production (品牌色我们自己后期再调, 后期统一配音), nothing now; a bullet opening a line, saying nothing ("- vertical\n- bars"); the zoom's effect said overdone (放大的效果不要那么夸张),
 * less of it; a moment said to come at a place ("the second clip should come third"); a file asked besides (另导一个 gif) not at
 * the size set for the video. Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and
 * look-alikes that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const lofi = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 39, pasted briefs', () => {
  describe('a request someone else wrote, in quotes after a heading saying whose', () => {
    sure([
      ["Maya: 'cut it down to 30 seconds'", [clip(30)]],
      ["Per Leo: 'make it square, and add the lofi music'", [{ op: 'set_aspect', aspect: '1:1' }, lofi]],
      ["From our CEO (Ana): 'remove the second clip.'", [{ op: 'remove_moment', index: 2 }]],
      ["Tom's notes, pasted as is: 'Export it as a gif.'", [{ op: 'export', format: 'gif' }]],
      ["Priya again: 'mute the recording.' She signs off tomorrow.", [{ op: 'set_source_volume', volume: 0 }]],
      ["Nina's last email: 'crossfade 1 second between clips'", [{ op: 'crossfade', ms: 1000 }]],
      ["Forwarded from Sam. Per Sam: 'make it vertical.' He'll check it tonight.", [{ op: 'set_aspect', aspect: '9:16' }]],
      ['领导原话：「剪到一分钟」，还有导出 mp4', [clip(60), { op: 'export', format: 'mp4' }]],
      ['转经理的话：“第二段删掉”', [{ op: 'remove_moment', index: 2 }]],
      ['客户话：「竖屏」', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['王总又讲：「整个视频快一点，1.5倍」', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    // A heading naming a text: the quote is its words.
    sure([
      ["Title: 'make it square'", [{ op: 'add_text', text: 'make it square', style: 'title' }]],
      ['字幕：「剪到30秒」', [{ op: 'add_text', text: '剪到30秒', style: 'caption' }]],
    ]);
    notSure(["Tagline: 'Make it square'", "the sign reads: 'cut it'", "Dana: 'nice work!'"]);
    nothing(["Gary: 'is it done?'", "Dana: 'nice work!'"]);
  });

  describe('a day on the calendar beside what is scheduled', () => {
    sure([
      ['Deadline is the 20th. cut it to 45 seconds', [clip(45)]],
      ['make it square. Our launch is on the 3rd', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['remove clip 2\n- Next review: the 9th', [{ op: 'remove_moment', index: 2 }]],
      ['The webinar is on Nov 14, so add the lofi music', [lofi]],
      ['export a gif, the conference is the 21st of October', [{ op: 'export', format: 'gif' }]],
      ['发布会是3月15号，先剪成30秒', [clip(30)]],
      ['We launch on January 9, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      // "jan" is a word of endearment (Armenian, Persian), no month.
      ['mute the recording jan', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    // "The 3rd" with no scheduled thing before it stays an ordinal (unread here: no moment noun).
    notSure(['move it to the 3rd', 'remove the 2nd']);
  });

  describe('背景 as the background of the story, and an item number in a list of points', () => {
    sure([
      ['先交代下背景：这是内部培训用的，做成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['背景换成 aurora', [{ op: 'set_background', background: 'aurora' }]],
      ['第2点：第一段删掉', [{ op: 'remove_moment', index: 1 }]],
      ['第三条：静音原声', [{ op: 'set_source_volume', volume: 0 }]],
      ['需求第1点：剪成30秒', [clip(30)]],
      ['第2段删掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['背景说一下：我们是做教育的']);
  });

  describe('the picture brought in from black, or taken out to it', () => {
    sure([
      ['bring it in from black over two seconds', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['ease the start in from black', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['ease the end out to black, 1 second', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['画面从黑里慢慢出来，2秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['结尾慢慢黑下去', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    nothing(['the car comes in from the left', '他从黑暗中走出来']);
  });

  describe('items of a list in one line: bullets, or numbers after a heading', () => {
    sure([
      ['- 加字幕：欢迎光临 - 字幕放底部', [{ op: 'add_text', text: '欢迎光临', style: 'caption', position: 'bottom' }]],
      ['- 第二段删掉 - 整体加速到1.5倍', [{ op: 'remove_moment', index: 2 }, { op: 'set_speed', factor: 1.5 }]],
      ['- 加片头：新品发布 - 导出 mp4', [{ op: 'add_card', card: 'intro', text: '新品发布', duration_ms: 2000 }, { op: 'export', format: 'mp4' }]],
      ['- add a title: Spring Sale - put the title at the top', [{ op: 'add_text', text: 'Spring Sale', style: 'title', position: 'top' }]],
      ['- cut 0:05 - 0:09', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['Changes: 1. make it vertical 2. remove the silences', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'remove_dead_air' }]],
      ['Two asks: 1. mute the recording 2. export a webm', [{ op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'webm' }]],
      // A bullet opening a line says nothing: the fill after it is the shape's.
      ['- vertical\n- bars', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['- square for the feed\n- blurred sides', [{ op: 'set_aspect', aspect: '1:1', fill: 'blur' }]],
      ['• export a gif\n• and a webm too', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'webm' }]],
    ]);
  });

  describe('what is left for post-production, done by the user later', () => {
    sure([
      ['品牌色我们自己后期再调，背景就用默认那个渐变', [{ op: 'set_background', background: 'aurora' }]],
      ['字幕我们后期再加，先剪成30秒', [clip(30)]],
      ['配音后期统一做，先把原声静音', [{ op: 'set_source_volume', volume: 0 }]],
      ['调色后期再弄，做成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['片头后期自己加，导出 mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['后期再加字幕', '字幕我们后期再加']);
  });

  describe('the zoom said to be overdone', () => {
    sure([
      ['放大的效果不要那么夸张', [{ op: 'set_zoom', mode: 'less' }]],
      ['缩放幅度别太夸张', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大嘅效果唔好咁誇張', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['放大的效果很夸张吗？']);
  });

  describe('a moment said to come at a place, and a file asked besides', () => {
    sure([
      ['the second clip should come third', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['the third clip should come first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['分辨率 720p，另导一个 gif', [{ op: 'set_resolution', resolution: '720p' }, { op: 'export', format: 'gif' }]],
    ]);
    notSure(['the music should come second', "the third clip shouldn't come second"]);
  });
});
