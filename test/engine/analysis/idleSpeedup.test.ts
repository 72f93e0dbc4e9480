import * as assert from 'node:assert/strict';
import { idleSpeedup, pacedDurationMs } from '../../../src/engine/analysis/idleSpeedup';
import { someSignals } from './someSignals';

describe('idleSpeedup', () => {
  const signals = someSignals([[5, 'dead'], [4, 'speech'], [6, 'dead'], [3, 'action'], [1, 'dead']]);

  it('covers the whole source in order, speeding up and muting only the long idle stretches', () => {
    const spans = idleSpeedup([{ src: 'a', signals }], 4);
    assert.equal(spans[0].inMs, 0);
    assert.equal(spans.at(-1)?.outMs, signals.durationMs);
    spans.slice(1).forEach((span, i) => assert.equal(span.inMs, spans[i].outMs, 'no gap, no overlap'));
    assert.deepEqual(spans.map((s) => s.speed), [4, 1, 4, 1]);
    assert.deepEqual(spans.map((s) => s.muted), [true, false, true, false]);
    const speech = signals.speech[0];
    assert.ok(spans.some((s) => s.speed === 1 && s.inMs <= speech.startMs && s.outMs >= speech.endMs), 'speech plays at normal speed');
    assert.equal(spans.at(-1)?.speed, 1, 'the last second of stillness is too short to speed up');
  });

  it('plays in the sum of each stretch over its speed, and can keep the idle sound', () => {
    const spans = idleSpeedup([{ src: 'a', signals }], 4, { idleAudio: 'keep' });
    const idleMs = spans.filter((s) => s.speed === 4).reduce((sum, s) => sum + s.outMs - s.inMs, 0);
    assert.equal(pacedDurationMs(spans), Math.round(signals.durationMs - idleMs + idleMs / 4));
    assert.ok(spans.every((s) => !s.muted));
  });

  it('refuses a factor that would not speed anything up', () => {
    assert.throws(() => idleSpeedup([{ src: 'a', signals }], 1), RangeError);
  });
});
