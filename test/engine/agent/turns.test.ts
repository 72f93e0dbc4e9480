import * as assert from 'node:assert/strict';
import { CAPABILITIES, type ChatEvent, type Draft } from '../../../src/protocol';
import type { DemoClipClient } from '../../../src/client';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { footage, shortWalkthrough } from '../../helpers/footage';

/** Sends one message; returns the reply text, the tool calls and the last draft the stream carried. */
async function say(client: DemoClipClient, sessionId: string, text: string) {
  const events: ChatEvent[] = [];
  for await (const event of client.chat(sessionId, text)) events.push(event);
  const reply = events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('\n');
  const calls = events.flatMap((e) => (e.kind === 'toolCall' ? [e.name] : []));
  const results = events.flatMap((e) => (e.kind === 'toolResult' ? [e.name] : []));
  const drafts = events.flatMap((e) => (e.kind === 'draft' ? [e.draft] : []));
  const proposal = events.flatMap((e) => (e.kind === 'proposal' ? [e.ops] : [])).at(-1);
  return { reply, calls, results, draft: drafts.at(-1) as Draft | undefined, proposal };
}

/** A test engine with one session, the short walkthrough uploaded to it. */
async function walkthroughSession() {
  const fx = await startTestEngine();
  const { client, sessionId } = await fx.session();
  await client.upload(sessionId, [(await shortWalkthrough()).path]);
  return { fx, client, sessionId };
}

