import type { EditOp } from '../../../src/protocol';
import { notSure, sure } from './phrasingTable';

/**
 * Session 35, the lead's: a frame ratio written against the word before it ("make it9:16") read the clause again
 * without the shape words, which left the ratio in, and so on until the stack overflowed (the turn failed). The ratio
 * as written is now read out with the shape words. And two readings round 41 made at its merge: a place word alone
 * ("I want the furnace part first") is no moment named to move (it moved the first moment to where it was); a moment
 * named before a stretch pointed back at ("第2段…加载很慢，那段加速到2倍") is that moment, not the idle stretches. And what
 * something only does ("my phone only takes vertical video") names no upload to use (it used the last upload).
 */
const aspect = (to: Extract<EditOp, { op: 'set_aspect' }>['aspect'], fill?: 'blur'): EditOp => ({ op: 'set_aspect', aspect: to, ...(fill ? { fill } : {}) });

describe('edit agent: session 35, the lead\'s: a ratio written against the word before it', () => {
  sure([
    ['make it9:16', [aspect('9:16')]],
    ['make it4:5 pls', [aspect('4:5')]],
    ['go16:9 and export', [aspect('16:9'), { op: 'export', format: 'mp4' }]],
    ['ratio9:16', [aspect('9:16')]],
    ['make it1:1 with blur', [aspect('1:1', 'blur')]],
  ]);
});

describe('edit agent: session 35, the lead\'s: round 41 at its merge', () => {
  notSure(['I want the furnace part first', 'I want the intro bit first']);
  sure([
    ['I want clip 2 first', [{ op: 'move_moment', index: 2, to: 1 }]],
    ['第2段登录页面加载很慢，那段加速到2倍', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ['登录页面加载很慢，那段加速到2倍', [{ op: 'speed_up_idle', factor: 2 }]],
  ]);
});

describe('edit agent: session 35, the lead\'s: what something only does is no upload chosen', () => {
  notSure(['my phone only takes vertical video', 'my camera only shoots vertical video']);
  sure([
    ['only use the second video', [{ op: 'use_sources', files: ['2'] }]],
    ['use only the last recording', [{ op: 'use_sources', files: ['last'] }]],
  ]);
});
