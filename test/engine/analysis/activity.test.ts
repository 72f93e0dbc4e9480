import * as assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyActions, type Action } from '../../../src/engine/analysis/activity';
import { chooseMoments } from '../../../src/engine/analysis/chooseMoments';
import type { Box } from '../../../src/engine/analysis/screenChange';
import type { Signals } from '../../../src/engine/analysis/signals';
import type { Footage } from '../../helpers/footage';
import { analyzeFootage } from './analyzeFootage';
import { walkthrough90 } from './walkthroughs';


describe('activity from the frames', function () {
  this.timeout(120_000);
  let work: string;
  let long: Footage;
  let signals: Signals;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-activity-'));
    long = await walkthrough90();
    signals = await analyzeFootage(long, work);
  });
  after(() => rm(work, { recursive: true, force: true }));

  /** How the changed samples inside each kind of scene were labelled, as shares. */
  function labelsIn(visual: string): Record<string, number> {
    const counts: Record<string, number> = {};
    let total = 0;
    for (const segment of long.truth.segments.filter((s) => s.visual === visual)) {
      // The first and last sample of a scene hold the switch into and out of it.
      for (let k = Math.ceil(segment.start * 4) + 1; k < Math.floor(segment.end * 4) - 1; k++) {
        const label = signals.action[k] ?? 'none';
        counts[label] = (counts[label] ?? 0) + 1;
        total++;
      }
    }
    return Object.fromEntries(Object.entries(counts).map(([label, n]) => [label, n / total]));
  }

  it('labels typing as typing, a moving pointer as a cursor, scrolling and video as broad, and a blinking caret as nothing', () => {
    const typing = labelsIn('typing');
    assert.ok((typing.typing ?? 0) >= 0.75, `typing: ${JSON.stringify(typing)}`);
    const cursor = labelsIn('cursor');
    assert.ok((cursor.cursor ?? 0) >= 0.7, `cursor: ${JSON.stringify(cursor)}`);
    for (const visual of ['scroll', 'video']) assert.ok((labelsIn(visual).broad ?? 0) >= 0.9, `${visual}: ${JSON.stringify(labelsIn(visual))}`);
    const caret = labelsIn('caret');
    assert.ok((caret.none ?? 0) >= 0.95, `caret: ${JSON.stringify(caret)}`);
  });

  it('boxes the typing on its text line, where the generator types', () => {
    const field = long.truth.segments.find((s) => s.visual === 'typing')!;
    const boxes = signals.region.filter((box, k) => box && signals.action[k] === 'typing' && k / 4 >= field.start && k / 4 < field.end) as Box[];
    assert.ok(boxes.length > 10);
    const tops = boxes.map((b) => b[1]);
    assert.ok(Math.max(...tops) - Math.min(...tops) <= 0.02, `typing stays on one line: tops ${Math.min(...tops)}-${Math.max(...tops)}`);
    const lefts = boxes.map((b) => b[0]);
    assert.ok(lefts.at(-1)! > lefts[0] + 0.15, 'the typed text grows to the right');
  });

  it('keeps silent typing in a tight clip: typing is activity, not idle', () => {
    // 30 s out of 90: before typing counted, half of the 8 s of typing (the part after the narration) was cut.
    const choice = chooseMoments([{ src: 'w', signals }], 30_000);
    const typing = long.truth.segments.find((s) => s.visual === 'typing')!;
    const span = { startMs: typing.start * 1000, endMs: typing.end * 1000 };
    const kept = choice.moments.reduce((sum, m) => sum + Math.max(0, Math.min(m.outMs, span.endMs) - Math.max(m.inMs, span.startMs)), 0);
    assert.ok(kept / (span.endMs - span.startMs) >= 0.95, `kept ${Math.round((kept / (span.endMs - span.startMs)) * 100)}% of the typing`);
    assert.ok(Math.abs(choice.totalMs - 30_000) <= 1000);
  });
});

describe('classifyActions', () => {
  const none = { change: 0, box: null };
  const spot = (x: number, y: number, w = 0.0125, h = 0.033) => ({ change: 0.0005, box: [x, y, w, h] as Box });
  const classify = (samples: { change: number; box: Box | null }[]): (Action | null)[] =>
    classifyActions(samples.map((s) => s.change), samples.map((s) => s.box), samples.map(() => false));

  it('calls a change under a pointer that has just stopped a click', () => {
    const actions = classify([spot(0.2, 0.6), spot(0.3, 0.5), spot(0.4, 0.4), none, { change: 0.004, box: [0.35, 0.37, 0.15, 0.08] }]);
    assert.deepEqual(actions, ['cursor', 'cursor', 'cursor', null, 'click']);
  });

  it('calls a change far from where the pointer stopped, or a whole new page, no click', () => {
    const far = classify([spot(0.2, 0.6), spot(0.3, 0.5), none, { change: 0.004, box: [0.7, 0.1, 0.15, 0.08] }]);
    assert.notEqual(far.at(-1), 'click');
    const page = classify([spot(0.2, 0.6), spot(0.3, 0.5), none, { change: 0.4, box: [0, 0, 1, 1] }]);
    assert.equal(page.at(-1), 'broad');
  });

  it('calls boxes that follow each other along a line typing, from the first', () => {
    const actions = classify([spot(0.2, 0.4, 0.02, 0.03), spot(0.22, 0.4, 0.02, 0.03), none, spot(0.24, 0.4, 0.03, 0.03)]);
    assert.deepEqual(actions, ['typing', 'typing', null, 'typing']);
  });
});