describe('edit agent turns through /run_sse', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  before(async () => {
    ({ fx, client, sessionId } = await walkthroughSession());
  });
  after(() => fx.close());

  it('applies several instructions in one message, each as a tool call with its result, and says what changed', async () => {
    await say(client, sessionId, 'trim the best moments into 6 seconds');
    const turn = await say(client, sessionId, "add title 'Urban Dreams' 0-3s, add lo-fi BGM at 35% and make it 9:16");
    assert.deepEqual(turn.calls, ['add_text', 'add_music', 'set_aspect']);
    assert.deepEqual(turn.results, ['add_text', 'add_music', 'set_aspect']);
    assert.match(turn.reply, /Added the title "Urban Dreams" from 0 s–3 s \(center\)/);
    assert.match(turn.reply, /Added lo-fi music at 35 %/);
    assert.match(turn.reply, /1080x1920, footage on a blurred background/);
    assert.match(turn.reply, /video: \d+ segments?, audio: 1 segment, text: 1 segment/);
    const { state } = await client.state(sessionId);
    assert.deepEqual(state.draft, turn.draft);
    assert.equal(state.draft?.m?.width, 1080);
  });

  it('says the timeline once when a message edits and asks for the file, and the size a GIF gets', async () => {
    const both = await say(client, sessionId, 'mute the original audio, then export it as a gif');
    assert.deepEqual(both.calls, ['set_source_volume', 'export']);
    assert.equal(both.reply.match(/video: \d+ segments?/g)?.length, 1, both.reply);
    assert.match(both.reply, /Export renders it as 540p GIF\./);
    const alone = await say(client, sessionId, 'export it as a webm');
    assert.match(alone.reply, /video: \d+ segments?.*Export renders it as WebM\./s, 'an export alone says what it renders');
    await say(client, sessionId, 'undo');
    const made = await say(client, sessionId, 'trim the best moments into 6 seconds and export it');
    assert.deepEqual(made.calls, ['analyze_footage', 'export']);
    assert.doesNotMatch(made.reply, /when you're happy/, 'the file is asked already: no hint how to ask for it');
    assert.match((await say(client, sessionId, 'trim the best moments into 5 seconds')).reply, /Say "export 1080p MP4" when you're happy\./);
    await say(client, sessionId, 'undo');
    await say(client, sessionId, 'undo');
  });

  it('undo and redo walk the history; start over empties the timeline but keeps uploads', async () => {
    const before = (await client.state(sessionId)).state.draft;
    await say(client, sessionId, 'remove the title');
    const undone = await say(client, sessionId, 'undo');
    assert.deepEqual(undone.draft, before);
    const redone = await say(client, sessionId, '重做');
    assert.equal(redone.draft?.t.some((t) => t.tt === 7), false);
    const cleared = await say(client, sessionId, 'start over');
    assert.deepEqual(cleared.draft?.t, []);
    assert.equal((await client.state(sessionId)).state.video_infos.length, 1);
    const back = await say(client, sessionId, '撤销');
    assert.ok((back.draft?.t.length ?? 0) > 0);
  });

  it('describes every track for "show tracks" without changing anything', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const turn = await say(client, sessionId, 'show tracks');
    assert.match(turn.reply, /^Timeline .*1080x1920/);
    assert.match(turn.reply, /1\. Video: \d+ moments?/);
    assert.match(turn.reply, /2\. Audio: lo-fi music/);
    assert.equal(turn.draft, undefined);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });

  it('refuses what cannot apply with the reason, and says which parts it did not understand', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const refused = await say(client, sessionId, 'remove moment 40');
    assert.match(refused.reply, /There is no moment 40.*Your draft is unchanged/);
    // Beside an edit that was made, the refusal says why, not that the draft is as it was.
    const beside = await say(client, sessionId, 'make it square, remove moment 40');
    assert.match(beside.reply, /1080x1080/);
    assert.match(beside.reply, /There is no moment 40: the clip has \d+\./);
    assert.doesNotMatch(beside.reply, /unchanged/);
    await say(client, sessionId, 'undo');
    const partial = await say(client, sessionId, 'make it square, then juggle the pixels');
    assert.match(partial.reply, /1080x1080/);
    assert.match(partial.reply, /didn't understand "juggle the pixels"\. The closest things I can do: "[^"]+" or "[^"]+"\. The rest is done\./);
    await say(client, sessionId, 'undo');
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });

  it('leaves the draft as it was for what it does not understand, naming those words and the two closest things it can do (EN and ZH)', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const offers = (lang: 'en' | 'zh') => new Set(CAPABILITIES.map((c) => c[lang]));
    for (const [message, lang, shape] of [
      ['add a spinning 3D logo', 'en', /^I didn't understand "add a spinning 3D logo"\. The closest things I can do: "([^"]+)" or "([^"]+)"\. Your draft is unchanged\.$/],
      ['加一个旋转的贴纸', 'zh', /^我没看懂“加一个旋转的贴纸”。我能做的最接近的两件事：“(.+)”或“(.+)”。草稿没有改动。$/],
    ] as const) {
      const turn = await say(client, sessionId, message);
      const match = shape.exec(turn.reply);
      assert.ok(match, `${lang} reply: ${turn.reply}`);
      assert.ok(offers(lang).has(match[1]) && offers(lang).has(match[2]) && match[1] !== match[2], `two real capabilities: ${match[1]} / ${match[2]}`);
      assert.ok(turn.reply.length <= 200, `short: ${turn.reply.length} characters`);
      assert.deepEqual(turn.calls, [], 'no operation ran');
      assert.equal(turn.draft, undefined, 'no new draft was sent');
      assert.deepEqual((await client.state(sessionId)).state.draft, before);
    }
  });

  it('says so when a resolution would upscale the footage', async () => {
    const turn = await say(client, sessionId, 'make it 4K');
    assert.equal(Math.min(turn.draft?.m?.width ?? 0, turn.draft?.m?.height ?? 0), 2160);
    assert.match(turn.reply, /your footage is 360p, so 2160p upscales it/);
  });

  it('takes a JSON list of operations (how a chat model sends tool calls)', async () => {
    const turn = await say(client, sessionId, JSON.stringify([{ op: 'set_aspect', aspect: '16:9' }, { op: 'set_resolution', resolution: '720p' }]));
    assert.deepEqual(turn.calls, ['set_aspect', 'set_resolution']);
    assert.deepEqual([turn.draft?.m?.width, turn.draft?.m?.height], [1280, 720]);
  });

  it('undoes an operation the panel sent (an edge drag) when the user says "undo" in chat: one history', async () => {
    await say(client, sessionId, 'trim the best moments into 6 seconds');
    const before = (await client.state(sessionId)).state.draft;
    const first = before?.t.find((t) => t.tt === 0)?.sg[0];
    assert.ok(first?.d && first.d > 1000, 'the clip has a first moment to trim');
    const trimmed = await say(client, sessionId, JSON.stringify([{ op: 'set_moment_range', index: 1, in_ms: (first.in ?? 0) + 500, out_ms: (first.in ?? 0) + first.d }]));
    assert.deepEqual(trimmed.calls, ['set_moment_range']);
    assert.equal(trimmed.draft?.t.find((t) => t.tt === 0)?.sg[0].d, first.d - 500);
    assert.match(trimmed.reply, /Moment 1 now plays/);
    const undone = await say(client, sessionId, 'undo');
    assert.deepEqual(undone.draft, before);
  });
});

