import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 50's classes from held-out 45's Chinese wrong edits and lines not read: the big screen it is put on (放大屏上,
 * 投大屏) is where it plays, no zoom; a sharpness wished (要高清, "wants HD") beside a file at a size that gives it is why
 * that size; a fade said again naming no part after the music's ("音乐慢慢进来，淡入两秒") is the music's; the music played
 * on as it is where someone speaks (照样放, "keeps playing even when I talk") is no ducking, and no music put in; 无用 and
 * 毋使 before a verb are 不用; nothing to see (没东西看的, "nothing to look at") and the ones where nothing moves while
 * waiting (等虾上钩那些没动的) are idle stretches; 倍 typed by its sound after a figure (1.5陪); the undo pressed by
 * mistake (不小心点了撤销, "hit undo by accident") is mended by a redo; Cantonese 清咗佢 and 由头嚟过 start over.
 */
describe('edit agent: round 50 classes (held-out 45, Chinese wrong edits)', () => {
  describe('the big screen it is put on', () => {
    const wide4k = [
      { op: 'set_aspect' as const, aspect: '16:9' as const },
      { op: 'export' as const, format: 'mp4' as const, resolution: '4k' as const },
    ];
    sure([
      ['横屏，导出4K，展馆要放大屏上', wide4k],
      ['改成横屏 导出4K，商场要放到大屏幕上', wide4k],
      ['横屏，导出4K，要投大屏', wide4k],
      ['横屏，导出4K，晚会上大屏幕播', wide4k],
      ['横屏，导出4K，要放大屏幕上播', wide4k],
      ['横屏，导出4K，it goes on the big screen', wide4k],
    ]);
    // The words on the screen made bigger are zoomed into; so is a zoom asked outright.
    sure([
      ['导出4K，放大屏幕上的字', [wide4k[1], { op: 'set_zoom', mode: 'auto' }]],
      ['放大一点', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
  });

  describe('a sharpness wished beside a file at a size that gives it', () => {
    const hd = [{ op: 'export' as const, format: 'mp4' as const, resolution: '1080p' as const }];
    sure([
      ['客户那边要高清，导出1080p的mp4', hd],
      ['导出1080p，老板要高清', hd],
      ['评委要超清的，导出4K', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['the client wants HD, export a 1080p mp4', hd],
      ['export 1080p, they want it in HD', hd],
    ]);
    // Said alone, or set outright, it is the size asked; a sharper one wished than the file's is not read away.
    sure([
      ['客户要高清', [{ op: 'set_resolution', resolution: '720p' }]],
      ['要高清，导出', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['调成高清，导出1080p', [{ op: 'set_resolution', resolution: '720p' }, ...hd]],
      ['导出高清的，4K', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
    notSure(['导出720p，客户要超清']);
  });

  describe("a fade said again naming no part, after the music's", () => {
    sure([
      ['背景音乐慢慢进来，淡入三秒', [{ op: 'fade', target: 'music', in_ms: 3000 }]],
      ['配乐结尾慢慢消失，淡出两秒', [{ op: 'fade', target: 'music', out_ms: 2000 }]],
      ['音乐开头淡入，淡入一秒半', [{ op: 'fade', target: 'music', in_ms: 1500 }]],
      ['bring the music in slowly, fade in 3 seconds', [{ op: 'fade', target: 'music', in_ms: 3000 }]],
      ['the music comes in gently, 2 second fade in', [{ op: 'fade', target: 'music', in_ms: 2000 }]],
    ]);
    // The picture named is faded too; the other end is the music's other end.
    sure([
      ['音乐慢慢进来，画面淡入两秒', [
        { op: 'fade', target: 'music', in_ms: 1000 },
        { op: 'fade', target: 'clip', in_ms: 2000 },
      ]],
      ['音乐淡入两秒，淡出', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 1000 }]],
    ]);
    notSure(['bring it in slowly']);
  });

  describe('the music played on as it is where someone speaks', () => {
    const off = [{ op: 'set_ducking' as const, duck: false }];
    sure([
      ['配乐唔使自动压低，我讲嘢都照样放', off],
      ['背景音乐不用压低，有人说话也照样放', off],
      ['讲解的时候音乐也照常播', off],
      ['keep the music playing even when I talk', off],
      ['the music doesn\'t need to duck', off],
      ['no need to duck the music, keep it going even when people talk', off],
    ]);
    // Music asked for beside it is added so; music going on with no one speaking is no ducking.
    sure([['加点音乐，我说话的时候照样放', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]]]);
    notSure(['音乐照样放', 'keep the music playing']);
  });

  describe('无用 and 毋使 before a verb', () => {
    nothing(['配乐就无用加了，现场本身就有鼓声', '背景音乐毋使加', '字幕无用加了']);
    sure([['音乐无用压低', [{ op: 'set_ducking', duck: false }]]]);
    // The useless parts are no "no need".
    notSure(['无用的部分删掉']);
  });

  describe('nothing to see, and the ones where nothing moves while waiting', () => {
    sure([
      ['一直排队那些没东西看的，快进6倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ['没啥看头的地方加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没什么好看的部分，3倍速', [{ op: 'speed_up_idle', factor: 3 }]],
      ['the bits with nothing to see, speed up 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['where there\'s nothing to look at, 4x', [{ op: 'speed_up_idle', factor: 4 }]],
      ['等鱼上钩那些没动的，全部剪掉', [{ op: 'remove_dead_air' }]],
      ['等水烧开的时候没动的，都删了', [{ op: 'remove_dead_air' }]],
      ['等客户那几段不动的，快进 4倍', [{ op: 'speed_up_idle', factor: 4 }]],
      ['cut the bits where there\'s nothing to see', [{ op: 'remove_dead_air' }]],
    ]);
    // A moment named is that moment; the ones left untouched are no stretch.
    sure([['第二段没啥看头，加速', [{ op: 'set_speed', factor: 1.5, index: 2 }]]]);
    notSure(['其他没动的，全部剪掉', '等一下没动的剪掉']);
  });

  describe('倍 typed by its sound after a figure', () => {
    sure([
      ['整体快点 2陪', [{ op: 'set_speed', factor: 2 }]],
      ['第二段1.5背速', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['整个视频3被速度', [{ op: 'set_speed', factor: 3 }]],
    ]);
    sure([['导出1080备份', [{ op: 'export', format: 'mp4', resolution: '1080p' }]]]);
    notSure(['加2杯咖啡']);
  });

  describe('the undo pressed by mistake, mended by a redo', () => {
    sure([
      ['刚刚不小心点了撤销，再做回来', [{ op: 'redo' }]],
      ['手滑按到撤回了，给我恢复回来', [{ op: 'redo' }]],
      ['点错了撤销，重做', [{ op: 'redo' }]],
      ['I hit undo by accident, bring it back', [{ op: 'redo' }]],
      ['accidentally clicked undo, redo it', [{ op: 'redo' }]],
    ]);
    // A button pressed with no mistake said, or something else pressed by mistake, is no redo.
    notSure(['刚刚点了撤销，怎么没反应', 'I hit undo, nothing happened']);
    sure([['按错了，恢复回来', [{ op: 'undo' }]]]);
  });

  describe('Cantonese 清咗佢 and 由头嚟过', () => {
    sure([
      ['全部清咗佢，由头嚟过', [{ op: 'start_over' }]],
      ['由頭嚟過', [{ op: 'start_over' }]],
      ['全部清咗佢，由頭開始，做成竖屏', [{ op: 'start_over' }, { op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // What is named before it is what is cleared; from start to end is no start over.
    sure([['字幕全部清咗佢', [{ op: 'remove_text' }]]]);
    notSure(['由头到尾都要字幕']);
  });
});
