import * as assert from 'node:assert/strict';
import { applyEdit, EditError, type DraftEditOp } from '../../../src/engine/agent/applyEdit';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { splitClauses } from '../../../src/engine/agent/splitClauses';
import { textSegments, videoSegments } from '../../../src/engine/agent/timeline';
import type { Draft, EditOp } from '../../../src/protocol';
import { aDraft, mediaContext, threeMoments } from './builders';

const EXECUTOR_OPS = new Set(['compile_best_moments', 'remove_dead_air', 'speed_up_idle', 'undo', 'redo', 'start_over', 'show_tracks', 'export']);

/** Parses a phrase against a draft and applies every operation, as the engine does (minus analysis and history). */
function edit(phrase: string, draft: Draft): Draft {
  const { ops, unknown } = parseInstruction(phrase, { moments: videoSegments(draft).length, texts: textSegments(draft).length });
  assert.deepEqual(unknown, [], `not understood: ${unknown.join(' | ')}`);
  assert.ok(ops.length > 0, `no operation for "${phrase}"`);
  return ops.reduce((current, op) => {
    assert.ok(!EXECUTOR_OPS.has(op.op), `${op.op} is not a draft edit`);
    return applyEdit(current, op as DraftEditOp, mediaContext);
  }, draft);
}

const ops = (phrase: string): EditOp[] => parseInstruction(phrase, { moments: 3, texts: 1 }).ops;
const moments = (draft: Draft) => videoSegments(draft).map((s) => [s.src, s.in, s.at, s.d, s.m?.speed]);
const music = (draft: Draft) => draft.t.filter((t) => t.tt === 1).flatMap((t) => t.sg);
const texts = (draft: Draft) => textSegments(draft).map((s) => [s.m?.text, s.at, s.d, s.m?.position, s.m?.style]);

