import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes of the held-out 15 Chinese set the grammar used to leave unread (nothing or not all read):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing.
 */

describe('edit agent: held-out 15 Chinese phrasing classes left unread → exact operations', () => {
  describe('a removal said after what it takes (全给删了, 给它剪掉, 割掉, 能否全部去掉), of stretches named by "those" (没人动的那些)', () => {
    table([
      ['没人动的那些，全给删了', [{ op: 'remove_dead_air' }]],
      ['第三段，割掉', [{ op: 'remove_moment', index: 3 }]],
      ['停顿的地方，能否全部去掉', [{ op: 'remove_dead_air' }]],
      ['第一段是我在发呆，割了它', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['第二段别割', '割草那段好看', '没人动的那些挺有意思']);
  });

  describe('written words: 之处 (the places), 悉数 (all), 略去 (leave out)', () => {
    table([
      ['无声之处悉数删去', [{ op: 'remove_dead_air' }]],
      ['第二段略去', [{ op: 'remove_moment', index: 2 }]],
      ['第一段能否略去', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['静止之处很好看', '第二段不要略去']);
  });

  describe('an upload named by its upload order (我上传的第二个, 最后一个上传的), or put in with the others refused', () => {
    table([
      ['只用我上传的第二个', [{ op: 'use_sources', files: ['2'] }]],
      ['就要最后一个上传的', [{ op: 'use_sources', files: ['last'] }]],
      ['把 b.mp4 和第一个视频放进来，其他的不要', [{ op: 'use_sources', files: ['b.mp4', '1'] }]],
      ['只用 a.mp4 和第二个视频', [{ op: 'use_sources', files: ['a.mp4', '2'] }]],
      ['只用第三个机位的 cam3.mp4', [{ op: 'use_sources', files: ['cam3.mp4'] }]],
    ]);
    nothing(['第一个上传的拍歪了', '上传的第二个好看吗', '别用第二个上传的', 'a.mp4 拍歪了，别的不用']);
  });

  describe('a moment\'s length set (时长设成, 定为)', () => {
    table([
      ['第二段时长设成5秒', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['最后一段定为4秒', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
    ]);
    nothing(['第二段时长是多少']);
  });

  describe('a speed pulled to a figure (速度拉到, 倍速, 倍率), or said alone after one (…，倍速8)', () => {
    table([
      ['速度拉到1.2', [{ op: 'set_speed', factor: 1.2 }]],
      ['倍速调成0.8', [{ op: 'set_speed', factor: 0.8 }]],
      ['倍率调到2', [{ op: 'set_speed', factor: 2 }]],
      ['等待的地方快进，倍速8', [{ op: 'speed_up_idle', factor: 8 }]],
    ]);
    nothing(['速度别拉到2', '倍率是多少']);
  });

  describe('题名: the title', () => {
    table([['题名改成「春日」', [{ op: 'edit_text', text: '春日' }]]]);
    nothing(['题名好看吗']);
  });

  describe('the sound switched off (把声音关掉) or back at its level as recorded (原来的音量, 全开), 说话声 its voice', () => {
    table([
      ['把声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['原声调回原来的音量', [{ op: 'set_source_volume', volume: 1 }]],
      ['讲话声全开', [{ op: 'set_source_volume', volume: 1 }]],
      ['说话声调到六成', [{ op: 'set_source_volume', volume: 0.6 }]],
    ]);
    nothing(['声音别关掉', '音乐全开', '声音关掉吗？']);
  });

  describe('beside a request, why or what it leaves: 搞砸了 (start over), 画面干净点 (no text), 只挑精彩的部分 (a clip), 弄一下啦', () => {
    table([
      ['全部清空，搞砸了', [{ op: 'start_over' }]],
      ['删掉所有字幕，画面干净点', [{ op: 'remove_text' }]],
      ['剪个一分钟的，只挑精彩的部分', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['改成竖屏，帮我弄一下啦', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['搞砸了', '画面干净点', '弄一下啦']);
  });

  describe('IG 限动 (stories) is a tall shape; 缩回去一点 a lesser zoom', () => {
    table([
      ['发限时动态用的，竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['镜头缩回去一点', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(['限动好看吗', '缩回去一点是什么意思？']);
  });

  describe('a complaint said as the change (镜头太近 is less zoom; 切换不要生硬 a soft transition)', () => {
    table([
      ['镜头推得太近了', [{ op: 'set_zoom', mode: 'less' }]],
      ['转场不要太突兀', [{ op: 'crossfade', ms: 500 }]],
      ['镜头切换柔和一点', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['镜头太近了吗？', '画面切换柔和吗？', '镜头切换生硬吗']);
  });

  describe('a stretch named, said again plainly (就是…), then sped up: one stretch', () => {
    table([['等加载那几秒，就是画面不动的，加速', [{ op: 'speed_up_idle', factor: 4 }]]]);
    nothing(['等加载那几秒，就是画面不动的']);
  });

  describe('the bars and the blur said by their look, doubled (上下黑黑的, 糊糊的)', () => {
    table([
      ['两边黑黑的就行', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['两边糊糊的就行', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['画面黑黑的', '字幕糊糊的', '上下黑黑的好丑']);
  });

  describe('a question about the draft beside showing its tracks (你都剪了什么，列出来)', () => {
    table([['你都剪了什么，列出来', [{ op: 'show_tracks' }]]]);
    nothing(['视频里有什么']);
  });

  describe('beside a request, who showed the user the tool (孩子教我用这个) or what was recorded (我录了个…的演示)', () => {
    table([
      ['孩子教我用这个，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['我录了一段加字幕的教程，竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['我录了个演示', '孩子教我用这个', '我录了个演示，字幕删掉吗？']);
  });
});
