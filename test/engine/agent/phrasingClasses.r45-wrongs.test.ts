import { nothing, notSure, ops, sure } from './phrasingTable';
import { strict as assert } from 'node:assert';

/**
 * Round 45, known wrong readings: the recording's sound refused its keeping (不要保留原声, 原声不用保留) is taken
 * off; a length judged too long or short (一分钟太长了点) is asked before a clip of it is made, and a bare figure judged
 * beside a clip in minutes is in minutes ("make it 2 minutes, 3 is too long"); "放到第5秒" after a text's words is when it
 * comes; a sound named with its multiple run on (人声1.5倍) is its level, and a multiple after the music turned the other
 * way, or quieter, is no level for sure and never the clip's speed; a moment said long (第一段蛮长), then an amount cut,
 * is cut by it; the footage after a point (2分钟以后的都不要) is no clip's length; a size said as words ("50% Larger") is
 * no title's words; music named by its place in a list (第二首) is no track for sure; another text added after a comma
 * ends a colon's words (加个人名条：王芳，再加个字幕给学员).
 */
describe('edit agent: round 45 wrongs classes', () => {
  describe("the recording's sound refused its keeping is taken off", () => {
    const muted = [{ op: 'set_source_volume' as const, volume: 0 }];
    sure([
      ['不要保留原声', muted],
      ['原声不用保留', muted],
      ['不保留原声了', muted],
      ['我讲话的声音不要保留', muted],
      ['原声就不用留着了', muted],
      // Kept, it stays.
      ['保留原声', [{ op: 'set_source_volume', volume: 1 }]],
      ['原声保留着', [{ op: 'set_source_volume', volume: 1 }]],
    ]);
    // Asked whether, nothing changes.
    nothing(['要不要保留原声？', '原声用不用保留？']);
    // Beside the music, it may say only the music goes: not sure.
    notSure(['别留原声']);
  });

  describe('a length judged too long or short is no clip of it', () => {
    notSure(['一分钟太长了点', '两分钟有点太长了', '三十秒太短了']);
    sure([
      ['剪成一分钟，两分钟太长了', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['make it 2 minutes, 3 is too long', [{ op: 'compile_best_moments', target_ms: 120_000 }]],
      ['cut it to 1 minute, 2 is too long', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ]);
    // A bare figure beside seconds may be seconds or minutes: still asked.
    notSure(['make it 90 seconds, 3 is too long']);
  });

  describe("a point a text is put at, after its words, is when it comes", () => {
    sure([
      ['加个标题：新品上市，放到第5秒', [{ op: 'add_text', text: '新品上市', style: 'title', start_ms: 5000 }]],
      ['加一行字幕：点击保存，放到第12秒', [{ op: 'add_text', text: '点击保存', style: 'caption', start_ms: 12_000 }]],
    ]);
  });

  describe("a sound's multiple is its level, never the clip's speed", () => {
    sure([
      ['人声1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['原声0.5倍', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['音乐大一点，1.5倍', [{ op: 'set_music_volume', volume: 1.5 }]],
      // A speed said so stays a speed.
      ['1.5倍速', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    it('a multiple against the way the music turned, or after it turned quieter, is no speed', () => {
      for (const said of ['音乐大一点，0.8倍', '音乐小一点，0.8倍', '配乐调小点，1.2倍']) {
        assert.ok(!ops(said).some((op) => op.op === 'set_speed'), said);
      }
    });
    notSure(['音乐大一点，0.8倍', '音乐小一点，0.8倍']);
  });

  describe('a moment said long, then an amount cut, is cut by it', () => {
    sure([
      ['第一段蛮长，再剪两秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第二段有点长，剪三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第三段挺长的，再剪掉5秒', [{ op: 'trim_moment', index: 3, by_ms: 5000 }]],
      // The length it keeps stays that.
      ['第一段很长，剪到两秒', [{ op: 'trim_moment', index: 1, to_ms: 2000 }]],
    ]);
  });

  describe('the footage after a point is no length of the clip', () => {
    notSure(['2分钟以后的都不要', '30秒之后的删掉', '一分半以后的都剪了', '3秒以后正常放录屏']);
  });

  describe("a size said as words is no title's words", () => {
    notSure(['change the title to 50% Larger', 'change the caption to 20% Smaller', 'change the title to 150% Bigger']);
    sure([['change the title to 50% Off Today', [{ op: 'edit_text', text: '50% Off Today' }]]]);
  });

  describe('music named by its place in a list is no track for sure', () => {
    notSure(['用第二首音乐30', '音乐换成第三首', 'use the second song', 'use the 2nd track at 30%']);
  });

  describe("another text added after a comma ends a colon's words", () => {
    it('"加个人名条：王芳，再加个字幕给学员" adds 王芳 alone', () => {
      assert.deepEqual(ops('加个人名条：王芳，再加个字幕给学员')[0], { op: 'add_text', text: '王芳', style: 'lower-third' });
    });
    it('"加个标题：开学典礼，然后加一条字幕" adds 开学典礼 alone', () => {
      assert.deepEqual(ops('加个标题：开学典礼，然后加一条字幕')[0], { op: 'add_text', text: '开学典礼', style: 'title' });
    });
    // Words that hold a comma and no text added keep it.
    sure([['加个标题：你好，世界', [{ op: 'add_text', text: '你好，世界', style: 'title' }]]]);
  });
});
