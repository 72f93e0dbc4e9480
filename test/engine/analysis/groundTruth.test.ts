import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chooseMoments } from '../../../src/engine/analysis/chooseMoments';
import { findActivity, overlap } from '../../../src/engine/analysis/findMoments';
import { idleSpeedup } from '../../../src/engine/analysis/idleSpeedup';
import type { Signals } from '../../../src/engine/analysis/signals';
import type { Footage } from '../../helpers/footage';
import { analyzeFootage } from './analyzeFootage';
import { truthFigures } from './truthMetrics';
import { walkthrough45, walkthrough90 } from './walkthroughs';

const run = promisify(execFile);


describe('best moments, against the ground truth of generated walkthroughs', function () {
  this.timeout(120_000);
  let work: string;
  let long: Footage;
  let signals: Signals;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-analysis-'));
    long = await walkthrough90();
    signals = await analyzeFootage(long, work);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('keeps nearly all action and speech when the target allows, with little dead air, and says the clip is shorter', () => {
    const choice = chooseMoments([{ src: 'w', signals }], 60_000);
    const figures = truthFigures(choice.moments, { w: long.truth });
    assert.ok(figures.activityKept >= 0.9, `kept ${(figures.activityKept * 100).toFixed(1)}% of the action and speech`);
    assert.ok(figures.deadAir <= 0.05, `${(figures.deadAir * 100).toFixed(1)}% of the clip is dead air`);
    assert.equal(figures.cutsInPhrase, 0);
    assert.equal(choice.short, true, 'about 52 s of this footage is worth keeping');
    assert.ok(choice.totalMs < 59_000);
  });

  it('fits 30 s within a second, cutting only between phrases, keeping the narrated moments', () => {
    const choice = chooseMoments([{ src: 'w', signals }], 30_000);
    const figures = truthFigures(choice.moments, { w: long.truth });
    assert.ok(Math.abs(choice.totalMs - 30_000) <= 1000, `clip is ${choice.totalMs} ms`);
    assert.ok(figures.deadAir <= 0.05, `${(figures.deadAir * 100).toFixed(1)}% of the clip is dead air`);
    assert.equal(figures.cutsInPhrase, 0);
    assert.equal(choice.short, false);
    assert.ok(choice.moments.every((m) => m.outMs - m.inMs >= 1000), 'no moment shorter than a second');
    const spoken = long.truth.speech.reduce((sum, s) => sum + (s.end - s.start) * 1000, 0);
    const keptSpeech = choice.moments.reduce((sum, m) => sum + overlap({ startMs: m.inMs, endMs: m.outMs }, signals.speech), 0);
    assert.ok(keptSpeech / spoken >= 0.6, `kept ${Math.round((keptSpeech / spoken) * 100)}% of the narration in half the action`);
  });

  it('chooses across two files, in upload order, within a second of the target', async () => {
    const other = await walkthrough45();
    const second = await analyzeFootage(other, work);
    const choice = chooseMoments([{ src: 'a', signals }, { src: 'b', signals: second }], 45_000);
    const figures = truthFigures(choice.moments, { a: long.truth, b: other.truth });
    assert.ok(Math.abs(choice.totalMs - 45_000) <= 1000, `clip is ${choice.totalMs} ms`);
    assert.ok(figures.deadAir <= 0.05, `${(figures.deadAir * 100).toFixed(1)}% of the clip is dead air`);
    assert.equal(figures.cutsInPhrase, 0);
    const sources = choice.moments.map((m) => m.src);
    assert.deepEqual([...new Set(sources)], ['a', 'b'], 'moments from both files, the first file first');
  });

  it('hears every sentence within 100 ms of the truth, at the recorded level and 20 dB quieter', async () => {
    const quiet = join(work, 'quiet.mp4');
    await run('ffmpeg', ['-v', 'error', '-i', long.path, '-c:v', 'copy', '-af', 'volume=-20dB', '-c:a', 'aac', quiet]);
    const quieter = await analyzeFootage({ path: quiet, truth: long.truth }, work);
    for (const detected of [signals.speech, quieter.speech]) {
      assert.equal(detected.length, long.truth.speech.length);
      detected.forEach((phrase, i) => {
        const truth = long.truth.speech[i];
        assert.ok(Math.abs(phrase.startMs - truth.start * 1000) <= 100, `phrase ${i} starts at ${phrase.startMs}, truth ${truth.start}`);
        assert.ok(Math.abs(phrase.endMs - truth.end * 1000) <= 100, `phrase ${i} ends at ${phrase.endMs}, truth ${truth.end}`);
      });
    }
  });

  it('sees typing, scrolling and cursor moves as action, and a blinking caret as idle', () => {
    const { screen } = findActivity(signals);
    for (const segment of long.truth.segments) {
      const span = { startMs: segment.start * 1000, endMs: segment.end * 1000 };
      const covered = overlap(span, screen) / (span.endMs - span.startMs);
      if (segment.visual === 'caret') assert.ok(covered < 0.1, `caret ${segment.start}-${segment.end} s: ${(covered * 100).toFixed(0)}% seen as action`);
      if (['typing', 'scroll', 'cursor', 'video'].includes(segment.visual)) {
        assert.ok(covered > 0.9, `${segment.visual} ${segment.start}-${segment.end} s: only ${(covered * 100).toFixed(0)}% seen as action`);
      }
    }
  });

  it('speeds up only dead air and the caret-only stretch, never speech or action', () => {
    const spans = idleSpeedup([{ src: 'w', signals }], 4);
    const fast = spans.filter((s) => s.speed > 1);
    const figures = truthFigures(fast, { w: long.truth });
    // Edges may be a quarter second off (one sample): the end of a cursor move is seen one sample late.
    assert.ok(figures.deadAir >= 0.98, `${(100 - figures.deadAir * 100).toFixed(1)}% of what is sped up is action or speech`);
    const speech = long.truth.speech.map((s) => ({ startMs: s.start * 1000, endMs: s.end * 1000 }));
    assert.equal(fast.reduce((sum, s) => sum + overlap({ startMs: s.inMs, endMs: s.outMs }, speech), 0), 0, 'no speech is sped up');
    const whole = truthFigures([{ src: 'w', inMs: 0, outMs: long.truth.durationSec * 1000 }], { w: long.truth });
    const idleMs = whole.deadAir * whole.keptMs;
    assert.ok(figures.keptMs >= 0.9 * idleMs, `${figures.keptMs} of ${idleMs} idle ms sped up`);
  });

  it('analyses a file once: the second request reads the cache and does not decode', async () => {
    const again = await analyzeFootage(long, work, join(work, 'no-such-ffmpeg'));
    assert.deepEqual(again, signals);
  });
});
