import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  askTurn, EmptyTimelineError, exportSession, finishRender, MemoryRenderRecords, pollIntervalMs, ServerError,
  type DemoClipClient, type ExportProgress, type RenderRecord,
} from '../../src/client';
import { FileRenderRecords } from '../../src/cli/cliState';
import type { RenderOutput } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { ffprobe } from '../helpers/ffprobe';
import { shortWalkthrough } from '../helpers/footage';

const output: RenderOutput = { format: 'mp4', quality: 'high', resolution: '540p' };
const exists = (path: string) => stat(path).then(() => true, () => false);

/** The one clip flow of the CLI and the extension, in plain Node against a real engine. */
describe('client: the clip flow (ask, export with progress and cancel, download, resume)', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  let work: string;
  const clientId = randomUUID();

  before(async () => {
    fx = await startTestEngine();
    client = fx.client({ clientId });
    await client.ensureToken();
    ({ session_id: sessionId } = await client.createSession());
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    work = await mkdtemp(join(tmpdir(), 'democlip-flow-'));
  });
  beforeEach(() => fx.faults.clear());
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('ask: one turn gives the reply, the draft before and after, and what changed', async () => {
    const seen: string[] = [];
    const turn = await askTurn(client, sessionId, 'trim the best moments into 6 seconds', { onToolCall: (name) => seen.push(name) });
    assert.ok(turn.texts.join(' ').length > 0, 'the engine replied');
    assert.ok(seen.length > 0, 'tool calls were reported');
    assert.equal(turn.before?.t.some((track) => track.sg.length > 0) ?? false, false);
    assert.ok(turn.after?.t.some((track) => track.sg.length > 0), 'the draft has segments after the turn');
    assert.match(turn.change ?? '', /^The timeline changed: Video: 0 → \d+ segments/);
  });

  it('ask: a turn that closes without a word still says what changed, from the state read after it', async () => {
    fx.faults.add({ route: 'runSse', fault: 'stream-silent' });
    const turn = await askTurn(client, sessionId, 'make it 9:16');
    assert.deepEqual(turn.texts, []);
    assert.match(turn.change ?? '', /frame 1920x1080 → 1080x1920/);
    await askTurn(client, sessionId, 'make it 16:9');
  });

  it('ask: a turn the backend is unsure of carries what it would do, and changes nothing', async () => {
    const turn = await askTurn(client, sessionId, 'make it square, 3 of them');
    assert.deepEqual(turn.proposal, [{ op: 'set_aspect', aspect: '1:1' }]);
    assert.equal(turn.change, undefined);
    assert.equal((await askTurn(client, sessionId, 'trim the best moments into 6 seconds')).proposal, undefined);
  });

  it('ask: a turn that edits and asks for files carries the files, in order, for the client to render after the edits', async () => {
    const turn = await askTurn(client, sessionId, 'mute the original audio, then export a 720p webm and a gif');
    assert.deepEqual(turn.exports, [{ format: 'webm', quality: 'high', resolution: '720p' }, { format: 'gif', quality: 'high' }]);
    assert.notEqual(turn.change, undefined, 'the audio was muted first');
    assert.deepEqual((await askTurn(client, sessionId, 'undo')).exports, []);
  });

  it('export: renders, reports progress, streams the file to disk and forgets the record', async () => {
    const records = new MemoryRenderRecords();
    const events: ExportProgress[] = [];
    const out = join(work, 'clip.mp4');
    const saved = await exportSession(client, sessionId, output, { records, saveAs: async () => out, onProgress: (event) => events.push(event) });
    assert.equal(saved.path, out);
    assert.equal((await stat(out)).size, saved.bytes);
    assert.ok(events.some((e) => e.phase === 'rendering'), 'render progress was reported');
    const downloads = events.filter((e) => e.phase === 'downloading');
    assert.equal(downloads.at(-1)?.received, saved.bytes);
    assert.ok(events.every((e) => e.phase !== 'rendering' || e.nextCheckMs === undefined), 'the local engine is polled every second, without a countdown');
    assert.deepEqual(await records.list(), []);
    assert.deepEqual((await readdir(work)).filter((name) => name.endsWith('.part')), []);
    const probed = await ffprobe(out);
    assert.equal(probed.video?.codec, 'h264');
    assert.equal(probed.video?.height, 540);
  });

  it('export of an empty timeline says so, with the footage it could be made of, and submits nothing', async () => {
    const { session_id: empty } = await client.createSession();
    const records = new MemoryRenderRecords();
    await assert.rejects(exportSession(client, empty, output, { records, saveAs: async () => join(work, 'never.mp4') }),
      (error: unknown) => error instanceof EmptyTimelineError && error.footageMs === 0);
    assert.deepEqual(await records.list(), []);
  });

  it('cancel mid-render: the render is cancelled on the engine, its record goes, no file is left', async () => {
    fx.faults.add({ route: 'render', fault: 'render-hangs' });
    const records = new MemoryRenderRecords();
    const abort = new AbortController();
    const out = join(work, 'cancelled.mp4');
    let renderId: string | undefined;
    await assert.rejects(
      exportSession(client, sessionId, output, {
        records, signal: abort.signal, saveAs: async () => out,
        onProgress: (event) => {
          if (event.phase !== 'rendering') return;
          renderId = event.status.id;
          abort.abort();
        },
      }),
      (error: unknown) => (error as Error).name === 'AbortError',
    );
    assert.ok(renderId, 'the render reported progress before it was cancelled');
    assert.equal((await client.renderStatus(renderId)).status, 'cancelled');
    assert.deepEqual(await records.list(), []);
    assert.equal(await exists(out), false);
    assert.equal(await exists(`${out}.part`), false);
  });

  it('resume: a render a quitting client left is finished by the next start of the same install, from its record', async () => {
    const records = new FileRenderRecords(join(work, 'store'));
    const out = join(work, 'resumed.mp4');
    // The first client quits right after its record is written: the render runs on without anyone waiting for it.
    const quit = new Error('the window closed');
    const quitting: typeof records = Object.assign(Object.create(records) as FileRenderRecords, {
      add: async (record: RenderRecord) => {
        await records.add(record);
        throw quit;
      },
    });
    await assert.rejects(exportSession(client, sessionId, output, { records: quitting, out, saveAs: async () => out }), (error) => error === quit);
    const [record] = await records.list();
    assert.equal(record?.out, out);

    // Another install cannot ask about it: the render stays recorded for its owner.
    const stranger = fx.client();
    await assert.rejects(finishRender(stranger, record, { records, saveAs: async () => out }), ServerError);
    assert.equal((await records.list()).length, 1);

    // The next start: a new client and token, the same install id.
    const next = fx.client({ clientId });
    const saved = await finishRender(next, record, { records, saveAs: async (r) => r.out as string });
    assert.equal(saved.renderId, record.id);
    assert.equal((await stat(out)).size, saved.bytes);
    assert.equal((await ffprobe(out)).video?.codec, 'h264');
    assert.deepEqual(await records.list(), []);
  });

  it('the poll interval follows the protocol: the cloud every 30 s, the local engine every second', () => {
    assert.equal(pollIntervalMs('https://mega-api-prod.nemovideo.ai'), 30_000);
    assert.equal(pollIntervalMs(fx.engine.url), 1000);
  });
});
