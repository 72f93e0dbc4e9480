import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 53's Chinese (held-out 48's misses and the pool of every opened set's): idle stretches named, then 全部 sped up
 * (all of those, not the whole video), and 没人的那些 (where no one is) idle; an undo said as 回去一步 or in Cantonese
 * (撤返); two moments 调位 (swapped); one more file after 还要 or 出多条; 帮我倒出来 (导出 typed by its sound); a moment
 * said to belong at a place (应该是第一个) is moved there, and a close-up said to be a moment (X的特写是第三段) names
 * it, no zoom; spaced words that ask something only together ("声音 关掉") in a spaced list; a moment's last few seconds
 * cut is a trim by the unsaid amount (no removal), and "短两秒" after it its amount; a request thought over (想了想还是
 * 不加了) is taken back or changed; a card put (放) at an end with its words is added.
 */
describe('edit agent: round 53 (g53zh) classes', () => {
  describe('idle stretches named, then all of them sped up', () => {
    sure([
      ['仓库里没人的那些，全部快进8倍', [{ op: 'speed_up_idle', factor: 8 }]],
      ['画面不动的地方，全部快进5倍', [{ op: 'speed_up_idle', factor: 5 }]],
      ['没人的地方删掉', [{ op: 'remove_dead_air' }]],
    ]);
    // (the whole video named after 全部 is the whole video's speed)
    sure([['全部视频快进2倍', [{ op: 'set_speed', factor: 2 }]]]);
    notSure(['画面不动的地方，全部视频快进6倍']);
  });

  describe('an undo said as going back a step, or in Cantonese', () => {
    sure([
      ['不对，回去一步', [{ op: 'undo' }]],
      ['回去两步', [{ op: 'undo' }, { op: 'undo' }]],
      ['头先嗰下唔啱，撤返佢', [{ op: 'undo' }]],
    ]);
    nothing(['回到第一步']);
  });

  describe('two moments 调位', () => {
    sure([
      ['第二段同第三段調位', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第一段和第二段调位吧', [{ op: 'move_moment', index: 1, to: 2 }]],
    ]);
  });

  describe('one more file, after 还要 or 出多条', () => {
    sure([
      ['导出720p，还要一个gif', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif' }]],
      ['出条720p mp4，再出多条 webm', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'webm' }]],
    ]);
    // (还要 before anything but a file is one more request of its own)
    notSure(['导出mp4，还要加个标题']);
    // (more files refused, 别/不要 出多条: none more)
    sure([
      ['出条mp4，别出多条gif', [{ op: 'export', format: 'mp4' }]],
      ['出条mp4，不要出多条gif', [{ op: 'export', format: 'mp4' }]],
      ['出条mp4，千万别出多条gif', [{ op: 'export', format: 'mp4' }]],
      ['出条mp4，别出多个gif', [{ op: 'export', format: 'mp4' }]],
      ['出条mp4，不用出多个webm', [{ op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('导出 typed as 倒出来, asked of the editor', () => {
    sure([['麻烦帮我倒出来，要mov的', [{ op: 'export', format: 'mov' }]]]);
    notSure(['把水倒出来那段删掉']);
  });

  describe('a moment said to belong at a place', () => {
    sure([
      ['揉面那段是第三段，它应该是第一个', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段应该在最后', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['师傅的特写是第二段，放到最后', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    notSure(['第二段应该是第一个拍的', '第二段要是第一个就好了']);
    // (a close-up asked is still a zoom)
    sure([['第二段给个特写', [{ op: 'set_zoom', mode: 'auto' }]]]);
  });

  describe('words spaced apart that ask something only together', () => {
    sure([
      ['竖屏 抖音用 声音 关掉', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_source_volume', volume: 0 }]],
      ['竖屏 字幕 删掉', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'remove_text' }]],
    ]);
    // (a "no" among them keeps them apart: nothing turned off)
    sure([['竖屏 声音 不要 关掉', [{ op: 'set_aspect', aspect: '9:16' }]]]);
    // (a word that is part of a longer one, 背景 of 背景音乐, is not a piece of its own)
    sure([
      ['背景 音乐 加上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['横屏 背景 音乐 加', [{ op: 'set_aspect', aspect: '16:9' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('a moment\'s last few seconds cut', () => {
    sure([
      ['第二段结尾那几秒剪掉', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第一段最后几秒剪掉，短三秒', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
    ]);
    nothing(['第二段最后那几秒别剪掉', '第二段最后几秒不要删掉', '第二段最后几秒不要删', '第二段结尾那几秒不要去掉']);
    // (不要 before a verb refuses the cut; at the clause's end it is the verb)
    sure([
      ['第二段最后几秒不要删掉，第三段删掉', [{ op: 'remove_moment', index: 3 }]],
      ['第二段最后几秒不要了', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
    ]);
    // (off its start, not guessed at, and no removal)
    notSure(['第二段开头那几秒剪掉']);
  });

  describe('a request thought over', () => {
    sure([
      ['加个背景音乐，想了想还是不加了', []],
      ['剪成40秒，想了想还是50秒吧', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      ['竖屏，后来想想，还是方的', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    // (thought over with nothing after it changes nothing asked before it)
    sure([['想了想，加个音乐吧', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('a card put at an end; a line added (一句) left unread', () => {
    sure([
      ['片尾放张卡片：谢谢观看', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
    ]);
    notSure(['最后再加一句，导出mp4']);
    // (the line's words with how they look said after them, 字大一点, stay unread: none of the words; so does the line
    // alone, 开头加一句：…, whose rule ran its words past the comma)
    notSure(['开头加一句：新店开业，字大一点', '结尾加一句：欢迎来石浦，字小一点', '开头加一句：新店开业']);
  });
});
