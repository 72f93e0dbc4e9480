import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Round 32, Chinese timeline, speed, history, export and length requests (session 29): each class in wordings of our
 * own, and the look-alikes that must stay as they were (against a draft of 3 moments and 1 text).
 */

const undo: EditOp = { op: 'undo' };
const redo: EditOp = { op: 'redo' };
const idle = (factor: number): EditOp => ({ op: 'speed_up_idle', factor });
const best = (seconds: number): EditOp => ({ op: 'compile_best_moments', target_ms: seconds * 1000 });

describe('edit agent: round 32 Chinese timeline, speed, history, export and length requests', () => {
  describe('the undo word said over, apart (撤销 撤销, 撤回，撤回), is an undo each time; what went wrong beside it is why', () => {
    table([
      ['撤销 撤销', [undo, undo]],
      ['撤回 撤回 改乱了', [undo, undo]],
      ['撤销，撤销', [undo, undo]],
      ['撤銷 撤銷', [undo, undo]],
      ['撤消 撤消 撤消', [undo, undo, undo]],
      ['撤回，撤回，撤回', [undo, undo, undo]],
      ['撤销 撤销 再重做', [undo, undo, redo]],
      ['撤回 撤回 搞砸了', [undo, undo]],
      ['撤销 撤销 弄乱了', [undo, undo]],
      // look-alike: run on, the word doubled is one step said with feeling (an earlier decision)
      ['撤回撤回', [undo]],
      // look-alikes: one undo, an undo counted, an undo taken back
      ['撤销', [undo]],
      ['撤销两次', [undo, undo]],
      ['撤销刚才的撤销', [redo]],
      ['撤回刚才的撤回', [redo]],
      ['撤销的那步恢复回来', [redo]],
    ]);
  });

  describe('嫑要, 覅要 (不要 in one character, 要 typed after it) take the part away', () => {
    table([
      ['第二段 覅要', [{ op: 'remove_moment', index: 2 }]],
      ['第一段嫑要咧', [{ op: 'remove_moment', index: 1 }]],
      ['音乐覅要了', [{ op: 'remove_music' }]],
      ['bgm嫑要', [{ op: 'remove_music' }]],
      ['标题嫑要了', [{ op: 'remove_text' }]],
      ['覅剪', [{ op: 'keep_everything' }]],
    ]);
    nothing(['嫑加音乐', '第三段要']);
  });

  describe('quiet places sped up, with "just that" before the "don\'t cut": the idle stretches sped up and kept', () => {
    table([
      ['没人说话的地方 快进就好 不要剪', [idle(4)]],
      ['静悄悄的部分加速三倍 不要删', [idle(3)]],
      ['冇声嘅位快进 唔好剪', [idle(4)]],
      ['没声音的地方快放而已 别剪掉', [idle(4)]],
      ['安静的地方快进 别剪', [idle(4)]],
      ['把安静的部分加速', [idle(4)]],
      ['安静的地方快转五倍罢了 不要剪', [idle(5)]],
      ['没人讲话的部分快进四倍就行 别删', [idle(4)]],
      ['静晒嘅位 快进三倍 唔好剪走', [idle(3)]],
      // look-alikes: the quiet places cut, the whole video sped up, the sound switched off
      ['安静的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['没人说话的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['整个视频快进两倍', [{ op: 'set_speed', factor: 2 }]],
      ['静音', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
  });

  describe('one more export in Cantonese (再出埋 webm, 出埋 gif, 导埋个 gif) is a file of its own, no size of the first', () => {
    table([
      ['出 mov 1080p 出埋 gif', [{ op: 'export', format: 'mov', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
      ['导出mp4 再导埋个 gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['导出 mov 4k 出埋个 webm', [{ op: 'export', format: 'mov', resolution: '4k' }, { op: 'export', format: 'webm' }]],
      ['导出mp4 1080p，导埋 gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
      // look-alike: the same file exported again in another format keeps its size (an earlier decision)
      ['导出mp4 1080p 再导出 gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif', resolution: '1080p' }]],
      // look-alikes: one file, or the files listed under one export
      ['导出 mp4 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['导出 webm 720p 的', [{ op: 'export', format: 'webm', resolution: '720p' }]],
      ['导出两个版本，mp4跟gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['出 mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('the English verb with the Cantonese "away" (cut 走) trims a moment by the length said', () => {
    table([
      ['第二段cut走三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第一段 chop 走 1 秒', [{ op: 'trim_moment', index: 1, by_ms: 1000 }]],
      ['第一段 trim 走 半秒', [{ op: 'trim_moment', index: 1, by_ms: 500 }]],
      ['cut 走第三段', [{ op: 'remove_moment', index: 3 }]],
      // look-alikes: cut to a length, cut shorter by
      ['第三段 cut 到 2 秒', [{ op: 'trim_moment', index: 3, to_ms: 2000 }]],
      ['第二段 cut 短 3 秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
  });

  describe('an export told as slow or stuck asks for none', () => {
    nothing([
      '导出老半天没动静', '导出怎么还没好', '渲染半天没反应', '导出好慢啊', '导出半天了还在转圈', '導出卡住了', '导出又失败了',
      'the export has been running for ages', 'export is stuck',
    ]);
    table([
      ['导出 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['导出吧', [{ op: 'export', format: 'mp4' }]],
      ['先导出 mp4 再说', [{ op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('a length asked with "can?" after it, or after the uploads chosen with spaces, or before the best parts named', () => {
    table([
      ['剪个三十秒 ok?', [best(30)]],
      ['改成竖屏 can?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加个标题「开张」 boleh?', [{ op: 'add_text', text: '开张', style: 'title' }]],
      ['只用 第二个 视频 剪成 一分钟', [{ op: 'use_sources', files: ['2'] }, best(60)]],
      ['整一个三十秒的 把最精彩的地方剪出来', [best(30)]],
      ['剪个四十秒 把最好笑的片段挑出来', [best(40)]],
      // look-alikes: a moment cut shorter, a length alone
      ['第二段 剪 短一点', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['剪 三十秒', [best(30)]],
    ]);
    nothing(['ok?', '这样 ok?']);
  });

  describe('a moment put in the middle (放到中间去) goes to the middle place; 几多 条轨 asks for the tracks', () => {
    table([
      ['第一段挪到中间', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['第三段放到中间去', [{ op: 'move_moment', index: 3, to: 2 }]],
      ['有几多条轨', [{ op: 'show_tracks' }]],
      // look-alikes: the middle one named, moved or taken away
      ['中间那段放到最后', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['中间那段不要了', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });
});
