import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 13 Chinese set the grammar misread as edits not asked: each case asserts the
 * exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: held-out 13 Chinese wrong edits → exact operations or nothing', () => {
  describe('asking what a word means (啥是X, X是啥, 哪样是X), then saying one does not know it: a question, no edit', () => {
    nothing(['啥是转场？我们不太懂', '叠化是啥？没听说过', '哪样是叠化嘛？我搞不清楚', '淡出是哪样？']);
    table([
      ['加个音乐，哪样都行', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['随便哪样，配首歌', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('a request taken back after 算了 without 了 (算了不加, 算了不要): withdrawn', () => {
    nothing(['加个标题“样片”？算了不加', '换个背景，算了不换', '加首歌吧，算了不要', '导出gif，算了别导出']);
    table([['加个背景，算了不加了，加音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('the style of the text just added named after its words (…，走人名条样式, …, as a lower third)', () => {
    table([
      ['打个字幕“李主任 质检科”，用人名条样式', [{ op: 'add_text', text: '李主任 质检科', style: 'lower-third' }]],
      ['字幕加上“王磊 店长”，做成人名条', [{ op: 'add_text', text: '王磊 店长', style: 'lower-third' }]],
      ['add a caption "Jane Doe", as a lower third', [{ op: 'add_text', text: 'Jane Doe', style: 'lower-third' }]],
      ['加字幕“欢迎光临”', [{ op: 'add_text', text: '欢迎光临', style: 'caption' }]],
    ]);
    nothing(['名牌的样式', '用人名条']);
  });

  describe('a text changed with 更新为/更新成, and where it sits said after it (…，置于画面中央)', () => {
    table([
      ['标题更新成“年终盘点”', [{ op: 'edit_text', text: '年终盘点' }]],
      ['把标题更新为“新品发布”', [{ op: 'edit_text', text: '新品发布' }]],
      ['标题改成“开工大吉”，摆在底部', [{ op: 'edit_text', text: '开工大吉', position: 'bottom' }]],
      ['标题换成“年会”，置于中央', [{ op: 'edit_text', text: '年会', position: 'center' }]],
      ['加个标题“秋季特卖”，放画面中央', [{ op: 'add_text', text: '秋季特卖', style: 'title', position: 'center' }]],
    ]);
    nothing(['软件更新为最新版了', '标题更新了吗？']);
  });
});

describe('edit agent: held-out 13 Chinese wrong edits (2) → exact operations or nothing', () => {
  describe('the picture fading said by how it goes dark or comes in (渐黑, 渐暗, 慢慢暗下去, 淡进来), its length said after', () => {
    table([
      ['片尾渐暗，两秒', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['最后画面慢慢黑下去', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['开场淡进来，一秒半', [{ op: 'fade', target: 'clip', in_ms: 1500 }]],
      ['片尾淡出，渐暗那种', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    nothing(['画面太暗了', '这里渐渐黑下去了是怎么回事？']);
  });

  describe('two files of two formats under one 导出 (导出X和Y各一份)', () => {
    table([
      ['导出gif跟mov各一个', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mov' }]],
      ['导出webm和mp4各来一份', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['导出和上传要多久？']);
  });
});
