import type { EditOp } from '../../../src/protocol';
import { sure } from './phrasingTable';

/**
 * Session 35, the lead's: a frame ratio written against the word before it ("make it9:16") read the clause again
 * without the shape words, which left the ratio in, and so on until the stack overflowed (the turn failed). The ratio
 * as written is now read out with the shape words.
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
