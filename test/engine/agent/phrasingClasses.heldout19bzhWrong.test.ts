import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 19b Chinese set the grammar read wrong (an edit not asked) or unsure: each case, a
 * new wording of its class, asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes
 * that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const MP4 = { op: 'export', format: 'mp4' } as const;
const GIF = { op: 'export', format: 'gif' } as const;
const UNDO = { op: 'undo' } as const;

describe('edit agent: held-out 19b Chinese wrong edits → exact operations or nothing', () => {
  describe('a fill changed into another (两边模糊改成黑边, 黑边换模糊, "change the blur to bars") is the one it changes to', () => {
    table([
      ['两侧的模糊改为黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['把黑边换成模糊的', [{ op: 'set_fill', fill: 'blur' }]],
      ['模糊背景换黑边吧', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['黑边改模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['switch the blur to black bars', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['竖屏，两边的模糊改成黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      // 代替 puts the first in the second's place; a "no" still says which is not wanted.
      ['用黑边代替两边的模糊', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['别用模糊了，用黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
  });

  describe('files counted or listed after an export of several (导出两个：一个mp4，一个gif) are one file each', () => {
    table([
      ['导出两份：一份mp4，一份gif', [MP4, GIF]],
      ['出两个版本，mp4和gif', [MP4, GIF]],
      ['导一个mov，一个gif', [{ op: 'export', format: 'mov' }, GIF]],
      ['导出mp4，再来一个gif', [MP4, GIF]],
      ['导出两个版本：一个webm，一个mp4', [{ op: 'export', format: 'webm' }, MP4]],
      // A format said alone after an export of one file is that file's.
      ['导出，要gif', [GIF]],
      ['导出4K，mov格式', [{ op: 'export', format: 'mov', resolution: '4k' }]],
    ]);
  });

  describe('the timeline cleared by any verb (时间线清掉, 清除时间线, 时间线上的东西全删了) starts over', () => {
    table([
      ['把时间线清掉', [{ op: 'start_over' }]],
      ['清除整个时间线', [{ op: 'start_over' }]],
      ['时间线上的内容全都删了，重新剪个30秒的', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 30_000 }]],
      ['时间轴给我清干净', [{ op: 'start_over' }]],
      ['全部清空，我要重新剪', [{ op: 'start_over' }]],
    ]);
  });

  describe('算了 said alone between a request and what is meant instead is a slip (开头淡入……算了，淡入淡出都要)', () => {
    table([
      ['加个淡入，算了，淡入淡出都加', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['结尾淡出……算了，淡入淡出都要，各一秒', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['开头淡入……算了，还是淡入淡出都要吧', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['剪30秒的，算了，40秒', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      // Another request after it is asked besides; a "no" after it withdraws the request.
      ['竖屏，算了，加个音乐', [{ op: 'set_aspect', aspect: '9:16' }, MUSIC]],
    ]);
    nothing(['结尾淡出……算了，不要了']);
  });

  describe('莫 before a verb is 别 (莫加转场, 莫压低), and transitions refused before or after their name are hard cuts', () => {
    table([
      ['片段之间莫加转场', [{ op: 'crossfade', ms: 0 }]],
      ['说话的时候音乐莫压低', [{ op: 'set_ducking', duck: false }]],
      ['转场别加了，直接切', [{ op: 'crossfade', ms: 0 }]],
      ['镜头之间不需要过渡', [{ op: 'crossfade', ms: 0 }]],
      ['段落之间甭加叠化', [{ op: 'crossfade', ms: 0 }]],
      ['段跟段一刀切过去', [{ op: 'crossfade', ms: 0 }]],
      ['段与段之间加转场', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['莫名其妙', '要不要加转场？', '转场不需要太花哨']);
  });

  describe('a title\'s words changed by 变更为, 调整为, 换为, 变成 (标题内容变更为“…”) are an edit of the title', () => {
    table([
      ['标题变更为“春季招聘会”', [{ op: 'edit_text', text: '春季招聘会' }]],
      ['将标题文字调整为“春季招聘会”', [{ op: 'edit_text', text: '春季招聘会' }]],
      ['标题换为“春季招聘会”', [{ op: 'edit_text', text: '春季招聘会' }]],
      ['标题的内容变成“春季招聘会”', [{ op: 'edit_text', text: '春季招聘会' }]],
      ['字幕内容变为“春季招聘会”', [{ op: 'edit_text', text: '春季招聘会' }]],
    ]);
  });

  describe('the last step said to be wrong, then undone, is one step back (上一步操作有误，请撤回)', () => {
    table([
      ['上一步有误，撤销', [UNDO]],
      ['上一步弄错了，麻烦撤回', [UNDO]],
      ['刚刚那个改错了，撤销一下', [UNDO]],
      ['剛剛那步改錯了，撤銷', [UNDO]],
      ['上一步有问题，撤回两步', [UNDO, UNDO]],
      ['the previous step was wrong, undo it', [UNDO]],
    ]);
  });

  describe('a particle closing a spoken clause (哒, 哦, 噢, 喽, 哇) asks nothing more: the place of the text just added', () => {
    table([
      ['加个标题“开学啦”，放在最下面哦', [{ op: 'add_text', text: '开学啦', style: 'title', position: 'bottom' }]],
      ['加一个标题，写“开学啦”，放中间哒', [{ op: 'add_text', text: '开学啦', style: 'title', position: 'center' }]],
      ['第二段删掉喽', [{ op: 'remove_moment', index: 2 }]],
      ['导出噢', [MP4]],
    ]);
  });

  describe('a part named, then its removal refused (标题不要删, 字幕别去掉, 标题不用删哦) asks nothing; 标题不要了 removes it', () => {
    table([
      ['标题不要了', [{ op: 'remove_text' }]],
      ['字幕删了吧', [{ op: 'remove_text' }]],
    ]);
    nothing(['标题不要删', '字幕别去掉哦', '标题不用删除，留着', '片头先别删']);
  });

  describe('a zoom at a point said before it, held as long as the zoom named again after it says (金器在第6秒，放大…，放大四秒)', () => {
    table([
      ['签名的地方在第12秒，放大一下，放大三秒', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 3000 }]],
      ['报价单出现在0:20，放大让大家看清，放大5秒', [{ op: 'zoom_at', start_ms: 20_000, duration_ms: 5000 }]],
    ]);
  });

  describe('转场 naming what a video shows (牦牛转场的视频) is no transition; "就中" (Henan) is 就行', () => {
    table([
      ['羊群转场的视频剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['导出，1080的就中', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
  });

  describe('what the edit refused or taken away would do (剪了就看不出…, 画面放大反而看不清) is its reason; who it is for too', () => {
    table([
      ['没人动的地方快进，别剪，剪了就看不出工序了', [{ op: 'speed_up_idle', factor: 4 }]],
      ['自动放大关掉，放大了反而看不清', [{ op: 'set_zoom', mode: 'off' }]],
      ['改成竖屏，放视频号主页用', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['放大一点，看不清', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    nothing(['放大反而看不清']);
  });

  describe('the step undone, brought back with who for between (撤销掉的那一步帮我恢复回来) is a redo', () => {
    table([
      ['刚才撤销掉的那一步帮我恢复回来', [{ op: 'redo' }]],
      ['撤销掉的那步给我还原', [{ op: 'redo' }]],
      ['撤回的那个操作麻烦恢复一下', [{ op: 'redo' }]],
    ]);
  });

  describe('an emoji between Chinese clauses ends a clause (第三段放第一个🌊 再加个标题)', () => {
    table([
      ['第二段挪到最后😎 再加个标题“周末愉快”', [{ op: 'move_moment', index: 2, to: 3 }, { op: 'add_text', text: '周末愉快', style: 'title' }]],
      ['第三段放第一个🌊，加点音乐', [{ op: 'move_moment', index: 3, to: 1 }, MUSIC]],
      ['改成竖屏🙏导出', [{ op: 'set_aspect', aspect: '9:16' }, MP4]],
    ]);
  });

  describe('the user\'s upload named beside a backdrop asked with no kind is that backdrop (当背景用，叫shaxian.jpg)', () => {
    table([
      ['加个背景，叫cafe.jpg', [{ op: 'set_background', background: 'cafe.jpg' }]],
      ['放个背景，用我刚刚上传的那张海报', [{ op: 'set_background', background: 'image' }]],
      ['我传了一张店门口的照片，拿来当背景', [{ op: 'set_background', background: 'image' }]],
      ['那张图我有传上去，当背景，文件叫door.png', [{ op: 'set_background', background: 'door.png' }]],
      // The default asked for by name stays the default.
      ['我上传的照片太暗了，背景就用默认的', [{ op: 'set_background', background: 'aurora' }]],
    ]);
  });

  describe('竖屏 and 横屏 typed by their sound (竖频, 横平) are the shapes', () => {
    table([
      ['改成竖频', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['剪30秒，横频的', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_aspect', aspect: '16:9' }]],
    ]);
  });

  describe('the extra part of the frame (多的部分, 空出来那块) named with a fill is filled so', () => {
    table([
      ['多的部分用黑边填', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['改成1:1，空出来那块用模糊填上', [{ op: 'set_aspect', aspect: '1:1', fill: 'blur' }]],
      ['多余的地方用模糊的', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
  });

  describe('an export put off until someone has looked (导出等我确认完再说, 等客户看过再导出) is refused', () => {
    table([
      ['比例改成竖屏，导出等我看完再说', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['分辨率调到1080p，等老板确认了再导出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['加个音乐，等我检查完再导', [MUSIC]],
      ['剪成30秒再导出', [{ op: 'compile_best_moments', target_ms: 30_000 }, MP4]],
    ]);
    nothing(['等我确认完再导出', '导出等客户看过再说']);
  });
});
