import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { uploadFiles } from '../../../src/extension/uploadFiles';
import type { UploadResult } from '../../../src/protocol';
import { democlip, engineDraft, FOOTAGE, footageTruth, SLOW_MS, workspaceUri } from '../kit';

describe('democlip.upload', function () {
  this.timeout(SLOW_MS);

  it('uploads an MP4 of the workspace (as the Explorer passes it) and lists it, with its duration', async () => {
    const api = await democlip();
    const uri = workspaceUri(FOOTAGE);
    const result = await vscode.commands.executeCommand<UploadResult | undefined>('democlip.upload', uri, [uri]);
    assert.ok(result, 'the command returned nothing: it failed (its error went to a notification)');
    assert.deepEqual(result.files.map((f) => [f.filename, f.file_type]), [[FOOTAGE, 'video']]);
    const { durationSec } = await footageTruth();
    assert.ok(Math.abs((result.files[0].duration ?? 0) - durationSec) < 0.5, `duration ${result.files[0].duration} s, footage ${durationSec} s`);
    // The engine's session has it too: the one the extension keeps for this workspace.
    const { client, sessionId } = await api.connection.ready();
    const media = (await client.state(sessionId)).state.video_infos as { filename?: string }[];
    assert.ok(media.some((m) => m.filename === FOOTAGE), `session media: ${JSON.stringify(media.map((m) => m.filename))}`);
  });

  it('uploads a WebM written live (no duration in the file) through the Explorer command: footage of the right length', async () => {
    const api = await democlip();
    const uri = workspaceUri('screencast.webm');
    const result = await vscode.commands.executeCommand<UploadResult | undefined>('democlip.upload', uri, [uri]);
    assert.ok(result, 'the command returned nothing: it failed (its error went to a notification)');
    const [file] = result.files;
    assert.deepEqual([file.filename, file.file_type, file.width, file.height], ['screencast.webm', 'video', 320, 240]);
    assert.ok(Math.abs((file.duration ?? 0) - 6) <= 1, `duration ${file.duration} s, recorded 6 s`);
    const { client, sessionId } = await api.connection.ready();
    const media = (await client.state(sessionId)).state.video_infos as { filename?: string }[];
    assert.ok(media.some((m) => m.filename === 'screencast.webm'), JSON.stringify(media.map((m) => m.filename)));
  });

  it('refuses a .txt file, naming the accepted formats, before anything is sent', async () => {
    const api = await democlip();
    const txt = workspaceUri('notes.txt');
    const { client, sessionId } = await api.connection.ready();
    const before = (await client.state(sessionId)).state;
    // Through the command the error becomes a notification, and the command returns undefined.
    assert.equal(await vscode.commands.executeCommand('democlip.upload', txt, [txt]), undefined);
    // The message itself, from the function the command calls (a mixed selection is refused whole).
    await assert.rejects(uploadFiles(api.connection, api.history, [workspaceUri(FOOTAGE), txt]), (error: Error) => {
      assert.match(error.message, /notes\.txt: not a supported file type/);
      assert.match(error.message, /Accepted formats: .*mp4.*mov.*webm.*png.*mp3/);
      return true;
    });
    const after = (await client.state(sessionId)).state;
    assert.equal(after.video_infos.length, before.video_infos.length, 'nothing was uploaded');
    assert.deepEqual(await engineDraft(api), before.draft);
  });
});
