import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { english, textIn } from '../../../src/extension/text';
import { uploadFiles } from '../../../src/extension/uploadFiles';
import type { UploadResult } from '../../../src/protocol';
import type { ToWebview } from '../../../src/webview/messages';
import { ffprobe } from '../../helpers/ffprobe';
import { variant, VARIANT_NAMES, type Variant } from '../../helpers/variants';
import { askRunner, democlip, FOOTAGE, lmFixture, onStandInCloud, recordPanel, sessionWithClip, SLOW_MS, waitFor, workspaceUri } from '../kit';

/** The host tests run VS Code in English. */
const TEXT = textIn(english);

type StateMessage = Extract<ToWebview, { type: 'state' }>;

/** What `workbench.action.chat.open` returns with blockOnResponse: the participant's ChatResult. */
interface ChatOpenResult {
  metadata?: { route?: string; edited?: boolean };
  errorDetails?: { message: string };
}

/** Sends a request through the real Chat view, with the test model selected, and waits for @democlip's answer. */
async function askInChat(query: string, attachFiles: vscode.Uri[] = []): Promise<ChatOpenResult> {
  const lm = await lmFixture();
  lm.answerNext({ text: 'No tools for this one.' }); // the engine's own parser reads the words
  const result = await vscode.commands.executeCommand<ChatOpenResult | undefined>('workbench.action.chat.open', {
    query, attachFiles, modelSelector: { vendor: lm.vendor, id: lm.modelId }, blockOnResponse: true,
  });
  assert.ok(result, `the Chat view returned no result for "${query}"`);
  assert.equal(result.errorDetails, undefined, `the chat request failed: ${result.errorDetails?.message}`);
  return result;
}

/** The text of the workbench's notification list, read after a marker notification of our own is in it. */
async function notificationsText(): Promise<string> {
  const marker = `host-test marker ${Date.now()}`;
  void vscode.window.showInformationMessage(marker);
  await vscode.commands.executeCommand('notifications.showList');
  const list = await askRunner({ action: 'webviewText', selector: '.notifications-center', contains: marker });
  assert.ok(list.ok, `the notification list: ${list.detail}`);
  await vscode.commands.executeCommand('notifications.hideList');
  return list.detail ?? '';
}

const filesIn = async (dir: string) => readdir(dir).catch(() => [] as string[]);

describe('recordings uploaded to the NemoVideo cloud (inputs, issue 12)', function () {
  this.timeout(SLOW_MS);
  const standIn = onStandInCloud();

  it('a Theora .ogv, which the cloud does not take, is converted to an H.264/AAC MP4 here and that is uploaded', async () => {
    const api = await democlip();
    const uri = workspaceUri('recording.ogv');
    const result = await vscode.commands.executeCommand<UploadResult | undefined>('democlip.upload', uri, [uri]);
    assert.ok(result, 'the command returned nothing: it failed (its error went to a notification)');
    const [file] = result.files;
    assert.deepEqual([file.filename, file.file_type, file.width, file.height], ['recording.mp4', 'video', 320, 240]);
    assert.ok(Math.abs((file.duration ?? 0) - 6) <= 1, `duration ${file.duration} s, recorded 6 s`);
    // What reached the cloud is the converted copy, not the Theora file.
    const stored = (await filesIn(path.join(standIn.cloud.storeDir, 'media'))).filter((f) => f.endsWith('.mp4'));
    const probes = await Promise.all(stored.map((f) => ffprobe(path.join(standIn.cloud.storeDir, 'media', f))));
    assert.ok(probes.some((p) => p.video?.codec === 'h264' && p.audio?.codec === 'aac' && Math.abs(p.durationSec - 6) <= 1),
      JSON.stringify(probes.map((p) => [p.video?.codec, p.audio?.codec, p.durationSec])));
    // The user's file is remembered for "Upload Again", not the temporary copy.
    const { sessionId } = await api.connection.ready();
    assert.ok(api.history.of(sessionId).some((known) => known.path === uri.fsPath), 'the .ogv is in the upload history');
  });

  it('a cut-off .m4v that cannot be converted is refused with the reason before any byte is sent', async () => {
    const api = await democlip();
    const { client, sessionId } = await api.connection.ready();
    const media = path.join(standIn.cloud.storeDir, 'media');
    const before = { files: await filesIn(media), listed: (await client.state(sessionId)).state.video_infos.length };
    await assert.rejects(uploadFiles(api.connection, api.history, [workspaceUri('cut-off.m4v')]),
      /"cut-off\.m4v" could not be read, so it cannot be converted for the cloud/);
    assert.deepEqual(await filesIn(media), before.files, 'nothing reached the cloud');
    assert.equal((await client.state(sessionId)).state.video_infos.length, before.listed);
  });

  it('the panel says the cloud has no preview and offers Export, instead of waiting for a preview', async () => {
    const api = await democlip();
    await sessionWithClip(api);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    const sent = recordPanel(panel);
    await panel.refresh();
    const state = await waitFor('a state message', () => sent.messages.find((m): m is StateMessage => m.type === 'state'), 30_000);
    sent.dispose();
    assert.deepEqual([state.backend, state.previewUrl, state.previewNote], ['nemo', null, TEXT.cloudHasNoPreview]);
    const note = await askRunner({ action: 'webviewText', selector: '#preview-note', contains: TEXT.cloudHasNoPreview });
    assert.ok(note.ok, `the webview's preview note: ${note.detail}`);
  });
});

