import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 16 and 16b Chinese sets the grammar misread as edits not asked (or read unsure):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const music = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: held-out 16 and 16b Chinese wrong edits → exact operations or nothing', () => {
  describe('a speed said as "one more time" or a share of the recorded one (快一倍, 慢一倍, 原速的一半)', () => {
    table([
      ['整段视频快一倍', [{ op: 'set_speed', factor: 2 }]],
      ['第二段慢一倍', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['第三段放慢到原速的一半', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    nothing(['是不是快了一倍？']);
  });

  describe('minutes and seconds with 零 between them (一分钟零五秒)', () => {
    table([['剪成一分钟零五秒', [{ op: 'compile_best_moments', target_ms: 65_000 }]]]);
  });

  describe('idle stretches described, then sped up (多了去了 is "plenty", no removal; 不动的… opens no refusal; 那些空档)', () => {
    table([
      ['不动的画面多了去了，快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['那些空档，给我快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['停顿全砍', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['废话多了去了', '停顿别全删', '别动第二段']);
  });

  describe('a mute taken back said after it (静音取消, 静音解除掉)', () => {
    table([['静音解除掉', [{ op: 'set_source_volume', volume: 1 }]]]);
    nothing(['静音取消了吗？']);
  });

  describe('no hard cut asks for a transition (别硬切, 唔好硬切)', () => {
    table([
      ['片段之间别硬切', [{ op: 'crossfade', ms: 500 }]],
      ['不要硬切，叠化一秒', [{ op: 'crossfade', ms: 1000 }]],
    ]);
  });

  describe('how long a card or text shows, said in the clause after it (摆两秒, 三秒就够, 开头出现4秒, 在最后三秒)', () => {
    table([
      ['加个片尾，写“再见”，摆两秒', [{ op: 'add_card', card: 'outro', text: '再见', duration_ms: 2000 }]],
      ['加个片头“你好”，三秒就够', [{ op: 'add_card', card: 'intro', text: '你好', duration_ms: 3000 }]],
      ['加字幕“限时优惠”，开头出现4秒', [{ op: 'add_text', text: '限时优惠', style: 'caption', anchor: 'start', duration_ms: 4000 }]],
      ['加标题“春季上新”，在最后三秒', [{ op: 'add_text', text: '春季上新', style: 'title', anchor: 'end', duration_ms: 3000 }]],
    ]);
  });

  describe('where a text goes, said in Cantonese or with 挪/移 (擺喺下面, 移到顶部)', () => {
    table([
      ['標題擺喺下面', [{ op: 'edit_text', position: 'bottom' }]],
      ['标题改成“新品”，移到顶部', [{ op: 'edit_text', text: '新品', position: 'top' }]],
    ]);
  });

  describe('words in straight single quotes right after Chinese (改成\'…\')', () => {
    table([['字幕改成\'Open Day\'', [{ op: 'edit_text', text: 'Open Day' }]]]);
  });

  describe('the music said as 背景乐, taken away or lowered (背景乐删掉, 降一点)', () => {
    table([
      ['背景乐删掉', [{ op: 'remove_music' }]],
      ['把配乐降一点', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('two files in one message, each its own size or kind (再出一个720p的, 出一个mov一个webm)', () => {
    table([
      ['先导一个1080p的，再出一个720p的', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['出一个mov一个webm', [{ op: 'export', format: 'mov' }, { op: 'export', format: 'webm' }]],
    ]);
  });

  describe('the step undone, asked back, is a redo, no undo (撤回的那步重新弄回来)', () => {
    table([
      ['撤回的那步重新弄回来', [{ op: 'redo' }]],
      ['刚才撤掉的那一步，帮我恢复回来', [{ op: 'redo' }]],
    ]);
    nothing(['撤销的那步不要恢复']);
  });

  describe('the music asked for by "come" or "on" (配乐来！, bgm上吧)', () => {
    table([
      ['配乐来！', [music]],
      ['bgm上吧', [music]],
    ]);
    nothing(['背景音乐来源是哪里？']);
  });

  describe('the music not pressed down while someone sings or calls (唱歌的时候别压)', () => {
    table([['唱歌的时候别压音乐', [{ op: 'set_ducking', duck: false }]]]);
  });

  describe('the sides filled with blur said with 填 (两边填模糊)', () => {
    table([['改成竖屏，两边填模糊', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]]]);
  });

  describe('成片 said of how the video should be is no clip of the best moments (成片宜…)', () => {
    nothing(['成片宜简洁']);
  });

  describe('a span said again by how long it is (0:40到0:45这五秒)', () => {
    table([['0:40到0:45这五秒删了', [{ op: 'cut_range', start_ms: 40_000, end_ms: 45_000 }]]]);
  });

  describe('a moment named by its place, then what it shows, then removed (第三段一动不动，删掉)', () => {
    table([
      ['第三段一动不动，删掉', [{ op: 'remove_moment', index: 3 }]],
      // A stretch inside the moment is the idle stretches, not the moment.
      ['第二段里不动的地方删掉', [{ op: 'remove_dead_air' }]],
    ]);
  });

  describe('only the upload named by its place, the rest refused (只用第二个视频，别的不要)', () => {
    table([
      ['只用第二个视频，别的不要', [{ op: 'use_sources', files: ['2'] }]],
      ['只用最新传的那个视频 其他都不要', [{ op: 'use_sources', files: ['last'] }]],
    ]);
  });

  describe('a backdrop asked with no kind, then the picture to use (背景换一下，用我传的 x.png)', () => {
    table([['背景换一下，用我传的 shop-bg.png', [{ op: 'set_background', background: 'shop-bg.png' }]]]);
  });

  describe('"last thing:" opens a request, naming no last moment (ok last thing:, 最后一件事：)', () => {
    table([
      ['ok last thing: 第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['最后一件事：导出mov', [{ op: 'export', format: 'mov' }]],
    ]);
    nothing(['the last thing is too long']);
  });

  describe('slower said right after a transition is its pace, no speed (叠化，慢一点，两秒)', () => {
    table([
      ['转场用叠化，慢一点，两秒', [{ op: 'crossfade', ms: 2000 }]],
      ['加速，慢一点', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
  });

  describe('a text moved, then its words changed, is one change (移到底部，文字改成“…”)', () => {
    table([['字幕移到底部，文字改成“欢迎光临”', [{ op: 'edit_text', position: 'bottom', text: '欢迎光临' }]]]);
  });

  describe('how much the zoom closes in, more or less (特写幅度收一点, 放大再近一些)', () => {
    table([
      ['特写幅度收一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大再近一些', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
  });

  describe('starting over refused is no start over (it empties the timeline)', () => {
    table([['算了，重来吧', [{ op: 'start_over' }]]]);
    nothing(['别重来了，改改就行', '可别重新开始', "please don't start over", 'never start over']);
  });
});
