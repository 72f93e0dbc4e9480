import * as assert from 'node:assert/strict';
import { BEST_MOMENTS_PROMPT, defaultJob, KEEP_EVERYTHING_PROMPT, videoFootageMs } from '../../src/protocol';

describe('the main job (what is made when nothing is asked)', () => {
  it('best moments at 60 s for longer footage, all of it for shorter', () => {
    assert.equal(defaultJob(180_000).prompt, BEST_MOMENTS_PROMPT);
    assert.match(defaultJob(180_000).summary, /best moments into a 60-second clip/);
    assert.equal(defaultJob(60_000).prompt, KEEP_EVERYTHING_PROMPT);
    assert.match(defaultJob(24_400).summary, /24 s.*keeping all of it/);
  });

  it('counts only the videos among the uploads', () => {
    assert.equal(videoFootageMs([{ file_type: 'video', duration: 12.5 }, { file_type: 'audio', duration: 100 }, { file_type: 'video', duration: 30 }, { file_type: 'image', duration: null }]), 42_500);
  });
});
