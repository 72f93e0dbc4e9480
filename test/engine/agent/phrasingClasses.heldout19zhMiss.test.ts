import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes held-out 19 (Chinese) missed or left words of unread, and held-out 18b's (Chinese) misses: each
 * case asserts the exact operations (against a draft of 3 moments and 1 text), and the wordings that must change nothing.
 */

describe('edit agent: phrasing classes of held-out 19 and 18b (Chinese misses)', () => {
  describe('导出 typed by its sound (到处, 到出, 倒出) before a count of files or 来: an export', () => {
    table([
      ['到处一个mp4', [{ op: 'export', format: 'mp4' }]],
      ['行，到处一份gif吧', [{ op: 'export', format: 'gif' }]],
      ['到出来，要720的', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['好了，到出来吧', [{ op: 'export', format: 'mp4' }]],
      ['到出来一个MP4', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['到处一个样', '到处都是人', '看到出来的效果不好', '倒出来']);
  });

  describe('a part named with what is wrong with it, then a yes/no question asking the change: the change, of that part', () => {
    table([
      ['第一段太拖了，能缩短5秒吗', [{ op: 'trim_moment', index: 1, by_ms: 5000 }]],
      ['第二段有点拖，能砍掉3秒吗？', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第三段太长了，能不能剪掉两秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['第一段太无聊了，能删掉吗？', [{ op: 'remove_moment', index: 1 }]],
      ['标题太靠下了，能挪到中间吗？', [{ op: 'edit_text', position: 'center' }]],
    ]);
    // A question of how, or of what the editor sees, stays a question.
    nothing(['第一段太长了，能告诉我怎么剪吗？', '第一段太长了，你能看出来吗？']);
  });

  describe('a point named by what is there, then a zoom pushed in (镜头推过去) held, or asked to make it seen clearly: a zoom there', () => {
    table([
      ['第20秒那个划痕，镜头推上去，停两秒', [{ op: 'zoom_at', start_ms: 20_000, duration_ms: 2000 }]],
      ['第7秒镜头推过去，停4秒', [{ op: 'zoom_at', start_ms: 7000, duration_ms: 4000 }]],
      ['在第15秒老师写板书，放大，看清楚板书', [{ op: 'zoom_at', start_ms: 15_000, duration_ms: 3000 }]],
      ['第22秒老板进来了，放大看清楚', [{ op: 'zoom_at', start_ms: 22_000, duration_ms: 3000 }]],
      ['注意：40秒处是焊点，需局部放大，持续2秒。', [{ op: 'zoom_at', start_ms: 40_000, duration_ms: 2000 }]],
    ]);
    // A time with a word of place after it is a point, no clip of that length.
    nothing(['25秒处是按钮', '0:15那个按钮', '12秒那里是开门']);
  });

  describe('a level said in Chinese tens or hundreds, no unit after it (原声开到一百五): that figure', () => {
    table([
      ['原声调到一百五十', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['人声拉到一百三', [{ op: 'set_source_volume', volume: 1.3 }]],
      ['原声音量调到七十', [{ op: 'set_source_volume', volume: 0.7 }]],
      ['音乐音量调到六十', [{ op: 'set_music_volume', volume: 0.6 }]],
      ['炒锅那个滋啦声要听见，原声开到一百二', [{ op: 'set_source_volume', volume: 1.2 }]],
    ]);
    nothing(['原声调到十秒的位置']);
  });

  describe('a sound of the scene named (X的声音, 锣鼓声), said kept and which way it goes, then its level: the recording\'s sound', () => {
    table([
      ['锅里的声音滋滋滋滋，留着，但是小点，两成', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['剁馅的声音咚咚咚咚，保留，音量调到四成', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['现场的声音，留着，只是小一点，百分之二十', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['敲键盘的声音调到两成', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['鸟叫声大一些，原声调到150%', [{ op: 'set_source_volume', volume: 1.5 }]],
    ]);
    // The music named so is the music's, and a refusal after a sound named keeps its "no".
    table([['音乐声大点，原声开到一百二', [{ op: 'set_music_volume', change: 'louder' }, { op: 'set_source_volume', volume: 1.2 }]]]);
    nothing(['翻砂的声音圪嚓圪嚓', '原声很重要，先别加音乐', '讲课的声音很关键，别加配乐']);
  });

  describe('a remark beside the request that asks nothing: a yes to one\'s own question (要的), what the user does with it (截图交差), how slowly the mood comes (让气氛慢慢起来), the wish asked as a question (能柔和一点吗), having lost track (不知道弄了啥), what is brought back (又搞回来), the step taken back (方才撤掉的那一步)', () => {
    table([
      ['竖屏要伐？要得，改成竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['导出一个mp4，我好交差', [{ op: 'export', format: 'mp4' }]],
      ['结尾淡出三秒，让情绪慢慢下来', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['片段之间加半秒叠化，能丝滑一点吗', [{ op: 'crossfade', ms: 500 }]],
      ['我都搞不清改了些啥，撤销一步', [{ op: 'undo' }]],
      ['又弄回来吧，重做', [{ op: 'redo' }]],
      ['刚刚撤销的那步，重做吧', [{ op: 'redo' }]],
    ]);
    // Said alone they ask nothing; beside another step the thing brought back is not guessed at.
    nothing(['又搞回来', '要的', '我也不知道都弄了啥']);
  });

  describe('the music named, then "the default" as what it is (BGM默认, 背景音乐：默认): the default music added', () => {
    table([
      ['配乐默认的', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['bgm：默认，音量三成', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['竖屏，背景音乐默认，导出', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
      ['音乐默认那首，说话的时候压低', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['音乐默认就好', '背景音乐默认音量']);
  });

  describe('the sides said to be black (边上黑的就行, 左右黑的吧): bars, the letterbox fill', () => {
    table([
      ['竖屏，边上黑的', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['改成竖的，左右黑的吧', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['发视频号 竖着 两侧黑的就好', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['两边黑的就行', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    nothing(['旁边黑的那个人是谁']);
  });

  describe('when a text shows, said as its time changed (时间改为第2秒到第9秒) after the text is edited or added: that text\'s time', () => {
    table([
      ['标题挪到下方，显示时间改成2到9秒', [{ op: 'edit_text', position: 'bottom', start_ms: 2000, end_ms: 9000 }]],
      ['加个字幕“你好”，时间是第3秒到第6秒', [{ op: 'add_text', text: '你好', style: 'caption', start_ms: 3000, end_ms: 6000 }]],
      ['标题放到中间，出现时间调到第1秒到第5秒', [{ op: 'edit_text', position: 'center', start_ms: 1000, end_ms: 5000 }]],
    ]);
    nothing(['时间改为第2秒到第9秒']);
  });

  describe('a part said to have been edited wrongly (那个zoom加错地方了), beside a step back: the step back only', () => {
    table([
      ['音乐加错了，撤销', [{ op: 'undo' }]],
      ['标题放错位置了，撤回', [{ op: 'undo' }]],
      ['那个放大加错地方了，回退一步', [{ op: 'undo' }]],
    ]);
    // Said alone, or of a moment by its place, it is not guessed at (nor a zoom added).
    nothing(['那个特写加错地方了', '第二段删错了', '背景加错了']);
  });

  describe('就得 closing a clause (Southwest Mandarin: that will do) after a figure: the figure of the request before it', () => {
    table([
      ['没人动的地方快进，六倍就得了', [{ op: 'speed_up_idle', factor: 6 }]],
      ['片段之间叠化，半秒就得', [{ op: 'crossfade', ms: 500 }]],
      ['剪成30秒就得', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
    ]);
    nothing(['这段就得这样']);
  });
});

