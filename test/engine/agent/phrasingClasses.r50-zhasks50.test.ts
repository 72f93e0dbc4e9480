import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 50 (zhasks50) classes: files counted after an export, then listed by their formats one after the other ("导出两个，
 * 一个mp4一个mov", "export two files, one mp4 one mov"), each a file at the size said for them all (so is a size said alone
 * before files listed: "1080p导出mp4和mov"); the shape changed, said loosely beside the one a platform asks ("比例改一下",
 * "change the ratio"); a sound of the scene kept beside the music taken out ("诵经的声音要留着", "keep the chanting"); a
 * "since" inside a text's words after a colon; asides beside a right edit: where the clip goes and how it looks there
 * ("发朋友圈好看点", 臉書 in traditional characters), someone filmed doing it wrong ("模特走错位了") beside a moment's
 * removal, the other upload spoiled ("另一个拍糊了", "the other one is blurry") beside the uploads chosen, "as soon as
 * possible" (尽快, 越快越好), a sound praised in Cantonese ("黑膠把聲好正").
 */
describe('edit agent: round 50 zhasks50 classes', () => {
  const mp4 = (resolution?: '1080p' | '4k' | '720p') => ({ op: 'export' as const, format: 'mp4' as const, ...(resolution ? { resolution } : {}) });
  const mov = (resolution?: '1080p' | '4k' | '720p') => ({ op: 'export' as const, format: 'mov' as const, ...(resolution ? { resolution } : {}) });
  const gif = (resolution?: '1080p' | '4k' | '720p') => ({ op: 'export' as const, format: 'gif' as const, ...(resolution ? { resolution } : {}) });

  describe('files counted, then listed by their formats one after the other', () => {
    sure([
      ['4k导出两个，一个mp4一个gif', [mp4('4k'), gif('4k')]],
      ['导出两个，一个mov 一个mp4', [mov(), mp4()]],
      ['导出两份720p的，mp4一个gif一个', [mp4('720p'), gif('720p')]],
      ['export two files, one mp4 one gif', [mp4(), gif()]],
      ['export 4k twice, one mov one mp4', [mov('4k'), mp4('4k')]],
      // A size said alone before the files listed is each one's.
      ['720p导出mp4和gif', [mp4('720p'), gif('720p')]],
      ['4k，导出mov和mp4各一个', [mov('4k'), mp4('4k')]],
    ]);
    // One more file said apart, counted by its format, is made as that format says.
    sure([['导出mp4，720p的，再导一个gif', [mp4('720p'), gif()]]]);
    // Said alone, the files listed are asked, as "mp4和gif" alone is.
    sure([['一个mp4一个gif', [mp4(), gif()]]]);
    // Files told of, not asked, stay unread.
    notSure(['我有一个mp4一个mov']);
  });

  describe('the shape changed, said loosely beside the one read', () => {
    sure([
      ['要发抖音，比例改一下', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['做成竖屏，画幅也改一下', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['for tiktok, change the aspect ratio', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // Alone, or beside no shape, which shape is not said.
    notSure(['比例改一下', '剪成30秒，比例改一下', 'change the ratio']);
  });

  describe('a sound of the scene kept beside the music taken out', () => {
    sure([
      ['背景音乐去掉，打铁的声音要留着', [{ op: 'remove_music' }]],
      ['鸟叫声保留，配乐删掉', [{ op: 'remove_music' }]],
      ['remove the music, keep the drumming', [{ op: 'remove_music' }]],
      ['keep the crowd noise, take the music out', [{ op: 'remove_music' }]],
    ]);
    // A bare "keep it", a part of the draft, or a sound kept beside the recording muted stays unread.
    notSure(['背景音乐去掉，留着', 'remove the music, keep the title', 'mute the original audio, keep the drumming', '打铁的声音要留着']);
  });

  describe("a \"since\" inside a text's words after a colon", () => {
    sure([
      ['加标题：Richmond 面馆 since 1987', [{ op: 'add_text', text: 'Richmond 面馆 since 1987', style: 'title' }]],
      ['加字幕：老字号 since 1920', [{ op: 'add_text', text: '老字号 since 1920', style: 'caption' }]],
    ]);
    // A reason said after "since" outside the words is still only why.
    sure([['remove clip 2 since it is boring', [{ op: 'remove_moment', index: 2 }]]]);
  });

  describe('where the clip goes, and how it looks there', () => {
    sure([
      ['改成方的，发朋友圈好看些', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['做成竖屏，放小红书更好看', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['剪成40秒，要放臉書', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // Beside no shape, or alone, it may be the shape asked.
    notSure(['剪成30秒，发朋友圈好看点', '发朋友圈好看点']);
  });

  describe('someone filmed doing it wrong, beside a moment taken out', () => {
    sure([
      ['第二段删 主持人念错词了', [{ op: 'remove_moment', index: 2 }]],
      ['第1段不要了，演员站错位置', [{ op: 'remove_moment', index: 1 }]],
    ]);
    // An edit done wrong may ask for a step back.
    notSure(['第二段删掉，我删错了', '第二段删掉，点错了']);
  });

  describe('the other upload spoiled, beside the uploads chosen', () => {
    sure([
      ['只用 kitchen.mp4，另外那个没拍好', [{ op: 'use_sources', files: ['kitchen.mp4'] }]],
      ['只用 kitchen.mp4，其他的都录坏了', [{ op: 'use_sources', files: ['kitchen.mp4'] }]],
      ['only use kitchen.mp4, the other one is out of focus', [{ op: 'use_sources', files: ['kitchen.mp4'] }]],
    ]);
    notSure(['只用 kitchen.mp4，另一个也要', '另一个拍糊了']);
  });

  describe('as soon as possible, and a sound praised in Cantonese', () => {
    sure([
      ['导出1080p，尽快哈', [mp4('1080p')]],
      ['做成横屏，越快越好', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['街市把聲好正，原聲開大啲百分之九十', [{ op: 'set_source_volume', volume: 0.9 }]],
    ]);
    nothing(['尽快', '黑膠把聲好正']);
  });
});
