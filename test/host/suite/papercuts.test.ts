import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { english, textIn } from '../../../src/extension/text';
import { ffprobe } from '../../helpers/ffprobe';
import {
  clickNotificationButton, democlip, engineDraft, FOOTAGE, footageTruth, lmFixture, onStandInCloud, sessionWithClip, sessionWithFootage, SLOW_MS,
  videoMs, waitFor, workspaceUri,
} from '../kit';

/** The host tests run VS Code in English. */
const TEXT = textIn(english);

describe('papercuts a new user meets (issue 18)', function () {
  this.timeout(SLOW_MS * 2);

  it('Export on an empty timeline offers to make the clip first, then exports it (footage under 60 s: all of it)', async () => {
    const api = await democlip();
    await sessionWithFootage(api);
    assert.equal(videoMs(await engineDraft(api)), 0, 'the timeline starts empty');
    const exporting = vscode.commands.executeCommand<{ uri: vscode.Uri } | undefined>('democlip.export', { resolution: '720p', format: 'mp4' });
    await clickNotificationButton(TEXT.makeClipAndExport);
    const result = await exporting;
    assert.ok(result, 'the export returned nothing');
    const { durationSec } = await footageTruth();
    const probed = await ffprobe(result.uri.fsPath);
    assert.ok(Math.abs(probed.durationSec - durationSec) <= 1, `clip ${probed.durationSec} s, footage ${durationSec} s`);
  });
});

describe('papercuts on the cloud backend (a NemoVideo-compatible engine with faults)', function () {
  this.timeout(SLOW_MS * 2);
  const standIn = onStandInCloud();
  const config = () => vscode.workspace.getConfiguration('democlip');
  const onBackend = async (backend: 'local' | 'nemo') => {
    const api = await democlip();
    await config().update('backend', backend, vscode.ConfigurationTarget.Global);
    await waitFor(`the ${backend} backend`, () => api.connection.backend === backend, 10_000);
    return api;
  };

  it('1002: says the cloud session expired and what was lost, and uploads the known footage again on request', async () => {
    const api = await democlip();
    const uri = workspaceUri(FOOTAGE);
    assert.ok(await vscode.commands.executeCommand('democlip.upload', uri, [uri]), 'uploaded to the cloud');
    const { sessionId: lost } = await api.connection.ready();
    standIn.cloud.faults.add({ route: 'state', fault: 'session-not-found' });
    const reading = api.connection.inSession(({ client, sessionId }) => client.state(sessionId));
    await clickNotificationButton(TEXT.uploadAgain);
    await reading;
    const { client, sessionId } = await api.connection.ready();
    assert.notEqual(sessionId, lost, 'a new session');
    await waitFor('the footage in the new session', async () =>
      ((await client.state(sessionId)).state.video_infos as { filename?: string }[]).some((m) => m.filename === FOOTAGE), 60_000);
  });

  it('402 on export offers Use the Local Engine, which switches and exports there', async () => {
    // A clip on each backend: the local one is what the export, switched, saves.
    await sessionWithClip(await onBackend('local'));
    const api = await onBackend('nemo');
    await sessionWithClip(api);
    standIn.cloud.faults.add({ route: 'render', fault: 'export-blocked' });
    const exporting = vscode.commands.executeCommand<{ uri: vscode.Uri } | undefined>('democlip.export', { resolution: '720p', format: 'mp4' });
    await clickNotificationButton(TEXT.useLocalEngine);
    const result = await exporting;
    assert.equal(api.connection.backend, 'local', 'switched to the local engine');
    assert.ok(result, 'the export, retried on the local engine, saved a file');
    assert.equal((await ffprobe(result.uri.fsPath)).video?.height, 720);
    await onBackend('nemo');
  });

  it('"@democlip what can you do?" answers as help (with follow-ups)', async () => {
    const lm = await lmFixture();
    const result = await vscode.commands.executeCommand<{ metadata?: { route?: string } } | undefined>('workbench.action.chat.open', {
      query: '@democlip what can you do?', modelSelector: { vendor: lm.vendor, id: lm.modelId }, blockOnResponse: true,
    });
    assert.equal(result?.metadata?.route, 'help');
  });
});
