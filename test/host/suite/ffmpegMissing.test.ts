import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ffmpegInstallHint } from '../../../src/engine/tools/ffmpegInstall';
import { askRunner, democlip, recordPanel, SLOW_MS, waitFor } from '../kit';

const config = () => vscode.workspace.getConfiguration('democlip');
const STACK_FRAME = /\bat .+:\d+:\d+/;

describe('the local engine without a usable ffmpeg', function () {
  this.timeout(SLOW_MS);

  afterEach(async () => {
    await config().update('ffmpegPath', undefined, vscode.ConfigurationTarget.Global);
    await config().update('backend', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('does not start, says how to install ffmpeg, and offers the setting and the cloud', async () => {
    const api = await democlip();
    const missing = path.join(tmpdir(), 'no-such-folder', 'ffmpeg');
    await config().update('ffmpegPath', missing, vscode.ConfigurationTarget.Global);
    const command = (await ffmpegInstallHint()).command.en;

    // The connection: an error written for users, with this machine's install command.
    const error = await waitFor('the connection to fail', () => api.connection.ready().then(() => undefined, (e: Error) => e), 30_000);
    assert.equal(error.name, 'FfmpegUnavailableError', error.stack);
    assert.ok(error.message.startsWith(`The local engine needs ffmpeg, and ${missing} was not found or cannot be run.`), error.message);
    assert.ok(error.message.includes(command), `no "${command}" in: ${error.message}`);

    // The panel shows the same message.
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    const sent = recordPanel(panel);
    await panel.refresh(); // what opening it did, now with the test listening
    const shown = await waitFor('an error in the panel', () => sent.messages.find((m) => m.type === 'error'), 30_000);
    sent.dispose();
    assert.deepEqual(shown, { type: 'error', message: error.message });

    // The notification, read in the workbench by the runner: the message and both buttons, no stack trace. The
    // smoke test driver (which the runner needs) keeps notifications out of toasts: they are read in the list.
    await vscode.commands.executeCommand('notifications.showList');
    const toast = await askRunner({ action: 'webviewText', selector: '.notifications-center', contains: 'Use the Cloud Backend' });
    assert.ok(toast.ok, `the notification says: ${JSON.stringify(toast.detail)}`);
    assert.ok(toast.detail?.includes(command), `no "${command}" in the notification: ${toast.detail}`);
    assert.match(toast.detail ?? '', /Set ffmpeg Path…/);
    assert.doesNotMatch(toast.detail ?? '', STACK_FRAME);

    // "Use the Cloud Backend" switches the backend.
    const clicked = await askRunner({ action: 'webviewClick', selector: '.notifications-center .monaco-button:has-text("Use the Cloud Backend")' });
    assert.ok(clicked.ok, `the runner could not click the button: ${clicked.detail}`);
    await waitFor('the backend to become nemo', () => api.connection.backend === 'nemo', 10_000);
  });
});
