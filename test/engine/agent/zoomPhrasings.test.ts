import * as assert from 'node:assert/strict';
import { applyEdit, EditError, type DraftEditOp } from '../../../src/engine/agent/applyEdit';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { Draft, EditOp, Zoom } from '../../../src/protocol';
import { mediaContext, threeMoments } from './builders';

const ops = (phrase: string): EditOp[] => {
  const parsed = parseInstruction(phrase, { moments: 3, texts: 0 });
  assert.deepEqual(parsed.unknown, [], `not understood: ${parsed.unknown.join(' | ')}`);
  return parsed.ops;
};

describe('edit agent: zoom phrasings → operations', () => {
  const cases: [string, EditOp[]][] = [
    ['auto zoom', [{ op: 'set_zoom', mode: 'auto' }]],
    ['zoom in on the action', [{ op: 'set_zoom', mode: 'auto' }]],
    ['turn on auto-zoom', [{ op: 'set_zoom', mode: 'auto' }]],
    ['自动缩放', [{ op: 'set_zoom', mode: 'auto' }]],
    ['放大', [{ op: 'set_zoom', mode: 'auto' }]],
    ['zoom in on the form at 0:12 for 3 seconds', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 3000 }]],
    ['zoom in at 5s', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
    ['zoom from 0:04 to 0:09', [{ op: 'zoom_at', start_ms: 4000, duration_ms: 5000 }]],
    ['在5秒放大', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
    ['less zoom', [{ op: 'set_zoom', mode: 'less' }]],
    ['zoom out a bit', [{ op: 'set_zoom', mode: 'less' }]],
    ['缩放小一点', [{ op: 'set_zoom', mode: 'less' }]],
    ['more zoom', [{ op: 'set_zoom', mode: 'more' }]],
    ['zoom in closer', [{ op: 'set_zoom', mode: 'more' }]],
    ['no zoom', [{ op: 'set_zoom', mode: 'off' }]],
    ['turn off the zoom', [{ op: 'set_zoom', mode: 'off' }]],
    ["don't zoom", [{ op: 'set_zoom', mode: 'off' }]],
    ['不要缩放', [{ op: 'set_zoom', mode: 'off' }]],
    ['make it 9:16 and auto zoom', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_zoom', mode: 'auto' }]],
    ['fit the whole screen', [{ op: 'set_fill', fill: 'blur' }]],
    ['follow the action', [{ op: 'set_fill', fill: 'follow' }]],
    ['zoom to fill', [{ op: 'set_fill', fill: 'crop' }]],
  ];
  for (const [phrase, expected] of cases) it(`"${phrase}"`, () => assert.deepEqual(ops(phrase), expected));
});

describe('edit agent: zoom edits on the draft', () => {
  const zooms: Zoom[] = [
    { src: 'v1', in: 1000, out: 4000, x: 400, y: 300, w: 960, h: 540 },
    { src: 'v1', in: 11_000, out: 14_000, x: 0, y: 0, w: 1372, h: 772 },
  ];
  const zoomed = (): Draft => applyEdit(threeMoments().build(), { kind: 'set_zooms', zooms });
  const apply = (draft: Draft, phrase: string) => ops(phrase).reduce((d, op) => applyEdit(d, op as DraftEditOp, mediaContext), draft);

  it('auto-zoom stores the zooms as data, and the frame follows the action in other shapes', () => {
    const draft = zoomed();
    assert.equal(draft.m?.zoom, 'auto');
    assert.deepEqual(draft.m?.zooms, zooms);
    const vertical = apply(draft, 'make it 9:16');
    assert.deepEqual([vertical.m?.width, vertical.m?.height, vertical.m?.fill], [1080, 1920, 'follow']);
    assert.equal(apply(vertical, 'fit the whole screen').m?.fill, 'blur');
  });

  it('"less zoom" widens every zoom around its centre, "more zoom" tightens it, within 1.15-2.2x', () => {
    const less = apply(zoomed(), 'less zoom');
    const first = less.m!.zooms![0];
    assert.ok(Math.abs(1920 / first.w - 2 / 1.25) < 0.01, `now ${(1920 / first.w).toFixed(2)}x`);
    assert.ok(Math.abs(first.x + first.w / 2 - (400 + 480)) <= 1, 'same centre');
    assert.ok(first.x >= 0 && first.y >= 0 && first.x + first.w <= 1920 && first.y + first.h <= 1080);
    const second = less.m!.zooms![1];
    assert.ok(Math.abs(1920 / second.w - 1.15) < 0.01, `the 1.4x zoom goes no wider than 1.15x: ${(1920 / second.w).toFixed(2)}`);
    const more = apply(apply(zoomed(), 'more zoom'), 'more zoom');
    assert.ok(Math.abs(1920 / more.m!.zooms![0].w - 2.2) < 0.01, 'no closer than 2.2x');
  });

  it('"no zoom" turns it off and goes back to the blurred fill; "less zoom" with no zooms says what to do', () => {
    const off = apply(apply(zoomed(), 'make it 9:16'), 'no zoom');
    assert.deepEqual([off.m?.zoom, off.m?.fill], ['off', 'blur']);
    assert.deepEqual(off.m?.zooms, zooms, 'the zooms stay, for "auto zoom" to bring back');
    assert.throws(() => apply(threeMoments().build(), 'less zoom'), (error: unknown) => error instanceof EditError && /auto zoom/.test(error.message));
  });
});
