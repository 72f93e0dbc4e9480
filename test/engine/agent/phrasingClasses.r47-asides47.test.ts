import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 47 "asides47": a clause beside the request that only says where the clip will be used or shown (用在年会PPT里,
 * 要投影到礼堂墙上, 大堂的电视要放, a platform beside a shape asked: 做成1:1，放 Instagram), when it is sent or fetched (两个钟头后
 * 上传, 什么时候拿都行), what someone else will do with it themselves or wants to see in it (调色师要自己调色, 学员想了解接线的
 * 步骤), or the start over said again ("I want to do it all over again", 我要从头再剪一遍), asks for nothing. A platform
 * beside no shape asked, a part of the video named, a figure that may be a length, a request in the clause ("发给我一个竖屏
 * 的") and a restated start over beside another request stay as they were read.
 */
describe('edit agent: round 47 asides (where, when, for whom, start over again)', () => {
  const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
  const aspect = (shape: '1:1' | '16:9' | '9:16') => ({ op: 'set_aspect' as const, aspect: shape });

  describe('where the clip will be used or shown', () => {
    sure([
      ['剪成45秒，用在年会PPT里', [clip(45)]],
      ['导出mp4，用于展会循环', [{ op: 'export', format: 'mp4' }]],
      ['剪个30秒的，拎去展会', [clip(30)]],
      ['导出4K，要投影到礼堂墙上', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['做成横屏，投屏在会议室', [aspect('16:9')]],
      ['大堂的电视要放，做成横屏', [aspect('16:9')]],
      ['导出mp4，贴到脸书专页', [{ op: 'export', format: 'mp4' }]],
      ['make it square, for the TV in our shop', [aspect('1:1')]],
      ["export mp4, it's going up on our Facebook page", [{ op: 'export', format: 'mp4' }]],
      ["make it 16:9, we're projecting it at the town hall", [aspect('16:9')]],
      // A platform beside a shape asked outright is where it goes.
      ['做成1:1，放 Instagram', [aspect('1:1')]],
      ['竖屏9:16，贴小红书', [aspect('9:16')]],
      // A platform said alone, or beside no shape, is read as it was: its shape.
      ['放到抖音', [aspect('9:16')]],
      ['剪30秒，用在抖音', [clip(30), aspect('9:16')]],
      // A request in the clause is read.
      ['导出mp4，发给我一个竖屏的', [{ op: 'export', format: 'mp4' }, aspect('9:16')]],
    ]);
    // A platform beside no shape may ask its shape; a part of the video may be where something goes.
    notSure(['剪30秒，放 Instagram', '导出mp4，放 Instagram', '剪30秒，用在片头', '导出mp4，放到标题页']);
  });

  describe('when it is sent or fetched', () => {
    sure([
      ['导出1080p，两个钟头后上传', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['剪成40秒，半小时后发', [clip(40)]],
      ['导出mp4，什么时候拿都行', [{ op: 'export', format: 'mp4' }]],
      ['导出mp4，我随时来取', [{ op: 'export', format: 'mp4' }]],
      ['export 720p, posting it tonight', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ["export mp4, I'll grab it whenever", [{ op: 'export', format: 'mp4' }]],
      // A length cut to, then sent, is the clip's length.
      ['剪成1分钟后发', [clip(60)]],
    ]);
    nothing(['一小时后发', '我几时都可以拿']);
    // 拿掉 takes away: a time before it says when the text ends, which is asked, not set aside.
    notSure(['1分钟后拿掉字幕']);
  });

  describe('what someone else will do with it, or wants to see in it', () => {
    sure([
      ['导出mov，客户回头要亲自配音', [{ op: 'export', format: 'mov' }]],
      ['导出4K，调色师要自己调色', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['剪成一分钟，学员想了解接线的步骤', [clip(60)]],
      ['client 要看 seam 的做法，剪成45秒', [clip(45)]],
      ['export it as mov, the client wants to grade it himself', [{ op: 'export', format: 'mov' }]],
      ['export mp4, our colorist will grade it herself', [{ op: 'export', format: 'mp4' }]],
      // Music they will add themselves is none added here.
      ['剪30秒，老板要自己加音乐', [clip(30)]],
      ['make it 30s. the boss will add music himself', [clip(30)]],
    ]);
    // The tool told to do it itself is a request; said alone, someone's own doing changes nothing.
    // (Nor a stretch named by what someone does in it: 老师自己讲的部分.)
    notSure(['标题你自己改', '剪30秒，buyer 要看第三段的做法', '剪30秒，老师自己讲的部分删掉']);
    nothing(['客人要自己调色']);
  });

  describe('the start over said again', () => {
    sure([
      ['start over, I want to do it all over again', [{ op: 'start_over' }]],
      ['reset, I wanna start again from the beginning', [{ op: 'start_over' }]],
      // ("square one" is where it starts, no shape.)
      ["start over, I'd like to redo everything from square one", [{ op: 'start_over' }]],
      ['重新开始，我要从头再剪一遍', [{ op: 'start_over' }]],
      ['全部清空，我想从零再做一次', [{ op: 'start_over' }]],
      ['make it square one more time', [aspect('1:1')]],
      ['start over, I want to redo it all', [{ op: 'start_over' }]],
      ['redo it', [{ op: 'redo' }]],
    ]);
    // Alone, the whole edit redone may start it over or redo every step.
    notSure(['redo it all', 'redo everything']);
    // Beside another request, doing it again from the top may be a step of its own.
    notSure(['undo, I want to do it again from zero', 'remove the title, I want to redo it from the top', '把标题删了，我要从头再剪',
      'undo, I want to redo it all']);
  });
});
