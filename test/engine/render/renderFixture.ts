import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateTone } from '../../fixtures/footage/stills';
import type { DemoClipClient } from '../../../src/client';
import { request } from 'undici';
import { editOpsMessage, type Draft, type EditOp, type RenderOutput } from '../../../src/protocol';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { footage, still, type Footage } from '../../helpers/footage';

export interface RenderFixture {
  fx: EngineFixture;
  client: DemoClipClient;
  sessionId: string;
  /** 9 s: silent static (0-1), narration over a scrolling list (from 1.5), silent static to the end. */
  speech: Footage;
  ids: { speech: string; still: string; tone: string };
  render(draft: Draft, output?: Partial<RenderOutput>): Promise<string>;
  /** Makes `draft` the session's current draft, as the agent would (what a preview is of). */
  setDraft(draft: Draft): Promise<void>;
  /** Sends edit operations as the panel does (one chat message of EditOps). */
  edit(...ops: EditOp[]): Promise<void>;
  /** The preview of the current draft, waited for and saved in the store dir as `name`.mp4. */
  previewFile(name: string): Promise<string>;
  close(): Promise<void>;
}

let count = 0;

/** One engine and session with footage, a still and a 3 kHz tone uploaded; renders are downloaded into the store dir. */
export async function renderFixture(options: Parameters<typeof startTestEngine>[0] = {}): Promise<RenderFixture> {
  const speech = await footage('render-speech', [
    { visual: 'static', seconds: 1 },
    { visual: 'scroll', seconds: 4, say: 'Open the reports tab to browse every report your team has created.' },
    { visual: 'static', seconds: 4 },
  ]);
  const tonePath = join(speech.path, '..', 'tone-3k.wav');
  await generateTone(tonePath, 12, { frequency: 3000 });
  const fx = await startTestEngine(options);
  const client = fx.client();
  await client.ensureToken();
  const { session_id: sessionId } = await client.createSession();
  const { files } = await client.upload(sessionId, [speech.path, await still(), tonePath]);
  const [v, s, t] = files.map((file) => file.id as string);
  return {
    fx, client, sessionId, speech,
    ids: { speech: v, still: s, tone: t },
    async render(draft, output = {}) {
      const submitted = await client.submitRender(sessionId, draft, { format: 'mp4', quality: 'high', resolution: '540p', ...output });
      const done = await client.waitForRender(submitted.id, { intervalMs: 100 });
      const path = join(fx.storeDir, `out-${++count}.${output.format ?? 'mp4'}`);
      await client.download(done, path);
      return path;
    },
    async setDraft(draft) {
      const sessionFile = join(fx.storeDir, 'sessions', `${sessionId}.json`);
      const session = JSON.parse(await readFile(sessionFile, 'utf8')) as { draft: Draft };
      session.draft = draft;
      await writeFile(sessionFile, JSON.stringify(session));
    },
    async edit(...ops) {
      for await (const event of client.chat(sessionId, editOpsMessage(ops))) if (event.kind === 'error') throw new Error(event.message);
    },
    async previewFile(name) {
      const res = await request(await client.previewUrl(sessionId, { intervalMs: 100 }));
      const path = join(fx.storeDir, `${name}.mp4`);
      await writeFile(path, Buffer.from(await res.body.arrayBuffer()));
      return path;
    },
    close: () => fx.close(),
  };
}
