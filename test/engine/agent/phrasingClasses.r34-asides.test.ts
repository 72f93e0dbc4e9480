import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 34, words around a request that carry no edit and tell the situation: a thanks, an "all right" or a greeting of
 * a tongue of southern or eastern Africa said apart (ke a leboga, go siame, zikomo, dumela); a release's version number
 * (4.0 版本, v2.1, release 1.4.2), no figure of an edit; who or when it is for in traditional characters or Cantonese
 * (新客戶, 聽朝, 下礼拜), what it goes in or with (简历, 作品集, 配合 PPT 讲), what it was filmed with (用手机拍的); a doubt
 * whether it can be done (不知道能不能做, "not sure if that's possible"); who recommends the value asked ("because the
 * platform recommends that, so please make it so"); "请用这个" after the file named; the footage all kept, or every step
 * shown, said beside keeping everything; an apology before "could you undo what I just did?"; a stretch named by its
 * times in one clause and "cut that part" in the next; when in the footage (揉面的时候) before what is to be seen; and an
 * upload left out by its file's word and number ("part 2 was the broken build" beside demo_part1.mp4). Own wordings
 * (not the bench's lines), against a draft of 3 moments and 1 text, read as exactly these operations with nothing
 * unread and nothing asked; and look-alikes that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const music = (track: string, volume = 0.35) => ({ op: 'add_music' as const, track, volume, duck: true });

describe('edit agent: round 34, asides around a request', () => {
  describe('a thanks, an "all right" or a greeting of a southern or eastern African tongue, said apart', () => {
    sure([
      ['Ke a leboga. Add music at 30%', [music('lofi', 0.3)]],
      ['Dumela rra. Make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Make it 45 seconds. Go siame', [clip(45)]],
      ['zikomo, remove the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['Mute the original audio, ngiyabonga', [{ op: 'set_source_volume', volume: 0 }]],
      ['Baie dankie! Export as gif', [{ op: 'export', format: 'gif' }]],
      ['Sawubona. Enkosi, undo', [{ op: 'undo' }]],
      ['Muli bwanji, crop it to square', [{ op: 'set_aspect', aspect: '1:1', fill: 'crop' }]],
    ]);
    // "go" before a shape asks it; before a word no edit knows, it stays unread; alone, each asks nothing.
    sure([['Go vertical. Add a title \'Hi\'', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_text', text: 'Hi', style: 'title' }]]]);
    notSure(['Go big. Add a title \'Hi\'']);
    nothing(['Go siame', 'Ke a leboga mma']);
  });

  describe('a release\'s version number: no figure of an edit', () => {
    sure([
      ['我们的 app 出了 2.0 版本，剪成 30 秒', [clip(30)]],
      ['小程序 5.1 版本上线了，剪个40秒的介绍', [clip(40)]],
      ['version 3.2 is out, make a 20 second teaser', [clip(20)]],
      ['we just shipped v4.1, cut it down to 45 seconds', [clip(45)]],
      ['release 1.4.2 went live today, make a 30 second clip', [clip(30)]],
    ]);
    // A figure before 版本 after a cut verb may be a length, and "2版" counts versions: asked, not read away.
    notSure(['剪个2.5版本', '做2版，30秒']);
    nothing(['v2.1']);
  });

  describe('who or when it is for (traditional characters, Cantonese), what it goes in or with, what it was filmed with', () => {
    sure([
      ['新客戶用，唔好剪，全部保留', [{ op: 'keep_everything' }]],
      ['聽朝俾老闆睇，剪到一分鐘', [clip(60)]],
      ['聽日俾客戶睇，剪到一分鐘', [clip(60)]],
      ['下礼拜开发布会，剪成一分钟', [clip(60)]],
      ['作品集用的，剪到40秒', [clip(40)]],
      ['要放简历里，剪成一分钟', [clip(60)]],
      ['配合 PPT 讲，剪成90秒', [clip(90)]],
      ['用手机拍的，剪成30秒', [clip(30)]],
      ['我们是拿运动相机录的，剪成一分钟', [clip(60)]],
    ]);
    nothing(['简历', '用手机拍的']);
  });

  describe('a doubt whether it can be done; who recommends the value asked, and "so do it"', () => {
    sure([
      ['不知道能不能做，剪成一分钟', [clip(60)]],
      ['剪成一分钟，不确定行不行', [clip(60)]],
      ['make it 30 seconds, not sure if that\'s possible', [clip(30)]],
      ['make it vertical, I don\'t know if you can do that', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it 2 minutes because the platform recommends that', [clip(120)]],
      ['make it vertical since our client asked for it, so do it', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['crop it to square because the feed wants that', [{ op: 'set_aspect', aspect: '1:1', fill: 'crop' }]],
    ]);
    nothing(['不知道能不能做', 'not sure if that\'s possible', 'because the platform recommends that', 'the client wants it louder, so do it']);
  });

  describe('the file named, then "use this one"; the footage all kept, or every step shown, beside keeping everything', () => {
    sure([
      ['音乐用 rain.mp3，请用这个', [music('rain.mp3')]],
      ['背景音乐 piano.mp3，就用这首吧', [music('piano.mp3')]],
      ['用 a.mp3 做背景音乐，用这个', [music('a.mp3')]],
      ['不要剪，素材都要保留', [{ op: 'keep_everything' }]],
      ['一刀都别剪，视频全部要保留', [{ op: 'keep_everything' }]],
      ['This tutorial must show every step, so keep the whole recording', [{ op: 'keep_everything' }]],
      ['our demo video has to show every single step, keep the whole recording uncut', [{ op: 'keep_everything' }]],
    ]);
  });

  describe('an apology, then "undo what I just did" asked', () => {
    sure([
      ['I\'m sorry. Could you undo what I just did?', [{ op: 'undo' }]],
      ['Oops, I messed up. Can you undo what I changed?', [{ op: 'undo' }]],
      ['My apologies. Please undo whatever I just added', [{ op: 'undo' }]],
    ]);
    // Asked about, with no "could you", it is a question.
    nothing(['undo what I just did?', 'what did I just do?']);
  });

  describe('a stretch named by its times, then "cut that part" in the next clause', () => {
    sure([
      ['my phone rang from 1:10 to 1:25, cut that part', [{ op: 'cut_range', start_ms: 70_000, end_ms: 85_000 }]],
      ['the dog barked between 0:40 and 0:52, remove that bit', [{ op: 'cut_range', start_ms: 40_000, end_ms: 52_000 }]],
      ['the second clip is boring, remove that bit', [{ op: 'remove_moment', index: 2 }]],
    ]);
    // A point (which stretch is not said) or a part of the draft is no stretch to cut; each alone asks nothing.
    notSure(['my cat walked in at 1:02, cut that part', 'the music is too loud, cut that part', 'the title is wrong, cut that part']);
    nothing(['the dog barked from 0:40 to 0:52', 'cut that part']);
  });

  describe('when in the footage, by what happens then, before what is to be seen', () => {
    sure([
      ['揉面的时候手看不太清，第12秒放大3秒', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 3000 }]],
      ['写字的时候笔尖要看得清楚些，第5秒放大2秒', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 2000 }]],
    ]);
    // A sound complained of is no part a zoom changes: it stays unread.
    notSure(['揉面的时候太吵了，第10秒放大3秒']);
    nothing(['写字的时候', '揉面的时候手看不太清']);
  });

  describe('an upload left out, named by its file\'s word and number, beside the uploads chosen', () => {
    sure([
      ['use only take_1.mp4 and take_3.mp4, take 2 was blurry', [{ op: 'use_sources', files: ['take_1.mp4', 'take_3.mp4'] }]],
      ['just use part1.mov and part2.mov; part 3 is the broken build', [{ op: 'use_sources', files: ['part1.mov', 'part2.mov'] }]],
      ['只用 clip1.mp4 和 clip3.mp4，clip 2 拍糊了', [{ op: 'use_sources', files: ['clip1.mp4', 'clip3.mp4'] }]],
    ]);
    // Asked for too, or said to be the good one, it may be wanted after all.
    notSure(['use only demo_part1.mp4 and demo_part3.mp4, part 2 too', 'use only take_1.mp4 and take_3.mp4, take 2 is the good one']);
  });
});
