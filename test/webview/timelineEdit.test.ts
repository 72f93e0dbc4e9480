import * as assert from 'node:assert/strict';
import { applyEdit, type DraftEditOp } from '../../src/engine/agent/applyEdit';
import { textSegments, videoSegments } from '../../src/engine/agent/timeline';
import type { Draft, EditOp } from '../../src/protocol';
import { deleteOp, dragOp, hitTest, msToPx, nudgeOp, pxToMs, snap, snappedDelta, snapTargets, trimToPlayheadOp, type Scale } from '../../src/webview/timelineEdit';
import { layoutTimeline } from '../../src/webview/timelineLayout';
import { aDraft, mediaContext } from '../engine/agent/builders';
import { layoutWords } from '../helpers/l10n';

/** 15 s: moments of 4, 6 and 5 s (the second at 2x), a title at 1–4 s, music; 1500 px wide, so 10 ms a pixel. */
const draft = (): Draft => {
  const built = aDraft().withMoments(['v1', 0, 4000], ['v1', 10_000, 6000], ['v2', 2000, 5000]).withMusic().withText('Launch', 1000, 3000).build();
  const second = built.t[0].sg[1];
  second.m = { speed: 2 };
  return built;
};
const scale: Scale = { widthPx: 1500, durationMs: 15_000 };
const lanes = () => layoutTimeline(draft(), layoutWords()).lanes;
const video = () => lanes()[0].segments;
const title = () => lanes()[2].segments[0];
const context = (sourceMs?: number) => ({ lanes: lanes(), durationMs: 15_000, sourceMs });
/** The panel's op applied by the engine's own applyEdit: what the user would see after the drag. */
const applied = (op: EditOp | undefined) => {
  assert.ok(op, 'the gesture makes an operation');
  return applyEdit(draft(), op as DraftEditOp, mediaContext);
};
const moments = (d: Draft) => videoSegments(d).map((s) => [s.src, s.in, s.at, s.d]);

describe('timeline editing: pixels, hits and snapping', () => {
  it('converts between pixels and ms both ways, and copes with an empty timeline', () => {
    assert.equal(msToPx(4000, scale), 400);
    assert.equal(pxToMs(400, scale), 4000);
    assert.equal(pxToMs(10, { widthPx: 0, durationMs: 1000 }), 0);
    assert.equal(msToPx(10, { widthPx: 100, durationMs: 0 }), 0);
  });

  it('grips an edge within a few pixels, the nearer of two touching edges, and otherwise the body', () => {
    const segments = video();
    assert.deepEqual(pick(hitTest(segments, 200, scale)), [1, 'body']);
    assert.deepEqual(pick(hitTest(segments, 397, scale)), [1, 'end']);
    assert.deepEqual(pick(hitTest(segments, 403, scale)), [2, 'start']);
    assert.deepEqual(pick(hitTest(segments, 2, scale)), [1, 'start']);
    assert.equal(hitTest(segments, 1520, scale), undefined);
    assert.equal(hitTest(lanes()[2].segments, 50, scale), undefined);
  });

  it('snaps a moving edge to another edge or the playhead within 8 px, and leaves it alone further away', () => {
    const targets = snapTargets(lanes(), title(), 15_000, 7300);
    assert.equal(snap(3960, targets, scale), 4000);
    assert.equal(snap(7250, targets, scale), 7300);
    assert.equal(snap(5500, targets, scale), 5500);
    // A title dragged so its end lands 50 ms before the second cut (10 s) snaps its end there, keeping its length.
    assert.equal(snappedDelta(title(), 'body', 5950, targets, scale), 6000);
    assert.equal(snappedDelta(title(), 'start', -970, targets, scale), -1000);
  });
});

