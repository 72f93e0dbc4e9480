import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { FILMSTRIP_FRAMES } from '../../../src/protocol';
import { toPeaks } from '../../../src/engine/media/mediaVisuals';
import type { DemoClipClient } from '../../../src/client';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { ffprobe } from '../../helpers/ffprobe';
import { shortWalkthrough } from '../../helpers/footage';

describe('media visuals: the filmstrip and waveform the panel draws', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let mediaId: string;
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-visuals-'));
    fx = await startTestEngine();
    let sessionId: string;
    ({ client, sessionId } = await fx.session());
    const { files } = await client.upload(sessionId, [(await shortWalkthrough()).path]);
    mediaId = files[0].id as string;
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('makes a waveform that follows the sound, and a filmstrip of evenly spaced thumbnails, once per file', async () => {
    // The footage: 2 s static and silent, 4 s narrated, 3 s typing, 3 s static (12 s): 240 levels of 50 ms.
    const info = await client.mediaVisuals(mediaId);
    assert.equal(info.thumbnails, FILMSTRIP_FRAMES);
    assert.equal(info.peaks.length, 240);
    const mean = (from: number, to: number) => info.peaks.slice(from * 20, to * 20).reduce((a, b) => a + b, 0) / ((to - from) * 20);
    assert.ok(mean(2.5, 5.5) > mean(0, 1.5) + 0.2, `speech (${mean(2.5, 5.5).toFixed(2)}) is louder than the silent start (${mean(0, 1.5).toFixed(2)})`);
    const strip = join(work, 'strip.jpg');
    await writeFile(strip, await client.filmstrip(mediaId));
    const probed = await ffprobe(strip);
    assert.equal(probed.video?.height, 56);
    assert.equal(probed.video?.width, FILMSTRIP_FRAMES * 100, '24 thumbnails of 16:9 footage 56 px high (100 px wide) side by side');
    // Cached by content hash in the store: asked again, the same answer from the cache.
    assert.deepEqual(await client.mediaVisuals(mediaId), info);
    const cached = (await readdir(join(fx.storeDir, 'cache'))).filter((f) => /^(filmstrip|peaks)-/.test(f));
    assert.equal(cached.length, 2, `cache: ${cached.join(', ')}`);
    assert.deepEqual(await readdir(join(fx.storeDir, 'cache', 'work')), [], 'nothing of the drawing is left behind');
  });

  it("serves no other user's media", async () => {
    const stranger = fx.client();
    await stranger.acquireAnonymousToken();
    await assert.rejects(stranger.mediaVisuals(mediaId), /No such media/);
    await assert.rejects(stranger.filmstrip(mediaId), /No such media/);
  });

  it('turns RMS levels into peaks from 0 to 1, the loudest of each bucket', () => {
    assert.deepEqual(toPeaks([-120, -60, -30, 0]), [0, 0, 0.5, 1]);
    assert.equal(toPeaks(Array.from({ length: 4000 }, () => -30)).length, 400);
    assert.deepEqual(toPeaks([]), []);
  });
});
