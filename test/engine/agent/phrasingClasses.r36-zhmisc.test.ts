import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 36, mixed Chinese (and two English classes): the music lowered by a degree where someone speaks, its name
 * unsaid (我讲话的时候调低一点), is the ducking; the state before a step chosen again after an undo (还是原来的好) is the
 * undo's; a fill refused with 别…了, then the one changed into after a space, is that fill; a shape opening the clause
 * with the fill named as its own (竖屏填充用裁剪) is the version there is, no new shape; Cantonese 关咗佢, 熄咗佢, and
 * the English "off" said as a Chinese verb's end (off掉, off咗佢) switch off; Taiwanese 484 is 是不是, a tag, no figure;
 * 预设 is 默认; Wuhan 么样 asks how (not "why so", a complaint); a thing in the filmed background (背景那个人, 背景嗰個杯) is no backdrop; a file name
 * typed right after the Chinese words ending in 的, 用, 成 is the Latin name alone; a sound of the footage named before the
 * verb that turns it (电钻声音调到80%) is the recording's sound; the timeline named as where a time is, no view of it;
 * a part said unwanted, then "don't add" alone, is a part not to add, no removal; stretches where nothing goes on said
 * to go are the dead air; a line break parts a list's lines, no run-on. Own wordings (not the bench's lines), against a
 * draft of 3 moments and 1 text.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 36, mixed Chinese', () => {
  describe('the music lowered by a degree where someone speaks is the ducking', () => {
    sure([
      ['我讲话的时候调低一点', [{ op: 'set_ducking', duck: true }]],
      ['加个音乐，我说话时压低些', [music]],
      ['背景音乐用默认的 我说话的时候调小点', [music]],
    ]);
    // Named, the music is made quieter; the recording's own sound named is no ducking.
    sure([['音乐压低点', [{ op: 'set_music_volume', change: 'quieter' }]]]);
    notSure(['我说话的时候声音调低']);
  });

  describe('the state before a step, chosen again after the undo, is the undo', () => {
    sure([
      ['撤销 还是原来的好', [{ op: 'undo' }]],
      ['撤回上一步，还是之前那样吧', [{ op: 'undo' }]],
      ['undo that, I liked it before', [{ op: 'undo' }]],
    ]);
    // Said alone, the speed as recorded is asked.
    sure([['还是原速吧', [{ op: 'set_speed', factor: 1 }]]]);
  });

  describe('a fill refused, then the one it changes into after a space', () => {
    sure([
      ['两边别模糊了 换成黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['别用裁剪了 改成模糊', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    // Words changed into, no setting: not read as one.
    notSure(['标题别用这个了 改成你好']);
  });

  describe("a shape opening the clause with the fill named as its own is the version there is", () => {
    sure([
      ['竖屏填充用裁剪', [{ op: 'set_fill', fill: 'crop' }]],
      ['竖屏的填充改成黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['横屏填充用模糊 不要黑边', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    // The shape asked with a verb is still the shape, the fill with it.
    sure([['改成竖屏 填充用模糊', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]]]);
  });

  describe('Cantonese 关咗佢, 熄咗佢 and "off" said as a Chinese verb switch off', () => {
    sure([
      ['自动缩放关咗佢', [{ op: 'set_zoom', mode: 'off' }]],
      ['原声熄咗佢', [{ op: 'set_source_volume', volume: 0 }]],
      ['音乐off掉', [{ op: 'remove_music' }]],
      ['声音off咗佢', [{ op: 'set_source_volume', volume: 0 }]],
      ['zoom off掉', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    // 关咗 alone may tell it is off already.
    nothing(['音乐关咗']);
  });

  describe('Taiwanese 484 is a tag asked, no figure; 预设 is the default', () => {
    sure([
      ['加速1.5倍 484比较好', [{ op: 'set_speed', factor: 1.5 }]],
      ['背景音乐 预设', [music]],
      ['轉場用預設的', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['484']);
    sure([['剪成484秒', [{ op: 'compile_best_moments', target_ms: 484_000 }]]]);
  });

  describe('Wuhan 么样 asks how', () => {
    nothing(['么样加字幕', '么样把音乐关掉']);
    // Said as a complaint ("why so"), it asks nothing to answer: the request beside it is read.
    sure([
      ['第三段么样那么长 剪短2秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['么样一直在放大 缩放关掉', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
  });

  describe('a thing in the filmed background is no backdrop', () => {
    nothing(['背景那个人删掉', 'remove背景嗰個杯', '把背景里那只猫去掉']);
    sure([['背景删掉', [{ op: 'remove_background' }]]]);
  });

  describe('a file name typed right after the Chinese words is the Latin name alone', () => {
    sure([
      ['bgm用我传的rain.mp3', [{ ...music, track: 'rain.mp3' }]],
      ['配乐换成我的beat.mp3', [{ ...music, track: 'beat.mp3' }]],
      ['BGM换成 dy热门.mp3', [{ ...music, track: 'dy热门.mp3' }]],
    ]);
  });

  describe("a sound of the footage named before the verb that turns it is the recording's sound", () => {
    sure([
      ['电钻声音调到80%', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['风扇声音调到20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['锣鼓声音开大点 调到150%', [{ op: 'set_source_volume', volume: 1.5 }]],
    ]);
    sure([['音乐声音调到50%', [{ op: 'set_music_volume', volume: 0.5 }]]]);
    nothing(['第二段声音调到50%']);
  });

  describe('the timeline named as where a time is, no view of it', () => {
    sure([
      ['时间线上20秒到25秒那里有杂音 剪掉', [{ op: 'cut_range', start_ms: 20_000, end_ms: 25_000 }]],
      ['时间线上0:30那里加个标题「你好」', [{ op: 'add_text', text: '你好', style: 'title', start_ms: 30_000 }]],
    ]);
    sure([['看一下时间线', [{ op: 'show_tracks' }]]]);
  });

  describe('a part said unwanted, then adding refused alone, is a part not to add', () => {
    nothing(['我不要片尾 不要加', "no outro please, don't add one"]);
    // A removal said with its verb stays.
    sure([
      ['删掉片头 不要加新的', [{ op: 'remove_card', card: 'intro' }]],
      ["remove the intro, don't add one", [{ op: 'remove_card', card: 'intro' }]],
    ]);
  });

  describe('stretches where nothing goes on, said to go, are the dead air', () => {
    sure([
      ['the parts where nobody talks should go', [{ op: 'remove_dead_air' }]],
      ["I've been told the bits where nothing happens have to go", [{ op: 'remove_dead_air' }]],
    ]);
    sure([['the first clip where nothing happens should go', [{ op: 'remove_moment', index: 1 }]]]);
  });

  describe("a line break parts a list's lines, no run-on", () => {
    sure([['- 加背景音乐\n- 淡入淡出 2秒', [music, { op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]]]);
    sure([['加个音乐 beat.mp3 结尾淡出三秒', [{ ...music, track: 'beat.mp3' }, { op: 'fade', target: 'music', out_ms: 3000 }]]]);
  });
});
