import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { TrackType, type Draft } from '../../../src/protocol';
import type { ToWebview } from '../../../src/webview/messages';
import { askRunner, democlip, engineDraft, recordPanel, sessionWithClip, SLOW_MS, waitFor } from '../kit';

type StateMessage = Extract<ToWebview, { type: 'state' }>;

/** Each moment as [where it starts in the source, how long it plays], ms. */
const moments = (draft: Draft | null | undefined) =>
  (draft?.t ?? []).filter((t) => t.tt === TrackType.video).flatMap((t) => t.sg).map((s) => [s.in ?? 0, s.d ?? 0]);

describe('the timeline editor in the panel (editor)', function () {
  this.timeout(SLOW_MS * 3);

  it('trims by dragging an edge, deletes with Delete, undoes with Ctrl+Z: the engine draft follows, the preview reloads', async () => {
    const api = await democlip();
    // 12 s of footage with two stretches cut out: three moments of 3, 3 and 4 s.
    await sessionWithClip(api, [{ op: 'keep_everything' }, { op: 'cut_range', start_ms: 3000, end_ms: 4000 }, { op: 'cut_range', start_ms: 6000, end_ms: 7000 }]);
    const made = moments(await engineDraft(api));
    assert.deepEqual(made, [[0, 3000], [4000, 3000], [8000, 4000]]);
    await vscode.commands.executeCommand('democlip.openPanel');
    const panel = api.panel();
    assert.ok(panel, 'democlip.openPanel left no panel');
    await panel.refresh();
    const drawn = await askRunner({ action: 'webviewText', selector: '#lanes', contains: '#3 walkthrough.mp4' });
    assert.ok(drawn.ok, `the webview's timeline shows: ${drawn.detail}`);
    const sent = recordPanel(panel);
    try {
      // Drag the first moment's right edge 60 px to the left: its end moves earlier in its source, its start stays.
      const dragged = await askRunner({ action: 'webviewDrag', selector: '.segment[data-key="video:1"]', from: 1, dx: -60 });
      assert.ok(dragged.ok, `the runner could not drag: ${dragged.detail}`);
      const trimmed = await waitFor('the trimmed draft in the engine', async () => {
        const now = moments(await engineDraft(api));
        return now[0][1] < made[0][1] ? now : undefined;
      }, 60_000);
      assert.equal(trimmed[0][0], 0, 'the start of moment 1 stays');
      assert.ok(trimmed[0][1] >= 500, `moment 1 keeps at least half a second (${trimmed[0][1]} ms)`);
      assert.deepEqual(trimmed.slice(1), made.slice(1), 'the other moments are untouched');
      const said = await waitFor('what the engine said about the trim', () => sent.messages.find((m) => m.type === 'announce'), 30_000);
      assert.match((said as { message: string }).message, /Moment 1 now plays/);

      // Select moment 2 and press Delete.
      const deleted = await askRunner({ action: 'webviewKeys', selector: '.segment[data-key="video:2"]', keys: ['Delete'] });
      assert.ok(deleted.ok, `the runner could not press Delete: ${deleted.detail}`);
      const two = await waitFor('moment 2 removed in the engine', async () => {
        const now = moments(await engineDraft(api));
        return now.length === 2 ? now : undefined;
      }, 60_000);
      assert.deepEqual(two, [trimmed[0], trimmed[2]]);

      // Ctrl+Z: the engine's history brings moment 2 back, exactly as after the trim.
      const beforeUndo = sent.messages.length;
      const undone = await askRunner({ action: 'webviewKeys', selector: '.segment[data-key="video:1"]', keys: ['Control+z'] });
      assert.ok(undone.ok, `the runner could not press Ctrl+Z: ${undone.detail}`);
      const back = await waitFor('the delete undone in the engine', async () => {
        const now = moments(await engineDraft(api));
        return now.length === 3 ? now : undefined;
      }, 60_000);
      assert.deepEqual(back, trimmed);

      // The panel sent the webview a preview of the undone draft, and the webview plays that one (the trim's preview,
      // of the same draft, was sent before the undo: it is not the one looked for).
      const draft = await engineDraft(api);
      const reloaded = await waitFor('a preview of the undone draft', () =>
        sent.messages.slice(beforeUndo).find((m): m is StateMessage => m.type === 'state' && m.previewUrl !== null && isDeepStrictEqual(m.draft, draft)), SLOW_MS);
      const played = await askRunner({ action: 'videoPlays', selector: '#preview' });
      assert.ok(played.ok, `the preview did not play: ${played.detail}`);
      assert.ok(played.detail?.endsWith(` of ${reloaded.previewUrl}`), `the webview plays ${played.detail}, not the new preview ${reloaded.previewUrl}`);
    } finally {
      sent.dispose();
    }
  });
});
