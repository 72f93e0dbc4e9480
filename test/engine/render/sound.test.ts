import * as assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integratedLoudness } from '../../../src/engine/render/loudness';
import { MUSIC_BEDS } from '../../../src/protocol';
import { musicBed } from '../../../src/engine/render/musicBeds';
import type { Draft } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { rmsDb } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

/** The test tone is 3 kHz: a narrow band-pass around it hears the music and almost none of the voice. */
const TONE_BAND = 'bandpass=f=3000:width_type=q:w=30,bandpass=f=3000:width_type=q:w=30';

describe('renderer: sound (real ffmpeg, generated footage)', function () {
  this.timeout(120_000);
  let r: RenderFixture;
  before(async () => {
    r = await renderFixture();
  });
  after(() => r.close());

  const withMusic = (src: string, duck: boolean, sourceVolume = 1): Draft => ({
    m: { width: 1920, height: 1080, fps: 30, sourceVolume }, d: 9000,
    t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 0, at: 0, d: 9000 }] }, { tt: 1, sg: [{ src, in: 0, at: 0, d: 9000, m: { volume: 0.35, duck } }] }],
  });

  it('normalises the footage to about -14 LUFS', async () => {
    const out = await r.render({ d: 6000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 1000, at: 0, d: 6000 }] }] });
    const lufs = await integratedLoudness('ffmpeg', out);
    assert.ok(lufs > -15.5 && lufs < -12.5, `${lufs} LUFS`);
  });

  it('mixes music under the narration and ducks it while someone speaks', async () => {
    const speech = r.speech.truth.speech[0];
    const during: [number, number] = [speech.start + 0.3, speech.end - 0.3];
    const after: [number, number] = [speech.end + 1, 8.5];
    const ducked = await r.render(withMusic(r.ids.tone, true));
    const plain = await r.render(withMusic(r.ids.tone, false));
    const probe = await ffprobe(ducked);
    assert.equal(probe.audio?.codec, 'aac');
    const level = (path: string, [from, to]: [number, number]) => rmsDb(path, from, to, TONE_BAND);
    const [duckedDuring, duckedAfter, plainDuring, plainAfter] = await Promise.all([
      level(ducked, during), level(ducked, after), level(plain, during), level(plain, after),
    ]);
    assert.ok(duckedAfter > -40, `music is present between speech (${duckedAfter} dB)`);
    assert.ok(duckedDuring < duckedAfter - 6, `music is lower during speech: ${duckedDuring} vs ${duckedAfter} dB`);
    assert.ok(plainDuring > plainAfter - 3, `without ducking it is not: ${plainDuring} vs ${plainAfter} dB`);
    // Within 2 LU: the limiter that holds the narration's peaks under -1.5 dBFS takes back a little loudness.
    const lufs = await integratedLoudness('ffmpeg', ducked);
    assert.ok(lufs > -16 && lufs < -12, `${lufs} LUFS`);
  });

  it('plays a built-in music bed at its volume and mutes the footage when sourceVolume is 0', async () => {
    const out = await r.render(withMusic('bgm:lofi', false, 0));
    const speech = r.speech.truth.speech[0];
    // Only the bed is left: normalised as a whole, it is as loud during the (muted) narration as after it.
    const [during, after] = await Promise.all([rmsDb(out, speech.start + 0.3, speech.end - 0.3), rmsDb(out, speech.end + 1, 8.5)]);
    assert.ok(during > -30 && Math.abs(during - after) < 6, `${during} vs ${after} dB`);
    const lufs = await integratedLoudness('ffmpeg', out);
    assert.ok(lufs > -16 && lufs < -12, `${lufs} LUFS`);
  });

  it('puts an audio-only upload on the audio track of a picture-only clip', async () => {
    const draft: Draft = { d: 2000, t: [{ tt: 0, sg: [{ src: r.ids.still, at: 0, d: 2000 }] }, { tt: 1, sg: [{ src: r.ids.tone, in: 500, at: 0, d: 2000 }] }] };
    const out = await r.render(draft);
    const probe = await ffprobe(out);
    assert.ok(Math.abs(probe.durationSec - 2) <= 1 / 30);
    assert.ok((await rmsDb(out, 0.2, 1.8, TONE_BAND)) > -30, 'the tone is heard');
  });

  it('refuses a music bed it does not have, naming the ones it has', async () => {
    await assert.rejects(r.render(withMusic('bgm:polka', false)), /bgm:lofi, bgm:upbeat, bgm:ambient, bgm:corporate/);
  });

  it('synthesises each built-in bed once, at a steady level, and reuses the cached file', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'democlip-beds-'));
    try {
      for (const name of MUSIC_BEDS) {
        const path = await musicBed('ffmpeg', cache, name);
        const lufs = await integratedLoudness('ffmpeg', path);
        assert.ok(Math.abs(lufs + 18) < 1, `${name}: ${lufs} LUFS`);
        const made = (await stat(path)).mtimeMs;
        assert.equal(await musicBed('ffmpeg', cache, name), path);
        assert.equal((await stat(path)).mtimeMs, made);
      }
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });
});
