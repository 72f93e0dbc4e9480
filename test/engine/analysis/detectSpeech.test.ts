import * as assert from 'node:assert/strict';
import { detectSpeech, DIGITAL_SILENCE_DB } from '../../../src/engine/analysis/detectSpeech';

const FRAME_MS = 50;

/** Levels per 50 ms frame from [milliseconds, dB] stretches. */
function levels(stretches: [number, number][]): number[] {
  return stretches.flatMap(([ms, db]) => new Array<number>(ms / FRAME_MS).fill(db));
}

describe('detectSpeech', () => {
  it('finds the same phrases whatever the recording level: the threshold follows the file', () => {
    const phrases = (noise: number, voice: number) =>
      detectSpeech(levels([[2000, noise], [1500, voice], [1000, noise], [2500, voice], [2000, noise]]), FRAME_MS);
    const expected = [{ startMs: 2000, endMs: 3500 }, { startMs: 4500, endMs: 7000 }];
    assert.deepEqual(phrases(-64, -20), expected, 'quiet room, normal voice');
    assert.deepEqual(phrases(-40, -20), expected, 'noisy room: a fixed -45 dB threshold would call everything speech');
    assert.deepEqual(phrases(-85, -48), expected, 'a quiet recording: a fixed -45 dB threshold would hear nothing');
    assert.deepEqual(phrases(DIGITAL_SILENCE_DB, -25), expected, 'a gated microphone (digital silence between phrases)');
  });

  it('bridges short pauses inside a phrase, and splits at pauses between sentences', () => {
    const found = detectSpeech(levels([[1000, -64], [1000, -22], [150, -64], [1000, -22], [600, -64], [1000, -22], [1000, -64]]), FRAME_MS);
    assert.deepEqual(found, [{ startMs: 1000, endMs: 3150 }, { startMs: 3750, endMs: 4750 }]);
  });

  it('hears no speech in clicks, steady noise or silence', () => {
    assert.deepEqual(detectSpeech(levels([[3000, -64], [50, -20], [3000, -64], [100, -25], [3000, -64]]), FRAME_MS), []);
    assert.deepEqual(detectSpeech(levels([[5000, -30]]), FRAME_MS), []);
    assert.deepEqual(detectSpeech(levels([[5000, DIGITAL_SILENCE_DB]]), FRAME_MS), []);
    assert.deepEqual(detectSpeech([], FRAME_MS), []);
  });
});
