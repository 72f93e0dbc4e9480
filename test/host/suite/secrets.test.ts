import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { democlip, waitFor, workspaceUri } from '../kit';

describe('the token', () => {
  it('is kept in SecretStorage (democlip.token.local), never in settings or state', async () => {
    const api = await democlip();
    const { client } = await api.connection.ready();
    // What the client sends as its bearer token, and the extension's own context: both private, read here only
    // (product code has no test hooks for secrets; a test that reads another extension's secrets cannot exist).
    const token = (client as unknown as { token?: string }).token;
    assert.ok(token && token.length >= 16, 'the client holds a token');
    const context = (api.connection as unknown as { context: vscode.ExtensionContext }).context;
    const stored = await waitFor('the token in SecretStorage', () => context.secrets.get('democlip.token.local'), 10_000);
    assert.equal(stored, token);

    const config = vscode.workspace.getConfiguration('democlip');
    for (const key of ['backend', 'apiBaseUrl', 'outputFolder', 'ffmpegPath', 'language']) {
      assert.notEqual(config.get(key), token, `setting democlip.${key}`);
    }
    assert.equal(config.has('token'), false);
    const states = [context.globalState, context.workspaceState];
    const values = JSON.stringify(states.flatMap((state) => state.keys().map((key) => [key, state.get(key)])));
    assert.ok(!values.includes(token), 'a memento holds the token');
    const settingsFile = await readFile(workspaceUri('.vscode', 'settings.json').fsPath, 'utf8').catch(() => '');
    assert.ok(!settingsFile.includes(token), 'workspace settings hold the token');
  });
});
