import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { request } from 'undici';
import * as vscode from 'vscode';
import { findEngine } from '../../../src/engine';
import { democlip, EXTENSION_ID, SLOW_MS, waitFor } from '../kit';

const answers = (url: string) => request(`${url}/api/credits/balance/simple`).then((r) => r.body.dump().then(() => r.statusCode), () => 0);

// Named to run last (the suite runs files in name order): it lets go of the engine that the other suites use.
describe('deactivate', () => {
  it('lets go of the shared engine without stopping it: other windows and running exports keep it', async function () {
    this.timeout(SLOW_MS);
    const api = await democlip();
    const { client } = await api.connection.ready();
    const url = client.baseUrl;
    assert.equal(await answers(url), 401, 'the engine answers (no token: 401) before deactivation');
    const extension = vscode.extensions.getExtension(EXTENSION_ID) as vscode.Extension<unknown>;
    // The same module instance VS Code loaded: its deactivate() is what VS Code calls on shutdown.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import() would load a second instance
    const main = require(path.join(extension.extensionPath, 'dist', 'extension.js')) as { deactivate(): void };
    main.deactivate();
    assert.equal(await answers(url), 401, 'still serving after this window let go');
    assert.equal(api.connection.ifConnected, undefined);
    // It would stop by itself 10 minutes after its last client; the test run ends it now (as the OS user can).
    const engine = await findEngine(api.connection.storeDir);
    assert.equal(engine?.url, url);
    process.kill((engine as { pid: number }).pid, 'SIGTERM');
    await waitFor('the engine to stop', async () => (await answers(url)) === 0, 30_000);
    assert.equal(await findEngine(api.connection.storeDir), undefined, 'it released the store');
  });
});
