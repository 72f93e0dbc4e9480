import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

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

  describe('the user on their own work beside a request: can\'t use it (不会弄这个), doing it in a spare moment (抽空弄下), on whose word (要我剪), redoing it (我从头重新弄)', () => {
    table([
      ['我不太会用这个，帮我看看有几条轨道', [{ op: 'show_tracks' }]],
      ['俺不会弄这玩意儿，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['趁午休抽空搞一下，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['领导要我剪，来个30秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['全部清空，我从头重新剪', [{ op: 'start_over' }]],
      ['想问一下，现在有几条轨道', [{ op: 'show_tracks' }]],
    ]);
  });

  describe('the feel a request is for (调性统一, vibe对一点, 醒目一点), the version\'s label (final版, 定稿), the screen it plays on, beside the request', () => {
    table([
      ['背景换成渐变，风格统一一点', [{ op: 'set_background', background: 'aurora' }]],
      ['淡入淡出，整体感觉协调些', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['字幕放到上面，醒目一点', [{ op: 'edit_text', position: 'top' }]],
      ['定稿，导出1080p的mov', [{ op: 'export', format: 'mov', resolution: '1080p' }]],
      ['导出1080p，会议室投影放映', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      // A request beside it is no feel: both are read.
      ['背景换成渐变，音乐小声一点', [{ op: 'set_background', background: 'aurora' }, { op: 'set_music_volume', change: 'quieter' }]],
      ['最终版，第三段删掉', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['调性统一', '醒目一点', '最终版', '会议室投影放映']);
  });

  describe('requests numbered in writing (其一，…；其二，…), asked with 劳驾', () => {
    table([
      ['劳驾，其一，竖屏；其二，导出', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
      ['其一，剪成30秒；其二，加音乐', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['劳驾', '其一']);
  });

  describe('a card\'s words given in writing (書「…」, 题「…」, 上书“…”), traditional characters too', () => {
    table([
      ['片尾立一卡，題「多謝觀看」，停三秒', [{ op: 'add_card', card: 'outro', text: '多謝觀看', duration_ms: 3000 }]],
      ['片头加张卡片，上书“开业大吉”', [{ op: 'add_card', card: 'intro', text: '开业大吉', duration_ms: 2000 }]],
    ]);
    nothing(['书「你好」', '有本書']);
  });

  describe('beside a request, what it leaves said again: a backdrop framing the picture (把画面框起来), widescreen (宽银幕)', () => {
    table([
      ['背景用 wood.png，让画面框起来', [{ op: 'set_background', background: 'wood.png' }]],
      ['画面改成宽银幕', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['宽银幕的，导出mp4', [{ op: 'set_aspect', aspect: '16:9' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['把画面框起来', '宽银幕是什么', '画面框起来好看吗']);
  });

  describe('what a figure means, for luck (取「要發」之意, 图个发), beside the request that sets it', () => {
    table([
      ['音乐音量调到百分之十八，取要发之意', [{ op: 'set_music_volume', volume: 0.18 }]],
      ['剪成58秒，取“我发”的意思', [{ op: 'compile_best_moments', target_ms: 58000 }]],
      ['配乐百分之八，图个发', [{ op: 'add_music', track: 'lofi', volume: 0.08, duck: true }]],
    ]);
  });

  describe('beside the request, black at both ends said of its fades (头尾都要黑一下), and the video said to be like a film (跟电影一样)', () => {
    table([
      ['头尾都要黑一下，淡入淡出各一秒', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['片子跟电影一样，改成16比9', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['我们的视频像大片似的，改成宽屏', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    // Beside another request, black at the ends is a fade not read; music like a film's is no part of an export.
    it('leaves 前后都要黑一下 unread beside an export, and 音乐跟电影一样 too', () => {
      assert.deepEqual(understood('导出mp4，前后都要黑一下').unknown, ['前后都要黑一下']);
      assert.deepEqual(understood('音乐跟电影一样，导出mp4').unknown, ['音乐跟电影一样']);
    });
  });
});
