import * as assert from 'node:assert/strict';
import { table, nothing, understood } from './phrasingTable';

/**
 * Round 23's Chinese misses (the ways of asking behind the lines read as nothing or asked first, no bench lines): each a
 * class, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 23 Chinese misses → exact operations or nothing', () => {
  describe('a moment taken to a place with 去 (搬去最后, 拿去第二, 放第一个去) is moved there', () => {
    table([
      ['第三段挪去最前面', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一个镜头移去第三个', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第二段搬最后去', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['把第三段调去开头', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段拿去第二个吧', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['第二段放最前面去', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    // Taken away to be used or shown, or a question where: no place it goes.
    nothing(['第二段拿去给客户看', '第一段拿去用', '第二段搬去哪里好', '第三段扔去吧']);
  });

  describe('only the uploads named by file or by place, joined (a.mp4 跟 b.mp4 这两个, second file 就好), are used', () => {
    table([
      ['就要 a.mp4 和 b.mp4', [{ op: 'use_sources', files: ['a.mp4', 'b.mp4'] }]],
      ['用 take2.mov 这个就行', [{ op: 'use_sources', files: ['take2.mov'] }]],
      ['只想用 cam-a.mp4、cam-b.mp4 这两个视频', [{ op: 'use_sources', files: ['cam-a.mp4', 'cam-b.mp4'] }]],
      ['用 first video 就好', [{ op: 'use_sources', files: ['1'] }]],
      ['只要 jump.mp4 跟 land.mp4 两个文件', [{ op: 'use_sources', files: ['jump.mp4', 'land.mp4'] }]],
      ['只要我讲课那个视频 lecture-3.mp4', [{ op: 'use_sources', files: ['lecture-3.mp4'] }]],
      ['用 the second file 就行，第一个是错的', [{ op: 'use_sources', files: ['2'] }]],
    ]);
    // A file named for something else, or asked about: no choice of uploads.
    nothing(['用 a.mp4 做片头', 'a.mp4 和 b.mp4 哪个好', '用 a.mp4 和 b.mp4 拼起来']);
  });

  describe('a zoom after a place in the picture named with 那里 and when (手那里在0:14，放大) is a zoom there', () => {
    table([
      ['锅铲那儿在第12秒，放大一下', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['瓶盖这块在0:08，放大', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['招牌那里在0:21，放大看看', [{ op: 'zoom_at', start_ms: 21000, duration_ms: 3000 }]],
      ['针脚那里在第5秒，放大四秒', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 4000 }]],
    ]);
    nothing(['手那里在0:14', '第二段那里在0:14，放大吗？']);
  });

  describe('transitions named 过场 or with フェード between the moments, with a length, are crossfades (no clip that short)', () => {
    table([
      ['过场淡一点 0.3秒', [{ op: 'crossfade', ms: 300 }]],
      ['过场柔和一点，半秒', [{ op: 'crossfade', ms: 500 }]],
      ['过场都做个淡化 0.4秒', [{ op: 'crossfade', ms: 400 }]],
      ['镜头之间フェード 1秒', [{ op: 'crossfade', ms: 1000 }]],
      ['片段間以半秒之疊化銜接', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['走过场就行', '这只是个过场戏', '过场动画删掉']);
  });

  describe('a level, a length or a sound file said alone after a space ("加音乐 音量一半 …") is the detail of the request before it', () => {
    table([
      ['加个音乐 音量百分之三十 音乐结尾淡出两秒', [{ ...MUSIC, volume: 0.3 }, { op: 'fade', target: 'music', out_ms: 2000 }]],
      ['背景音乐加上 用 rain.mp3 音乐淡入一秒', [{ ...MUSIC, track: 'rain.mp3' }, { op: 'fade', target: 'music', in_ms: 1000 }]],
      ['加配乐 用我的 song.wav 导出mp4', [{ ...MUSIC, track: 'song.wav' }, { op: 'export', format: 'mp4' }]],
      ['竖屏 加音乐 音量两成', [{ op: 'set_aspect', aspect: '9:16' }, { ...MUSIC, volume: 0.2 }]],
      ['加音乐 音量一半 导出gif', [{ ...MUSIC, volume: 0.5 }, { op: 'export', format: 'gif' }]],
      ['加个字幕“开业大吉” 三秒 导出', [{ op: 'add_text', text: '开业大吉', style: 'caption', duration_ms: 3000 }, { op: 'export', format: 'mp4' }]],
      // The intro card and the outro card, each with its length, are two requests.
      ['片头卡「欢迎」 两秒 片尾卡「再见」 三秒', [{ op: 'add_card', card: 'intro', text: '欢迎', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: '再见', duration_ms: 3000 }]],
      // A length after a piece that asks nothing is no clip of that length.
      ['在第6秒那里放大 就是开瓶那下 两秒', [{ op: 'zoom_at', start_ms: 6000, duration_ms: 2000 }]],
    ]);
  });

  describe('the music said in English in a Chinese sentence (music拿掉, 不要music了) is taken out; a version exported after its format ("export mp4一版") is a request of its own', () => {
    table([
      ['把music拿掉', [{ op: 'remove_music' }]],
      ['不要music了', [{ op: 'remove_music' }]],
      ['music关掉', [{ op: 'remove_music' }]],
      ['music调到20% 先export gif一版', [{ op: 'set_music_volume', volume: 0.2 }, { op: 'export', format: 'gif' }]],
      ['加音乐 然后music拿掉再export一版', [MUSIC, { op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['music别拿掉', 'music好听吗']);
  });

  describe('the step undone, said wanted again (撤掉的那一步又要了, 撤销的还是想要), is redone, once', () => {
    table([
      ['撤销的那步还是想要，还原吧', [{ op: 'redo' }]],
      ['刚撤掉的又想要了，帮我恢复', [{ op: 'redo' }]],
      ['刚才撤销的那步又要了', [{ op: 'redo' }]],
      ['撤回的那一步还是要的', [{ op: 'redo' }]],
      ['撤掉的那步又想要了，给我重做', [{ op: 'redo' }]],
    ]);
    nothing(['撤销的那步不要了', '撤掉的那一步还想要吗？']);
  });

  describe('why said beside the request (the file small, the first seconds that must hook, the noise of a machine), or the request asked as a question first, asks nothing more', () => {
    table([
      // "小一点" beside an export at a lower resolution: the file small, which that makes it.
      ['网太慢，导出720p，小一点', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['导出webm 720p，小点', [{ op: 'export', format: 'webm', resolution: '720p' }]],
      // The first seconds that must hook the viewer: why the opening changes, no length.
      ['前三秒要抓住观众，把第二段挪到最前面', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['前5秒留不住人，第一段删了', [{ op: 'remove_moment', index: 1 }]],
      ['前3秒要抓人，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // A noise of the scene, a machine that cuts (切削) among them, beside the recording's sound off.
      ['切削机太吵，原声关掉', [{ op: 'set_source_volume', volume: 0 }]],
      // How to, or how about, the edit asked outright beside it.
      ['怎么导出？导出gif', [{ op: 'export', format: 'gif' }]],
      ['导出mp4怎么样？导出mp4吧', [{ op: 'export', format: 'mp4' }]],
      ['咋加音乐？加个默认音乐', [MUSIC]],
      ['how do I export? export a webm', [{ op: 'export', format: 'webm' }]],
    ]);
    // Alone, a size, a hook or a question asks nothing.
    nothing(['小一点', '前3秒抓人', '咋导出来', '导出gif咋样']);
    it('a size with no lower resolution, or a question about another edit, is still asked about', () => {
      for (const phrase of ['导出mp4，小一点', '怎么加音乐？加个标题“hi”']) assert.ok(understood(phrase).unknown.length > 0, phrase);
    });
  });

  describe('a text shown only at the end ("最后四秒才出来"), and a Wu request closed by 伐 ("删掉伐"), are read as asked', () => {
    table([
      ['加字幕“谢谢”，最后两秒才显示', [{ op: 'add_text', text: '谢谢', style: 'caption', anchor: 'end', duration_ms: 2000 }]],
      ['加个标题“开张大吉”，最后三秒才出来', [{ op: 'add_text', text: '开张大吉', style: 'title', anchor: 'end', duration_ms: 3000 }]],
      ['标题不要了，删掉伐', [{ op: 'remove_text' }]],
      ['音乐加上伐', [MUSIC]],
      ['第一段删掉伐', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['最后四秒才出来', '他的步伐', '砍伐']);
  });

  describe('one shape said as all that is wanted (客户只要 1:1, 只做竖屏的) is that shape', () => {
    table([
      ['老板只要横屏', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['只做竖屏的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['只要竖版就行', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['甲方只要 4:5', [{ op: 'set_aspect', aspect: '4:5' }]],
    ]);
    // A moment named by what it shows, with "only": no shape of the video.
    nothing(['只要竖屏那段']);
  });

  describe('northwest 嫑 before what is not wanted (嫑横的, 嫑黑边) is 不要', () => {
    table([
      ['嫑横的，竖的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['嫑黑边，裁满', [{ op: 'set_fill', fill: 'crop' }]],
      ['音乐嫑太大声', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['嫑竖的，弄成横的', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
  });

  describe('pinyin slips of editing words (第三断, 原生关了, 方大一下, 家个因月) are read as the words meant', () => {
    table([
      ['第二断删掉', [{ op: 'remove_moment', index: 2 }]],
      ['第一断只留三秒', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
      ['原生静音', [{ op: 'set_source_volume', volume: 0 }]],
      ['原生音量调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['第8秒方大一下', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['加个音月', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['家个标题“你好”', [{ op: 'add_text', text: '你好', style: 'title' }]],
    ]);
    nothing(['原生态的画面', '方大同的歌', '断断续续的', '我家的猫', '家里拍的']);
  });
});
