import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 34, Chinese edits: the recording's own sound named by where it came from (原来的录音, 直播声音, 原始录音); the footage's
 * background retouched (P掉, 抠掉) or something in it taken out, which is no backdrop; a time of now (本周, 这个月, 今晚) before
 * a refused request; a resolution said digit by digit (一零八零, 七二零); 只是用, 就是用, 只需用 before the files; the end going dark
 * slowly (结尾慢慢变黑) as a fade out; a figure that "will do" (显示三秒钟就可以了) as the one asked, no approval; a text's place
 * said with the video named (放在视频最后) or as the first moment's start, the last one's end; an ordinal typed with spaces
 * (第 2 段); a moment said to be the start of something (是…的开头), then cut by an amount; a recording named with its
 * length alone (录屏 25 分钟), or a talk's length run on with spaces, being the source's; a moment named by what happens
 * in it (摔倒那一下, 进球那一幕), then by its place. Own wordings (not the bench's lines), against a draft of 3 moments and 1
 * text; and look-alikes that must stay unread or change nothing.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const sourceAt = (volume: number) => ({ op: 'set_source_volume' as const, volume });

describe('edit agent: round 34, Chinese edits (sound, backdrop, refusals, files, fades, texts, moments, lengths)', () => {
  describe('the recording\'s own sound named by where it came from is the recording\'s volume', () => {
    sure([
      ['原来的录音调低到40%', [sourceAt(0.4)]],
      ['原始录音有底噪，音量调到30%', [sourceAt(0.3)]],
      ['直播声音开一半就好', [sourceAt(0.5)]],
      ['录像声音小一点 30%', [sourceAt(0.3)]],
      ['录屏声音调到 60%', [sourceAt(0.6)]],
    ]);
    nothing(['原来的录音有电流声吗']);
  });

  describe('the footage\'s background retouched, or something in it taken out, is no backdrop', () => {
    nothing(['背景的路人抠掉', '把背景P一下', '背景里那个垃圾桶帮我P掉', '能把背景的杂物修掉吗', '背景打个码']);
    sure([
      ['背景换成蓝色', [{ op: 'set_background', background: 'ocean' }]],
      ['去掉背景', [{ op: 'remove_background' }]],
    ]);
  });

  describe('a time of now before a refused request refuses it', () => {
    nothing(['本周不做导出', '这周先不导出，只看效果', '这个月不加音乐', '今晚不用导出 明天再说']);
    sure([
      ['竖屏，本周不做导出', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['这周导出一个mp4', [{ op: 'export', format: 'mp4' }]],
      ['本周把第二段删掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('a resolution said digit by digit', () => {
    sure([
      ['分辨率改成七二零', [{ op: 'set_resolution', resolution: '720p' }]],
      ['导出幺零八零p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['导一个一零八零的 webm', [{ op: 'export', format: 'webm', resolution: '1080p' }]],
      ['最后导出一零八零的 mp4', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['七二零导出 gif', [{ op: 'export', format: 'gif', resolution: '720p' }]],
    ]);
    notSure(['一零八零太糊了']);
  });

  describe('只是用, 就是用, 只需用 before the files say "only"', () => {
    sure([
      ['只是用 a.mp4 和 b.mp4 就好', [{ op: 'use_sources', files: ['a.mp4', 'b.mp4'] }]],
      ['就是用 demo.mov 就行', [{ op: 'use_sources', files: ['demo.mov'] }]],
      ['只需要用 intro.mp4 这一个', [{ op: 'use_sources', files: ['intro.mp4'] }]],
      ['只需用 b.mov', [{ op: 'use_sources', files: ['b.mov'] }]],
      ['只是用 x.mp4 跟 y.mp4 这两个视频', [{ op: 'use_sources', files: ['x.mp4', 'y.mp4'] }]],
    ]);
    nothing(['只是用手机拍的', '就是 a.mp4 有点糊']);
  });

  describe('the end going dark slowly is a fade out; the footage said to go dark is not', () => {
    sure([
      ['结尾慢慢变黑', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['最后慢慢变黑 2秒', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['结束的时候画面缓缓黑掉', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['片子结尾的时候渐渐变暗，大概三秒', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['最后画面慢慢变黑就行', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    notSure(['天色慢慢变黑的那段剪掉', '画面慢慢变黑是不是太慢了']);
  });

  describe('a figure that "will do" is the figure asked, no approval of what is there', () => {
    sure([
      ['加个片尾“谢谢观看”，四秒就可以了', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 4000 }]],
      ['加个片头“第三课”，显示三秒钟就可以了', [{ op: 'add_card', card: 'intro', text: '第三课', duration_ms: 3000 }]],
      ['加个字幕“ABC”，显示5秒就可以了', [{ op: 'add_text', text: 'ABC', style: 'caption', duration_ms: 5000 }]],
      ['音乐音量 30% 就可以了', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['加速 2倍就可以了', [{ op: 'set_speed', factor: 2 }]],
    ]);
    nothing(['这样就可以了']);
  });

  describe('a text\'s place said with the video named, or at the first moment\'s start or the last one\'s end', () => {
    sure([
      ['加一行字幕：“明天见”，放在视频最后显示五秒', [{ op: 'add_text', text: '明天见', style: 'caption', anchor: 'end', duration_ms: 5000 }]],
      ['第一段开头加个标题“欢迎”', [{ op: 'add_text', text: '欢迎', style: 'title', anchor: 'start' }]],
      ['头一段开头加个字幕「步骤一」，显示4秒', [{ op: 'add_text', text: '步骤一', style: 'caption', anchor: 'start', duration_ms: 4000 }]],
      ['最后一段结尾打上文字“完”', [{ op: 'add_text', text: '完', style: 'title', anchor: 'end' }]],
      ['加个字幕“谢谢”，放到整个视频的最后', [{ op: 'add_text', text: '谢谢', style: 'caption', anchor: 'end' }]],
    ]);
    // Another moment's edge is no place a text takes; the first moment's start cut is a trim, not a place.
    notSure(['第二段开头加个字幕「ABC」', '第一段开头剪掉2秒']);
    sure([['把第一段放在视频最后', [{ op: 'move_moment', index: 1, to: 3 }]]]);
  });

  describe('an ordinal typed with spaces; a moment said to be the start of something, then cut by an amount', () => {
    sure([
      ['第 2 段是开场白 剪掉 4 秒', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['第2 段太长 砍掉3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第 3 个片段删掉', [{ op: 'remove_moment', index: 3 }]],
      ['第 1 段是演示的开头 剪掉 2 秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第二段是问答的开头，砍掉5秒', [{ op: 'trim_moment', index: 2, by_ms: 5000 }]],
    ]);
    // Cut at the moment's own start: not guessed at.
    notSure(['第二段开头剪掉3秒', '第二段的开头剪掉3秒', '第二段是问答的开头']);
    sure([['加个字幕「第 3 课：表单」，从第 2 秒到第 8 秒', [{ op: 'add_text', text: '第 3 课：表单', style: 'caption', start_ms: 2000, end_ms: 8000 }]]]);
  });

  describe('a moment named by what happens in it (那一下, 那一幕, 那个镜头) is not guessed; named by its place next, it is that one', () => {
    sure([
      ['摔倒那一下慢放，第三段，慢一半', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['进球那一幕放慢 第1段0.5倍速', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['开箱那个镜头加速，第二段2倍速', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['第二段那一下慢放', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['慢放一下', [{ op: 'set_speed', factor: 0.5 }]],
    ]);
    notSure(['摔倒那一下慢放', '开箱那个镜头加速']);
  });

  describe('a recording named with its length alone, or a talk\'s length run on with spaces, is the source\'s', () => {
    sure([
      ['录屏 25 分钟，想剪个 5 分钟的', [clip(300)]],
      ['原片 30 分钟，剪个 2 分钟的', [clip(120)]],
      ['录像 1 小时 剪成 3 分钟', [clip(180)]],
      ['我讲了40分钟 剪个10分钟的', [clip(600)]],
      ['素材40分钟，做个一分钟的', [clip(60)]],
    ]);
    notSure(['录屏 5 分钟']);
  });
});
