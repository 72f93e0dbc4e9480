import * as assert from 'node:assert/strict';
import { chooseMoments } from '../../src/engine/analysis/chooseMoments';
import { SILENCE_DB, type Signals } from '../../src/engine/analysis/signals';

/** Signals at 4 bins/s from a list of [seconds, 'speech' | 'motion' | 'dead'] spans. */
function signals(spans: [number, 'speech' | 'motion' | 'dead'][]): Signals {
  const motion: number[] = [];
  const loudnessDb: number[] = [];
  for (const [seconds, kind] of spans) {
    for (let i = 0; i < seconds * 4; i++) {
      motion.push(kind === 'motion' ? 1 : 0);
      loudnessDb.push(kind === 'speech' ? -20 : -55);
    }
  }
  return { binSec: 0.25, durationMs: motion.length * 250, motion, loudnessDb, sceneCut: motion.map(() => false) };
}

const total = (moments: { inMs: number; outMs: number }[]) => moments.reduce((sum, m) => sum + m.outMs - m.inMs, 0);

describe('chooseMoments', () => {
  it('keeps speech and motion, drops dead air, in source order', () => {
    const s = signals([[5, 'dead'], [4, 'speech'], [6, 'dead'], [3, 'motion'], [5, 'dead']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], 60_000);
    assert.equal(choice.moments.length, 2);
    assert.ok(choice.moments[0].inMs >= 4500 && choice.moments[0].outMs <= 9500);
    assert.deepEqual(choice.moments[0].why, ['speech']);
    assert.deepEqual(choice.moments[1].why, ['motion']);
    assert.ok(choice.moments[0].inMs < choice.moments[1].inMs);
    assert.equal(choice.short, true, 'asked for 60 s of footage that has 8 s worth keeping');
  });

  it('fits a target within one second, preferring higher scores', () => {
    const s = signals([[10, 'motion'], [3, 'dead'], [10, 'speech'], [3, 'dead'], [10, 'motion']]);
    const choice = chooseMoments([{ src: 'a', signals: s }], 15_000);
    assert.ok(Math.abs(total(choice.moments) - 15_000) <= 1000, `total ${total(choice.moments)}`);
    assert.ok(choice.moments.some((m) => m.why.includes('speech')), 'speech scores highest and is kept');
    assert.equal(choice.short, false);
  });

  it('chooses across several sources', () => {
    const a = signals([[3, 'dead'], [4, 'speech'], [3, 'dead']]);
    const b = signals([[2, 'dead'], [4, 'motion']]);
    const choice = chooseMoments([{ src: 'a', signals: a }, { src: 'b', signals: b }], 60_000);
    assert.deepEqual(choice.moments.map((m) => m.src), ['a', 'b']);
  });

  it('finds nothing in static silence', () => {
    const s = signals([[10, 'dead']]);
    s.loudnessDb = s.loudnessDb.map(() => SILENCE_DB);
    assert.deepEqual(chooseMoments([{ src: 'a', signals: s }], 60_000).moments, []);
  });
});
