import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import type { ToWebview } from '../../../src/webview/messages';
import { ffprobe } from '../../helpers/ffprobe';
import { askRunner, democlip, engineDraft, recordPanel, sessionWithClip, SLOW_MS, waitFor, workspaceUri } from '../kit';

type StateMessage = Extract<ToWebview, { type: 'state' }>;

const clipsIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mp4'));

describe('the Demo Clip panel', function () {
  this.timeout(SLOW_MS * 2);

  it("opens, and sends the webview the engine's draft", async () => {
    const api = await democlip();
    await sessionWithClip(api, [
      { op: 'compile_best_moments', target_ms: 6000 },
      { op: 'add_text', text: 'Panel test', anchor: 'start', duration_ms: 2000, style: 'title' },
    ]);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    assert.equal(panel.panel.visible, true);
    const draft = await engineDraft(api);
    const sent = recordPanel(panel);
    await panel.refresh(); // what opening it did, now with the test listening
    const state = await waitFor('a state message with the draft', () =>
      sent.messages.filter((m): m is StateMessage => m.type === 'state').find((m) => isDeepStrictEqual(m.draft, draft)), 30_000);
    sent.dispose();
    assert.equal(state.backend, 'local');
    assert.deepEqual(state.media.map((m) => (m as { filename?: string }).filename), ['walkthrough.mp4']);
    assert.equal(state.credits?.unlimited, true);
    // And the webview drew it: its timeline lanes, read in the browser by the runner.
    const lanes = await askRunner({ action: 'webviewText', selector: '#lanes', contains: 'Panel test' });
    assert.ok(lanes.ok, `the webview's timeline shows: ${JSON.stringify(lanes.detail)}`);
    assert.match(lanes.detail ?? '', /#1 walkthrough\.mp4/);
  });

  it('plays the preview in the webview, from the address asExternalUri gives the engine', async () => {
    const api = await democlip();
    await sessionWithClip(api);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    const { client } = await api.connection.ready();
    const external = await vscode.env.asExternalUri(vscode.Uri.parse(`${client.baseUrl}/`));
    const sent = recordPanel(panel);
    void panel.refresh();
    const state = await waitFor('a state message with a preview', () => sent.messages.find((m): m is StateMessage => m.type === 'state' && m.previewUrl !== null), SLOW_MS);
    sent.dispose();
    assert.equal(new URL(state.previewUrl as string).origin, new URL(external.toString(true)).origin);
    const played = await askRunner({ action: 'videoPlays', selector: '#preview' });
    assert.ok(played.ok, `the preview did not play: ${played.detail}`);
  });

  it("exports from the webview's own Export button (720p chosen in its select)", async () => {
    const api = await democlip();
    await sessionWithClip(api); // the webview enables Export once the draft has a clip
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    const folder = workspaceUri('demo-clips').fsPath;
    const before = await clipsIn(folder);
    const sent = recordPanel(panel);
    // The runner clicks in the webview (Playwright, in the real browser): the script posts {type:'export'} and the
    // panel's receive path runs the export, telling the webview busy, then idle.
    const clicked = await askRunner({ action: 'webviewClick', selector: '#export', select: { selector: '#resolution', value: '720p' } });
    assert.ok(clicked.ok, `the runner could not click Export: ${clicked.detail}`);
    const busy = await waitFor('a busy message', () => sent.messages.find((m) => m.type === 'busy'), 30_000);
    assert.deepEqual(busy, { type: 'busy', message: 'Exporting 720p MP4…', percent: null });
    const end = await waitFor('idle or error after the export', () => sent.messages.find((m) => m.type === 'idle' || m.type === 'error'), SLOW_MS);
    sent.dispose();
    assert.deepEqual(end, { type: 'idle' });
    const added = (await clipsIn(folder)).filter((f) => !before.includes(f));
    assert.equal(added.length, 1, `new clips: ${added.join(', ')}`);
    const probed = await ffprobe(path.join(folder, added[0]));
    assert.deepEqual(probed.video && [probed.video.codec, probed.video.width, probed.video.height], ['h264', 1280, 720]);
  });
});
