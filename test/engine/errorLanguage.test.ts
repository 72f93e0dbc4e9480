import * as assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionNotFoundError, UnsupportedFileError } from '../../src/client';
import { startTestEngine, type EngineFixture } from '../helpers/engine';

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
});
