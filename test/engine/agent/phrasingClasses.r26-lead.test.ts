import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/**
 * A place said just before an adding verb ("剪成30秒片尾加卡片…", "…精华 开头加标题「…」") is where that request puts its
 * part: the title at the start, the card at the end (found in a user check: the place was torn off to the request
 * before, the card became a title, and spaced after it the title was lost with no word said). Against a draft of 3
 * moments and 1 text.
 */
describe('edit agent: a place before an adding verb stays with what is added', () => {
  table([
    ['剪成30秒片尾加卡片「谢谢观看」', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
    ['剪成30秒 片尾加卡片「谢谢观看」', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
    ['剪个三十秒的精华 开头加标题「春季上新」', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_text', text: '春季上新', style: 'title', anchor: 'start' }]],
    ['剪个三十秒的精华 开头加标题「春季上新」 音乐默认的 再大声一点', [
      { op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_text', text: '春季上新', style: 'title', anchor: 'start' },
      MUSIC, { op: 'set_music_volume', change: 'louder' },
    ]],
    // A place a moment is moved to is the move's.
    ['把第一段放到最后加个标题「你好」', [{ op: 'move_moment', index: 1, to: 3 }, { op: 'add_text', text: '你好', style: 'title' }]],
  ]);
});

/** A text's quoted words that no edit took are said back as unread, never dropped with no word (the title above was). */
describe('edit agent: a text quoted that no edit took is unread', () => {
  it('says back the clause whose title no edit took', () => {
    const read = understood('剪成30秒，标题「X」挺好的');
    assert.deepEqual(read.ops, [{ op: 'compile_best_moments', target_ms: 30000 }]);
    assert.deepEqual(read.unknown, ['标题「X」挺好的']);
  });
  it('keeps quiet when an edit took one of its words, or when it names no text', () => {
    assert.deepEqual(understood("there is a typo in the title, it should say 'Vieux Lyon' not 'Vieux Lyonn'").unknown, []);
    assert.deepEqual(understood('维持“精简”评级：全片压缩至45秒').unknown, []);
  });
});

/**
 * A clip asked with a verb and its length ("make a 30 sec clip", "give me 45 seconds"), listed with commas before other
 * requests: the clip's length, not a length guessed at (the whole was read as one and the clip was lost).
 */
describe('edit agent: a clip asked with a verb, listed before other requests, is made', () => {
  table([
    ["make a 30 sec clip, title 'Hi' at the top, export gif", [
      { op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_text', text: 'Hi', style: 'title', position: 'top' }, { op: 'export', format: 'gif' },
    ]],
    ["give me 45 seconds, vertical, title 'Open day' for the first 3 seconds", [
      { op: 'compile_best_moments', target_ms: 45000 }, { op: 'set_aspect', aspect: '9:16' },
      { op: 'add_text', text: 'Open day', style: 'title', anchor: 'start', duration_ms: 3000 },
    ]],
    ["i want 20 seconds, title 'Menu'", [{ op: 'compile_best_moments', target_ms: 20000 }, { op: 'add_text', text: 'Menu', style: 'title' }]],
  ]);
  // A length said of something else is no clip.
  table([["we present in 10 min, make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]]]);
});

/** A part asked of in a way no edit makes ("标题大一点": no size edit exists), spaced after a request: said back, not dropped. */
describe('edit agent: a spaced piece naming a part that reads as nothing is said back as unread', () => {
  it('reads the request and says back the piece', () => {
    for (const [message, left] of [['剪成30秒 标题大一点', '标题大一点'], ['剪成30秒 字幕换个字体', '字幕换个字体']]) {
      const read = understood(message);
      assert.deepEqual(read.ops, [{ op: 'compile_best_moments', target_ms: 30000 }], message);
      assert.deepEqual(read.unknown, [left], message);
    }
  });
  table([['加个字幕 注意安全 放在最上面', [{ op: 'add_text', text: '注意安全', style: 'caption', position: 'top' }]]]);
});

/** Texts listed under one verb, each with its own time or place: each a text (the second was dropped with no word said). */
describe('edit agent: quoted texts listed under one verb are each added', () => {
  const caption = (text: string, start_ms: number) => ({ op: 'add_text', text, style: 'caption', start_ms }) as const;
  table([
    ["put 'Step 1' at 0:05 and 'Step 2' at 0:12 as captions", [caption('Step 1', 5000), caption('Step 2', 12000)]],
    ["add captions 'Step 1' at 0:05 and 'Step 2' at 0:12", [caption('Step 1', 5000), caption('Step 2', 12000)]],
    ['字幕「第一步」在5秒 「第二步」在12秒', [caption('第一步', 5000), caption('第二步', 12000)]],
    ["add 'Hello' at the start and 'Bye' at the end", [
      { op: 'add_text', text: 'Hello', style: 'title', anchor: 'start' }, { op: 'add_text', text: 'Bye', style: 'title', anchor: 'end' },
    ]],
    ["add captions 'Hi' and 'Bye'", [{ op: 'add_text', text: 'Hi', style: 'caption' }, { op: 'add_text', text: 'Bye', style: 'caption' }]],
    // A slip's words said again, words refused, a rename: one text.
    ["add the title 'Helo' - oops, 'Hello'", [{ op: 'add_text', text: 'Hello', style: 'title' }]],
    ['加字幕“你号”，不对，“你好”', [{ op: 'add_text', text: '你好', style: 'caption' }]],
    ["the title should say 'Vieux Lyon' not 'Vieux Lyonn'", [{ op: 'edit_text', text: 'Vieux Lyon' }]],
  ]);
});

/**
 * A size asked with no part named, right after a text is added or changed ("加个标题「你好」 放大一点", "…，大一点"): the
 * text's size, which no edit sets, said back as unread (it was read as a zoom, or dropped with no word said).
 */
describe('edit agent: a size asked right after a text is that text\'s, said back as unread', () => {
  const TITLE = { op: 'add_text', text: '你好', style: 'title' } as const;
  it('adds the text and says back the size', () => {
    for (const [message, left] of [
      ['加个标题「你好」 放大一点', '放大一点'], ['加个标题「你好」，小一点', '小一点'], ['加个标题「你好」 大一点', '加个标题「你好」 大一点'],
    ]) assert.deepEqual(understood(message), { ops: [TITLE], unknown: [left] }, message);
    assert.deepEqual(understood('加字幕「谢谢」，再放大点'), { ops: [{ op: 'add_text', text: '谢谢', style: 'caption' }], unknown: ['再放大点'] });
    assert.deepEqual(understood('标题改成「你好」，大一点'), { ops: [{ op: 'edit_text', text: '你好' }], unknown: ['大一点'] });
    assert.deepEqual(understood("add a title 'Hi', make it a bit bigger"), { ops: [{ op: 'add_text', text: 'Hi', style: 'title' }], unknown: ['make it a bit bigger'] });
  });
  // A size with its part named, a zoom said alone or with no degree, or after no text, is what it was.
  table([
    ['加个标题「你好」，音乐大一点', [TITLE, { op: 'set_music_volume', change: 'louder' }]],
    ['放大一点', [{ op: 'set_zoom', mode: 'more' }]],
    ['加音乐，大一点', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'louder' }]],
  ]);
});

/** Editing named as a craft or by its tools (剪辑教程, 剪辑软件) asks for no clip (a 60 s clip was made). */
describe('edit agent: editing named as a craft asks for no clip', () => {
  table([
    ['这是剪辑教程，导出mp4', [{ op: 'export', format: 'mp4' }]],
    ['剪辑讲究节奏，导出mp4', [{ op: 'export', format: 'mp4' }]],
    ['剪辑成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ['帮我剪辑一下', [{ op: 'compile_best_moments', target_ms: 60000 }]],
  ]);
  nothing(['剪辑软件', '剪辑教程', '用的什么剪辑工具？']);
});
