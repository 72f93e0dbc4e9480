import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * The phrasing classes of the held-out 18 Chinese set the grammar used to leave unread (nothing or not all read):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing.
 */

describe('edit agent: held-out 18 Chinese phrasing classes left unread → exact operations', () => {
  describe('a removal said in the northwest (咧 for 了, 嫑咧 for 不要了) and "for me" said 给俺, 给额, 给我 before the verb', () => {
    table([
      ['第三段嫑咧', [{ op: 'remove_moment', index: 3 }]],
      ['把第一段给额删咧', [{ op: 'remove_moment', index: 1 }]],
      ['字幕给俺删了', [{ op: 'remove_text' }]],
      ['没人说话的地方全给额剪咧', [{ op: 'remove_dead_air' }]],
      ['背景音乐给俺关咧', [{ op: 'remove_music' }]],
      ['从第3秒到第6秒，给俺删咧', [{ op: 'cut_range', start_ms: 3000, end_ms: 6000 }]],
      ['那些空白全给我剪了', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['你剪咧没', '额头那段是啥', '给额看看', '嫑加音乐']);
  });

  describe('a part of the draft named, then asked of as a yes/no question (X能…吗, X可以…么, X能不能…, X可不可以…)', () => {
    table([
      ['背景音乐能关掉吗', [{ op: 'remove_music' }]],
      ['第二段能删掉吗', [{ op: 'remove_moment', index: 2 }]],
      ['音乐能小一点吗', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['标题能换成“新品上市”吗', [{ op: 'edit_text', text: '新品上市' }]],
      ['这个视频能改成竖屏吗', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['配乐可以关掉么？', [{ op: 'remove_music' }]],
      ['音乐能不能关掉', [{ op: 'remove_music' }]],
      ['第三段可不可以删掉？', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['这个能用吗', '标题能看清吗', '第二段能看吗', '音乐能听见吗', '我能加音乐吗', '这个能加那种闪闪的特效吗', '标题能不能看清']);
  });

  describe('one upload said to be enough (用 X 就行, 用 X 这一个文件就好)', () => {
    table([
      ['用 intro-final.mp4 就行', [{ op: 'use_sources', files: ['intro-final.mp4'] }]],
      ['用 take3.mov 这一个就好', [{ op: 'use_sources', files: ['take3.mov'] }]],
      ['帮我用 clip_a.mp4 这一个视频就可以了', [{ op: 'use_sources', files: ['clip_a.mp4'] }]],
      ['用 demo2.mp4 这个文件就够了', [{ op: 'use_sources', files: ['demo2.mp4'] }]],
    ]);
    nothing(['用 a.mp4 还是 b.mp4？', '别用 a.mp4', '用 a.mp4 的第二段']);
  });

  describe('a moment named by what it shows, its request, then its place after 就 (…那段加速，就第二段)', () => {
    table([
      ['开箱那段删掉，就第一段', [{ op: 'remove_moment', index: 1 }]],
      ['讲价那段放慢到0.5倍，就第三段', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['倒水那段 speed up 到 3 倍，就第二段吧', [{ op: 'set_speed', factor: 3, index: 2 }]],
    ]);
    nothing(['就第一段']);
  });

  describe('zooming out said 拉远些, 拉远一些, and the whole recording put in with 全, 都, 全都', () => {
    table([
      ['画面拉远些', [{ op: 'set_zoom', mode: 'less' }]],
      ['镜头拉远一些', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大太多了，拉远些', [{ op: 'set_zoom', mode: 'less' }]],
      ['原片都放进去', [{ op: 'keep_everything' }]],
      ['素材全都用上', [{ op: 'keep_everything' }]],
      ['不剪了，录屏全放进去', [{ op: 'keep_everything' }]],
      ['录屏都放慢', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
    nothing(['拉远些的镜头好看吗']);
  });

  describe('an edit of one\'s own made by mistake (改错了, 删错了), the reason for the undo beside it', () => {
    table([
      ['刚刚删错了，撤销', [{ op: 'undo' }]],
      ['我调错了，撤回', [{ op: 'undo' }]],
      ['改错了，退回上一步', [{ op: 'undo' }]],
      ['撤销，刚才加错了', [{ op: 'undo' }]],
    ]);
    nothing(['刚才删错了', '第二段删错了']);
  });

  describe('vertical and horizontal in Cantonese (竖住嘅, 打竖, 打横)', () => {
    table([
      ['打竖啦，发小红书', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['要横住嘅', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['打竖', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['画面要打横嘅', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    nothing(['打竖线']);
  });

  describe('a text moved, then the place it was just given said again (往下挪，挪到底部)', () => {
    table([
      ['标题往下挪，挪到底部', [{ op: 'edit_text', position: 'bottom' }]],
      ['字幕往上挪，放到最上面', [{ op: 'edit_text', position: 'top' }]],
      ['把字幕往下移，移到最下面', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    it('another place said after it is no part of that move: left unread', () => {
      assert.deepEqual(understood('标题往下挪，挪到中间'), { ops: [{ op: 'edit_text', position: 'bottom' }], unknown: ['挪到中间'] });
    });
  });

  describe('the feel wished for said in English beside the request (smooth 一点, clean 一点)', () => {
    table([
      ['crossfade 半秒，smooth 一点', [{ op: 'crossfade', ms: 500 }]],
      ['淡入淡出，clean 一点', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['转场两秒，smoother 一些', [{ op: 'crossfade', ms: 2000 }]],
    ]);
    nothing(['clean 一点']);
  });
});
