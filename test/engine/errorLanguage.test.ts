import * as assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderEndedError, SessionNotFoundError, UnsupportedFileError } from '../../src/client';
import { emptyDraft, TrackType } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { variant } from '../helpers/variants';

const HAN = /[\u3400-\u9fff]/;

/** What the call failed with (it must fail). */
async function failureOf(call: () => Promise<unknown>): Promise<Error> {
  try {
    await call();
  } catch (error) {
    return error as Error;
  }
  assert.fail('the call succeeded');
}

describe("the engine's errors in the session's language (Accept-Language, issue 13)", () => {
  let fx: EngineFixture;
  let work: string;
  before(async () => {
    fx = await startTestEngine();
    work = await mkdtemp(join(tmpdir(), 'democlip-errors-'));
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('a Chinese client hears a lost session and an unreadable upload in Chinese; an English one in English', async () => {
    const notMedia = join(work, 'notes.mp4');
    await writeFile(notMedia, 'this is text, not a video\n'.repeat(100));
    for (const language of ['zh', 'en'] as const) {
      const client = fx.client({ language });
      await client.ensureToken();
      const lost = await failureOf(() => client.state('sess_does_not_exist'));
      assert.ok(lost instanceof SessionNotFoundError, String(lost));
      const { session_id: sessionId } = await client.createSession(language);
      const unreadable = await failureOf(() => client.upload(sessionId, [notMedia]));
      assert.ok(unreadable instanceof UnsupportedFileError, String(unreadable));
      for (const error of [lost, unreadable]) {
        if (language === 'zh') assert.match(error.message, HAN, error.message);
        else assert.doesNotMatch(error.message, HAN, error.message);
      }
      assert.match(unreadable.message, /notes\.mp4/);
    }
  });

  it("the session's language wins over the request's: a Chinese session asked by an English client still hears Chinese", async () => {
    const notMedia = join(work, 'notes.mp4');
    await writeFile(notMedia, 'this is text, not a video\n'.repeat(100));
    const client = fx.client({ language: 'en' });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession('zh-cn');
    const unreadable = await failureOf(() => client.upload(sessionId, [notMedia]));
    assert.ok(unreadable instanceof UnsupportedFileError, String(unreadable));
    assert.match(unreadable.message, /“notes\.mp4”无法作为视频、图片或音频读取/);
  });

  it("an upload's notes (which sound track is used) are said in the session's language, and kept for both", async () => {
    const source = await variant('two-tracks');
    const notesIn = async (language: 'en' | 'zh') => {
      const client = fx.client({ language });
      await client.ensureToken();
      const { session_id: sessionId } = await client.createSession(language);
      const { files: [uploaded] } = await client.upload(sessionId, [source.path]);
      const { state } = await client.state(sessionId);
      return { uploaded: uploaded.notes ?? [], state: state.video_infos.flatMap((file) => (file as { notes?: string[] }).notes ?? []) };
    };
    const zh = await notesIn('zh');
    const en = await notesIn('en');
    assert.deepEqual(zh.uploaded, [`“${source.path.split('/').pop()}”有 2 条音轨；用的是有人声的第 2 条。`]);
    assert.deepEqual(zh.state, zh.uploaded, 'the session state says the same note');
    assert.match(en.uploaded.join(' '), /2 sound tracks; track 2 is used \(the one with speech\)/);
    assert.doesNotMatch(en.uploaded.join(' '), HAN);
  });

  it("a render that fails says why in the session's language (status and the client's error)", async () => {
    for (const language of ['zh', 'en'] as const) {
      const client = fx.client({ language });
      await client.ensureToken();
      const { session_id: sessionId } = await client.createSession(language);
      const draft = { ...emptyDraft(), d: 3000, t: [{ tt: TrackType.video, sg: [{ src: 'med_not_in_this_session', in: 0, d: 3000 }] }] };
      const { id } = await client.submitRender(sessionId, draft, { format: 'mp4', quality: 'low', resolution: '540p' });
      const failed = await failureOf(() => client.waitForRender(id, { intervalMs: 200 }));
      assert.ok(failed instanceof RenderEndedError, String(failed));
      if (language === 'zh') assert.equal(failed.message, '渲染失败了：草稿引用的素材“med_not_in_this_session”不在这个会话中。');
      else assert.equal(failed.message, 'The render failed: The draft refers to media "med_not_in_this_session" that is not in this session.');
    }
  });
});
