import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { english, textIn } from '../../../src/extension/text';
import { EDIT_TOOL_NAME, editToolInputSchema } from '../../../src/protocol';
import { askRunner, democlip, engineDraft, lastChatReply, lmFixture, sessionWithClip, sessionWithFootage, SLOW_MS, videoMs, waitFor } from '../kit';

/** The host and unit tests read the English words. */
const TEXT = textIn(english);

interface ChatOpenResult {
  metadata?: { route?: string; edited?: boolean };
  errorDetails?: { message: string };
}

/** Types a request into the real Chat view with the test model selected; resolves with @democlip's result once complete. */
function askInChatView(query: string): Thenable<ChatOpenResult | undefined> {
  return lmFixture().then((lm) => vscode.commands.executeCommand<ChatOpenResult | undefined>('workbench.action.chat.open', {
    query, modelSelector: { vendor: lm.vendor, id: lm.modelId }, blockOnResponse: true,
  }));
}

describe('lmtool: the edit tool, and asking before a draft is dropped', function () {
  this.timeout(SLOW_MS);

  it('lmtool: the contributed tool is registered, offered to the model by @democlip, and its call edits the timeline', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    const registered = vscode.lm.tools.find((tool) => tool.name === EDIT_TOOL_NAME);
    assert.ok(registered, 'vscode.lm.tools lists the edit tool (registered with lm.registerTool)');
    assert.deepEqual(registered.inputSchema, editToolInputSchema());

    lm.answerNext({ toolCall: { name: EDIT_TOOL_NAME, input: { ops: [{ op: 'compile_best_moments', target_ms: 5000 }, { op: 'set_aspect', aspect: '9:16' }] } } }, 'portrait teaser treatment');
    const seen = lm.requests.length;
    const result = await askInChatView('@democlip give it the portrait teaser treatment');
    assert.deepEqual(lm.requests[seen]?.tools, [EDIT_TOOL_NAME]);
    assert.deepEqual(lm.requests[seen]?.schemas, [editToolInputSchema()], 'the model sees the contributed schema');
    assert.deepEqual([result?.metadata?.route, result?.metadata?.edited], ['chat', true]);
    const draft = await engineDraft(api);
    assert.ok(Math.abs(videoMs(draft) - 5000) <= 1000, `video segments last ${videoMs(draft)} ms, asked 5000`);
    assert.deepEqual([draft?.m?.width, draft?.m?.height], [1080, 1920]);
  });

  it('lmtool: /new on a timeline with a clip asks in the chat first; only its Start New Session button drops the timeline', async () => {
    const api = await democlip();
    const clip = await sessionWithClip(api);
    const { sessionId } = await api.connection.ready();
    await askInChatView('@democlip /new');
    await lastChatReply('Start a new session? The current timeline');
    assert.equal((await api.connection.ready()).sessionId, sessionId, 'asking started no session');
    assert.deepEqual(await engineDraft(api), clip, 'the timeline is as it was');

    const clicked = await askRunner({ action: 'webviewClick', selector: `.interactive-item-container.interactive-response >> nth=-1 >> .monaco-button:has-text(${JSON.stringify(TEXT.startNewSession)})` });
    assert.ok(clicked.ok, `no "${TEXT.startNewSession}" button under the answer: ${clicked.detail}`);
    await waitFor('the new session', async () => (await api.connection.ready()).sessionId !== sessionId, 60_000);
    assert.equal(videoMs(await engineDraft(api)), 0, 'a new, empty session');
  });
});
