import * as assert from 'node:assert/strict';
import { chooseMoments } from '../../../src/engine/analysis/chooseMoments';
import { someSignals } from './someSignals';

const total = (moments: { inMs: number; outMs: number }[]) => moments.reduce((sum, m) => sum + m.outMs - m.inMs, 0);

describe('chooseMoments', () => {
  it('keeps speech and on-screen action, drops dead air, in source order, and says when it has less than asked', () => {
    const s = someSignals([[5, 'dead'], [4, 'speech'], [6, 'dead'], [3, 'action'], [5, 'dead']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], 60_000);
    assert.equal(choice.moments.length, 2);
    assert.ok(choice.moments[0].inMs >= 4500 && choice.moments[0].outMs <= 9500);
    assert.deepEqual(choice.moments[0].why, ['speech']);
    assert.deepEqual(choice.moments[1].why, ['motion']);
    assert.ok(choice.moments[0].inMs < choice.moments[1].inMs);
    assert.equal(choice.short, true, 'asked for 60 s of footage that has about 7.5 s worth keeping');
    assert.equal(choice.availableMs, choice.totalMs);
  });

  it('fits a target within one second, preferring narration', () => {
    const s = someSignals([[10, 'action'], [3, 'dead'], [10, 'speech'], [3, 'dead'], [10, 'action']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], 15_000);
    assert.ok(Math.abs(choice.totalMs - 15_000) <= 1000, `total ${choice.totalMs}`);
    assert.equal(choice.totalMs, total(choice.moments));
    assert.ok(choice.moments.some((m) => m.why.includes('speech')), 'speech scores highest and is kept');
    assert.equal(choice.short, false);
  });

  it('cuts only in pauses, clear of every phrase', () => {
    // Ten 2 s phrases with 0.7 s pauses over constant action: the only places to cut are the pauses.
    const s = someSignals(Array.from({ length: 10 }, () => [[2, 'speech+action'], [0.7, 'action']] as const).flat());
    const choice = chooseMoments([{ src: 'a', signals: s }], 9_000);
    assert.ok(Math.abs(choice.totalMs - 9_000) <= 1000, `total ${choice.totalMs}`);
    const edges = choice.moments.flatMap((m) => [m.inMs, m.outMs]);
    for (const edge of edges) {
      for (const phrase of s.speech) {
        assert.ok(edge <= phrase.startMs - 200 || edge >= phrase.endMs + 200, `cut at ${edge} ms is within 200 ms of ${JSON.stringify(phrase)}`);
      }
    }
  });

  it('keeps one phrase whole rather than cutting it, even when it is longer than the target', () => {
    const s = someSignals([[2, 'dead'], [12, 'speech'], [2, 'dead']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], 5_000);
    assert.equal(choice.moments.length, 1);
    assert.ok(choice.moments[0].inMs <= 2000 && choice.moments[0].outMs >= 14_000);
  });

  it('keeps everything worth keeping when there is no target (remove the dead air)', () => {
    const s = someSignals([[5, 'dead'], [4, 'speech'], [6, 'dead'], [3, 'action'], [5, 'dead']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], Number.POSITIVE_INFINITY);
    assert.equal(choice.moments.length, 2);
    assert.equal(choice.totalMs, choice.availableMs);
    assert.equal(choice.short, false, 'nothing was asked, so nothing is missing');
  });

  it('chooses across several sources, keeping their order', () => {
    const a = someSignals([[3, 'dead'], [4, 'speech'], [3, 'dead']]);
    const b = someSignals([[2, 'dead'], [4, 'action']]);
    const choice = chooseMoments([{ src: 'a', signals: a }, { src: 'b', signals: b }], 60_000);
    assert.deepEqual(choice.moments.map((m) => m.src), ['a', 'b']);
  });

  it('finds nothing in static silence', () => {
    const choice = chooseMoments([{ src: 'a', signals: someSignals([[10, 'dead']]) }], 60_000);
    assert.deepEqual(choice.moments, []);
    assert.equal(choice.availableMs, 0);
  });
});
