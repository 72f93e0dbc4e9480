import * as assert from 'node:assert/strict';
import { runTool } from '../../../src/engine/tools/runTool';

describe('runTool', () => {
  // `nice` without arguments prints its own niceness, inherited from the shell the priority was set on.
  const niceness = async (background: boolean) => Number((await runTool('sh', ['-c', 'sleep 0.3; nice'], { background })).stdout);

  it('runs background work at the lowest CPU priority', async () => {
    assert.equal(await niceness(true), 19);
  });

  it('runs other work at the priority of the engine', async () => {
    assert.equal(await niceness(false), Number((await runTool('nice', [])).stdout));
  });
});
