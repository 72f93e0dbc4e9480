import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 36, the idle parts, the whole kept, and fades after music:
 * - stretches where nothing happens named first (waiting, loading, silent or quiet ones), said to stay ("keep them",
 *   "don't cut them", "leave them in"), then sped up ("speed them up", "make them 3x faster"): the idle stretches sped up,
 *   kept whole, no speed of the whole clip (a whole clip named stays the whole clip's; a moment named stays that moment's);
 * - in Chinese, stretches named by waiting for something (等编译那段, 等水开的那些地方, 等烤箱那几段) and the Cantonese dull
 *   spots (嗰啲悶位) sped up: the idle stretches (等一下, 等下 are "wait", "later", no waiting named; 等枪响那段 taken out may
 *   be a moment);
 * - a cut refused ("no cutting") is no removal of the pauses said after it, beside the whole kept;
 * - the video named by what it is ("sound test vid", "music video for the band", 讲怎么换滤芯的) beside a request is context;
 * - a fade naming no part said right after music added, past a comma, in the sentence the music opened, is the music's;
 *   as a step after it ("then …"), in a list of requests, in a sentence or a line of its own, or naming the video, the clip's.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const idle = (factor: number) => [{ op: 'speed_up_idle' as const, factor }];
const music = (volume = 0.35, track = 'lofi') => ({ op: 'add_music' as const, track, volume, duck: true });
const fade = (target: 'clip' | 'music', in_ms?: number, out_ms?: number) => ({
  op: 'fade' as const, target, ...(in_ms === undefined ? {} : { in_ms }), ...(out_ms === undefined ? {} : { out_ms }),
});

describe('edit agent: round 36, idle parts sped up, the whole kept, fades after music', () => {
  describe('idle stretches named, said to stay, then sped up: the idle stretches sped up', () => {
    sure([
      ['the loading parts, keep them, speed them up 4x', idle(4)],
      ['the silent bits, leave them in, just make them 3x faster', idle(3)],
      ['the quiet parts where I\'m thinking, don\'t cut them, play them 2x', idle(2)],
      ['the silent parts where she types, don\'t cut them, speed them up 5x', idle(5)],
      ['the bits where we wait for the build, keep them and make them 8x faster', idle(8)],
      ['the silent parts, speed them up', idle(4)],
    ]);
    // A whole clip or a moment named stays the whole clip's or that moment's; "keep them" with no stretch named stays unread.
    sure([
      ['speed the whole video up 2x', [{ op: 'set_speed', factor: 2 }]],
      ['make clip 2 twice as fast', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ]);
    notSure(['the waiting parts, keep them, make the whole video 2x faster', 'the intro, keep it, speed it up 2x', 'keep them']);
    nothing(['don\'t speed up the waiting parts', 'the silent parts where I\'m writing, don\'t speed them up', 'do the silent parts get sped up?',
      'the silent parts are where I think']);
  });

  describe('Chinese: stretches named by waiting for something, or the Cantonese dull spots, sped up', () => {
    sure([
      ['等编译完成那段 加速5倍', idle(5)],
      ['等水开的那些地方 快进3倍', idle(3)],
      ['等客户回复的时候 快放4倍', idle(4)],
      ['等烤箱那几段快进8倍', idle(8)],
      ['等页面刷新那段太长了，快进一下 2倍', idle(2)],
      ['嗰啲悶位 快啲', idle(4)],
      ['印紧嗰啲悶位 快轉3倍', idle(3)],
    ]);
    sure([['整体快进3倍', [{ op: 'set_speed', factor: 3 }]]]);
    // One stretch waited through (那段, no 的) taken out may be a moment: named by its place, it is that one; alone, not guessed.
    sure([['等发令枪那段全是干等 删掉，就是第二段', [{ op: 'remove_moment', index: 2 }]]]);
    notSure(['等水开那段 删掉']);
    nothing(['等一下那段加速', '等下那段快进两倍', '等接口返回那段不要加速', '等接口返回那段加速了吗？', '等汤煮的时候我去洗菜了', '嗰啲悶位 唔好加速']);
  });

  describe('the whole kept with a cut refused: no removal of the pauses said after it', () => {
    sure([
      ['keep all of it, no cutting, it\'s a lecture, students pause it', [{ op: 'keep_everything' }]],
      ['keep everything, no cutting, viewers pause to copy the code', [{ op: 'keep_everything' }]],
      ['keep it all, no cutting, I pause between steps on purpose', [{ op: 'keep_everything' }]],
    ]);
    // Cut said outright, the pauses go; a cut of them refused is not guessed at.
    sure([['keep everything but cut the pauses', [{ op: 'remove_dead_air' }]], ['cut the silent parts', [{ op: 'remove_dead_air' }]]]);
    notSure(['no cutting the pauses']);
  });

  describe('the video named by what it is, beside a request: context', () => {
    table([
      ['mic test vid, keep everything please', [{ op: 'keep_everything' }]],
      ['music video for the band, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['text animation tutorial, keep it all', [{ op: 'keep_everything' }]],
      ['教大家怎么装滤芯的，剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['产品培训视频 讲如何更换电池的 全部放进去 不要剪', [{ op: 'keep_everything' }]],
    ]);
    // A part named alone, or one video among others, is no description of the video: unread.
    notSure(['title video', 'the second video, keep everything', '讲怎么加字幕的 剪短点']);
  });

  describe('a fade right after music added, past a comma, in the sentence the music opened: the music\'s', () => {
    table([
      ['add lofi at 30%, fade out 2 seconds', [music(0.3), fade('music', undefined, 2000)]],
      ['put music on at 20%, fade in and out', [music(0.2), fade('music', 1000, 1000)]],
      ['add the song beat.mp3, fade in over 3s and out over 2s', [music(0.35, 'beat.mp3'), fade('music', 3000, 2000)]],
      ['Make it 30 seconds. Add music at 40%, fade in 2s', [{ op: 'compile_best_moments', target_ms: 30_000 }, music(0.4), fade('music', 2000)]],
      ['加背景音乐 rain.mp3，淡出三秒', [music(0.35, 'rain.mp3'), fade('music', undefined, 3000)]],
      ['配乐用 lofi 音量两成，开头淡入两秒、结尾淡出一秒', [music(0.2), fade('music', 2000, 1000)]],
    ]);
    // As a step after it, in a list of requests, in a sentence or a line of its own, said before it, or naming the video.
    table([
      ['add music, then fade in 2 seconds', [music(), fade('clip', 2000)]],
      ['make it 30s, add music, fade out at the end', [{ op: 'compile_best_moments', target_ms: 30_000 }, music(), fade('clip', undefined, 1000)]],
      ['Add music. Fade in 2 seconds.', [music(), fade('clip', 2000)]],
      ['add music\nfade in 2 seconds', [music(), fade('clip', 2000)]],
      ['fade in 2s, add music', [fade('clip', 2000), music()]],
      ['add music, fade the video out', [music(), fade('clip', undefined, 1000)]],
      ['add music at 40%, fade everything out', [music(0.4), fade('clip', undefined, 1000)]],
      ['加音乐，然后淡入两秒', [music(), fade('clip', 2000)]],
      ['剪30秒，加音乐，结尾淡出', [{ op: 'compile_best_moments', target_ms: 30_000 }, music(), fade('clip', undefined, 1000)]],
      ['加音乐，整个视频淡出', [music(), fade('clip', undefined, 1000)]],
    ]);
  });
});
