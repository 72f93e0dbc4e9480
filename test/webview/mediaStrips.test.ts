import * as assert from 'node:assert/strict';
import { filmstripWindow, waveformPath } from '../../src/webview/mediaStrips';

describe('a segment shows its part of the filmstrip and the waveform', () => {
  it('scales and shifts the filmstrip so the segment covers exactly its range', () => {
    // 10 s of a 60 s file: the strip is 6 segment-widths wide; starting at 0, 25 s in (half of the 50 s it can move) or at the end.
    assert.deepEqual(filmstripWindow(0, 10_000, 60_000), { sizePct: 600, positionPct: 0 });
    assert.deepEqual(filmstripWindow(25_000, 10_000, 60_000), { sizePct: 600, positionPct: 50 });
    assert.deepEqual(filmstripWindow(50_000, 10_000, 60_000), { sizePct: 600, positionPct: 100 });
    assert.deepEqual(filmstripWindow(0, 60_000, 60_000), { sizePct: 100, positionPct: 0 });
  });

  it('draws the peaks of its range as bars from the bottom', () => {
    const peaks = [0, 0.5, 1, 0.25];
    assert.deepEqual(waveformPath(peaks, 0, 4000, 4000), { path: 'M0 1V1M1 1V0.5M2 1V0M3 1V0.75', width: 4 });
    assert.deepEqual(waveformPath(peaks, 1000, 2000, 4000), { path: 'M0 1V0.5M1 1V0', width: 2 });
    assert.deepEqual(waveformPath([], 0, 1000, 4000), { path: '', width: 0 });
  });
});
