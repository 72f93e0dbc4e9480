import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 45's classes from held-out 40's Chinese misses: a text wanted (需要一个 / 要一条 …), where it goes said against
 * the title, is a text added; 换 alone before spaced words gives a text new words, a closing particle (lah, 吧, 啦) no
 * part of them; a length in minutes and seconds called too long, then the new length; the recording's sound named by
 * what makes it, set to a level; a title shown only in the first seconds, the verb after them; a resolution refused is
 * not the one asked; a moment described, then named by its place in the next spaced request, is that moment.
 */
describe('edit agent: r45 h40zh classes', () => {
  describe('a text wanted, placed against the title, is a text added', () => {
    sure([
      ['标题下面需要一个名字条：李老师，城南实验小学', [{ op: 'add_text', text: '李老师，城南实验小学', style: 'lower-third' }]],
      ['要一条字幕：扫码报名', [{ op: 'add_text', text: '扫码报名', style: 'caption' }]],
      ['标题底下来一个人名条：王师傅', [{ op: 'add_text', text: '王师傅', style: 'lower-third' }]],
      ['标题上面加一行字：限时优惠', [{ op: 'add_text', text: '限时优惠', style: 'title' }]],
      ['我想要一个字幕 点击下一步', [{ op: 'add_text', text: '点击下一步', style: 'caption' }]],
    ]);
    // No text wanted, or none named: nothing added.
    notSure(['不需要字幕', '不要一个标题', '需要一个人名条', '标题要一个红色的']);
  });

  describe('换 alone before spaced words gives a text new words; a closing particle is none of them', () => {
    const renamed = (text: string) => [{ op: 'edit_text' as const, text }];
    sure([
      ['标题换 Tiong Bahru Bakes 2019 lah', renamed('Tiong Bahru Bakes 2019')],
      ['字幕换 Step 3 啦', renamed('Step 3')],
      ['标题换 秋季开放日', renamed('秋季开放日')],
      ['把标题换 Harbour Lights', renamed('Harbour Lights')],
      ['标题改成 冬令营招募 吧', renamed('冬令营招募')],
      ['change the title to Kopi Corner lah', renamed('Kopi Corner')],
    ]);
    // A look or a place changed is no words.
    notSure(['标题换 字体', '标题换 蓝色', '字幕换 位置', '标题换 一下']);
  });

  describe('a length in minutes and seconds called too long, then the new length', () => {
    const clip = (target_ms: number) => [{ op: 'compile_best_moments' as const, target_ms }];
    sure([
      ['2分10太长 改成一分半', clip(90000)],
      ['算了 1分30太长了 剪到一分钟', clip(60000)],
      ['一分四十太长 压到一分钟', clip(60000)],
      ['1:45太长了 改成45秒', clip(45000)],
    ]);
  });

  describe("the recording's sound, named by what makes it, set to a level", () => {
    const level = (volume: number) => [{ op: 'set_source_volume' as const, volume }];
    sure([
      ['原来视频里切菜的声音 调小到一半', level(0.5)],
      ['视频里海浪的声音 调到百分之五十', level(0.5)],
      ['录的吹风机声调到五成', level(0.5)],
      ['原来视频里锯木头的声音调到30%', level(0.3)],
    ]);
  });

  describe('a title shown only in the first seconds, the verb after them', () => {
    const shown = (end_ms: number) => [{ op: 'edit_text' as const, start_ms: 0, end_ms }];
    sure([
      ['标题只在开头三秒出现就行', shown(3000)],
      ['字幕前四秒显示', shown(4000)],
      ['标题只显示开头5秒', shown(5000)],
    ]);
    // Shown after the first seconds is not in them.
    notSure(['标题开头两秒后出现']);
  });

  describe('a resolution refused is not the one asked', () => {
    sure([
      ['导出mp4就好 不要4K', [{ op: 'export', format: 'mp4' }]],
      ['export mov, not 4K', [{ op: 'export', format: 'mov' }]],
      ['导出 别搞超高清', [{ op: 'export', format: 'mp4' }]],
    ]);
    // A resolution asked still is.
    sure([['导出gif 4K', [{ op: 'export', format: 'gif', resolution: '4k' }]]]);
    nothing(['不用4K']);
    // A refused size in figures is left over beside another size: asked first, never the one refused.
    notSure(['导出720p 不用1080p']);
  });

  describe('a moment described, then named by its place in the next spaced request, is that moment', () => {
    sure([
      ['切洋葱那段放慢 第一段0.5倍 第二段剪掉1秒', [
        { op: 'set_speed', factor: 0.5, index: 1 }, { op: 'trim_moment', index: 2, by_ms: 1000 },
      ]],
      ['翻书那段加速 第三段2倍', [{ op: 'set_speed', factor: 2, index: 3 }]],
    ]);
    // Another kind asked of the place leaves the description unread: which moment it is, no one said.
    notSure(['切洋葱那段放慢 第三段剪掉2秒', '切洋葱那段删掉 第二段加速']);
  });
});
