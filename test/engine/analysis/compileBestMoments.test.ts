import * as assert from 'node:assert/strict';
import { basename } from 'node:path';
import type { AnalyzeFootageResult } from '../../../src/engine/agent/compileBestMoments';
import { TrackType, type ChatEvent } from '../../../src/protocol';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { walkthrough45, walkthrough90 } from './walkthroughs';

async function turn(fx: EngineFixture, paths: string[], message: string) {
  const { client, sessionId } = await fx.session();
  await client.upload(sessionId, paths);
  const events: ChatEvent[] = [];
  for await (const event of client.chat(sessionId, message)) events.push(event);
  const result = events.find((e) => e.kind === 'toolResult' && e.name === 'analyze_footage');
  const text = events.filter((e) => e.kind === 'text').map((e) => (e.kind === 'text' ? e.text : '')).join('\n');
  const { state } = await client.state(sessionId);
  return { result: (result?.kind === 'toolResult' ? result.result : undefined) as AnalyzeFootageResult, text, draft: state.draft };
}

describe('chat: "trim the best moments…" compiles a clip and says what it kept and why', function () {
  this.timeout(120_000);
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('fits the target, explains the choice, and puts the moments on the video track', async () => {
    const source = await walkthrough90();
    const { result, text, draft } = await turn(fx, [source.path], 'trim the best moments and compile them into a 30-second demo clip');
    assert.ok(Math.abs(result.total_ms - 30_000) <= 1000, `total ${result.total_ms}`);
    assert.equal(result.short, false);
    assert.deepEqual(result.files.map((f) => f.filename), [basename(source.path)]);
    for (const moment of result.moments) {
      assert.equal(moment.filename, basename(source.path));
      assert.equal(moment.src, result.files[0].media_id);
      assert.ok(moment.in < moment.out && moment.score >= 0 && moment.score <= 1 && moment.why.length > 0);
    }
    const narrated = result.moments.filter((m) => m.why.includes('speech')).length;
    assert.match(text, new RegExp(`kept ${result.moments.length} moments, ${narrated} with narration`));
    const cut = /cut (\d+(?:\.\d)?) s of idle screen and (\d+(?:\.\d)?) s of lesser moments to fit 30 s/.exec(text);
    assert.ok(cut, text);
    assert.ok(Math.abs(Number(cut[1]) * 1000 - (result.source_ms - result.available_ms)) <= 50);
    assert.ok(Math.abs(Number(cut[2]) * 1000 - (result.available_ms - result.total_ms)) <= 50);
    const video = draft?.t.find((t) => t.tt === TrackType.video);
    assert.deepEqual(video?.sg.map((s) => [s.src, s.in, s.d]), result.moments.map((m) => [m.src, m.in, m.out - m.in]));
  });

  it('says so, and returns the shorter clip, when the footage has less worth keeping than asked', async () => {
    const [a, b] = [await walkthrough90(), await walkthrough45()];
    const { result, text } = await turn(fx, [a.path, b.path], 'compile the best moments into 2 minutes');
    assert.equal(result.short, true);
    assert.ok(result.total_ms < 119_000 && result.total_ms === result.available_ms);
    assert.deepEqual([...new Set(result.moments.map((m) => m.filename))], [basename(a.path), basename(b.path)]);
    assert.match(text, /of 2 files/);
    assert.match(text, /shorter than the 2 min you asked for rather than padded with dead air/);
  });

  it('remove the dead air: with no clip, all that is worth keeping; with one, that clip without its idle stretches, never the whole footage again', async () => {
    const source = await walkthrough90();
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [source.path]);
    const say = async (message: string) => {
      const texts: string[] = [];
      for await (const event of client.chat(sessionId, message)) if (event.kind === 'text') texts.push(event.text);
      const video = (await client.state(sessionId)).state.draft?.t.find((t) => t.tt === TrackType.video)?.sg ?? [];
      return { text: texts.join('\n'), ms: video.reduce((sum, s) => sum + (s.d ?? 0), 0), video };
    };
    const whole = await say('remove the dead air');
    assert.ok(whole.ms > 30_000 && whole.ms < source.truth.durationSec * 1000 - 2000, `${whole.ms} ms of ${source.truth.durationSec} s`);

    assert.ok(Math.abs((await say('keep everything')).ms - source.truth.durationSec * 1000) <= 500);
    const kept = await say('take out the dead air');
    assert.ok(Math.abs(kept.ms - whole.ms) <= 500, `${kept.ms} ms, everything worth keeping ${whole.ms} ms`);
    assert.match(kept.text, /Took \d+(\.\d)? s of dead air out of the clip/);

    const clip = await say('compile the best moments into 20 seconds');
    const after = await say('now remove the dead air');
    assert.ok(after.ms <= clip.ms + 50, `the 20 s clip became ${after.ms} ms`);
    assert.deepEqual(after.video.map((s) => s.src), after.video.map(() => clip.video[0].src));
  });
});
