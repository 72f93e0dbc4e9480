import { table } from './phrasingTable';

/** "…, actually 50": a figure said right after "actually" (or "wait", "sorry", "correction") is the one meant. */
describe('edit agent: a figure after "actually", "wait", "sorry" corrects the request just made', () => {
  table([
    ['make it 60 seconds, actually 50 seconds', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
    ['make it 60 seconds, actually 50', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
    ['music at 40%, actually 30', [{ op: 'set_music_volume', volume: 0.3 }]],
    ['remove clip 2, actually 3', [{ op: 'remove_moment', index: 3 }]],
    ['speed it up 2x, wait 3x', [{ op: 'set_speed', factor: 3 }]],
    ['trim clip 1 to 6 seconds, sorry 8 seconds', [{ op: 'trim_moment', index: 1, to_ms: 8000 }]],
  ]);
});
