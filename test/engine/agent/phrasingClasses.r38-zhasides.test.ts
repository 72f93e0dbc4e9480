import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 38, Chinese remarks beside a request (Mandarin, Cantonese, Taiwanese, Hakka 𠊎, Henan 俺): what the user does, did
 * or is used to doing in another editor (PR, Premiere, 剪映, CapCut, 达芬奇, 会声会影), or what that editor can do, is told,
 * nothing asked of this one, even with an edit verb in it (渲染, 导出, 剪); the recording named by what it shows after
 * "this is" (这个是…的录影: 录影 is 录像); a length said roughly and alone right after the
 * recording is told of, longer than the clip asked, is the recording's;
 * a figure typed with a space before its unit ("剪成 35 秒给抖音") is one word with it; the speaker's voice named by who
 * speaks ("俺讲的声音留着") is the recording's sound kept, beside music added. Own wordings (not the bench's lines), against
 * a draft of 3 moments and 1 text; and look-alikes that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const vertical = { op: 'set_aspect' as const, aspect: '9:16' as const };
const music = (volume = 0.35) => ({ op: 'add_music' as const, track: 'lofi', volume, duck: true });

describe('edit agent: round 38, Chinese remarks beside a request', () => {
  describe('what the user does in another editor, or what it can do, is context', () => {
    sure([
      ['我一般用剪映剪视频，这个帮我剪成30秒', [clip(30)]],
      ['我之前在达芬奇里调过色，帮我改成竖屏', [vertical]],
      ['以前都用 Final Cut，这次加个背景音乐', [music()]],
      ['我习惯用PR加字幕，这次帮我把第二段删掉', [{ op: 'remove_moment', index: 2 }]],
      ['Premiere 里我一般最后才导出，先把没人说话的地方删掉', [{ op: 'remove_dead_air' }]],
      ['剪映能自动加字幕，帮我剪成一分钟', [clip(60)]],
      ['俺平时用必剪，导出mp4', [{ op: 'export', format: 'mp4' }]],
      ['我哋平时用 CapCut 剪片嘅，幫我剪成45秒', [clip(45)]],
    ]);
    // Alone, or asked of the other editor, nothing is asked of this one.
    nothing(['PR能导出XML工程文件吗？', '我平时用PR导出', '达芬奇里我习惯先渲染', '剪映可以加字幕，这里行吗？']);
    // No one doing it and no habit, or a length in it: it may be a request, unread.
    notSure(['用剪映的模板加个字幕', '我平时用PR剪成60秒的，这次也一样']);
    // The other editor as a likeness is how the request goes.
    sure([['像PR那样加个淡入', [{ op: 'fade', target: 'clip', in_ms: 1000 }]]]);
  });

  describe('the recording named by what it shows, after "this is"', () => {
    sure([
      ['这段是我们餐厅点餐系统的录影，帮我剪成30秒', [clip(30)]],
      ['這段是我們餐廳點餐系統的錄影，幫我剪成30秒', [clip(30)]],
      ['呢段係我哋預約系統嘅錄影，剪到45秒', [clip(45)]],
      ['这个是新版后台订单管理页面的录屏，帮我加个背景音乐', [music()]],
      ['那个是去年公司年会抽奖环节的录像，改成竖屏', [vertical]],
    ]);
  });

  describe('a length said roughly and alone, longer than the clip asked, is the recording\'s', () => {
    sure([
      ['这是周会的录屏，大概50分钟，剪个2分钟的', [clip(120)]],
      ['这是培训课的录像，40分钟左右，帮我剪成5分钟', [clip(300)]],
      ['这是会议录屏，大约30分钟，剪成一分钟', [clip(60)]],
      ['这是直播回放，差不多20分钟，剪成30秒', [clip(30)]],
      ['this is our standup recording, about 40 minutes, make a 3 minute summary', [clip(180)]],
      // A rough length alone, with no other, is the clip's.
      ['剪个短的，大概两分钟', [clip(120)]],
    ]);
    // With no recording told before it, or shorter than the clip asked, it may be the clip's after all: asked.
    notSure(['差不多20分钟，剪成30秒', '剪成3分钟，大概40秒', '这是周会的录屏，大概40秒，剪成3分钟']);
  });

  describe('a figure typed with a space before its unit', () => {
    sure([
      ['剪成 20 秒发抖音', [vertical, clip(20)]],
      ['压到 45 秒给快手', [vertical, clip(45)]],
      ['做个 90 秒的发 Reels', [vertical, clip(90)]],
      ['剪成 1 分钟给 Shorts', [vertical, clip(60)]],
      ['剪成 30 秒 第二段删掉', [clip(30), { op: 'remove_moment', index: 2 }]],
      // A span's other end spaced from its first figure is the span's too.
      ['加字幕「限时优惠」 10 到 15 秒', [{ op: 'add_text', text: '限时优惠', style: 'caption', start_ms: 10000, end_ms: 15000 }]],
    ]);
    // A figure with no unit is no length: asked.
    notSure(['剪成 30 第二段删掉']);
  });

  describe('the speaker\'s voice named by who speaks, kept beside music added', () => {
    sure([
      ['我讲的声音留着，加个背景音乐', [music()]],
      ['俺说的声音保留，配乐百分之二十', [music(0.2)]],
      ['𠊎讲话的声音留着，加点音乐', [music()]],
      ['我们说的声音要保留，加首背景音乐', [music()]],
      // Alone, or switched off, it is the recording's sound set.
      ['我讲的声音留着', [{ op: 'set_source_volume', volume: 1 }]],
      ['俺讲的声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
  });
});
