import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes of the held-out 17 Chinese set the grammar used to leave unread (nothing or not all read):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing.
 */

describe('edit agent: held-out 17 Chinese phrasing classes left unread → exact operations', () => {
  describe('a request, a verb of change said, closed by a tag asking agreement (好吗, 行不行, 中不中, 得唔得, 好伐)', () => {
    table([
      ['第三段放慢一点到0.5倍好吗', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['把音乐关掉行不行', [{ op: 'remove_music' }]],
      ['剪成四十五秒中不中', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['第二段删走佢得唔得', [{ op: 'remove_moment', index: 2 }]],
      ['改成竖屏好不好', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['开头加个淡入好伐', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
    nothing(['竖屏好不好', '这样好吗', '我这么剪行吗', '配乐好听吗', '第二段好不好看']);
  });

  describe('stretches with neither sound nor movement, said as a pair (没声没动, 没声也没动, 无声无动, 莫得…莫得), alone or after what they show', () => {
    table([
      ['没声又没动的，全部删掉', [{ op: 'remove_dead_air' }]],
      ['没声也没动的地方全部删了', [{ op: 'remove_dead_air' }]],
      ['莫得声音莫得动静的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['无声无动的地方，都去掉', [{ op: 'remove_dead_air' }]],
      ['视频里有几段是我在喝水，没人说话的，全删了', [{ op: 'remove_dead_air' }]],
      ['中间有些段是我在等编译，没声也没动的，剪掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['没声没动的地方是什么', '没声也没动的地方有几处']);
  });

  describe('cut said in the north (掐了, 给掐了) and in Cantonese (剪走佢)', () => {
    table([
      ['没动静的地方全给掐了', [{ op: 'remove_dead_air' }]],
      ['第一段给掐了', [{ op: 'remove_moment', index: 1 }]],
      ['把第二段掐掉', [{ op: 'remove_moment', index: 2 }]],
      ['第三段剪走佢', [{ op: 'remove_moment', index: 3 }]],
      ['由第10秒到第15秒嗰段讲错咗，剪走佢', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
    ]);
    nothing(['第二段掐头去尾', '掐指一算']);
  });

  describe('a text placed at the very middle in dialect (勒个 for 这个, 正当中, 正中心)', () => {
    table([
      ['字幕摆到勒个画面正当中', [{ op: 'edit_text', position: 'center' }]],
      ['字幕挪到画面正中心', [{ op: 'edit_text', position: 'center' }]],
    ]);
    nothing(['勒个是啥子', '标题在正当中吗']);
  });

  describe('the recording\'s sound switched off tersely (原声关, 原音关, 人声关)', () => {
    table([
      ['原音关。', [{ op: 'set_source_volume', volume: 0 }]],
      ['人声关', [{ op: 'set_source_volume', volume: 0 }]],
      ['背景音乐照旧，原声关', [{ op: 'set_source_volume', volume: 0 }]],
      ['竖屏，原声关，导出', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['原声关吗', '原声关不关']);
  });

  describe('a moment moved to be another place, in writing (移作第一段, 挪为第一个)', () => {
    table([
      ['第二段请移作第一段', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['把第三段挪为第一个', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    nothing(['第二段移作他用']);
  });

  describe('everything kept whole, said 全乎 (northern)', () => {
    table([
      ['保留全乎了，一刀都别剪', [{ op: 'keep_everything' }]],
    ]);
    nothing(['全乎吗']);
  });

  describe('a speed for a moment named first, its pace complained of in between (第3段是发言，太慢了，这段调到1.5倍)', () => {
    table([
      ['第3段是发言，太慢了，这段调到1.5倍', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
      ['第二段是做饭的，太慢了大家没耐心，两倍速', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['第一段是开场，太快了，放慢到0.5倍可以吗', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
    ]);
  });
});
