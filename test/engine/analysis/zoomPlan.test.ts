import * as assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Signals } from '../../../src/engine/analysis/signals';
import { MAX_ZOOM, MIN_HOLD_MS, MIN_ZOOM, planZooms } from '../../../src/engine/analysis/zoomPlan';
import type { TimedRect } from '../../../src/engine/render/zoomTrack';
import { actionAt } from '../../fixtures/footage/actionTruth';
import type { Footage } from '../../helpers/footage';
import { analyzeFootage } from './analyzeFootage';
import { walkthrough90 } from './walkthroughs';

/** Share of `box` inside `rect`. */
function inside(box: [number, number, number, number], rect: TimedRect): number {
  const w = Math.max(0, Math.min(box[0] + box[2], rect.x + rect.w) - Math.max(box[0], rect.x));
  const h = Math.max(0, Math.min(box[1] + box[3], rect.y + rect.h) - Math.max(box[1], rect.y));
  return (w * h) / (box[2] * box[3]);
}

describe('auto-zoom plan, against where the generated footage types and moves the pointer', function () {
  this.timeout(120_000);
  let work: string;
  let long: Footage;
  let signals: Signals;
  let zooms: TimedRect[];
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-zoom-'));
    long = await walkthrough90();
    signals = await analyzeFootage(long, work);
    zooms = planZooms(signals, long.truth.width, long.truth.height);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('zooms onto the action: covered for at least 90% of zoom time, each rectangle at most 60% of the frame', () => {
    assert.ok(zooms.length >= 3, `${zooms.length} zooms`);
    let actionMs = 0;
    let coveredMs = 0;
    for (const zoom of zooms) {
      for (let ms = zoom.inMs; ms < zoom.outMs; ms += 10) {
        const action = actionAt(long.truth, ms / 1000);
        if (!action) continue;
        actionMs += 10;
        if (inside(action.box, zoom) >= 0.95) coveredMs += 10;
      }
      const area = (zoom.w * zoom.h) / (long.truth.width * long.truth.height);
      assert.ok(area <= 0.6, `zoom at ${zoom.inMs} ms covers ${Math.round(area * 100)}% of the frame`);
    }
    assert.ok(actionMs > 10_000, `${actionMs} ms of zoom time has action`);
    assert.ok(coveredMs / actionMs >= 0.9, `action inside the zoom ${((coveredMs / actionMs) * 100).toFixed(1)}% of the time`);
  });

  it('zooms 1.4-2.2x, holds at least 2 s, never overlaps, and never spans a scroll, a video or a new screen', () => {
    const { width } = long.truth;
    zooms.forEach((zoom, i) => {
      const factor = width / zoom.w;
      assert.ok(factor >= MIN_ZOOM - 0.01 && factor <= MAX_ZOOM + 0.01, `zoom ${i} is ${factor.toFixed(2)}x`);
      assert.ok(zoom.outMs - zoom.inMs >= MIN_HOLD_MS, `zoom ${i} holds ${zoom.outMs - zoom.inMs} ms`);
      if (i > 0) assert.ok(zoom.inMs >= zooms[i - 1].outMs);
      for (const segment of long.truth.segments.filter((s) => ['scroll', 'video'].includes(s.visual))) {
        assert.ok(zoom.outMs <= segment.start * 1000 + 250 || zoom.inMs >= segment.end * 1000 - 250, `zoom ${i} spans the ${segment.visual} at ${segment.start} s`);
      }
    });
  });

  it('keeps the whole typed text in the picture while it is typed', () => {
    const typing = long.truth.segments.find((s) => s.visual === 'typing')!;
    for (let ms = typing.start * 1000 + 500; ms < typing.end * 1000; ms += 100) {
      const zoom = zooms.find((z) => z.inMs <= ms && ms < z.outMs);
      assert.ok(zoom, `no zoom at ${ms} ms, while typing`);
      assert.ok(inside(actionAt(long.truth, ms / 1000)!.box, zoom) === 1, `typed text cropped at ${ms} ms`);
    }
  });
});
