import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TrackType } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { askRunner, democlip, engineDraft, lmFixture, sessionWithClip, sessionWithFootage, SLOW_MS, videoMs, workspaceUri } from '../kit';

const TOOL = 'democlip_edit_timeline';

/** What `workbench.action.chat.open` returns with blockOnResponse: the participant's ChatResult, once it is complete. */
interface ChatOpenResult {
  metadata?: { route?: string; edited?: boolean; asked?: boolean; lang?: string };
  errorDetails?: { message: string };
}

/** Types a request into the real Chat view, with the test model selected, and waits for @democlip's answer. */
async function askInChatView(query: string): Promise<ChatOpenResult> {
  const lm = await lmFixture();
  const result = await vscode.commands.executeCommand<ChatOpenResult | undefined>('workbench.action.chat.open', {
    query, modelSelector: { vendor: lm.vendor, id: lm.modelId }, blockOnResponse: true,
  });
  assert.ok(result, `the Chat view returned no result for "${query}"`);
  assert.equal(result.errorDetails, undefined, `the chat request failed: ${result.errorDetails?.message}`);
  return result;
}

describe('@democlip through the real Chat view, with a test model', function () {
  this.timeout(SLOW_MS);

  before(async () => {
    const lm = await lmFixture();
    const models = await vscode.lm.selectChatModels({ vendor: lm.vendor, id: lm.modelId });
    assert.equal(models.length, 1, 'the test model is registered');
  });

  it("turns the model's democlip_edit_timeline call into engine operations", async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    lm.answerNext({
      text: 'Sure.',
      toolCall: {
        name: TOOL,
        input: { ops: [
          { op: 'compile_best_moments', target_ms: 8000 },
          { op: 'set_aspect', aspect: '1:1' },
          { op: 'add_text', text: 'Hostflow', style: 'title', anchor: 'start', duration_ms: 2000 },
        ] },
      },
    });
    const seen = lm.requests.length;
    // Words the engine's own parser does not understand: only the model's tool call can produce these edits.
    const result = await askInChatView('@democlip give it the hostflow treatment');

    assert.equal(lm.requests.length, seen + 1, 'the participant asked the selected model once');
    const request = lm.requests[seen];
    assert.deepEqual(request.tools, [TOOL], 'the model was offered the edit tool');
    assert.match(request.text, /give it the hostflow treatment/);
    assert.deepEqual(result.metadata, { route: 'chat', edited: true, lang: 'en' });

    const draft = await engineDraft(api);
    assert.ok(Math.abs(videoMs(draft) - 8000) <= 1000, `video segments last ${videoMs(draft)} ms, asked 8000`);
    assert.equal(draft?.m?.width, draft?.m?.height, `1:1 canvas, got ${draft?.m?.width}x${draft?.m?.height}`);
    const texts = (draft?.t ?? []).filter((t) => t.tt === TrackType.text).flatMap((t) => t.sg).map((s) => s.m?.text);
    assert.deepEqual(texts, ['Hostflow']);
  });

  it("falls back to the engine's own parser when the model makes no tool call", async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    lm.answerNext({ text: 'No tools for this one.' });
    const seen = lm.requests.length;
    const result = await askInChatView('@democlip trim the best moments and compile them into a 6-second demo clip');

    assert.equal(lm.requests.length, seen + 1, 'the model was asked first');
    assert.deepEqual(result.metadata, { route: 'chat', edited: true, lang: 'en' });
    const draft = await engineDraft(api);
    const video = draft?.t.find((t) => t.tt === TrackType.video);
    assert.ok(video && video.sg.length > 0, 'the draft has video segments');
    assert.ok(Math.abs(videoMs(draft) - 6000) <= 1000, `video segments last ${videoMs(draft)} ms, asked 6000`);
    assert.equal(draft?.m?.width, 1920, 'a new session keeps the 16:9 canvas');
  });

  it('reports no edit when neither the model nor the engine can act on the request, and the draft stays', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    const before = await engineDraft(api);
    lm.answerNext({ text: 'I would rather not.' });
    const result = await askInChatView('@democlip make me a sandwich');
    // Not an edit: no Export / Open timeline buttons, no "edited" follow-ups, no refresh of the panel.
    assert.deepEqual(result.metadata, { route: 'chat', edited: false, lang: 'en' });
    assert.deepEqual(await engineDraft(api), before);
  });

  it('a reading the engine is unsure of is asked about, with the yes as the follow-up; the yes makes it', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    const before = await engineDraft(api);
    lm.answerNext({ text: 'No tools for this one.' });
    const asked = await askInChatView('@democlip Add music!! the default one is perfect, at 50% please!!');
    assert.deepEqual(asked.metadata, { route: 'chat', edited: false, asked: true, lang: 'en' });
    assert.deepEqual(await engineDraft(api), before, 'nothing changed before the yes');
    const seen = lm.requests.length;
    const yes = await askInChatView('@democlip yes');
    assert.equal(lm.requests.length, seen, 'the yes went to the engine, not to the model');
    assert.equal((yes.metadata as { edited?: boolean } | undefined)?.edited, true);
    assert.equal((await engineDraft(api))?.t.find((t) => t.tt === TrackType.audio)?.sg[0]?.m?.volume, 0.35);
  });

  it('an edit and a file asked in one message: the edit is made, then the file is rendered into the workspace', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithClip(api);
    const folder = workspaceUri('demo-clips').fsPath;
    const before = new Set(await readdir(folder).catch(() => []));
    lm.answerNext({ text: 'No tools for this one.' });
    const result = await askInChatView('@democlip mute the original audio, then export it as a gif');

    assert.deepEqual(result.metadata, { route: 'chat', edited: true, lang: 'en' });
    assert.equal((await engineDraft(api))?.m?.sourceVolume, 0, 'the original audio was muted');
    const made = (await readdir(folder)).filter((name) => !before.has(name));
    assert.deepEqual(made.map((name) => path.extname(name)), ['.gif'], `new files: ${made.join(', ')}`);
    const gif = await ffprobe(path.join(folder, made[0]));
    assert.match(gif.formatName, /gif/);
    assert.equal(Math.min(gif.video?.width ?? 0, gif.video?.height ?? 0), 540, 'a GIF is 540p unless a size is asked');
  });

  it('a model that refuses (LanguageModelError Blocked) is named as the reason, and the engine\'s parser still makes the edit', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    lm.answerNext({ error: 'Blocked' }, 'best moments into 6 seconds');
    const result = await askInChatView('@democlip trim the best moments into 6 seconds');
    assert.equal((result.metadata as { edited?: boolean } | undefined)?.edited, true);
    assert.ok(Math.abs(videoMs(await engineDraft(api)) - 6000) <= 1000);
    // The reply's first words sit in the folded "Completed N steps" part: unfolded, they are read.
    const unfold = await askRunner({ action: 'webviewClick', selector: '.interactive-session .interactive-response >> nth=-1 >> text=/Completed \\d+ steps?/' });
    assert.ok(unfold.ok, unfold.detail);
    const reply = await askRunner({ action: 'webviewText', selector: '.interactive-session .interactive-response >> nth=-1', contains: 'The chat model was not used' });
    assert.ok(reply.ok, reply.detail);
    assert.match(reply.detail ?? '', /blocked the request \(a quota or rate limit\)/);
  });

  it('a Chinese message in an English VS Code gets a Chinese reply end to end: the engine\'s words and the extension\'s own buttons', async () => {
    const api = await democlip();
    const lm = await lmFixture();
    await sessionWithFootage(api);
    lm.answerNext({ text: 'No tools for this one.' });
    const result = await askInChatView('@democlip 剪辑精彩片段成6秒');
    assert.deepEqual(result.metadata, { route: 'chat', edited: true, lang: 'zh' });
    assert.ok(Math.abs(videoMs(await engineDraft(api)) - 6000) <= 1000);
    // The last reply as the Chat view shows it, its buttons included.
    const reply = await askRunner({ action: 'webviewText', selector: '.interactive-session .interactive-response >> nth=-1', contains: '打开时间线' });
    assert.ok(reply.ok, reply.detail);
    assert.match(reply.detail ?? '', /精彩片段/);
    assert.match(reply.detail ?? '', /导出/);
    // What VS Code itself draws around the reply stays in its display language (English here): the participant's
    // name, "Completed 2 steps in 1s", the time. Every line of ours is Chinese.
    const ours = (reply.detail ?? '').split('\n').map((line) => line.trim())
      .filter((line) => line && line !== 'Demo Clip Maker' && !/^Completed \d+ steps?( in |$)/.test(line) && !/^\d+:\d+( [AP]M)?$|^\d+s$/.test(line));
    assert.ok(ours.length >= 3, reply.detail);
    assert.deepEqual(ours.filter((line) => !/[\u3400-\u9fff]/.test(line) || /[A-Za-z]{3,} [A-Za-z]{3,}/.test(line)), [], reply.detail);
  });
});
