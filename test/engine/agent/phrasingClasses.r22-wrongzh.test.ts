import { table, nothing } from './phrasingTable';

/**
 * Round 22's Chinese wrong edits (a keyword read out of its context, a figure given to the wrong part, a verb taken as
 * another intent): each a class, read in new wordings of it (against a draft of 3 moments and 1 text), and the
 * look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const UNDUCKED = { op: 'add_music', track: 'lofi', volume: 0.35, duck: false } as const;
const EXPORT = { op: 'export', format: 'mp4' } as const;

describe('edit agent: round 22 Chinese wrong edits → exact operations or nothing', () => {
  describe('a refusal in dialect (莫要, 覅, 唔要) or said after what it refuses (配乐就不加了, 剪是覅剪个) adds nothing', () => {
    table([
      ['分辨率改成1080p，先覅导出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['分辨率改成720p，今天先不导出', [{ op: 'set_resolution', resolution: '720p' }]],
      ['没动静的地方快进，剪是不剪的', [{ op: 'speed_up_idle', factor: 4 }]],
      ['发呆的地方快进过去，剪就别剪了', [{ op: 'speed_up_idle', factor: 4 }]],
      ['剪是覅剪个', [{ op: 'keep_everything' }]],
      ['音乐唔要啦', [{ op: 'remove_music' }]],
      ['第二段唔要', [{ op: 'remove_moment', index: 2 }]],
      // The "no" before the export, typed with no comma after another request, refuses the export, not the request.
      ['剪成30秒 先别导出', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['剪成30秒不要导出', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['莫要配乐', '莫要加音乐哈', '配乐覅加', '配乐就不加了', '背景音乐就别加了吧', '字幕就别加了', '片尾不用加', '今朝覅导出',
      '先覅导出，明天再说', '莫要导出',
      // A state said first, typed apart by a space, then the refusal.
      '下班了 先别导出', '收工了 今天不用导出 明天再说']);
  });

  describe('the time someone speaks, said in dialect (吆喝哩时候, 说那会儿, 喊价那阵子) or refused with 勿, is the ducking', () => {
    table([
      ['加段配乐，我喊价那阵子自动压低', [MUSIC]],
      ['音乐给配上，我说那会儿音乐压低点', [MUSIC]],
      ['配个音乐，俺吆喝哩时候自动压低', [MUSIC]],
      ['加音乐，讲解的时候请勿压低音乐', [UNDUCKED]],
      ['加音乐，讲话时音乐也不用降', [UNDUCKED]],
      ['配个音乐，我说的时候别压下去，要一块儿响', [UNDUCKED]],
      ['我说那会儿音乐别压下去', [{ op: 'set_ducking', duck: false }]],
    ]);
    nothing(['说好的音乐呢？', '我刚才说的那会儿你没听']);
  });

  describe('a version exported after a part taken away (去了片尾再导一版, 唔要), a card said 卡, a copy saved (另存一份gif)', () => {
    table([
      ['去了标题再导一版', [{ op: 'remove_text' }, EXPORT]],
      ['先导一版，去了音乐再导一版', [EXPORT, { op: 'remove_music' }, EXPORT]],
      ['片尾唔要再导一次', [{ op: 'remove_card', card: 'outro' }, EXPORT]],
      ['结尾加张卡“谢谢收看”', [{ op: 'add_card', card: 'outro', text: '谢谢收看', duration_ms: 2000 }]],
      ['开头插一张卡“第一集”', [{ op: 'add_card', card: 'intro', text: '第一集', duration_ms: 2000 }]],
      ['导出mp4，另存一份gif', [EXPORT, { op: 'export', format: 'gif' }]],
      ['输出1080p，再存一份gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['加张卡顿的效果？', '去了趟片场']);
  });

  describe('the empty places an aspect leaves (空的地方, 空位; not 空白的地方, maybe a silent stretch), said blurred (糊一下, 模糊), are the blur fill', () => {
    table([
      ['改成竖屏，空的地方糊一下', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      ['改成9:16，多出来的地方糊掉', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      ['弄成正方形，空位模糊', [{ op: 'set_aspect', aspect: '1:1', fill: 'blur' }]],
    ]);
    nothing(['空的地方太多了', '第二段有点糊', '我都糊涂了', '空白的地方虚化一下']);
  });

  describe('a text put at the top or bottom in a word (放底, 放顶, 显示于), shown from the start to a second (从头到第六秒)', () => {
    table([
      ['加字幕“老铺”，放顶', [{ op: 'add_text', text: '老铺', style: 'caption', position: 'top' }]],
      ['标题放到顶', [{ op: 'edit_text', position: 'top' }]],
      ['字幕摆底吧', [{ op: 'edit_text', position: 'bottom' }]],
      ['加标题“巡检”，显示于画面底部', [{ op: 'add_text', text: '巡检', style: 'title', position: 'bottom' }]],
      ['加字幕“你好”，从开头到5秒', [{ op: 'add_text', text: '你好', style: 'caption', start_ms: 0, end_ms: 5000 }]],
      ['加字幕“你好”，从一开始到第3秒', [{ op: 'add_text', text: '你好', style: 'caption', start_ms: 0, end_ms: 3000 }]],
      ['加标题“你好”，开头到第三秒', [{ op: 'add_text', text: '你好', style: 'title', start_ms: 0, end_ms: 3000 }]],
    ]);
    nothing(['片头到第三秒太长了吗？', '到底要多久']);
  });

  describe('the zoom said to push in by itself (自动推近, 自动拉近) is the automatic zoom, not more of it', () => {
    table([
      ['画面跟着鼠标自动拉近', [{ op: 'set_zoom', mode: 'auto' }]],
      ['镜头自动推近', [{ op: 'set_zoom', mode: 'auto' }]],
      ['操作的地方自动推近一下', [{ op: 'set_zoom', mode: 'auto' }]],
      ['推近一点', [{ op: 'set_zoom', mode: 'more' }]],
      // Refused, it is the automatic zoom switched off.
      ['别自动推近', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    nothing(['自动推近是什么意思？']);
  });

  describe('one voice taken out of the recording\'s sound (路人的说话声, 老公说话的声音), the rest kept, is no edit made: no mute', () => {
    table([
      ['把我说话的声音去掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['视频里说话的声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['把说话声去掉', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['把旁边人说话的声音去掉', '旁边小孩讲话的声音能去掉吗', '别人聊天的声音去掉，留我的', '有没有办法把邻居讲话的声音去掉 只留鸟叫']);
  });

  describe('the feel of an edit (加速感, 放大感), a verb made a noun, is how the video should feel, no edit (nor its figure lost)', () => {
    table([
      ['第二段两倍速，有种加速感', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['第一段加速到三倍，展示一下加速感', [{ op: 'set_speed', factor: 3, index: 1 }]],
      ['第三段两倍速 有加速感', [{ op: 'set_speed', factor: 2, index: 3 }]],
    ]);
    nothing(['展示加速感', '没有放大感']);
  });
});
