import * as assert from 'node:assert/strict';
import { sameEdit } from '../../../bench/phrasings/sameEdit';
import type { EditOp } from '../../../src/protocol';

const best: EditOp = { op: 'compile_best_moments', target_ms: 15_000 };
const vertical: EditOp = { op: 'set_aspect', aspect: '9:16' };
const square: EditOp = { op: 'set_aspect', aspect: '1:1' };
const music: EditOp = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true };
const quieter: EditOp = { op: 'set_music_volume', change: 'quieter' };
const fadeClip: EditOp = { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 };
const fadeMusic: EditOp = { op: 'fade', target: 'music', out_ms: 3000 };
const removeSecond: EditOp = { op: 'remove_moment', index: 2 };
const moveThirdFirst: EditOp = { op: 'move_moment', index: 3, to: 1 };
const title: EditOp = { op: 'add_text', text: 'Hi', style: 'title' };
const undo: EditOp = { op: 'undo' };
const exportIt: EditOp = { op: 'export', format: 'mp4' };

describe('bench: phrasings scored by the draft they make (sameEdit)', () => {
  it('takes operations on different parts of the draft in any order', () => {
    assert.ok(sameEdit([vertical, best], [best, vertical]));
    assert.ok(sameEdit([music, vertical, best, fadeClip], [best, fadeClip, vertical, music]));
    assert.ok(sameEdit([fadeMusic, fadeClip], [fadeClip, fadeMusic]));
  });

  it('keeps the order of operations on the same part', () => {
    assert.ok(!sameEdit([removeSecond, moveThirdFirst], [moveThirdFirst, removeSecond]));
    assert.ok(!sameEdit([best, removeSecond], [removeSecond, best]));
    assert.ok(!sameEdit([title, best], [best, title]));
    assert.ok(!sameEdit([vertical, square], [square, vertical]));
    assert.ok(!sameEdit([music, quieter], [quieter, music]));
  });

  it('keeps undo, redo, start over, show and export where they were said', () => {
    assert.ok(!sameEdit([music, undo], [undo, music]));
    assert.ok(!sameEdit([vertical, exportIt], [exportIt, vertical]));
    assert.ok(sameEdit([vertical, best, exportIt, music], [best, vertical, exportIt, music]));
  });

  it('compares a text by where it lands, not by how its timing was said', () => {
    const first4 = (timing: object): EditOp[] => [{ op: 'add_text', text: 'Hi', style: 'title', ...timing }];
    assert.ok(sameEdit(first4({ anchor: 'start', duration_ms: 4000 }), first4({ start_ms: 0, end_ms: 4000 })));
    assert.ok(sameEdit(first4({ start_ms: 2000, duration_ms: 2000 }), first4({ start_ms: 2000, end_ms: 4000 })));
    assert.ok(sameEdit(first4({}), first4({ start_ms: 0, duration_ms: 3000 })));
    assert.ok(!sameEdit(first4({ anchor: 'end', duration_ms: 4000 }), first4({ start_ms: 0, end_ms: 4000 })));
    assert.ok(!sameEdit(first4({ anchor: 'start', duration_ms: 4000 }), first4({ start_ms: 0, end_ms: 3000 })));
  });

  it('takes a fill said right after its shape as the shape\'s fill', () => {
    assert.ok(sameEdit([vertical, { op: 'set_fill', fill: 'letterbox' }], [{ ...vertical, fill: 'letterbox' }]));
    assert.ok(!sameEdit([{ op: 'set_fill', fill: 'letterbox' }, vertical], [{ ...vertical, fill: 'crop' }]));
  });

  it('takes ducking or a level said right after music is added as that music\'s', () => {
    assert.ok(sameEdit([music, { op: 'set_ducking', duck: false }], [{ ...music, duck: false }]));
    assert.ok(sameEdit([music, { op: 'set_music_volume', volume: 0.2 }], [{ ...music, volume: 0.2 }]));
    assert.ok(!sameEdit([{ op: 'set_ducking', duck: false }, music], [{ ...music, duck: false }]));
    assert.ok(!sameEdit([music, quieter], [music]));
  });

  it('takes a text named by no number as text 1 only while the draft has exactly one', () => {
    const retitle = (more: object): EditOp[] => [{ op: 'edit_text', text: 'Hello', ...more }];
    assert.ok(sameEdit(retitle({}), retitle({ index: 1 }), 1));
    assert.ok(sameEdit([{ op: 'remove_text' }], [{ op: 'remove_text', index: 1 }], 1));
    assert.ok(!sameEdit(retitle({}), retitle({ index: 1 }), 2));
    assert.ok(!sameEdit([{ op: 'remove_text' }], [{ op: 'remove_text', index: 1 }], 2));
    assert.ok(!sameEdit([title, ...retitle({})], [title, ...retitle({ index: 1 })], 1));
    assert.ok(!sameEdit([undo, ...retitle({})], [undo, ...retitle({ index: 1 })], 1));
  });

  it('takes removing music from a draft without music as no change, and only then', () => {
    const noMusic: EditOp = { op: 'remove_music' };
    assert.ok(sameEdit([noMusic], []));
    assert.ok(sameEdit([best, noMusic], [best]));
    assert.ok(!sameEdit([music, noMusic], [music]));
    assert.ok(sameEdit([music, noMusic, noMusic], [music, noMusic]));
    assert.ok(!sameEdit([undo, noMusic], [undo]));
  });

  it('takes moving a moment to its neighbour\'s place as the same swap either way, and only for neighbours', () => {
    const move = (index: number, to: number): EditOp => ({ op: 'move_moment', index, to });
    assert.ok(sameEdit([move(1, 2)], [move(2, 1)]));
    assert.ok(sameEdit([move(3, 2)], [move(2, 3)]));
    assert.ok(!sameEdit([move(1, 3)], [move(3, 1)]));
    assert.ok(!sameEdit([move(1, 2), move(2, 3)], [move(2, 3), move(1, 2)]));
  });

  it('needs the same operations, values and count', () => {
    assert.ok(sameEdit([], []));
    assert.ok(!sameEdit([best], [best, vertical]));
    assert.ok(!sameEdit([best, best], [best]));
    assert.ok(!sameEdit([{ op: 'compile_best_moments', target_ms: 30_000 }], [best]));
    assert.ok(!sameEdit([vertical], [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]));
  });
});
