import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { request } from 'undici';
import * as vscode from 'vscode';
import { democlip, EXTENSION_ID, SLOW_MS } from '../kit';

// Named to run last (the suite runs files in name order): it stops the engine that the other suites use.
describe('deactivate', () => {
  it('stops the local engine: its port no longer answers', async function () {
    this.timeout(SLOW_MS);
    const api = await democlip();
    const { client } = await api.connection.ready();
    const url = client.baseUrl;
    const before = await request(`${url}/api/credits/balance/simple`).then((r) => r.body.dump().then(() => r.statusCode));
    assert.equal(before, 401, 'the engine answers (no token: 401) before deactivation');
    const extension = vscode.extensions.getExtension(EXTENSION_ID) as vscode.Extension<unknown>;
    // The same module instance VS Code loaded: its deactivate() is what VS Code calls on shutdown.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import() would load a second instance
    const main = require(path.join(extension.extensionPath, 'dist', 'extension.js')) as { deactivate(): Promise<void> };
    await main.deactivate();
    await assert.rejects(request(`${url}/api/credits/balance/simple`), /ECONNREFUSED|other side closed|connect/);
  });
});