describe('answers in the chat, not in notifications or modals (inputs, issue 18 item 5)', function () {
  this.timeout(SLOW_MS);

  it('@democlip /upload with an attached file uploads it, and no "Uploaded … Open Chat" notification appears', async () => {
    const api = await democlip();
    const { sessionId } = await api.connection.newSession();
    await vscode.commands.executeCommand('notifications.clearAll');
    const result = await askInChat('@democlip /upload', [workspaceUri(FOOTAGE)]);
    assert.equal(result.metadata?.route, 'upload');
    const { client } = await api.connection.ready();
    const media = (await client.state(sessionId)).state.video_infos as { filename?: string }[];
    assert.deepEqual(media.map((m) => m.filename), [FOOTAGE], 'the attached file was uploaded');
    const notifications = await notificationsText();
    assert.doesNotMatch(notifications, /Uploaded walkthrough\.mp4|Open Chat/);
  });

  it('Show Tracks answers in the chat: the command returns at once (a modal would wait for a click) and the chat lists the tracks', async () => {
    const api = await democlip();
    await sessionWithClip(api, [
      { op: 'compile_best_moments', target_ms: 6000 },
      { op: 'add_text', text: 'Tracks told in chat', anchor: 'start', duration_ms: 2000, style: 'title' },
    ]);
    const draft = await vscode.commands.executeCommand<{ t: unknown[] } | undefined>('democlip.showStatus');
    assert.ok(draft && draft.t.length > 0, 'the command returned the draft it showed');
    const chat = await askRunner({ action: 'webviewText', selector: '.interactive-session', contains: 'Text (1): "Tracks told in chat"' });
    assert.ok(chat.ok, `the Chat view: ${chat.detail}`);
  });
});

describe('analysis progress in the panel (inputs, issue 12)', function () {
  this.timeout(SLOW_MS);

  it('asking for the best moments of footage not read before shows "Analysing voices.mkv: M:SS of 0:06" in the panel, then idle', async () => {
    const api = await democlip();
    const { client, sessionId } = await api.connection.newSession();
    await client.upload(sessionId, [workspaceUri('voices.mkv').fsPath]);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    const sent = recordPanel(panel);
    const result = await askInChat('@democlip trim the best moments and compile them into a 4-second demo clip');
    sent.dispose();
    assert.equal(result.metadata?.edited, true);
    const busy = sent.messages.flatMap((m) => (m.type === 'busy' ? [m] : []));
    const analysing = busy.filter((m) => /^Analysing voices\.mkv: 0:0\d of 0:06$/.test(m.message));
    assert.ok(analysing.length > 0, `busy messages: ${JSON.stringify(busy)}`);
    assert.ok(analysing.every((m) => typeof m.percent === 'number' && m.percent >= 0 && m.percent <= 100), JSON.stringify(analysing));
    const last = sent.messages.indexOf(analysing[analysing.length - 1]);
    assert.ok(sent.messages.slice(last + 1).some((m) => m.type === 'idle'), 'the panel is told when the analysis is over');
  });
});

describe('every recording users bring, uploaded through the Explorer command (inputs, issue 12)', function () {
  this.timeout(SLOW_MS);
  const inWorkspace = (source: Variant) => workspaceUri('recordings', path.basename(source.path));

  it('the footage and stills, all selected at once: each read as what it is, with its length and its size as displayed', async () => {
    const api = await democlip();
    await api.connection.newSession();
    const readable = (await Promise.all(VARIANT_NAMES.map(variant))).filter((source) => source.kind !== 'refused');
    const uris = readable.map(inWorkspace);
    const result = await vscode.commands.executeCommand<UploadResult | undefined>('democlip.upload', uris[0], uris);
    assert.ok(result, 'the command returned nothing: it failed (its error went to a notification)');
    assert.equal(result.files.length, readable.length);
    readable.forEach((source, i) => {
      const file = result.files[i];
      assert.equal(file.filename, path.basename(source.path), source.name);
      assert.equal(file.file_type, source.kind, source.name);
      assert.deepEqual([file.width, file.height], [source.width, source.height], `${source.name}: size as displayed`);
      if (source.kind === 'video') assert.ok(Math.abs((file.duration ?? 0) - source.seconds) <= 1, `${source.name}: read as ${file.duration} s, holds ${source.seconds} s`);
    });
  });

  it('the ones that hold no footage are refused one by one, each with its reason, and none is listed', async () => {
    const api = await democlip();
    const { client, sessionId } = await api.connection.newSession();
    const refused = (await Promise.all(VARIANT_NAMES.map(variant))).filter((source) => source.kind === 'refused');
    assert.ok(refused.length >= 3, refused.map((source) => source.name).join(', '));
    for (const source of refused) {
      await assert.rejects(uploadFiles(api.connection, api.history, [inWorkspace(source)]), (error: Error) => {
        assert.match(error.message, new RegExp(`"${path.basename(source.path).replace('.', '\\.')}" (is cut off|has neither pictures nor sound|is an animated WebP, which this ffmpeg cannot decode)`));
        return true;
      }, source.name);
    }
    assert.equal((await client.state(sessionId)).state.video_infos.length, 0);
  });
});
