import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { framedLikeFootage } from '../../../src/engine/agent/applyEdit';
import { emptyDraft } from '../../../src/protocol';
import { collect } from '../../helpers/chat';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { footage } from '../../helpers/footage';

const run = promisify(execFile);

const upright = { width: 1080, height: 1920 };
const screen = { width: 2560, height: 1440 };
const frameOf = (draft: ReturnType<typeof emptyDraft>) => [draft.m?.width, draft.m?.height, draft.m?.fill];

describe('the frame of a new draft follows its footage', () => {
  it('a phone recording held upright makes a vertical frame; a 4:5 or square one its own', () => {
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [upright])), [1080, 1920, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [upright, { width: 720, height: 1280 }])), [1080, 1920, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [{ width: 864, height: 1080 }])), [1080, 1350, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [{ width: 1000, height: 1000 }])), [1080, 1080, undefined]);
  });

  it('a screen recording (4:3 too), footage of mixed shapes or of no known size make the landscape frame; a frame already chosen is kept', () => {
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [screen])), [1920, 1080, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [{ width: 320, height: 240 }])), [1920, 1080, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [screen, upright])), [1920, 1080, undefined]);
    assert.deepEqual(frameOf(framedLikeFootage(emptyDraft(), [{ width: null, height: null }])), [1920, 1080, undefined]);
    const chosen = { ...emptyDraft(), m: { width: 1080, height: 1080, fill: 'crop' } };
    assert.deepEqual(frameOf(framedLikeFootage(chosen, [upright])), [1080, 1080, 'crop']);
    assert.deepEqual(frameOf(framedLikeFootage(chosen, [screen])), [1080, 1080, 'crop']);
  });
});

describe('a phone recording held upright, end to end: the best moments make a vertical clip', function () {
  this.timeout(240_000);
  let fx: EngineFixture;
  let work: string;
  before(async () => {
    fx = await startTestEngine();
    work = await mkdtemp(join(tmpdir(), 'democlip-frame-'));
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('the draft, the state and the rendered MP4 are 9:16; "make it 16:9" after it is still obeyed', async () => {
    const phone = await footage('phone-walkthrough', [
      { visual: 'static', seconds: 2 },
      { visual: 'cursor', seconds: 4, say: 'This is the app on my phone.' },
      { visual: 'typing', seconds: 3 },
      { visual: 'static', seconds: 2 },
    ], { width: 360, height: 640 });
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [phone.path]);
    const replies = (await collect(client.chat(sessionId, 'make a 10 second clip of the best parts'))).flatMap((e) => (e.kind === 'text' ? [e.text] : []));
    const { state } = await client.state(sessionId);
    assert.deepEqual([state.draft?.m?.width, state.draft?.m?.height], [1080, 1920], replies.join(' '));
    assert.deepEqual(state.canvas_config, { width: 1080, height: 1920 });
    const out = join(work, 'phone.mp4');
    const done = await client.waitForRender((await client.submitRender(sessionId, state.draft!, { format: 'mp4', quality: 'low', resolution: '540p' })).id, { intervalMs: 300 });
    await client.download(done, out);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', out]);
    assert.equal(stdout.trim(), '540,960');
    await collect(client.chat(sessionId, 'make it 16:9'));
    const wide = await client.state(sessionId);
    assert.deepEqual([wide.state.draft?.m?.width, wide.state.draft?.m?.height], [1920, 1080]);
  });
});
