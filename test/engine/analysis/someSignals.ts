import type { Box } from '../../../src/engine/analysis/screenChange';
import type { Signals } from '../../../src/engine/analysis/signals';

export type Stretch = 'speech' | 'action' | 'speech+action' | 'dead';

const BIN_MS = 250;
/** About what a moving cursor changes per sample at 160x90 (a few pixels). */
const CURSOR_CHANGE = 0.0005;
const CURSOR_BOX: Box = [0.5, 0.5, 0.0125, 0.033];

/** Signals as the analysis would report them for a list of [seconds, what happens] stretches. */
export function someSignals(stretches: readonly (readonly [number, Stretch])[]): Signals {
  const change: number[] = [];
  const speech: Signals['speech'] = [];
  let ms = 0;
  for (const [seconds, what] of stretches) {
    const bins = Math.round((seconds * 1000) / BIN_MS);
    for (let i = 0; i < bins; i++) change.push(what.includes('action') ? CURSOR_CHANGE : 0);
    if (what.includes('speech')) speech.push({ startMs: ms, endMs: ms + bins * BIN_MS });
    ms += bins * BIN_MS;
  }
  return {
    durationMs: ms, binMs: BIN_MS, change, sceneCut: change.map(() => false), speech,
    region: change.map((share) => (share > 0 ? CURSOR_BOX : null)),
    action: change.map((share) => (share > 0 ? 'cursor' : null)),
  };
}
