import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UnsupportedFileError } from '../../src/client';
import { analyzeMedia } from '../../src/engine/analysis/analyzeMedia';
import { probeMedia } from '../../src/engine/media/probe';
import { decodesToEnd } from '../../src/engine/media/verifyDecodes';
import type { MediaRecord, SessionRecord } from '../../src/engine/store/records';
import { startTestEngine, type EngineFixture } from '../helpers/engine';

const run = promisify(execFile);
const ffmpeg = (...args: string[]) => run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', ...args]);
const testVideo = ['-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=10:duration=1'];
const testAudio = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'];

/**
 * Files whose content is a playlist or a script naming another file on this machine, under a media name. Without a
 * demuxer whitelist ffprobe reads each as the video it points to.
 */
const PLAYLISTS: Record<string, (secret: string) => string> = {
  'hls.mp4': (secret) => `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n${secret}\n#EXT-X-ENDLIST\n`,
  'concat.mp4': (secret) => `ffconcat version 1.0\nfile '${secret}'\n`,
};

describe('security: stored files are opened as media only, never as playlists naming other files', function () {
  this.timeout(120_000);
  let work: string;
  let secret: string;
  let fx: EngineFixture;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-playlist-'));
    secret = join(work, 'private.ts');
    await ffmpeg(...testVideo, '-c:v', 'libx264', '-f', 'mpegts', secret);
    for (const [name, body] of Object.entries(PLAYLISTS)) await writeFile(join(work, name), body(secret));
    fx = await startTestEngine();
  });
  after(async () => {
    await fx.close();
    await rm(work, { recursive: true, force: true });
  });

  it('the trap files are real: plain ffprobe (with the safe-protocol default lifted) reads them as the secret video', async () => {
    const { stdout } = await run('ffprobe', ['-v', 'error', '-safe', '0', '-show_entries', 'stream=codec_type', '-of', 'csv=p=0', join(work, 'concat.mp4')]);
    assert.match(stdout, /video/);
    const hls = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'csv=p=0', join(work, 'hls.mp4')]);
    assert.match(hls.stdout, /video/);
  });

  for (const name of Object.keys(PLAYLISTS)) {
    it(`refuses ${name} at upload (4001): probe, decode check and analysis all refuse to open it`, async () => {
      const path = join(work, name);
      await assert.rejects(probeMedia('ffprobe', path));
      assert.equal(await decodesToEnd('ffmpeg', path, 2000), false);
      await assert.rejects(analyzeMedia({ path, sha256: name, durationMs: 2000, width: 160, height: 120, hasVideo: true, audioTracks: [] }, 'ffmpeg', work));
      const { client, sessionId } = await fx.session();
      await assert.rejects(client.upload(sessionId, [path]), UnsupportedFileError);
    });
  }

  it('a playlist already in the store (saved by an older engine) fails to render instead of showing the secret', async () => {
    const { client, sessionId } = await fx.session();
    const session = JSON.parse(await readFile(join(fx.storeDir, 'sessions', `${sessionId}.json`), 'utf8')) as SessionRecord;
    const record: MediaRecord = {
      mediaId: 'med_playlist', userId: session.userId, sessionId, filename: 'hls.mp4', storedName: 'med_playlist.mp4', fileType: 'video',
      bytes: 100, sha256: 'x', durationMs: 1000, width: 160, height: 120, fps: 10, hasAudio: false, hasVideo: true, createdAt: new Date().toISOString(),
    };
    await copyFile(join(work, 'hls.mp4'), join(fx.storeDir, 'media', record.storedName));
    await writeFile(join(fx.storeDir, 'media', `${record.mediaId}.json`), JSON.stringify(record));
    const render = await client.submitRender(sessionId, { d: 1000, t: [{ tt: 0, sg: [{ src: record.mediaId, in: 0, at: 0, d: 1000 }] }] }, { format: 'mp4', quality: 'low', resolution: '540p' });
    await assert.rejects(client.waitForRender(render.id, { intervalMs: 100 }));
    assert.equal((await client.renderStatus(render.id)).status, 'failed');
  });

  it('still opens real media of every kind: mp4, webm, ogv, ts, mkv, avi, flv, wmv, 3gp, gif, apng, png, jpg, webp, mp3, wav, m4a, aac, ogg, opus, flac', async () => {
    const made: Record<string, string[]> = {
      'clip.mp4': [...testVideo, '-c:v', 'libx264'],
      'clip.webm': [...testVideo, '-c:v', 'libvpx-vp9', '-deadline', 'realtime'],
      'clip.ogv': [...testVideo, '-c:v', 'libtheora'],
      'clip.ts': [...testVideo, '-c:v', 'libx264'],
      'clip.mkv': [...testVideo, '-c:v', 'libx264'],
      'clip.avi': [...testVideo, '-c:v', 'mpeg4'],
      'clip.flv': [...testVideo, '-c:v', 'flv'],
      'clip.wmv': [...testVideo, '-c:v', 'wmv2'],
      'clip.3gp': [...testVideo, '-c:v', 'libx264'],
      'clip.gif': testVideo,
      'clip.apng': [...testVideo, '-f', 'apng'],
      'still.png': [...testVideo, '-frames:v', '1'],
      'still.jpg': [...testVideo, '-frames:v', '1'],
      'still.webp': [...testVideo, '-frames:v', '1'],
      'tone.mp3': testAudio,
      'tone.wav': testAudio,
      'tone.m4a': testAudio,
      'tone.aac': testAudio,
      'tone.ogg': [...testAudio, '-c:a', 'libvorbis'],
      'tone.opus': testAudio,
      'tone.flac': testAudio,
    };
    for (const [name, args] of Object.entries(made)) {
      const path = join(work, name);
      await ffmpeg(...args, path);
      const probe = await probeMedia('ffprobe', path).catch((error: Error) => assert.fail(`${name}: ${error.message}`));
      assert.ok(probe.hasVideo || probe.audioTracks > 0, name);
      // A one-frame picture is decoded as a still (its one frame), as ingest does; the rest up to their end.
      const still = probe.imageLike && (probe.frames ?? 1) <= 1;
      assert.ok(await decodesToEnd('ffmpeg', path, still ? null : probe.durationMs), `${name} decodes`);
    }
  });
});
