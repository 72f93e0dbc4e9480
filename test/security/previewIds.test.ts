import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'undici';
import type { Draft } from '../../src/protocol';
import type { SessionRecord } from '../../src/engine/store/records';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { still } from '../helpers/footage';

describe('security: a preview id cannot be squatted by another user', function () {
  this.timeout(120_000);
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  /** A session holding one still and a 1-second draft of it, as the agent would leave it. */
  async function sessionWithDraft() {
    const { client, sessionId } = await fx.session();
    const { files } = await client.upload(sessionId, [await still()]);
    const draft: Draft = { d: 1000, t: [{ tt: 0, sg: [{ src: files[0].id as string, in: 0, at: 0, d: 1000 }] }] };
    const sessionFile = join(fx.storeDir, 'sessions', `${sessionId}.json`);
    const session = JSON.parse(await readFile(sessionFile, 'utf8')) as SessionRecord;
    session.draft = draft;
    await writeFile(sessionFile, JSON.stringify(session));
    return { client, sessionId, draft, userId: session.userId, token: (client as unknown as { token: string }).token };
  }

  it('refuses a render whose id is in the preview namespace, and the owner still gets her own preview', async () => {
    const alice = await sessionWithDraft();
    const bob = await sessionWithDraft();
    // The id Alice's preview will have, as an attacker who learnt her user id and draft would compute it.
    const hash = createHash('sha256').update(JSON.stringify([alice.userId, alice.draft, { format: 'mp4', quality: 'low', resolution: '540p' }])).digest('hex');
    const squat = await request(`${fx.engine.url}/api/render/proxy/lambda`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bob.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `preview_${hash.slice(0, 32)}`, sessionId: bob.sessionId, draft: bob.draft, output: { format: 'mp4', quality: 'low', resolution: '540p' } }),
    });
    const answer = (await squat.body.json()) as { success: boolean; error?: string };
    assert.equal(squat.statusCode, 400, JSON.stringify(answer));
    assert.match(answer.error ?? '', /preview_/);

    const url = await alice.client.previewUrl(alice.sessionId, { intervalMs: 100 });
    assert.match(url, new RegExp(`t=preview_${hash.slice(0, 32)}\\.`));
    const served = await request(url);
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'video/mp4');
    await served.body.dump();
  });
});
