import * as assert from 'node:assert/strict';
import { sceneCuts, ScreenChangeMeter } from '../../../src/engine/analysis/screenChange';

const SIZE = 100;
const page = (value = 240) => new Uint8Array(SIZE).fill(value);
const withPixels = (frame: Uint8Array, pixels: number[], value: number) => {
  const copy = frame.slice();
  for (const p of pixels) copy[p] = value;
  return copy;
};

function measure(frames: Uint8Array[]): number[] {
  const meter = new ScreenChangeMeter(SIZE);
  frames.forEach((frame) => meter.push(frame));
  return meter.change;
}

describe('ScreenChangeMeter', () => {
  it('sees a blinking caret as no change once it has blinked, and typing as change at every new character', () => {
    const blank = page();
    const caret = withPixels(blank, [50], 20);
    const blinking = measure([blank, caret, blank, caret, blank, caret, blank, caret, blank]);
    assert.deepEqual(blinking.slice(1), new Array(7).fill(0), 'after its first appearance, a blink returns to a recent state');
    const typed = [blank];
    for (let chars = 1; chars <= 6; chars++) typed.push(withPixels(blank, Array.from({ length: chars }, (_, i) => 10 + i), 20));
    assert.ok(measure(typed).every((share) => share === 1 / SIZE), 'each sample adds one new pixel');
  });

  it('ignores changes below the noise threshold', () => {
    assert.deepEqual(measure([page(240), page(245), page(236), page(240)]), [0, 0, 0]);
  });

  it('marks a new screen (a spike of change) but not steady scrolling', () => {
    assert.deepEqual(sceneCuts([0, 0, 0.6, 0, 0]), [false, false, true, false, false]);
    assert.deepEqual(sceneCuts([0.2, 0.25, 0.3, 0.2]), [false, false, false, false]);
    assert.deepEqual(sceneCuts([0, 0.01, 0, 0.02]), [false, false, false, false], 'a cursor is not a new screen');
  });
});

describe('ScreenChangeMeter regions', () => {
  it('boxes the new pixels, as fractions of the frame', () => {
    const width = 10;
    const blank = new Uint8Array(100).fill(240);
    const typed = blank.slice();
    for (const p of [23, 24, 25, 33, 34, 35]) typed[p] = 20;
    const meter = new ScreenChangeMeter(width);
    [blank, typed, typed].forEach((frame) => meter.push(frame));
    assert.deepEqual(meter.region, [[0.3, 0.2, 0.3, 0.2], null]);
  });
});