describe('edit agent: phrasings → operations (analysis, history and routing)', () => {
  const cases: [string, EditOp[]][] = [
    ['trim the best moments and compile them into a 60-second demo clip', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ['Compile the highlights into 30 seconds', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
    ['cut it down to 1 minute', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ['make a 45s demo clip', [{ op: 'compile_best_moments', target_ms: 45_000 }]],
    ['trim the best moments', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ['best moments, 1:30', [{ op: 'compile_best_moments', target_ms: 90_000 }]],
    ['剪辑精彩片段成60秒', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ['精彩集锦一分钟', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ['remove the silence', [{ op: 'remove_dead_air' }]],
    ['cut the dead air', [{ op: 'remove_dead_air' }]],
    ['去掉静音', [{ op: 'remove_dead_air' }]],
    ['speed up the idle parts', [{ op: 'speed_up_idle', factor: 4 }]],
    ['keep everything but make it faster', [{ op: 'speed_up_idle', factor: 4 }]],
    ['speed up the boring parts 8x', [{ op: 'speed_up_idle', factor: 8 }]],
    ['undo', [{ op: 'undo' }]],
    ['undo that', [{ op: 'undo' }]],
    ['撤销', [{ op: 'undo' }]],
    ['redo', [{ op: 'redo' }]],
    ['重做', [{ op: 'redo' }]],
    ['start over', [{ op: 'start_over' }]],
    ['重新开始', [{ op: 'start_over' }]],
    ['show tracks', [{ op: 'show_tracks' }]],
    ['preview in timeline', [{ op: 'show_tracks' }]],
    ['状态', [{ op: 'show_tracks' }]],
    ['export 1080p MP4', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ['send me the video', [{ op: 'export', format: 'mp4' }]],
    ['导出', [{ op: 'export', format: 'mp4' }]],
    ['export as webm in 720p', [{ op: 'export', format: 'webm', resolution: '720p' }]],
    ['add title "Urban Dreams" 0-3s, then make it 9:16', [
      { op: 'add_text', text: 'Urban Dreams', style: 'title', start_ms: 0, end_ms: 3000 },
      { op: 'set_aspect', aspect: '9:16' },
    ]],
    ['add lo-fi BGM at 35% and fade in and out', [
      { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
      { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 },
    ]],
    ['[{"op":"set_aspect","aspect":"1:1"},{"op":"crossfade","ms":300}]', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'crossfade', ms: 300 }]],
  ];
  for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(ops(phrase), expected));

  it('does not guess: a sentence it cannot read yields no operation', () => {
    assert.deepEqual(parseInstruction('make me a sandwich'), { ops: [], unknown: ['make me a sandwich'] });
    assert.deepEqual(parseInstruction('{"op":"explode"}').ops, []);
  });

  it('never turns what it cannot do into a wrong edit: a refusal of any edit, or a stretch of time it cannot cut, is no clip length', () => {
    for (const refusal of ["please don't remove the silences", "don't export yet", '别删静音', '先别导出']) assert.deepEqual(ops(refusal), [], refusal);
    // Not a cut it reads (no cut verb it knows), so not "the best 20 seconds" either.
    assert.deepEqual(ops('keep 0:20 to 0:25'), []);
  });

  it('one thing said twice is one operation: a clip and its length, an export and its resolution', () => {
    assert.deepEqual(ops('只保留精彩部分，控制在40秒内'), [{ op: 'compile_best_moments', target_ms: 40_000 }]);
    assert.deepEqual(ops('渲染并导出1080p'), [{ op: 'export', format: 'mp4', resolution: '1080p' }]);
  });

  it('a ratio in numbers wins over the words around it; a fade takes its end from where it is said', () => {
    assert.deepEqual(ops('portrait 4:5 for the feed'), [{ op: 'set_aspect', aspect: '4:5' }]);
    assert.deepEqual(ops('add a fade at the start'), [{ op: 'fade', target: 'clip', in_ms: 1000 }]);
    assert.deepEqual(ops('fade to black'), [{ op: 'fade', target: 'clip', out_ms: 1000 }]);
  });

  it('keeps quoted text whole when splitting clauses', () => {
    assert.deepEqual(splitClauses('add title "Plan, then ship" at the start and make it square'), ['add title "Plan, then ship" at the start', 'make it square']);
  });
});

describe('edit agent: phrasings → exact draft changes', () => {
  const base = threeMoments().build();

  describe('frame and resolution', () => {
    const frame = (d: Draft) => [d.m?.width, d.m?.height, d.m?.fill];
    const cases: [string, unknown[]][] = [
      ['make it 9:16', [1080, 1920, 'blur']],
      ['vertical please', [1080, 1920, 'blur']],
      ['for TikTok', [1080, 1920, 'blur']],
      ['make it for Reels and Shorts', [1080, 1920, 'blur']],
      ['竖屏', [1080, 1920, 'blur']],
      ['make it square', [1080, 1080, 'blur']],
      ['1:1 with letterbox', [1080, 1080, 'letterbox']],
      ['4:5 for the instagram feed', [1080, 1350, 'blur']],
      ['vertical, crop to the centre', [1080, 1920, 'crop']],
      ['back to 16:9 landscape', [1920, 1080, 'blur']],
      ['横屏', [1920, 1080, 'blur']],
      ['make it 720p', [1280, 720, undefined]],
      ['4K please', [3840, 2160, undefined]],
    ];
    for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(frame(edit(phrase, base)), expected));

    it('"use a blurred background" after 9:16 letterbox', () => {
      const vertical = edit('9:16 letterbox', base);
      assert.equal(edit('use a blurred background', vertical).m?.fill, 'blur');
    });
    it('"make it 720p" keeps a vertical frame vertical', () => {
      assert.deepEqual(frame(edit('make it 720p', edit('make it 9:16', base))), [720, 1280, 'blur']);
    });
  });

  describe('text', () => {
    const cases: [string, unknown[][]][] = [
      ["add title 'Urban Dreams' 0-3s", [['Urban Dreams', 0, 3000, 'center', 'title']]],
      ['add title "Urban Dreams" from 2 to 5 seconds', [['Urban Dreams', 2000, 3000, 'center', 'title']]],
      ['add a caption "Click Save" at 0:04 for 2 seconds', [['Click Save', 4000, 2000, 'bottom', 'caption']]],
      ['add a lower third "Jane Doe, CEO" at the start', [['Jane Doe, CEO', 0, 3000, 'bottom', 'lower-third']]],
      ['put the title "Thanks for watching" at the end', [['Thanks for watching', 12_000, 3000, 'center', 'title']]],
      ['add text "New!" at the top for 3 seconds', [['New!', 0, 3000, 'top', 'title']]],
      ['add title “Launch day” in the middle from 0:05 to 0:08', [['Launch day', 5000, 3000, 'center', 'title']]],
      ['title "Don\'t miss it" first 2 seconds', [["Don't miss it", 0, 2000, 'center', 'title']]],
      ['加标题"城市之梦" 0-3秒', [['城市之梦', 0, 3000, 'center', 'title']]],
      ['添加字幕「点击保存」从4到6秒', [['点击保存', 4000, 2000, 'bottom', 'caption']]],
      ['add title "Too long" from 10 to 20 seconds', [['Too long', 10_000, 5000, 'center', 'title']]],
    ];
    for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(texts(edit(phrase, base)), expected));

    const titled = threeMoments().withText('Hello', 0, 3000).build();
    const edits: [string, unknown[][]][] = [
      ['change the title to "Goodbye"', [['Goodbye', 0, 3000, 'center', 'title']]],
      ['move the title to the top', [['Hello', 0, 3000, 'top', 'title']]],
      ['move the title to the bottom', [['Hello', 0, 3000, 'bottom', 'title']]],
      ['change the title timing to 5-9s', [['Hello', 5000, 4000, 'center', 'title']]],
      ['remove the title', []],
      ['删除标题', []],
    ];
    for (const [phrase, expected] of edits) it(`"${phrase}" on a titled draft`, () => assert.deepEqual(texts(edit(phrase, titled)), expected));

    it('"remove the second title" removes only that one', () => {
      const two = threeMoments().withText('One', 0, 2000).withText('Two', 5000, 2000).build();
      assert.deepEqual(texts(edit('remove the second title', two)), [['One', 0, 2000, 'center', 'title']]);
    });
  });

  describe('music and sound', () => {
    const bed = (d: Draft) => music(d).map((s) => [s.src, s.at, s.d, s.m?.volume, s.m?.duck, s.m?.fadeInMs, s.m?.fadeOutMs]);
    const cases: [string, unknown[][]][] = [
      ['add lo-fi BGM at 35%', [['bgm:lofi', 0, 15_000, 0.35, true, undefined, undefined]]],
      ['add some upbeat music', [['bgm:upbeat', 0, 15_000, 0.35, true, undefined, undefined]]],
      ['add ambient background music at 20 percent', [['bgm:ambient', 0, 15_000, 0.2, true, undefined, undefined]]],
      ['add corporate music', [['bgm:corporate', 0, 15_000, 0.35, true, undefined, undefined]]],
      ['add something calm underneath as music', [['bgm:ambient', 0, 15_000, 0.35, true, undefined, undefined]]],
      ['use song.mp3 as background music at 50%', [['a1', 0, 15_000, 0.5, true, undefined, undefined]]],
      ['添加背景音乐', [['bgm:lofi', 0, 15_000, 0.35, true, undefined, undefined]]],
      ['加欢快的背景音乐 百分之30', [['bgm:upbeat', 0, 15_000, 0.3, true, undefined, undefined]]],
    ];
    for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(bed(edit(phrase, base)), expected));

    const withMusic = threeMoments().withMusic('bgm:lofi', 0.35).build();
    const changes: [string, unknown[][]][] = [
      ['make the music quieter', [['bgm:lofi', 0, 15_000, 0.25, true, undefined, undefined]]],
      ['music louder', [['bgm:lofi', 0, 15_000, 0.49, true, undefined, undefined]]],
      ['set the music volume to 10%', [['bgm:lofi', 0, 15_000, 0.1, true, undefined, undefined]]],
      ['no ducking', [['bgm:lofi', 0, 15_000, 0.35, false, undefined, undefined]]],
      ['fade the music out over 3 seconds', [['bgm:lofi', 0, 15_000, 0.35, true, undefined, 3000]]],
      ['remove the music', []],
      ['去掉背景音乐', []],
    ];
    for (const [phrase, expected] of changes) it(`"${phrase}" with music`, () => assert.deepEqual(bed(edit(phrase, withMusic)), expected));

    it('"mute the original audio" and "keep the original audio"', () => {
      const muted = edit('mute the original audio', base);
      assert.equal(muted.m?.sourceVolume, 0);
      assert.equal(edit('keep the original audio', muted).m?.sourceVolume, 1);
      assert.equal(edit('静音', base).m?.sourceVolume, 0);
    });

    it('"make the original audio louder" and "原声小一点": a step from the level there is, within 0..2', () => {
      const louder = edit('make the original audio louder', base);
      assert.equal(louder.m?.sourceVolume, 1.4);
      assert.equal(edit('原声小一点', louder).m?.sourceVolume, 1);
      assert.equal(edit('原声小一点', edit('original audio to 50%', base)).m?.sourceVolume, 0.36);
      assert.equal(edit('make the original audio louder', edit('original audio to 180%', base)).m?.sourceVolume, 2);
    });

    it('music follows the clip length when moments change', () => {
      const after = edit('remove moment 2', withMusic);
      assert.deepEqual(bed(after), [['bgm:lofi', 0, 9000, 0.35, true, undefined, undefined]]);
    });
  });

  describe('structure', () => {
    const cases: [string, unknown[][]][] = [
      ['remove moment 2', [['v1', 0, 0, 4000, 1], ['v2', 2000, 4000, 5000, 1]]],
      ['delete the first clip', [['v1', 10_000, 0, 6000, 1], ['v2', 2000, 6000, 5000, 1]]],
      ['drop the last moment', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1]]],
      ['删除第2段', [['v1', 0, 0, 4000, 1], ['v2', 2000, 4000, 5000, 1]]],
      ['move moment 3 to the start', [['v2', 2000, 0, 5000, 1], ['v1', 0, 5000, 4000, 1], ['v1', 10_000, 9000, 6000, 1]]],
      ['move clip 1 after clip 2', [['v1', 10_000, 0, 6000, 1], ['v1', 0, 6000, 4000, 1], ['v2', 2000, 10_000, 5000, 1]]],
      ['move clip 3 before clip 2', [['v1', 0, 0, 4000, 1], ['v2', 2000, 4000, 5000, 1], ['v1', 10_000, 9000, 6000, 1]]],
      ['move moment 1 to the end', [['v1', 10_000, 0, 6000, 1], ['v2', 2000, 6000, 5000, 1], ['v1', 0, 11_000, 4000, 1]]],
      ['把第3段移到开头', [['v2', 2000, 0, 5000, 1], ['v1', 0, 5000, 4000, 1], ['v1', 10_000, 9000, 6000, 1]]],
      ['make moment 2 shorter', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 4000, 1], ['v2', 2000, 8000, 5000, 1]]],
      ['make moment 2 1.5 seconds shorter', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 4500, 1], ['v2', 2000, 8500, 5000, 1]]],
      ['trim moment 3 to 2 seconds', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1], ['v2', 2000, 10_000, 2000, 1]]],
      ['cut from 0:02 to 0:05', [['v1', 0, 0, 2000, 1], ['v1', 11_000, 2000, 5000, 1], ['v2', 2000, 7000, 5000, 1]]],
      ['remove 0:10 to 0:12', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1], ['v2', 4000, 10_000, 3000, 1]]],
      ['speed it up 1.5x', [['v1', 0, 0, 2667, 1.5], ['v1', 10_000, 2667, 4000, 1.5], ['v2', 2000, 6667, 3333, 1.5]]],
      ['play at 2x', [['v1', 0, 0, 2000, 2], ['v1', 10_000, 2000, 3000, 2], ['v2', 2000, 5000, 2500, 2]]],
      ['make moment 3 2x faster', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1], ['v2', 2000, 10_000, 2500, 2]]],
      ['slow down to 0.5x', [['v1', 0, 0, 8000, 0.5], ['v1', 10_000, 8000, 12_000, 0.5], ['v2', 2000, 20_000, 10_000, 0.5]]],
      ['1.5倍速', [['v1', 0, 0, 2667, 1.5], ['v1', 10_000, 2667, 4000, 1.5], ['v2', 2000, 6667, 3333, 1.5]]],
      ['crossfade between cuts', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1], ['v2', 2000, 10_000, 5000, 1]]],
      ['use only the second file', [['v2', 2000, 0, 5000, 1]]],
      ['only walkthrough.mp4', [['v1', 0, 0, 4000, 1], ['v1', 10_000, 4000, 6000, 1]]],
      ['use the last upload only', [['v2', 2000, 0, 5000, 1]]],
      ['只用第二个文件', [['v2', 2000, 0, 5000, 1]]],
      ['keep everything', [['v1', 0, 0, 60_000, 1], ['v2', 0, 60_000, 30_000, 1]]],
    ];
    for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(moments(edit(phrase, base)), expected));

    it('"crossfade 1 second" and "hard cuts" set the draft crossfade; the clip keeps its length', () => {
      const faded = edit('crossfade 1 second', base);
      assert.equal(faded.m?.crossfadeMs, 1000);
      assert.equal(faded.d, 15_000);
      const hard = edit('no transitions', faded);
      assert.equal(hard.m?.crossfadeMs, 0);
      assert.equal(hard.d, 15_000);
    });

    it('"fade in and out", "fade in 2 seconds", "淡出"', () => {
      assert.deepEqual([edit('fade in and out', base).m?.fadeInMs, edit('fade in and out', base).m?.fadeOutMs], [1000, 1000]);
      assert.deepEqual([edit('fade in 2 seconds', base).m?.fadeInMs, edit('fade in 2 seconds', base).m?.fadeOutMs], [2000, undefined]);
      assert.equal(edit('淡出', base).m?.fadeOutMs, 1000);
    });

    it('"use only the second file" remembers the choice for later edits', () => {
      assert.deepEqual(edit('use only the second file', base).m?.sources, ['v2']);
      assert.deepEqual(moments(edit('keep everything', edit('only second-take.mov', base))), [['v2', 0, 0, 30_000, 1]]);
    });

    it('texts past the new end are dropped or shortened', () => {
      const titled = threeMoments().withText('Early', 0, 3000).withText('Late', 12_000, 3000).build();
      assert.deepEqual(texts(edit('remove moment 2', titled)), [['Early', 0, 3000, 'center', 'title']]);
    });
  });

  describe('edits that cannot apply say why and change nothing', () => {
    const refusals: [string, Draft, RegExp][] = [
      ['remove moment 7', base, /no moment 7: the clip has 3/],
      ['make the music quieter', base, /no background music yet/],
      ['use only clip.mov', base, /can't find the video "clip\.mov".*walkthrough\.mp4/],
      ['remove moment 1', aDraft().build(), /no moments yet/],
      ['use other.mp3 as background music', base, /neither a built-in track/],
    ];
    for (const [phrase, draft, message] of refusals) {
      it(`"${phrase}"`, () => {
        assert.throws(() => edit(phrase, draft), (error: unknown) => error instanceof EditError && message.test(error.message));
      });
    }
    // What the panel's edge drags send: refused with the reason when the source or the length does not allow it.
    const ranges: [Extract<EditOp, { op: 'set_moment_range' }>, RegExp][] = [
      [{ op: 'set_moment_range', index: 3, in_ms: 2000, out_ms: 31_000 }, /file is only 30\.0 s long/],
      [{ op: 'set_moment_range', index: 1, in_ms: 3000, out_ms: 3000 }, /must end after it starts/],
      [{ op: 'set_moment_range', index: 1, in_ms: 3000, out_ms: 3400 }, /less than half a second/],
      [{ op: 'set_moment_range', index: 4, in_ms: 0, out_ms: 1000 }, /no moment 4/],
    ];
    for (const [op, message] of ranges) {
      it(`${op.op} ${op.index}: ${op.in_ms}–${op.out_ms}`, () => {
        assert.throws(() => applyEdit(base, op, mediaContext), (error: unknown) => error instanceof EditError && message.test(error.message));
      });
    }
  });
});