describe('edit agent turns over several uploads', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  let ids: string[];
  before(async () => {
    fx = await startTestEngine();
    ({ client, sessionId } = await fx.session());
    // Two different recordings: the same content uploaded twice is one media item.
    const second = await footage('second-walkthrough', [{ visual: 'cursor', seconds: 4, say: 'The second take.' }, { visual: 'static', seconds: 2 }]);
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path, second.path]);
    ids = files.map((f) => f.id as string);
  });
  after(() => fx.close());

  it('"use only the second file" limits later edits to it, best moments included', async () => {
    await say(client, sessionId, 'use only the second file');
    const turn = await say(client, sessionId, 'trim the best moments into 5 seconds');
    const video = turn.draft?.t.find((t) => t.tt === 0)?.sg ?? [];
    assert.ok(video.length > 0);
    assert.ok(video.every((s) => s.src === ids[1]), 'only the second upload is used');
  });

  it('"keep everything but make it faster" keeps all footage and speeds up idle stretches, muted', async () => {
    await say(client, sessionId, 'use only the first file');
    const turn = await say(client, sessionId, 'keep everything but make it faster');
    assert.match(turn.reply, /Kept all 12 s of footage; \d+ idle stretch(es)? \(.+\) now play at 4x, muted\. The clip is/);
    const video = turn.draft?.t.find((t) => t.tt === 0)?.sg ?? [];
    const fast = video.filter((s) => s.m?.speed === 4);
    assert.ok(fast.length > 0 && fast.every((s) => s.m?.volume === 0));
    const sourceMs = video.reduce((sum, s) => sum + (s.d ?? 0) * (s.m?.speed ?? 1), 0);
    assert.ok(Math.abs(sourceMs - 12_000) <= 50, `all footage is kept: ${sourceMs} ms`);
    assert.ok((turn.draft?.d ?? 0) < 11_000, `and the clip is shorter: ${turn.draft?.d} ms`);
  });
});

describe('edit agent turns in a Chinese session', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  before(async () => {
    fx = await startTestEngine();
    ({ client } = await fx.session());
    sessionId = (await client.createSession('zh')).session_id;
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
  });
  after(() => fx.close());

  /** English words of 3+ letters left in a reply (file names aside). */
  const english = (reply: string) => (reply.replace(/[\w.-]+\.(mp4|mov)\b/g, '').match(/[a-z]{3,}/gi) ?? []).filter((w) => !/^(lo|fi)$/i.test(w));

  it('answers Chinese instructions in Chinese only: best moments, edits, status, refusals, not understood', async () => {
    const compiled = await say(client, sessionId, '剪辑精彩片段成6秒');
    assert.match(compiled.reply, /^已把 .+的精彩片段剪成 [\d.]+ 秒/);
    const edited = await say(client, sessionId, '加标题"发布会" 0-3秒，然后改成竖屏');
    assert.match(edited.reply, /已添加标题“发布会”，0 秒–3 秒/);
    assert.match(edited.reply, /画面现在是 1080x1920，背景模糊填充/);
    const status = await say(client, sessionId, '显示时间线');
    assert.match(status.reply, /^时间线 .+，1080x1920/);
    const refused = await say(client, sessionId, '删除第40段');
    assert.match(refused.reply, /没有第 40 段.*草稿没有改动/);
    const unknown = await say(client, sessionId, '加个贴纸');
    assert.match(unknown.reply, /^我没看懂“加个贴纸”。我能做的最接近的两件事：“.+”或“.+”。草稿没有改动。$/);
    for (const turn of [compiled, edited, status, refused, unknown]) assert.deepEqual(english(turn.reply), [], turn.reply);
  });

  it('answers an English message in English, and operations (no words) in the session language', async () => {
    const english = await say(client, sessionId, 'make it square');
    assert.match(english.reply, /The frame is now 1080x1080/);
    const ops = await say(client, sessionId, JSON.stringify([{ op: 'set_aspect', aspect: '16:9' }]));
    assert.match(ops.reply, /画面现在是 1920x1080/);
  });
});

