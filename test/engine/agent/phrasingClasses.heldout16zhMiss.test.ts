import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes of the held-out 16 and 16b Chinese sets the grammar used to leave unread (nothing or not all
 * read): each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that
 * must change nothing.
 */

describe('edit agent: held-out 16 and 16b Chinese phrasing classes left unread → exact operations', () => {
  describe('traditional characters read as simplified (細聲 → 细声 → 小声, 軌, 聽, 見, 滿, 準)', () => {
    table([
      ['加点背景音乐，細聲啲，百分之三十', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['加背景音乐，細聲一點，百分之十五', [{ op: 'add_music', track: 'lofi', volume: 0.15, duck: true }]],
    ]);
  });

  describe('a file said with its resolution before its format (出个1080的mp4), and 导出 typed by its sound (到出, 倒出)', () => {
    table([
      ['给我出个720的mp4', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['来个1080的mov', [{ op: 'export', format: 'mov', resolution: '1080p' }]],
      ['搞定了到出 720', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['到出webm', [{ op: 'export', format: 'webm' }]],
      ['剪好了倒出 1080', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
    nothing(['到出口那段删掉', '放到出现标题的地方', '倒出来']);
  });

  describe('steps back counted in steps (往回撤两步, 撤销两步, 撤三步)', () => {
    table([
      ['撤三步', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['往回退两步', [{ op: 'undo' }, { op: 'undo' }]],
      ['麻烦撤销两步', [{ op: 'undo' }, { op: 'undo' }]],
    ]);
    nothing(['往前挪两步', '第二段往后挪两步']);
  });

  describe('a text placed in the written word (置于) at the very middle (正中)', () => {
    table([
      ['字幕请置于画面正中', [{ op: 'edit_text', position: 'center' }]],
      ['标题放正中间', [{ op: 'edit_text', position: 'center' }]],
    ]);
    nothing(['标题在画面正中吗']);
  });

  describe('the space the picture leaves empty (空出来的地方) named for its fill, and no bars said with 留 (不留边)', () => {
    table([
      ['空出来的地方改成虚化的', [{ op: 'set_fill', fill: 'blur' }]],
      ['空出来的部分用模糊填充', [{ op: 'set_fill', fill: 'blur' }]],
      ['竖屏，空出来的地方要黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['空出来的地方别模糊，用黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['改成1比1，裁满，不留黑边', [{ op: 'set_aspect', aspect: '1:1', fill: 'crop' }]],
      ['竖屏，不留边，铺满', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
    ]);
    nothing(['空出来的地方是什么颜色', '上下不留边']);
  });

  describe('a length asked with "that\'ll do" (就行), the reason run on after it (太长了没人看)', () => {
    table([
      ['剪个三十秒的就好太长了大家不看', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['弄个一分钟的就行太长了没人看完', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
  });

  describe('a removal said 删干净 or 全删 after what it takes; what has something in it kept (有…的留着)', () => {
    table([
      ['画面里的字幕都删干净', [{ op: 'remove_text' }]],
      ['屏幕上的字幕全部清干净', [{ op: 'remove_text' }]],
      ['静止的镜头都删，有人说话的留着', [{ op: 'remove_dead_air' }]],
      ['没人动的地方全删', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['有动作的留着']);
  });

  describe('a default asked for with a verb of giving (给整个默认的就行, 来个默认的), not the approval of the default', () => {
    table([
      ['背景给弄个默认的就行', [{ op: 'set_background', background: 'aurora' }]],
      ['背景来个默认的吧', [{ op: 'set_background', background: 'aurora' }]],
    ]);
    nothing(['背景默认的就行']);
  });

  describe('the tracks counted (几条轨) and asked to be told (报一下, 说一下)', () => {
    table([
      ['有几条轨道，报一下', [{ op: 'show_tracks' }]],
      ['现在一共几条轨', [{ op: 'show_tracks' }]],
      ['现在都有哪些轨道，说一下', [{ op: 'show_tracks' }]],
    ]);
    nothing(['给我报一下']);
  });

  describe('asides: not knowing how (不会整), dismay (咋回事), the manner wished (温柔点, 整利索点, 看得明白些), who waits', () => {
    table([
      ['我不会整，你帮我看看时间线', [{ op: 'show_tracks' }]],
      ['咋回事，上一步撤了', [{ op: 'undo' }]],
      ['开头淡入一秒，温柔点', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['剪成30秒，整利索点', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['把第三段放慢到0.5倍，让大家看得明白些', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['行了行了，导出吧', [{ op: 'export', format: 'mp4' }]],
      ['好了好了，导出gif', [{ op: 'export', format: 'gif' }]],
      ['导出1080，大家都等着看呢', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
    nothing(['温柔些吧', '老汉不会弄', '大家等着看呢']);
  });

  describe('the recording named by when it was made or what it shows (演出那天拍的, 学校拍的宣传录屏)', () => {
    table([
      ['演出那天拍的，剪个30秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['学校拍的宣传录屏，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    nothing(['国庆那天拍的']);
  });

  describe('the video\'s own sound (视频自己的声音, 视频自带的声音)', () => {
    table([
      ['视频自带的声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['视频自己的声音调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
  });

  describe('a length chopped off with a bare 砍 (砍N秒, never a length kept), of the moment named before', () => {
    table([
      ['第二段砍3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第三段太拖了，砍两秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['第二段太啰嗦了，直接砍5秒', [{ op: 'trim_moment', index: 2, by_ms: 5000 }]],
    ]);
    nothing(['直接砍三秒', '第二段砍4秒的地方']);
  });

  describe('moments said to stay (第一段（试吃）保留) beside the removal of later ones', () => {
    table([
      ['第一段（试吃）保留，第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['第一段和第二段留着，第三段去掉', [{ op: 'remove_moment', index: 3 }]],
      ['第三段删了，第一段不动', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['第一段保留']);
  });

  describe('a sound of the scene said to stay (鸟叫的声音保留) beside the recording\'s own sound kept audible', () => {
    table([
      ['鸟叫的声音保留，原声调到80%', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['海浪的声音留着，原声开到百分之七十', [{ op: 'set_source_volume', volume: 0.7 }]],
    ]);
    nothing(['鸟叫的声音保留']);
  });

  describe('a French tag asking agreement (ça marche?, d\'accord?, c\'est bon?) beside a request', () => {
    table([
      ["导出mp4，d'accord ?", [{ op: 'export', format: 'mp4' }]],
      ["加个片尾“谢谢”，c'est bon?", [{ op: 'add_card', card: 'outro', text: '谢谢', duration_ms: 2000 }]],
    ]);
  });
});
