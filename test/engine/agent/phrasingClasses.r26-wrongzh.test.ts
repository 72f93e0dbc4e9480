import { table, nothing } from './phrasingTable';

/**
 * Round 26's Chinese wrong edits (found by its helpers, no bench lines): each a class, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must not be read so.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const MP4 = { op: 'export', format: 'mp4' } as const;

describe('edit agent: round 26 Chinese wrong edits → exact operations or nothing', () => {
  describe('one more file asked short after a change in a chain (再输出, 再出一个, 出多个 mp4, 完了导出) is exported again', () => {
    table([
      ['竖屏 第一段删了 再输出', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'remove_moment', index: 1 }, MP4]],
      ['把第三段删掉，然后输出一个', [{ op: 'remove_moment', index: 3 }, MP4]],
      ['背景换成海洋 再输处', [{ op: 'set_background', background: 'ocean' }, MP4]],
      ['导出 mp4 然后音乐调到百分之三十 再出一个', [MP4, { op: 'set_music_volume', volume: 0.3 }, MP4]],
      ['先导出 gif 动图 之后再出多个 webm', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'webm' }]],
      ['第二段放到最后 完了导出', [{ op: 'move_moment', index: 2, to: 3 }, MP4]],
      ['导出 mp4 然后 title remove 掉 再导出一个', [MP4, { op: 'remove_text' }, MP4]],
    ]);
    nothing(['出一个标题', '输出一个观点', '你们可以出多个版本吗？']);
  });

  describe('a level said with 再 after music added, spaced, then more (音乐再大声一点 完了导出) keeps the level', () => {
    table([
      ['加默认音乐 音乐再小声一点 完了导出', [MUSIC, { op: 'set_music_volume', change: 'quieter' }, MP4]],
      ['配上音乐 音乐再大声一点 导出 720p', [MUSIC, { op: 'set_music_volume', change: 'louder' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['加音乐 再小声点', [MUSIC, { op: 'set_music_volume', change: 'quieter' }]],
      ['加个背景音乐 再大声些', [MUSIC, { op: 'set_music_volume', change: 'louder' }]],
    ]);
  });

  describe('"and", "thanks" or "and" in another tongue beside a Chinese request (그리고, cảm ơn, 同) spoils none of it', () => {
    table([
      ['加音乐 音乐再调大声一点 그리고 导出 gif', [MUSIC, { op: 'set_music_volume', change: 'louder' }, { op: 'export', format: 'gif' }]],
      ['音乐小声一点 そして 导出 mp4', [{ op: 'set_music_volume', change: 'quieter' }, MP4]],
      ['加默认音乐 音乐再小声一点 and 导出 mp4', [MUSIC, { op: 'set_music_volume', change: 'quieter' }, MP4]],
      ['导出一个 webm 同一个 mp4', [{ op: 'export', format: 'webm' }, MP4]],
      ['出一个 gif 同一个 mp4 merci', [{ op: 'export', format: 'gif' }, MP4]],
      ['片头加卡片「开工大吉」 三秒 terima kasih', [{ op: 'add_card', card: 'intro', text: '开工大吉', duration_ms: 3000 }]],
      ['片尾加卡片「再见」 五秒 thanks', [{ op: 'add_card', card: 'outro', text: '再见', duration_ms: 5000 }]],
    ]);
    nothing(['我们是同一个团队', '谢谢 cảm ơn']);
  });

  describe('a stretch said idle by two things it lacks (没人动又没声音的地方, 冇动又冇声嘅位) is sped up, not the whole clip', () => {
    table([
      ['没人动也没声音的地方 快进三倍', [{ op: 'speed_up_idle', factor: 3 }]],
      ['没动作没声音的部分 加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['冇人郁又冇声嘅位 快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['啲冇动冇声嘅位 快进两倍', [{ op: 'speed_up_idle', factor: 2 }]],
      ['没人动没声音的地方 删掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['没人动没声音的地方不要加速', '视频没声音']);
  });

  describe('the very top or bottom said short (最底, 最顶, 喺最底) is where a text goes', () => {
    table([
      ['加字幕「今日特价」在最底', [{ op: 'add_text', text: '今日特价', style: 'caption', position: 'bottom' }]],
      ['加个标题「开张」 喺最顶', [{ op: 'add_text', text: '开张', style: 'title', position: 'top' }]],
      ['字幕「限时」放最底', [{ op: 'add_text', text: '限时', style: 'caption', position: 'bottom' }]],
      ['加字幕「第二天」摆在最顶', [{ op: 'add_text', text: '第二天', style: 'caption', position: 'top' }]],
    ]);
  });

  describe('an export put off in Cantonese or before another spaced request (还冇要汇出, 先不要导出 改成竖屏) is no export', () => {
    table([
      ['分辨率 720p 先 还冇要导出', [{ op: 'set_resolution', resolution: '720p' }]],
      ['改成竖屏 冇要汇出住', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['1080p 先不要汇出', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['分辨率用 4k 先不要导出 改成正方形', [{ op: 'set_resolution', resolution: '4k' }, { op: 'set_aspect', aspect: '1:1' }]],
      ['加音乐 先别导出 改成横屏', [MUSIC, { op: 'set_aspect', aspect: '16:9' }]],
    ]);
    nothing(['先不要汇出', '还冇要导出喔']);
  });

  describe('a download said done (已经下载了, sudah 下载了) beside a question is news, no export', () => {
    table([
      ['加音乐 然后下载', [MUSIC, MP4]],
      ['下载 mp4', [MP4]],
    ]);
    nothing(['我已经下载了', '你们有没有英文版的 udah 下载了', 'app 已经下载了 怎么用', '下载了']);
  });

  describe('ducking answered yes or no in mixed words (压低 要, jangan 压低) is set so', () => {
    table([
      ['压低 要', [{ op: 'set_ducking', duck: true }]],
      ['闪避 要的', [{ op: 'set_ducking', duck: true }]],
      ['讲话的时候 jangan 压低', [{ op: 'set_ducking', duck: false }]],
      ['导出 mp4。压低 要。', [MP4, { op: 'set_ducking', duck: true }]],
    ]);
    nothing(['压低要多少？']);
  });
});
