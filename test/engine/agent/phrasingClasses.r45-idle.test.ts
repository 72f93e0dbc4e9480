import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 45 "idle" classes: idle stretches described by what happens (or doesn't) in them — a machine waiting, rebooting,
 * loading, processing, a screen that takes a while to load, runs said to be static, 啥动静没有, 画面不动 — with a speed said
 * for them (by pronoun, before or after, as "8x", "5 times", "double speed", 六倍, or a factor said alone after, 速度六倍)
 * are the idle speed-up at that factor, not the whole video's speed; the waits cut are the dead air. The whole video sped
 * up, a moment named by its number and a moment too long stay what they were.
 */
describe('edit agent: round 45 idle classes', () => {
  const idle = (factor: number) => [{ op: 'speed_up_idle' as const, factor }];

  describe('a stretch where a machine waits or works, then a speed for "them"', () => {
    sure([
      ['the bits where the laptop is restarting, speed them up 6x', idle(6)],
      ['the parts where my phone is updating, play them at double speed', idle(2)],
      ['where the app is processing, speed those up 3 times', idle(3)],
      ['sections where the build is waiting, make them 4x faster', idle(4)],
      ['part where computer is rebooting, make faster 8 times', idle(8)],
      ['keep it all, but the bits where we don\'t touch the board can go 3x faster', idle(3)],
      ['when the vm is booting up, speed that up 5x', idle(5)],
      ['the spots where the upload is still processing, play them at triple speed', idle(3)],
    ]);
    // The whole video, or a moment named by its number, stays that speed.
    sure([
      ['speed the whole video up 3x', [{ op: 'set_speed', factor: 3 }]],
      ['clip 2 is where the laptop is restarting, speed it up 3x', [{ op: 'set_speed', factor: 3, index: 2 }]],
    ]);
  });

  describe('a wait said as what takes a while, or runs said to be static, then a speed for them', () => {
    sure([
      ['the site takes ages to load between pages, play those waits at 3x', idle(3)],
      ['my app takes a while to boot; speed them up 4x', idle(4)],
      ['the test runs are long and static. can those stretches go 8x faster?', idle(8)],
      ['the benchmark runs are pretty static, speed those up 5x', idle(5)],
    ]);
    // A moment too long to start is that moment; a title kept still is no stretch.
    sure([['the second clip takes too long to start, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 2 }]]]);
    notSure(['keep the title static']);
  });

  describe('idle places in Chinese with the speed said after them, or when editing', () => {
    sure([
      ['画面静止的片段，加速播放，速度五倍', idle(5)],
      ['等待的那些地方，快进，倍率8', idle(8)],
      ['剪的时候 没动静的地方 快进三倍', idle(3)],
      ['剪辑时画面不动的地方快放两倍', idle(2)],
      ['没人操作的地方快进三倍', idle(3)],
    ]);
    // A moment named by its number stays that moment's speed.
    sure([['第二段两倍速', [{ op: 'set_speed', factor: 2, index: 2 }]]]);
  });

  describe('stretches where nothing at all stirs, or the waits, cut', () => {
    sure([
      ['啥动静都没有的地方删掉', [{ op: 'remove_dead_air' }]],
      ['一点动静也没有的部分全部剪掉', [{ op: 'remove_dead_air' }]],
      ['cut the waits', [{ op: 'remove_dead_air' }]],
      ['please remove all the waits', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["don't cut the waits", 'should I cut the waits?']);
  });
});
