import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes held-out 19b (Chinese) missed or left words of unread: each case asserts the exact operations
 * (against a draft of 3 moments and 1 text), and the wordings that must change nothing.
 */

describe('edit agent: phrasing classes of held-out 19b (Chinese misses)', () => {
  describe('the end a moment goes to said before the verb of moving (往最前头挪, 往末尾放): the move to that end', () => {
    table([
      ['第二段往最后面放', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['把第一段往末尾挪一下', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第三段那个开箱往开头移', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第2段往最后头搬过去', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['麻烦把第三个片段往最前面挪', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第二段往最前面提', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['第一段往最后挪挪', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    // "Move it earlier", by how much not said, stays unread; looking is no move.
    nothing(['第三段往前挪', '往最后面看']);
  });

  describe('搁 (northern "put down") before where a moment goes: the move', () => {
    table([
      ['第三段搁最后头', [{ op: 'move_moment', index: 3, to: 3 }]],
      ['把第一段搁到最后', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['第二段搁第一个', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['第三段搁头里', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['那段做饭的（第三段）搁最前面', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    // 搁着: left as it is; 耽搁: delayed.
    nothing(['先搁着', '第二段先搁那儿别动', '这事耽搁到明天']);
  });

  describe('a moment named, then its end said between the verb and the length (截去后面五秒): a trim of that moment', () => {
    table([
      ['第二段截掉末尾两秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第一段太拖了，砍掉后头3秒', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['第2段后面太长，剪掉后边两秒吧', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二个片段请切掉结尾1.5秒', [{ op: 'trim_moment', index: 2, by_ms: 1500 }]],
      ['第一段拍糊了，截去后面四秒', [{ op: 'trim_moment', index: 1, by_ms: 4000 }]],
    ]);
    // No moment named: which end of what is cut is not guessed.
    nothing(['截去最后五秒']);
  });

  describe('退 (step back) with a count of times (退两次, 往回退两下): that many undos', () => {
    table([
      ['退两次吧，刚才改错了', [{ op: 'undo' }, { op: 'undo' }]],
      ['往回退两下', [{ op: 'undo' }, { op: 'undo' }]],
      ['再退一次', [{ op: 'undo' }]],
      ['退两下', [{ op: 'undo' }, { op: 'undo' }]],
      ['后退两次', [{ op: 'undo' }, { op: 'undo' }]],
      ['倒退一步', [{ op: 'undo' }]],
    ]);
    nothing(['退出', '别退了']);
  });

  describe('the empty sides said to get no bars (空出来那块别整黑边), then filled with blur (用模糊的填上): a blur fill there', () => {
    table([
      ['两边别留黑边，用模糊填上', [{ op: 'set_fill', fill: 'blur' }]],
      ['莫加黑边，用模糊的填满', [{ op: 'set_fill', fill: 'blur' }]],
      ['上下不要弄黑边，用模糊的补上', [{ op: 'set_fill', fill: 'blur' }]],
      ['空出来的地方别整黑边，用模糊的', [{ op: 'set_fill', fill: 'blur' }]],
      ['多出来那块，用模糊的填上', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['黑边是什么？', '两边不要黑边也不要模糊', '空出来那块别整黑边']);
  });

  describe('idle stretches sped up, then with no comma a "no" to cutting them (快进过去不要删): the speed-up', () => {
    table([
      ['没有人说话的地方快进不要剪', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没动静的地方加速别删', [{ op: 'speed_up_idle', factor: 4 }]],
      ['那些停顿快放过去别剪掉', [{ op: 'speed_up_idle', factor: 4 }]],
      ['嗯那个就是没人动的地方帮我快进过去别剪', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['没有人说话的地方不要删', '别快进']);
  });

  describe('the recording\'s sound turned up to a bare figure (调大到一百二, 开大到130): that level', () => {
    table([
      ['原声调大到一百二十', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['人声放大到一百五', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['视频原声开大到130', [{ op: 'set_source_volume', volume: 1.3 }]],
    ]);
    nothing(['原声调大到十秒的位置']);
  });

  describe('a sound of the scene praised (视频里鸟叫声很好听) beside the recording\'s sound turned up: the level only', () => {
    table([
      ['视频里鸟叫声很好听，原声开到一百二', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['雨声很治愈，原声调大到150%', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['锅里滋啦声挺带劲，原声调到一百三', [{ op: 'set_source_volume', volume: 1.3 }]],
    ]);
    nothing(['视频里刀切的声音很好听', '刀切的声音很好听吗？']);
  });

  describe('就用 the upload sent last or newest (就用最新上传的那条视频): only that upload', () => {
    table([
      ['就用刚上传的那个视频', [{ op: 'use_sources', files: ['last'] }]],
      ['就要最后上传的那条', [{ op: 'use_sources', files: ['last'] }]],
      ['就用我最新上传的那个文件', [{ op: 'use_sources', files: ['last'] }]],
      ['就拿最新传的那条视频', [{ op: 'use_sources', files: ['last'] }]],
    ]);
    nothing(['最新上传的那条视频是试拍的']);
  });

  describe('beside a request, a tag question in another language (va bene?, d\'accord?, vale?): nothing more', () => {
    table([
      ['字幕删掉，ok?', [{ op: 'remove_text' }]],
      ['导出mp4，d\'accord?', [{ op: 'export', format: 'mp4' }]],
      ['音乐关掉，vale?', [{ op: 'remove_music' }]],
    ]);
    nothing(['va bene?', 'ok?']);
  });

  describe('beside a zoom, what is to be seen the moment it happens (手一动就要看清楚): the zoom only', () => {
    table([
      ['在第8秒放大两秒，手一动就要看清楚', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 2000 }]],
      ['第6秒放大，3秒，球一落地就要看清楚', [{ op: 'zoom_at', start_ms: 6000, duration_ms: 3000 }]],
    ]);
    nothing(['脸一变就要看清楚']);
  });

  describe('who the video is for or what it is of, said beside the request (给 sales team 培训用, 公司年会视频, 想给我爸做个生日视频)', () => {
    table([
      ['剪到90秒，给 sales team 培训用', [{ op: 'compile_best_moments', target_ms: 90_000 }]],
      ['导出mp4，给海外的 partner 看', [{ op: 'export', format: 'mp4' }]],
      ['公司年会视频，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['做个产品视频，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['宝宝周岁录像，加个背景音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['想给我爸做个生日视频，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['打算为毕业班拍个纪念片子，加个背景音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    // A shape or a platform in it is asked for.
    table([
      ['给客户做个竖屏视频，剪成45秒', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 45_000 }]],
    ]);
    nothing(['公司年会视频', '想给我爸做个生日视频']);
  });

  describe('beside a step back or a start over, what was done judged (刚才剪得乱七八糟): the step only', () => {
    table([
      ['撤销，刚才弄得一团糟', [{ op: 'undo' }]],
      ['从头来过，你剪得稀烂', [{ op: 'start_over' }]],
    ]);
    nothing(['刚才剪得乱七八糟']);
  });

  describe('beside a length, a likeness of it (像广告一样短), or all uploads said used (两个视频都用上): the length only', () => {
    table([
      ['剪成15秒，像广告一样短', [{ op: 'compile_best_moments', target_ms: 15_000 }]],
      ['两个视频都用上，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['我传的几个素材全都用上，一点别剪', [{ op: 'keep_everything' }]],
    ]);
    nothing(['像广告一样短', '两个视频都用上']);
  });

  describe('beside a request, the result wished simpler or exact (简约点, 准确一点): the request only', () => {
    table([
      ['加个标题“欢迎”，简约点', [{ op: 'add_text', text: '欢迎', style: 'title' }]],
      ['剪成58秒，准确一点', [{ op: 'compile_best_moments', target_ms: 58_000 }]],
      ['淡入淡出各一秒，精准一点', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
    nothing(['简约一点', '精确一点']);
  });
});
