import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findEngine } from '../../../src/engine';
import { democlip } from '../kit';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Named to run first (the suite runs files in name order): this window has not used Demo Clip yet.
describe('a window that never used Demo Clip', () => {
  it('has no engine, no engine process, no session, and a status bar refresh starts none', async function () {
    this.timeout(30_000);
    const api = await democlip();
    await sleep(3000); // activation's own work (a pending export to resume, if any) has had time to start
    assert.equal(api.connection.ifConnected, undefined, 'no connection, so no session');
    assert.equal(await api.status.refresh(), undefined, 'the status bar has nothing to show and asks nobody');
    await sleep(1000);
    assert.equal(api.connection.ifConnected, undefined);
    assert.equal(await findEngine(api.connection.storeDir), undefined, 'no engine serves the store');
    const owners = await readdir(join(api.connection.storeDir, 'owner')).catch(() => []);
    assert.deepEqual(owners, [], 'no engine was ever started on the store');
  });
});
