import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 39, Chinese from learners, phone typists and writers mixing in their own languages:
 * - Chinese typed a word at a time ("剪 成 一 分 半 钟", "撤销 两 次", "从 2 秒 到 6 秒") read as written without those
 *   spaces, unless read as typed it is sure of other kinds of request (导出 前 给 我 看 一下 有 什么 轨道: no export); chat
 *   typing that parts clauses by a space, and a text's unquoted words, keep theirs;
 * - the ducking refused after a comma that parts it from when it would dip (说话的时候，音乐不要变小);
 * - the zoom switched off by its things or wholly (放大的东西关掉, zoom 完全关掉);
 * - a fade's other end said in Chinese to be the same (结尾也一样, 片头同样);
 * - the fill chosen by 的要 after it, the black sides refused by 不要 after them (黑色的不要，模糊的要);
 * - the recording's sound named before whose it is (声音原来的不要了), Cantonese 原本把声 (the original's voice);
 * - French verbs of taking away beside the part (enlève 背景), 它 after an English verb (delete 它);
 * - the change between moments named 转换 or 切换 (每段之间的转换 一秒) is a crossfade;
 * - a text's noun typed by its sound (标提, 字母) mended in the whole message, so its unquoted words are found; 黑编 is
 *   黑边, 给我减了 is 剪了;
 * - the start or end of the clip said as 开始的时候 / 结束的时候 before how long a text shows;
 * - 最顶 (the very top), Cantonese 喺最頂 and 出返嚟;
 * - 中间 before someone doing something there is when, not where;
 * - a card's words set apart by a space after 加个卡片, then how long it shows;
 * - Japanese inside Chinese: a polite ending (删除してください) is the request; where a thing goes said before the verb
 *   that puts or moves it there (上面放置, 第一的位置移动) is said after it;
 * - the music complained of, then taken away by 拿掉, 删除, 移除 (音乐太吵，拿掉吧), as 去掉 took it;
 * - a setting switched on (the ducking, the auto zoom), then 打开 alone ("这个功能，打开"): said again;
 * - a bare 好？, 行？ after a comma closing a request asks agreement, nothing more;
 * - a verb of making said last, alone, after the length or shape it makes (60秒的长度，请做成): said again.
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 39, Chinese from learners and mixed-language writers', () => {
  describe('Chinese typed a word at a time', () => {
    sure([
      ['剪 成 一 分 半 钟', [{ op: 'compile_best_moments', target_ms: 90000 }]],
      ['撤销 两 次', [{ op: 'undo' }, { op: 'undo' }]],
      ['第三段 太 长 了，剪掉 两秒 吧', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['片头 卡：新品 发布，三 秒 半', [{ op: 'add_card', card: 'intro', text: '新品 发布', duration_ms: 3500 }]],
      ['加 一个 字幕：“欢迎 光临”，从 2 秒 到 6 秒', [{ op: 'add_text', text: '欢迎 光临', style: 'caption', start_ms: 2000, end_ms: 6000 }]],
      ['放大 多 一点 吧', [{ op: 'set_zoom', mode: 'more' }]],
      ['原声 全部 不要 了', [{ op: 'set_source_volume', volume: 0 }]],
      ['写 字：春季 招生，在 下面', [{ op: 'add_text', text: '春季 招生', style: 'title', position: 'bottom' }]],
    ]);
  });

  describe('look-alikes: chat spaces and a text\'s unquoted words keep their spaces', () => {
    table([
      ['第三段不要啦 那个是我录错的', [{ op: 'remove_moment', index: 3 }]],
      ['加个字幕 注意安全 放在最上面', [{ op: 'add_text', text: '注意安全', style: 'caption', position: 'top' }]],
      ['加个标题 写 新品上市 放最后', [{ op: 'add_text', text: '新品上市', style: 'title', anchor: 'end' }]],
    ]);
    notSure(['这 个 视频 是 我 拍 的']);
    sure([['导出 前 给 我 看 一下 有 什么 轨道', [{ op: 'show_tracks' }]]]);
  });

  describe('the ducking refused after a comma', () => {
    sure([
      ['说话的时候，音乐不要变小', [{ op: 'set_ducking', duck: false }]],
      ['我讲话的时候，背景音乐别压低', [{ op: 'set_ducking', duck: false }]],
      ['有人说话的时候，bgm 不用降低', [{ op: 'set_ducking', duck: false }]],
    ]);
    sure([['说话的时候，音乐要变小', [{ op: 'set_ducking', duck: true }]]]);
  });

  describe('the zoom switched off by its things, or wholly', () => {
    sure([
      ['zoom 完全关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大的东西关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['缩放的效果完全关了', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大 的 东西 都 关掉', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
  });

  describe('a fade\'s other end said to be the same', () => {
    sure([
      ['开头淡入两秒，结尾也一样', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['淡出一秒，开头也是', [{ op: 'fade', target: 'clip', out_ms: 1000, in_ms: 1000 }]],
      ['开头慢慢出来，结尾同样', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['片尾淡出两秒，片头同样', [{ op: 'fade', target: 'clip', out_ms: 2000, in_ms: 2000 }]],
      ['淡入一秒，结尾也是这样', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
  });

  describe('the fill chosen by 的要, the black sides refused', () => {
    sure([
      ['两边黑色的不要，模糊的要', [{ op: 'set_fill', fill: 'blur' }]],
      ['黑色的不要，模糊的要', [{ op: 'set_fill', fill: 'blur' }]],
      ['模糊的要', [{ op: 'set_fill', fill: 'blur' }]],
      ['两边黑色', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    nothing(['模糊的不要']);
  });

  describe('the recording\'s sound named before whose it is', () => {
    sure([
      ['声音原来的不要了', [{ op: 'set_source_volume', volume: 0 }]],
      ['录音原本的关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['原本把聲熄咗佢', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['声音原来的就很好']);
  });

  describe('French verbs of taking away, and 它 after an English verb', () => {
    sure([
      ['enlève 音乐', [{ op: 'remove_music' }]],
      ['enlève 背景', [{ op: 'remove_background' }]],
      ['supprime 第二段', [{ op: 'remove_moment', index: 2 }]],
      ['第二段 我不要了，delete 它', [{ op: 'remove_moment', index: 2 }]],
      ['音乐 remove 它吧', [{ op: 'remove_music' }]],
    ]);
  });

  describe('the change between moments named 转换 or 切换', () => {
    sure([
      ['每段之间的转换 一秒', [{ op: 'crossfade', ms: 1000 }]],
      ['片段之间的切换，0.8 秒', [{ op: 'crossfade', ms: 800 }]],
    ]);
    sure([
      ['把格式转换成mp4', [{ op: 'export', format: 'mp4' }]],
      ['片段之间的转换成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('a text noun typed by its sound, 黑编, 给我减了', () => {
    sure([
      ['加个标提 春季招生 放在下面', [{ op: 'add_text', text: '春季招生', style: 'title', position: 'bottom' }]],
      ['字母改成 限时 特价', [{ op: 'edit_text', text: '限时 特价' }]],
      ['竖评 黑编', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['没动静的地方 都给我减了', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['英文字母太小了', '音量给我减了']);
  });

  describe('the start or end said as when it begins or ends, before how long a text shows', () => {
    sure([
      ['标题：“夏日 市集”，开始的时候3秒', [{ op: 'add_text', text: '夏日 市集', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['字幕“谢谢”，结束的时候显示两秒', [{ op: 'add_text', text: '谢谢', style: 'caption', anchor: 'end', duration_ms: 2000 }]],
    ]);
  });

  describe('最顶, and Cantonese 喺最頂, 出返嚟', () => {
    sure([
      ['加个标题：山顶 日出 在最顶', [{ op: 'add_text', text: '山顶 日出', style: 'title', position: 'top' }]],
      ['加個標題：早晨 喺最頂', [{ op: 'add_text', text: '早晨', style: 'title', position: 'top' }]],
      ['開頭慢慢出返嚟 兩秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
    ]);
  });

  describe('中间 before someone doing something there is when', () => {
    sure([
      ['中间我在调试没说话的地方，加速', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    sure([['中间那段删掉', [{ op: 'remove_moment', index: 2 }]]]);
  });

  describe('a card\'s words set apart by a space after 加个卡片, then how long', () => {
    sure([
      ['片头加个卡片 春季招生 三秒', [{ op: 'add_card', card: 'intro', text: '春季招生', duration_ms: 3000 }]],
      ['加个片尾卡 谢谢观看 两秒', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
    ]);
    notSure(['片头加个卡片 春季招生']);
  });

  describe('Japanese endings and verb-last order inside Chinese', () => {
    sure([
      ['第三个的片段，删除してください', [{ op: 'remove_moment', index: 3 }]],
      ['音乐，删除してください', [{ op: 'remove_music' }]],
      ['第二个片段，第一的位置移动', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['第三段，第一的位置移动，请', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['字幕“你好”，下面放置', [{ op: 'add_text', text: '你好', style: 'caption', position: 'bottom' }]],
      ['把第二段移到第一的位置', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['下面放的是什么', '我放在上面了', '第二段的位置不对']);
  });

  describe('the music complained of, then taken away', () => {
    sure([
      ['音乐太吵，拿掉', [{ op: 'remove_music' }]],
      ['音乐太吵，删除', [{ op: 'remove_music' }]],
      ['配乐听着烦，移除吧', [{ op: 'remove_music' }]],
    ]);
    sure([['音乐太吵 小一点', [{ op: 'set_music_volume', change: 'quieter' }]]]);
    nothing(['音乐不要删除']);
  });

  describe('a setting switched on, then switched on alone', () => {
    sure([
      ['自动放大，打开', [{ op: 'set_zoom', mode: 'auto' }]],
      ['说话时音乐自动变小，打开吧', [{ op: 'set_ducking', duck: true }]],
      ['我讲话的时候音乐自动压低，这个功能，开启', [{ op: 'set_ducking', duck: true }]],
    ]);
    notSure(['音乐小一点，打开']);
  });

  describe('a bare tag asking agreement after a comma', () => {
    sure([
      ['视频剪成四十秒，好？', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['zoom 关掉，行？', [{ op: 'set_zoom', mode: 'off' }]],
      ['音乐小一点，可以？', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['好？', '音乐好？']);
  });

  describe('a verb of making said last, after the length or shape', () => {
    sure([
      ['这个视频，45秒的长度，请做成', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['竖屏，改成吧', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['四十秒，做成', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    notSure(['字幕“你好”，做成', '做成']);
  });
});