describe('timeline editing: gestures become the engine operations', () => {
  it('dragging a moment\'s start edge right trims its start in the source; its end edge left trims its end', () => {
    const start = dragOp('video', video()[0], 'start', 1000, context(60_000));
    assert.deepEqual(start, { op: 'set_moment_range', index: 1, in_ms: 1000, out_ms: 4000 });
    assert.deepEqual(moments(applied(start))[0], ['v1', 1000, 0, 3000]);
    // The second moment plays at 2x: 1 s of timeline is 2 s of its source.
    const end = dragOp('video', video()[1], 'end', -1000, context(60_000));
    assert.deepEqual(end, { op: 'set_moment_range', index: 2, in_ms: 10_000, out_ms: 20_000 });
    assert.deepEqual(moments(applied(end)), [['v1', 0, 0, 4000], ['v1', 10_000, 4000, 5000], ['v2', 2000, 9000, 5000]]);
  });

  it('stops a trim at the shortest moment, the start of the file and the end of the file', () => {
    assert.deepEqual(dragOp('video', video()[0], 'start', 9000, context()), { op: 'set_moment_range', index: 1, in_ms: 3500, out_ms: 4000 });
    assert.deepEqual(dragOp('video', video()[2], 'start', -5000, context()), { op: 'set_moment_range', index: 3, in_ms: 0, out_ms: 7000 });
    assert.deepEqual(dragOp('video', video()[2], 'end', 60_000, context(30_000)), { op: 'set_moment_range', index: 3, in_ms: 2000, out_ms: 30_000 });
    assert.equal(dragOp('video', video()[0], 'start', -500, context()), undefined, 'already at the start of its file');
    assert.doesNotThrow(() => applied(dragOp('video', video()[0], 'start', 9000, context())));
  });

  it('dragging a moment\'s body past another\'s centre reorders; a short drag does nothing', () => {
    const op = dragOp('video', video()[0], 'body', 11_000, context());
    assert.deepEqual(op, { op: 'move_moment', index: 1, to: 3 });
    assert.deepEqual(moments(applied(op)).map((m) => m[1]), [10_000, 2000, 0]);
    assert.deepEqual(dragOp('video', video()[2], 'body', -12_000, context()), { op: 'move_moment', index: 3, to: 1 });
    assert.equal(dragOp('video', video()[1], 'body', 1000, context()), undefined);
  });

  it('dragging a title moves it in time within the clip; its edges change when it starts or ends', () => {
    const moved = dragOp('text', title(), 'body', 2500, context());
    assert.deepEqual(moved, { op: 'edit_text', index: 1, start_ms: 3500, end_ms: 6500 });
    assert.deepEqual(textSegments(applied(moved)).map((s) => [s.m?.text, s.at, s.d]), [['Launch', 3500, 3000]]);
    assert.deepEqual(dragOp('text', title(), 'body', 60_000, context()), { op: 'edit_text', index: 1, start_ms: 12_000, end_ms: 15_000 });
    assert.deepEqual(dragOp('text', title(), 'end', -5000, context()), { op: 'edit_text', index: 1, start_ms: 1000, end_ms: 1500 });
    assert.equal(dragOp('audio', lanes()[1].segments[0], 'body', 1000, context()), undefined, 'the music spans the clip');
  });

  it('Delete removes the selected moment, text or music; the keyboard trims to the playhead and nudges', () => {
    assert.deepEqual(moments(applied(deleteOp('video', video()[1]))).map((m) => m[1]), [0, 2000]);
    assert.deepEqual(textSegments(applied(deleteOp('text', title()))), []);
    assert.deepEqual(deleteOp('audio', lanes()[1].segments[0]), { op: 'remove_music' });
    assert.deepEqual(trimToPlayheadOp('video', video()[0], 'end', 2500, context()), { op: 'set_moment_range', index: 1, in_ms: 0, out_ms: 2500 });
    assert.deepEqual(nudgeOp('video', video()[1], -1, context()), { op: 'move_moment', index: 2, to: 1 });
    assert.equal(nudgeOp('video', video()[2], 1, context()), undefined);
    assert.deepEqual(nudgeOp('text', title(), 1, context()), { op: 'edit_text', index: 1, start_ms: 1500, end_ms: 4500 });
  });

  it('numbers texts in timeline order whatever the order in the track, as the engine does', () => {
    const shuffled = draft();
    shuffled.t[2].sg.unshift({ at: 9000, d: 1000, m: { text: 'Later' } });
    const texts = layoutTimeline(shuffled, layoutWords()).lanes[2].segments;
    assert.deepEqual(texts.map((s) => [s.text, s.index]), [['Later', 2], ['Launch', 1]]);
  });
});

function pick(hit: ReturnType<typeof hitTest>) {
  return hit && [hit.segment.index, hit.grip];
}
