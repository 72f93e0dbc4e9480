import { table, nothing } from './phrasingTable';

/**
 * Round 23's Chinese wrong edits, by the way of asking behind them (new wordings, no bench lines), read against a draft
 * of 3 moments and 1 text, and the look-alikes that must not be read that way.
 */

describe('edit agent: round 23 Chinese wrong edits → exact operations or nothing', () => {
  describe('idle stretches played fast, then their cut refused with only a space between (快进四倍 唔好剪): the speed-up, no "keep all"', () => {
    table([
      ['没人讲话的时候 快快地播 别剪', [{ op: 'speed_up_idle', factor: 4 }]],
      ['啥事都没发生的地方 加速 六倍 别删', [{ op: 'speed_up_idle', factor: 6 }]],
      ['没事发生的那些地方 快进8倍 不用剪', [{ op: 'speed_up_idle', factor: 8 }]],
      ['发呆的地方，快快地放过去', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没人动的那几段 快放 不要删', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没动静的那几段，快快的放过去，不用剪', [{ op: 'speed_up_idle', factor: 4 }]],
      ['冇人讲嘢嘅位 快进三倍 唔好剪', [{ op: 'speed_up_idle', factor: 3 }]],
      // A moment named by its place, then called boring: that moment sped up (a boring stretch inside it is idle).
      ['第三段快进两倍 好无聊', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['speed up clip 1 2x, so boring', [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['第二段无聊的地方加速', [{ op: 'speed_up_idle', factor: 4 }]],
      // The whole video sped up, its cut refused, is both.
      ['加速 不要剪', [{ op: 'set_speed', factor: 1.5 }, { op: 'keep_everything' }]],
    ]);
    nothing(['快快的放音乐', '没事发生就好']);
  });

  describe('a setting, then a step put off with a space (分辨率4k 先别导出): the setting, no export', () => {
    table([
      ['720p 暂时不要导出', [{ op: 'set_resolution', resolution: '720p' }]],
      ['分辨率改成720p 还不用导出', [{ op: 'set_resolution', resolution: '720p' }]],
      ['1080p 先不导出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['set resolution to 4k 先别导出', [{ op: 'set_resolution', resolution: '4k' }]],
      ['分辨率调4k 先不要render', [{ op: 'set_resolution', resolution: '4k' }]],
      ['竖屏 先别加音乐', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加音乐 先别导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['音乐 先不要加', '先不要export']);
  });

  describe('a figure or a word given to the wrong part (头五秒 as a clip length, 喺0:18 as one, 油亮点 as highlights, a length before an ellipsis)', () => {
    table([
      ['加个标题「早安」 只要头三秒', [{ op: 'add_text', text: '早安', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['字幕「开业大吉」显示头4秒', [{ op: 'add_text', text: '开业大吉', style: 'caption', anchor: 'start', duration_ms: 4000 }]],
      ['剪掉头五秒', [{ op: 'cut_range', start_ms: 0, end_ms: 5000 }]],
      ['头三秒加标题「你好」', [{ op: 'add_text', text: '你好', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['佢举手嗰下喺0:42，推近啲', [{ op: 'zoom_at', start_ms: 42000, duration_ms: 3000 }]],
      ['开头淡入 两秒…再导出mp4', [{ op: 'fade', target: 'clip', in_ms: 2000 }, { op: 'export', format: 'mp4' }]],
      ['结尾淡出，四秒……跟电影一样', [{ op: 'fade', target: 'clip', out_ms: 4000 }]],
      ['剪个亮点', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    nothing(['鸭子能不能搞得油亮点', '画面搞得光亮点', '镜头五秒不太够吗？']);
  });

  describe('the step just undone, named by 那一下 (刚撤销的那一下再给我恢复回来): brought back, no undo', () => {
    table([
      ['刚撤销的那一下恢复回来', [{ op: 'redo' }]],
      ['刚才撤回的那一下，恢复回来', [{ op: 'redo' }]],
      ['撤掉的那一下再帮我还原', [{ op: 'redo' }]],
      ['刚才撤回的那个再给额恢复回来', [{ op: 'redo' }]],
      ['撤销那一下', [{ op: 'undo' }]],
      ['撤销刚才那一下', [{ op: 'undo' }]],
    ]);
    nothing(['刚才撤销的那一下']);
  });

  describe('the zoom pointed at with 那个/这个 (zoom 那个关掉), switched off, not on', () => {
    table([
      ['zoom 那个去掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['缩放那个关了', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大这个关掉吧', [{ op: 'set_zoom', mode: 'off' }]],
      ['自动放大那个不要了', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    nothing(['把第二段放大那个关掉']);
  });

  describe('one more file or text in Cantonese and Malaysian word order (出多一个gif, mp4 也来一个): its own, no size of the other', () => {
    table([
      ['导出mp4 720p，然后出多一个gif', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif' }]],
      ['导出 mov 4k 然后 gif 也要一个', [{ op: 'export', format: 'mov', resolution: '4k' }, { op: 'export', format: 'gif' }]],
      ['导出mp4 1080p，再来一个webm', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'webm' }]],
      ['加多一个字幕「欢迎光临」', [{ op: 'add_text', text: '欢迎光临', style: 'caption' }]],
      // Said again of the same file, as an export of another format, the size carries.
      ['导出mp4 1080p，然后导出webm', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'webm', resolution: '1080p' }]],
    ]);
  });

  describe('Malaysian and Cantonese verbs (换去 for 换成, 裁走 for 裁掉)', () => {
    table([
      ['字幕改去“明天见”', [{ op: 'edit_text', text: '明天见' }]],
      ['标题换去「开张大吉」', [{ op: 'edit_text', text: '开张大吉' }]],
      ['竖屏 两边裁走唔要黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
    ]);
    nothing(['换去第二段']);
  });

  describe('asking the tool to post the video, with an English verb (可以帮我直接post去TikTok吗): no frame shape picked', () => {
    nothing(['这个可以帮我直接post去TikTok吗', '可以帮我 upload 到 youtube 吗', '帮我直接share到小红书', '能不能 post 去 instagram']);
    table([
      ['发抖音用的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['post去tiktok用的，竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('Cantonese 唔好 before a verb is "don\'t" (我讲嘢嗰阵唔好压低佢): the refusal, not the verb', () => {
    table([
      ['我讲嘢嗰阵唔好压低佢', [{ op: 'set_ducking', duck: false }]],
      ['音乐唔好压低', [{ op: 'set_ducking', duck: false }]],
      ['冇人讲嘢嗰啲位 快进 唔好剪', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['第二段唔好剪', '字幕唔好睇']);
  });

  describe('what a part costs, said after it is refused (这边放音乐要版权的): why, no request for it', () => {
    nothing(['背景音乐别加了，这里放音乐要授权的', '别加音乐，用这首歌得付费', '用歌要版权的']);
    table([
      ['加个音乐，不要收费的', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('moments listed, then shortened by one length (第二段和第三段各缩短一秒): each of them, not the first alone', () => {
    table([
      ['第二段和第三段各缩短一秒', [{ op: 'trim_moment', index: 2, by_ms: 1000 }, { op: 'trim_moment', index: 3, by_ms: 1000 }]],
      ['第一、三段都剪短两秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['第一段和第二段缩短到5秒', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['第一段与第三段都砍短一秒', [{ op: 'trim_moment', index: 1, by_ms: 1000 }, { op: 'trim_moment', index: 3, by_ms: 1000 }]],
      // One compared with the other is the one shortened.
      ['第一段剪短三秒跟第三段一样', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['第二段剪短两秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
    ]);
  });

  describe('a colon heading the cards or texts listed after it, each named with its words (片头片尾都加上：片头“…”，片尾“…”)', () => {
    table([
      ['片头片尾都加上：片头“A”，片尾“B”', [{ op: 'add_card', card: 'intro', text: 'A', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'B', duration_ms: 2000 }]],
      ['头尾各加一张卡：片头「春季招生」，片尾「报名热线」，各四秒', [{ op: 'add_card', card: 'intro', text: '春季招生', duration_ms: 4000 }, { op: 'add_card', card: 'outro', text: '报名热线', duration_ms: 4000 }]],
      ['加两个字幕：字幕“上午”，字幕“下午”', [{ op: 'add_text', text: '上午', style: 'caption' }, { op: 'add_text', text: '下午', style: 'caption' }]],
      // Words that only quote a word inside them are still the words.
      ['加一行字幕：点击右上角“保存”', [{ op: 'add_text', text: '点击右上角“保存”', style: 'caption' }]],
      ['最后加个片尾：加油小将们！', [{ op: 'add_card', card: 'outro', text: '加油小将们！', duration_ms: 2000 }]],
    ]);
  });
});
