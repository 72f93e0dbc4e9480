import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';

/**
 * Found by the lead in session 28: "whole thing 1.1x speed" (held-out 28) was asked about as the speed as recorded
 * ("1x speed" names it, but the end of "1.1x speed" is no "1x speed"); plain words of lessening ("lower the speed",
 * "decrease the playback speed", 降低速度) sped the clip up to the default 1.5x; "reduce the video sound" made a 60 s
 * clip (the video reduced) of a request about its sound; "turn off the music" was not understood; 只要第一分钟 (only the
 * first minute) chose the first upload; in the user check, "cut this down to 10 seconds, music, lofi, but more quiet
 * after, …" was asked about with its length lost (a listed piece asking nothing alone, "but more quiet after", kept the
 * list from being split); "make it 30, no, 40 seconds" was asked about (the figure taken back was left unread); the
 * spaced Chinese "剪成30秒的精华 音乐要 默认的 …" was read as the music alone (音乐要 and 默认的 apart read nothing).
 */

const context = { moments: 3, texts: 1, music: false };
const readAs = (cases: [string, EditOp[]][]) => {
  for (const [phrase, ops] of cases) it(`"${phrase}"`, () => assert.deepEqual(parseInstruction(phrase, context), { ops, unknown: [] }));
};

describe('edit agent: a factor ending in .1 said before "speed"', () => {
  describe('is the factor said', () => {
    readAs([
      ['entire video at 1.1x speed', [{ op: 'set_speed', factor: 1.1 }]],
      ['the whole clip 2.1x speed', [{ op: 'set_speed', factor: 2.1 }]],
    ]);
  });
  describe('look-alikes: the speed as recorded', () => {
    readAs([
      ['back to 1x speed', [{ op: 'set_speed', factor: 1 }]],
      ['play it at normal speed', [{ op: 'set_speed', factor: 1 }]],
    ]);
  });
});

describe('edit agent: the speed lessened is slower', () => {
  describe('a verb of lessening said of the speed', () => {
    readAs([
      ['lower the speed', [{ op: 'set_speed', factor: 0.75 }]],
      ['decrease the playback speed', [{ op: 'set_speed', factor: 0.75 }]],
      ['reduce speed of clip 2', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['降低速度', [{ op: 'set_speed', factor: 0.75 }]],
      ['速度调低一点', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
  });
  describe('look-alikes: more speed is faster; a figure said is the factor', () => {
    readAs([
      ['increase the speed', [{ op: 'set_speed', factor: 1.5 }]],
      ['lower the speed to 0.5x', [{ op: 'set_speed', factor: 0.5 }]],
    ]);
  });
});

describe('edit agent: the video\'s sound reduced is no shorter video', () => {
  it('"reduce the video sound" makes no clip (its sound is turned down a step)', () => {
    const down = { ops: [{ op: 'set_source_volume', change: 'quieter' }], unknown: [] };
    assert.deepEqual(parseInstruction('reduce the video sound', context), down);
    assert.deepEqual(parseInstruction("reduce the video's sound", context), down);
  });
  describe('look-alikes: the video reduced is the best moments', () => {
    readAs([
      ['reduce the video to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['reduce the video sound to 40%', [{ op: 'set_source_volume', volume: 0.4 }]],
    ]);
  });
});

describe('edit agent: the music turned off is removed', () => {
  const musicThere = { moments: 3, texts: 1, music: true };
  it('"turn off the music", "switch off the background music"', () => {
    assert.deepEqual(parseInstruction('turn off the music', musicThere), { ops: [{ op: 'remove_music' }], unknown: [] });
    assert.deepEqual(parseInstruction('switch off the background music', musicThere), { ops: [{ op: 'remove_music' }], unknown: [] });
  });
  it('look-alikes: its ducking turned off; the music refused to be turned off', () => {
    assert.deepEqual(parseInstruction('turn off the music ducking', musicThere), { ops: [{ op: 'set_ducking', duck: false }], unknown: [] });
    assert.deepEqual(parseInstruction("don't turn off the music", musicThere).ops, []);
  });
});

describe('edit agent: only a stretch of time named is no upload chosen', () => {
  it('只要第一分钟, 只要最后30秒 choose no file (left unread)', () => {
    for (const said of ['只要第一分钟', '只要最后30秒']) assert.deepEqual(parseInstruction(said, context), { ops: [], unknown: [said] });
  });
  it('look-alikes: the first or last upload is chosen', () => {
    assert.deepEqual(parseInstruction('只要最后一个视频', context), { ops: [{ op: 'use_sources', files: ['last'] }], unknown: [] });
  });
});

describe('edit agent: a listed piece asking nothing alone but more of the piece before it', () => {
  describe('goes with that piece; the list is still read', () => {
    readAs([
      ["cut this down to 10 seconds, music, lofi, but more quiet after, make it 9:16", [
        { op: 'compile_best_moments', target_ms: 10000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
        { op: 'set_music_volume', change: 'quieter' }, { op: 'set_aspect', aspect: '9:16' }]],
      ['20 seconds, some music, a little softer', [
        { op: 'compile_best_moments', target_ms: 20000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
        { op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });
  describe('look-alikes: a piece that adds nothing to the one before is left as it was', () => {
    readAs([
      ['30 seconds, vertical, thanks', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });
});

describe('edit agent: a bare figure taken back by a slip', () => {
  describe('"make it 30, no, 40 seconds": the figure said wrong is no word left unread; nothing is asked first', () => {
    readAs([
      ['make it 30, no, 40 seconds, and vertical', [{ op: 'compile_best_moments', target_ms: 40000 }, { op: 'set_aspect', aspect: '9:16' }]],
      ['cut it to 20, no wait, 25 seconds', [{ op: 'compile_best_moments', target_ms: 25000 }]],
    ]);
    it('"make it 30 no wait 25 secs, then vertical": the figure before the slip inside a piece is not left over', () => {
      const said = 'make it 30 no wait 25 secs, then vertical';
      assert.equal(unsureOf(said, parseInstruction(said, context)), undefined);
    });
  });
  it('look-alikes: a figure said of something else stays unread; a slip with nothing meant after it takes nothing back', () => {
    // "40 dollars" is money (no edit's figure since round 35): an aside, while the bare 30 stays unread.
    assert.deepEqual(parseInstruction('my budget is 30, no, 40 dollars, make it vertical', context), { ops: [{ op: 'set_aspect', aspect: '9:16' }], unknown: ['my budget is 30'] });
    assert.deepEqual(parseInstruction('make it 30, no', context), { ops: [], unknown: ['make it 30'] });
    assert.deepEqual(parseInstruction('the typing in clip 3, make that one 4 seconds long', context).ops, [{ op: 'trim_moment', index: 3, to_ms: 4000 }]);
  });
});

describe('edit agent: a part named with what is wanted of it, a space, then what', () => {
  const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
  describe('is one piece; the spaced requests around it are read', () => {
    readAs([
      ['剪成30秒的精华 音乐要 默认的 音乐淡入两秒 加标题「产品演示」 导出1080p', [{ op: 'compile_best_moments', target_ms: 30000 }, MUSIC,
        { op: 'fade', target: 'music', in_ms: 2000 }, { op: 'add_text', text: '产品演示', style: 'title' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['做个20秒的 配乐用 默认的', [{ op: 'compile_best_moments', target_ms: 20000 }, MUSIC]],
    ]);
  });
  describe('look-alikes read as before', () => {
    readAs([
      ['剪成30秒的精华 音乐默认的', [{ op: 'compile_best_moments', target_ms: 30000 }, MUSIC]],
    ]);
  });
});
