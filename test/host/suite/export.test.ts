import * as assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ffprobe } from '../../helpers/ffprobe';
import { democlip, sessionWithClip, SLOW_MS, videoMs, workspaceUri } from '../kit';

describe('democlip.export', function () {
  this.timeout(SLOW_MS * 2);

  it('renders the draft at 720p and saves an H.264 MP4 in <workspace>/demo-clips/', async () => {
    const api = await democlip();
    // The draft, through the engine's chat endpoint directly: this test is about the export.
    const draft = await sessionWithClip(api);
    const expectedSec = videoMs(draft) / 1000;
    assert.ok(expectedSec > 4, `the draft lasts ${expectedSec} s`);

    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; bytes: number } | undefined>('democlip.export', { resolution: '720p', format: 'mp4' });
    assert.ok(result, 'the export command returned nothing: it failed (its error went to a notification)');
    assert.equal(path.dirname(result.uri.fsPath), workspaceUri('demo-clips').fsPath);
    assert.match(path.basename(result.uri.fsPath), /^demo-clip-[\d-]+\.mp4$/);
    const { size } = await stat(result.uri.fsPath);
    assert.equal(size, result.bytes);
    assert.ok(size > 20_000, `${size} bytes`);

    const probed = await ffprobe(result.uri.fsPath);
    assert.match(probed.formatName, /mp4/);
    assert.deepEqual(probed.video && [probed.video.codec, probed.video.width, probed.video.height], ['h264', 1280, 720]);
    assert.ok(Math.abs(probed.durationSec - expectedSec) <= 0.5, `${probed.durationSec} s, the draft ${expectedSec} s`);
  });
});
