import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ID = 'democlip.demo-clip-maker';

describe('extension in a real VS Code extension host', () => {
  it('is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(ID);
    assert.ok(extension, `${ID} is not among the host's extensions`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers democlip.openPanel, and running it resolves', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('democlip.openPanel'), 'democlip.openPanel is not registered');
    await vscode.commands.executeCommand('democlip.openPanel');
  });
});
