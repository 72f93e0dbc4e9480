import * as assert from 'node:assert/strict';
import { ops, sure } from './phrasingTable';

/**
 * Round 49's code-health classes (health49), read as before the clean-up: a move of 它 refused by any of the refusal's
 * words (Words.refusalNegation: 不, 别, 没, 甭, and 莫, "莫把它挪到第一个") or only mused about is no move, while one asked
 * plainly ("把它挪到第一个吧") moves it; the words taken out of a clause wherever they stand (the length a moment has now,
 * the recording's own length, the words giving a text's words) read the same each time they are said, however many
 * times in one message and in message after message (no pattern keeps a place from the last reading).
 */
describe('edit agent: round 49 health classes', () => {
  describe('a move of 它 refused or mused about, after an operation on one moment', () => {
    const faster = (index: number) => ({ op: 'set_speed' as const, factor: 1.5, index });
    for (const [phrase, index] of [
      ['第三段1.5倍速，莫把它挪到第一个', 3], ['第二段加速，别把它放到最后', 2], ['第二段加速，甭把它放最后', 2],
      ['第三段加速，没必要把它挪到第一个', 3], ['第二段加速，它放最后面的话会很怪', 2],
    ] as const) {
      it(`"${phrase}" moves nothing`, () => assert.deepEqual(ops(phrase), [faster(index)]));
    }
    // Asked plainly, or with a word that only looks like a refusal (莫名其妙, "somehow"), it moves.
    sure([
      ['第三段加速，把它挪到第一个吧', [faster(3), { op: 'move_moment', index: 3, to: 1 }]],
      ['第三段1.5倍速，莫名其妙，把它挪到第一个', [faster(3), { op: 'move_moment', index: 3, to: 1 }]],
    ]);
  });

  describe('words taken out wherever they stand, said again and read again', () => {
    const trim = (index: number, to_ms: number) => ({ op: 'trim_moment' as const, index, to_ms });
    const trims = [trim(1, 6000), trim(2, 5000)];
    const twice: [string, ReturnType<typeof ops>][] = [
      // The length each moment has now, said before the one it should have.
      ['第一段现在12秒，改成6秒，第二段现在10秒，改成5秒', trims],
      ['clip 1 is 12 seconds, make it 6, clip 2 is 10 seconds, make it 5', trims],
      // The recording's own lengths are no length asked.
      ['my 10 minute recording, my 20 minute recording, make a 30 second clip',
        [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // Words after 写 are the text's.
      ['加个字幕 写欢迎光临 放在最上面', [{ op: 'add_text', text: '欢迎光临', style: 'caption', position: 'top' }]],
    ];
    sure([...twice, ...twice]);
  });
});
