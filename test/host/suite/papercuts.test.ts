import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { english, textIn } from '../../../src/extension/text';
import { ffprobe } from '../../helpers/ffprobe';
import { clickNotificationButton, democlip, engineDraft, footageTruth, lmFixture, onStandInCloud, sessionWithFootage, SLOW_MS, videoMs } from '../kit';

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
  onStandInCloud();

  it('"@democlip what can you do?" answers as help (with follow-ups)', async () => {
    const lm = await lmFixture();
    const result = await vscode.commands.executeCommand<{ metadata?: { route?: string } } | undefined>('workbench.action.chat.open', {
      query: '@democlip what can you do?', modelSelector: { vendor: lm.vendor, id: lm.modelId }, blockOnResponse: true,
    });
    assert.equal(result?.metadata?.route, 'help');
  });
});
