import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToMp4 } from '../../../src/engine/media/convert';
import { ffprobe } from '../../helpers/ffprobe';
import { variant } from '../../helpers/variants';

const tools = { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' };

describe('conversion for the NemoVideo cloud (formats it does not take, to MP4 H.264/AAC)', function () {
  this.timeout(120_000);
  let out: string;
  beforeEach(async () => (out = await mkdtemp(join(tmpdir(), 'democlip-convert-'))));
  afterEach(() => rm(out, { recursive: true, force: true }));

  it('turns Theora+Vorbis .ogv into an MP4 of the same length, H.264 yuv420p and AAC, reporting progress up to 100 %', async () => {
    const source = await variant('theora');
    const seen: number[] = [];
    const path = await convertToMp4(source.path, out, { ...tools, onProgress: (percent) => seen.push(percent) });
    assert.equal(path, join(out, 'theora.mp4'));
    const probed = await ffprobe(path);
    assert.equal(probed.video?.codec, 'h264');
    assert.equal(probed.video?.pixFmt, 'yuv420p');
    assert.equal(probed.audio?.codec, 'aac');
    assert.ok(Math.abs(probed.durationSec - source.seconds) <= 1, `${probed.durationSec} s`);
    assert.ok(seen.length > 0 && (seen.at(-1) ?? 0) >= 95, `progress ${seen.join(',')}`);
    assert.ok(seen.every((p, i) => i === 0 || p >= seen[i - 1]), `progress goes forward: ${seen.join(',')}`);
  });

  it('makes an odd-sized 4:4:4 picture even and 4:2:0', async () => {
    const probed = await ffprobe(await convertToMp4((await variant('odd-444')).path, out, tools));
    assert.deepEqual([probed.video?.width, probed.video?.height, probed.video?.pixFmt], [320, 240, 'yuv420p']);
  });

  it('stops when cancelled, leaving nothing behind', async () => {
    const source = await variant('hevc');
    const abort = new AbortController();
    abort.abort();
    await assert.rejects(convertToMp4(source.path, out, { ...tools, signal: abort.signal }), { name: 'AbortError' });
    assert.deepEqual(await readdir(out), []);
  });

  it('refuses a file with neither pictures nor sound, saying so', async () => {
    await assert.rejects(convertToMp4((await variant('no-media')).path, out, tools), /neither pictures nor sound/);
  });
});