describe('edit agent: music asked for before there is a clip', function () {
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('says there is no clip yet, keeps the request, and the clip made later gets the music', async () => {
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    const early = await say(client, sessionId, 'add lo-fi BGM at 35%');
    assert.match(early.reply, /^There is no clip yet, so lo-fi music at 35 % waits: it goes under the clip as soon as there is one\./);
    assert.doesNotMatch(early.reply, /under the whole clip \(0 s\)|Timeline 0 s/);
    await assert.rejects(client.submitRender(sessionId, early.draft as Draft, { format: 'mp4', quality: 'high' }), /nothing to export/);

    const clip = await say(client, sessionId, 'trim the best moments into 6 seconds');
    const music = clip.draft?.t.find((t) => t.tt === 1)?.sg ?? [];
    assert.equal(music.length, 1, 'the music is on the clip');
    assert.deepEqual([music[0].src, music[0].at, music[0].d, music[0].m?.volume], ['bgm:lofi', 0, clip.draft?.d, 0.35]);
    assert.ok((clip.draft?.d ?? 0) > 4000, `the clip lasts ${clip.draft?.d} ms`);
  });
});

const musicVolume = (draft: Draft | null | undefined) => draft?.t.find((t) => t.tt === 1)?.sg[0]?.m?.volume;

describe('edit agent turns: a reading it is unsure of is asked about, and made only on a yes', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  before(async () => {
    ({ fx, client, sessionId } = await walkthroughSession());
    await say(client, sessionId, 'trim the best moments into 6 seconds');
  });
  after(() => fx.close());

  it('a figure left over: says what it would do and changes nothing; "yes" makes it', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const asked = await say(client, sessionId, 'Add music!! the default one is perfect, at 50% please!!');
    assert.match(asked.reply, /^I'm not sure I read that right, so nothing has changed yet\. I would add lo-fi music at 35 %, but I'm not sure what you meant by "50"\./);
    assert.deepEqual(asked.calls, []);
    assert.equal(asked.draft, undefined);
    assert.deepEqual(asked.proposal, [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }], 'the question carries what it would do');
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
    const yes = await say(client, sessionId, 'yes');
    assert.deepEqual(yes.calls, ['add_music']);
    assert.equal(musicVolume(yes.draft), 0.35);
    assert.match(yes.reply, /Added lo-fi music at 35 %/);
  });

  it('anything but a yes drops the question and is read as itself; a later yes makes nothing', async () => {
    await say(client, sessionId, 'remove the music');
    const asked = await say(client, sessionId, 'music on, 30%, and 2 more things');
    assert.match(asked.reply, /not sure/);
    const other = await say(client, sessionId, 'make it square');
    assert.deepEqual(other.calls, ['set_aspect']);
    const late = await say(client, sessionId, 'yes');
    assert.deepEqual(late.calls, []);
    assert.match(late.reply, /^Nothing is waiting for a yes: tell me what to change/);
    assert.equal(musicVolume((await client.state(sessionId)).state.draft), undefined, 'no music was added');
  });

  it('asks in Chinese for a Chinese message, naming the words it could not read', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const asked = await say(client, sessionId, '字幕太小，放大到150%');
    assert.match(asked.reply, /^我不确定理解得对，所以还没有改动。我打算：.+。但我不确定“字幕太小”、“150”是什么意思。回复“好”就照这样做，或者换个说法。$/);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
    const no = await say(client, sessionId, '不对');
    assert.deepEqual(no.calls, []);
    assert.equal(no.reply, '好的，没有改动。换个说法我再试一次。');
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });
});
