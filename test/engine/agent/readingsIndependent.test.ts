import * as assert from 'node:assert/strict';
import { heldout43En } from '../../../bench/phrasings/heldout43/en';
import { heldout43Zh } from '../../../bench/phrasings/heldout43/zh';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';

/**
 * The engine reads every message of a session in one process: a message must read the same whatever was read before it
 * (a global pattern tested with `.test()` keeps its lastIndex from the last match, and read "别用裁剪了 改成模糊" as a
 * fill only after some other message had matched it).
 */
describe('a message reads the same whatever was read before it', () => {
  const read = (say: string) => parseInstruction(say, { moments: 3, texts: 1 });
  for (const [name, set] of [['English', heldout43En], ['Chinese', heldout43Zh]] as const) {
    // Over a thousand readings: on a loaded machine (two CIs at once) it took more than mocha's 60 s (a guard, no measure).
    it(`held-out 43 ${name}, read forwards and backwards`, () => {
      const says = set.map(([say]) => say);
      const forwards = new Map(says.map((say) => [say, read(say)]));
      for (const say of [...says].reverse()) assert.deepEqual(read(say), forwards.get(say), say);
    }).timeout(300_000);
  }
  it('"别用裁剪了 改成模糊" alone, and after a text given its words', () => {
    const alone = read('别用裁剪了 改成模糊');
    read('add a title saying Open Day');
    assert.deepEqual(read('别用裁剪了 改成模糊'), alone);
    assert.deepEqual(alone, { ops: [{ op: 'set_fill', fill: 'blur' }], unknown: [] });
  });
});
