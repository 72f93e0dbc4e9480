import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { democlip, EXTENSION_ID, SLOW_MS } from '../kit';

const COMMANDS = ['democlip.openPanel', 'democlip.upload', 'democlip.export', 'democlip.showCredits', 'democlip.showStatus', 'democlip.newSession'];

describe('activation', () => {
  it('is installed, activates, and returns its API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the host's extensions`);
    const api = await democlip();
    assert.equal(extension.isActive, true);
    assert.ok(api.connection && api.status && typeof api.panel === 'function', 'activate() returns { connection, status, panel }');
  });

  it('registers every command it contributes', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(COMMANDS.filter((c) => !commands.has(c)), [], 'commands missing');
  });

  it('shows "local" in the status bar once it has talked to the local engine (connecting only when asked)', async function () {
    this.timeout(SLOW_MS);
    const api = await democlip();
    assert.equal(api.connection.backend, 'local', 'the default backend is the local engine');
    const credits = await api.status.refresh({ connect: true });
    assert.ok(credits, `refresh failed; the item says ${api.status.item.text} (${String(api.status.item.tooltip)})`);
    assert.equal(credits.unlimited, true);
    assert.match(api.status.item.text, /\blocal\b/);
    assert.equal(api.status.item.command, 'democlip.showCredits');
    assert.equal(await vscode.commands.executeCommand('democlip.showCredits').then((c) => (c as typeof credits).unlimited), true);
  });
});
