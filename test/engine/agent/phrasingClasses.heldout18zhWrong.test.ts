import { nothing, table } from './phrasingTable';

/**
 * Classes of the Chinese wrong edits (and readings asked about first) of held-out 18: each read in other wordings than
 * the set's, beside look-alikes that must stay as they were.
 */
const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const MP4 = { op: 'export', format: 'mp4' } as const;

describe('phrasing classes, held-out 18 zh wrong edits', () => {
  describe('一百五 is 150: a lone digit after 百 is its tens; 零 keeps it a unit', () => {
    table([
      ['原声开大到百分之一百五', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['音乐音量调到百分之一百二', [{ op: 'set_music_volume', volume: 1.2 }]],
      ['把原声提到百分之一百八吧', [{ op: 'set_source_volume', volume: 1.8 }]],
      ['人声调到百分之两百', [{ op: 'set_source_volume', volume: 2 }]],
      ['原声调到百分之一百零五', [{ op: 'set_source_volume', volume: 1.05 }]],
    ]);
    nothing(['一百五十块钱的预算']);
  });

  describe('a title made into (搞成, 弄成, 整成, 变成) quoted words is edited, not added', () => {
    table([
      ['标题弄成“周末特价”', [{ op: 'edit_text', text: '周末特价' }]],
      ['把标题整成“开业大吉”', [{ op: 'edit_text', text: '开业大吉' }]],
      ['字幕搞成“欢迎光临”吧', [{ op: 'edit_text', text: '欢迎光临' }]],
      ['标题变成“新品上市”', [{ op: 'edit_text', text: '新品上市' }]],
      ['麻烦把标题弄成“限时优惠”', [{ op: 'edit_text', text: '限时优惠' }]],
    ]);
    nothing(['标题搞成这样不好看']);
  });

  describe('music lowered while people talk (通话, 对讲, 喊话, 对话) is ducking, which added music has', () => {
    table([
      ['加点音乐，对讲的时候音乐自动压低', [MUSIC]],
      ['配个背景乐，通话时把音乐压低', [MUSIC]],
      ['加bgm，有人喊话的时候音乐压低一点', [MUSIC]],
      ['加背景音乐，对话的时候自动压低音乐', [MUSIC]],
    ]);
    nothing(['通话的时候信号不好']);
  });

  describe('冇得 (Hubei, Hunan) is 没有', () => {
    table([
      ['冇得人讲话的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['冇得动静的地方快进八倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['那些冇得动作的地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['冇得问题']);
  });

  describe('a rendering shown (产品渲染, 模型渲染, 渲染图) is what the clip is about, no export', () => {
    table([
      ['这是个产品渲染 demo，剪成40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['模型渲染的片子，做成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['渲染成mp4', [MP4]],
      ['渲染一下', [MP4]],
    ]);
    nothing(['产品渲染图挺好看的']);
  });

  describe('cut points (剪辑点) put on the beat, or a file used as a trailer (当预告), ask no cut', () => {
    table([
      ['导出gif当预告', [{ op: 'export', format: 'gif' }]],
      ['出个mp4，当预告片用', [MP4]],
      ['出个gif作为预告', [{ op: 'export', format: 'gif' }]],
      ['剪个预告片', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['剪辑成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['把剪辑点对在鼓点上', '剪辑点能不能卡音乐节奏', '当预告的那段拍得不错']);
  });

  describe('a request then 先导一版: after a Latin word and a space, or opened by 先', () => {
    table([
      ['加首歌 先导一版', [MUSIC, MP4]],
      ['先加音乐导一版', [MUSIC, MP4]],
      ['帮我先加个背景导一版', [{ op: 'set_background', background: 'aurora' }, MP4]],
      ['先把背景去掉导一版', [{ op: 'remove_background' }, MP4]],
    ]);
  });

  describe('idle stretches not cut (别剪, 不剪) but sped up: one speed-up of them, nothing else kept', () => {
    table([
      ['不动的地方别剪，快进6倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ['静止的片段不要剪，加速到4倍', [{ op: 'speed_up_idle', factor: 4 }]],
      ['发呆的那些片段不剪，快放五倍', [{ op: 'speed_up_idle', factor: 5 }]],
      ['卡住没反应的地方别剪，快进八倍', [{ op: 'speed_up_idle', factor: 8 }]],
    ]);
  });

  describe('an interjection trailing off (嗯…, 呃……) asks nothing', () => {
    table([
      ['嗯…导出吧', [MP4]],
      ['额…加个音乐', [MUSIC]],
    ]);
    nothing(['嗯…先别导出', '呃……今天不导出了', '嗯…等等']);
  });

  describe('quoted words, a space, then a verb: two requests', () => {
    table([
      ['加标题“开业大吉” 导出mp4', [{ op: 'add_text', text: '开业大吉', style: 'title' }, MP4]],
      ['加字幕“限时折扣” 到出mp4', [{ op: 'add_text', text: '限时折扣', style: 'caption' }, MP4]],
      ['加个标题“新品” 导出gif', [{ op: 'add_text', text: '新品', style: 'title' }, { op: 'export', format: 'gif' }]],
    ]);
  });

  describe('a part named alone, then a remove verb alone ("这叠化，去掉", "背景，不要了"): that part taken away', () => {
    table([
      ['这转场，去掉', [{ op: 'crossfade', ms: 0 }]],
      ['那个背景，删了吧', [{ op: 'remove_background' }]],
      ['背景啊，去掉', [{ op: 'remove_background' }]],
      ['这个淡入淡出，不要了', [{ op: 'fade', target: 'clip', in_ms: 0, out_ms: 0 }]],
      ['转场，不需要了', [{ op: 'crossfade', ms: 0 }]],
    ]);
  });

  describe('a text\'s stretch said formally (自…至…) or with a dash (–, —)', () => {
    table([
      ['加字幕“小心地滑”，自第2秒至第6秒', [{ op: 'add_text', text: '小心地滑', style: 'caption', start_ms: 2000, end_ms: 6000 }]],
      ['加标题“开业”，1–4秒', [{ op: 'add_text', text: '开业', style: 'title', start_ms: 1000, end_ms: 4000 }]],
      ['加字幕“注意”，3—7秒', [{ op: 'add_text', text: '注意', style: 'caption', start_ms: 3000, end_ms: 7000 }]],
      ['加字幕“小心”，自3秒起至7秒止', [{ op: 'add_text', text: '小心', style: 'caption', start_ms: 3000, end_ms: 7000 }]],
    ]);
  });

  describe('the start said 最前面, 最前头, 一开始, 开场, with how long a text shows there', () => {
    table([
      ['加个标题“欢迎光临”，最前面显示两秒', [{ op: 'add_text', text: '欢迎光临', style: 'title', anchor: 'start', duration_ms: 2000 }]],
      ['加标题“新品”，一开始显示3秒', [{ op: 'add_text', text: '新品', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['加字幕“开业”，开场出现4秒', [{ op: 'add_text', text: '开业', style: 'caption', anchor: 'start', duration_ms: 4000 }]],
      ['前头那段删掉', [{ op: 'remove_moment', index: 1 }]],
    ]);
  });

  describe('a card just added, named again with a length ("片尾三秒"): that card\'s length', () => {
    table([
      ['加片头“欢迎”，片头停4秒', [{ op: 'add_card', card: 'intro', text: '欢迎', duration_ms: 4000 }]],
      ['加片尾“再见”，片尾显示5秒', [{ op: 'add_card', card: 'outro', text: '再见', duration_ms: 5000 }]],
      ['片头“你好”，片尾“再会”，片尾4秒', [
        { op: 'add_card', card: 'intro', text: '你好', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: '再会', duration_ms: 4000 },
      ]],
    ]);
  });

  describe('slower said alone right after a fade is the fade\'s pace, no speed of the video', () => {
    table([
      ['加淡入，慢一点', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['淡出，慢一点，三秒', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['结尾淡出，再慢点，3秒', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['淡入，整体慢一点', [{ op: 'fade', target: 'clip', in_ms: 1000 }, { op: 'set_speed', factor: 0.75 }]],
    ]);
  });
});
