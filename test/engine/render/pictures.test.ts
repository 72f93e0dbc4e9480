import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Draft } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { gifTables } from '../../helpers/gifTables';
import { deviation, grayFrame, meanAbsDiff, meanLevel } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

const FRAME = 1 / 30;

const video = (sg: Draft['t'][number]['sg'], m: Draft['m'] = {}, more: Draft['t'] = []): Draft => {
  const d = sg.reduce((end, s) => Math.max(end, (s.at ?? 0) + (s.d ?? 0)), 0);
  return { m: { width: 1920, height: 1080, fps: 30, ...m }, d, t: [{ tt: 0, sg }, ...more] };
};

function assertDuration(actualSec: number, draft: Draft): void {
  assert.ok(Math.abs(actualSec - (draft.d ?? 0) / 1000) <= FRAME, `duration ${actualSec} s vs draft ${draft.d} ms`);
}

describe('renderer: pictures (real ffmpeg, generated footage)', function () {
  this.timeout(120_000);
  let r: RenderFixture;
  before(async () => {
    r = await renderFixture();
  });
  after(() => r.close());

  it('cuts every segment at its exact in point: the first frame of each is the source frame at `in`', async () => {
    const src = r.ids.speech;
    const draft = video([{ src, in: 2000, at: 0, d: 1000 }, { src, in: 3500, at: 1000, d: 1000 }]);
    const out = await r.render(draft);
    assertDuration((await ffprobe(out)).durationSec, draft);
    for (const [atSec, inSec] of [[0, 2], [1, 3.5]]) {
      const rendered = await grayFrame(out, atSec);
      const diffs = await Promise.all([-FRAME, 0, FRAME].map(async (shift) => meanAbsDiff(rendered, await grayFrame(r.speech.path, inSec + shift))));
      assert.ok(diffs[1] < diffs[0] && diffs[1] < diffs[2], `at ${atSec} s the closest source frame is not ${inSec} s: ${diffs.map((d) => d.toFixed(2))}`);
    }
  });

  it('renders 1080p as faststart H.264 yuv420p + AAC MP4, one frame accurate in length', async () => {
    const draft = video([{ src: r.ids.speech, in: 1000, at: 0, d: 1500 }, { src: r.ids.speech, in: 6000, at: 1500, d: 1000 }]);
    const out = await r.render(draft, { resolution: '1080p' });
    const probe = await ffprobe(out);
    assert.deepEqual([probe.video?.codec, probe.video?.width, probe.video?.height, probe.video?.pixFmt, probe.audio?.codec], ['h264', 1920, 1080, 'yuv420p', 'aac']);
    assertDuration(probe.durationSec, draft);
    const head = (await readFile(out)).subarray(0, 64 * 1024).toString('latin1');
    assert.ok(head.includes('moov') && head.indexOf('moov') < head.indexOf('mdat'), 'the index (moov) comes before the media (mdat)');
  });

  it('plays a segment at double speed in half the time, sound included', async () => {
    const draft = video([{ src: r.ids.speech, in: 1000, at: 0, d: 2000, m: { speed: 2 } }]);
    const out = await r.render(draft);
    const probe = await ffprobe(out);
    assertDuration(probe.durationSec, draft);
    assert.ok(probe.audio);
    // 2 s of output at 2x ends at source 5 s: the last frame is the source frame just before 5 s.
    const last = await grayFrame(out, 2 - FRAME);
    const diffs = await Promise.all([3, 5 - 2 * FRAME].map(async (s) => meanAbsDiff(last, await grayFrame(r.speech.path, s))));
    assert.ok(diffs[1] < diffs[0], `last frame matches source ${diffs.map((d) => d.toFixed(2))}`);
  });

  it('crossfades between segments and fades the clip in and out without changing its length', async () => {
    const sg = [{ src: r.ids.speech, in: 1000, at: 0, d: 1500 }, { src: r.ids.speech, in: 6000, at: 1500, d: 1500 }];
    const cut = await r.render(video(sg));
    const draft = video(sg, { crossfadeMs: 600, fadeInMs: 500, fadeOutMs: 500 });
    const faded = await r.render(draft);
    assertDuration((await ffprobe(faded)).durationSec, draft);
    assert.ok(meanLevel(await grayFrame(faded, 0)) < 20, 'starts from black');
    assert.ok(meanLevel(await grayFrame(cut, 0)) > 60, 'the same frame without a fade is a picture');
    // Mid-transition the picture is a blend: unlike the hard cut's frame there.
    assert.ok(meanAbsDiff(await grayFrame(faded, 1.7), await grayFrame(cut, 1.7)) > 3);
    assert.ok(meanAbsDiff(await grayFrame(faded, 1), await grayFrame(cut, 1)) < 2, 'outside transitions the frames are the same');
  });

  it('reframes 16:9 footage for 9:16 with a blurred fill, letterboxed, or centre-cropped for 1:1 and 4:5', async () => {
    const sg = [{ src: r.ids.speech, in: 2000, at: 0, d: 500 }];
    const band = 'crop=iw:ih/5:0:0';
    const blur = await r.render(video(sg, { width: 1080, height: 1920, fill: 'blur' }));
    const boxed = await r.render(video(sg, { width: 1080, height: 1920, fill: 'letterbox' }));
    const square = await r.render(video(sg, { width: 1080, height: 1080, fill: 'crop' }));
    const portrait = await r.render(video(sg, { width: 1080, height: 1350, fill: 'crop' }), { resolution: '1080p' });
    const sizes = await Promise.all([blur, boxed, square, portrait].map(async (p) => { const v = (await ffprobe(p)).video; return `${v?.width}x${v?.height}`; }));
    assert.deepEqual(sizes, ['540x960', '540x960', '540x540', '1080x1350']);
    const blurTop = await grayFrame(blur, 0.2, '54:38', band);
    const boxTop = await grayFrame(boxed, 0.2, '54:38', band);
    assert.ok(meanLevel(boxTop) < 3, `letterbox bars are black (${meanLevel(boxTop)})`);
    assert.ok(meanLevel(blurTop) > 20 && deviation(blurTop) > 2, 'the blurred fill is a picture, not bars');
    // A centre crop fills the frame: its top edge is footage, not a bar.
    assert.ok(meanLevel(await grayFrame(square, 0.2, '54:11', band)) > 20);
  });

  it('draws a title only during its segment, whatever characters it holds', async () => {
    const sg = [{ src: r.ids.speech, in: 5000, at: 0, d: 3000 }];
    const plain = await r.render(video(sg));
    const title = `It's "100%": [ready]; a,b \\ %{pts} 🎬 — ünïcode`;
    const titled = await r.render(video(sg, {}, [{ tt: 7, sg: [{ at: 1000, d: 1000, m: { text: title, position: 'center', style: 'title' } }] }]));
    assert.ok(meanAbsDiff(await grayFrame(titled, 1.5), await grayFrame(plain, 1.5)) > 2, 'the title shows at 1.5 s');
    assert.ok(meanAbsDiff(await grayFrame(titled, 0.5), await grayFrame(plain, 0.5)) < 1, 'and not at 0.5 s');
    assert.ok(meanAbsDiff(await grayFrame(titled, 2.5), await grayFrame(plain, 2.5)) < 1, 'nor at 2.5 s');
    // A caption at the bottom changes the bottom of the frame, not the top.
    const captioned = await r.render(video(sg, {}, [{ tt: 7, sg: [{ at: 0, d: 3000, m: { text: 'Step 1: sign in', position: 'bottom', style: 'caption' } }] }]));
    const [top, bottom] = ['crop=iw:ih/3:0:0', 'crop=iw:ih/3:0:ih*2/3'];
    assert.ok(meanAbsDiff(await grayFrame(captioned, 1, '160:30', bottom), await grayFrame(plain, 1, '160:30', bottom)) > 2);
    assert.ok(meanAbsDiff(await grayFrame(captioned, 1, '160:30', top), await grayFrame(plain, 1, '160:30', top)) < 1);
  });

  it('shows a still image for its duration, and black where the timeline has a gap', async () => {
    const draft = video([{ src: r.ids.still, at: 0, d: 1000 }, { src: r.ids.speech, in: 2000, at: 1500, d: 1000 }]);
    const out = await r.render(draft);
    assertDuration((await ffprobe(out)).durationSec, draft);
    const still = await grayFrame(out, 0.5);
    assert.ok(deviation(still) > 10, 'the still is a picture');
    assert.ok(meanAbsDiff(still, await grayFrame(out, 0.9)) < 1, 'and it stays still');
    assert.ok(meanLevel(await grayFrame(out, 1.25)) < 3, 'the gap is black');
  });

  it('renders 720p and 4K MP4, MOV, WebM (VP9 + Opus) and GIF (540p unless a size is asked)', async () => {
    const draft = video([{ src: r.ids.speech, in: 2000, at: 0, d: 1000 }]);
    const probes = await Promise.all([
      r.render(draft, { resolution: '720p' }), r.render(draft, { resolution: '4k' }), r.render(draft, { format: 'mov' }),
      r.render(draft, { format: 'webm' }), r.render(draft, { format: 'gif', resolution: undefined }),
    ].map(async (p) => ffprobe(await p)));
    const described = probes.map((p) => `${p.formatName} ${p.video?.codec} ${p.video?.width}x${p.video?.height} ${p.audio?.codec ?? 'silent'}`);
    assert.deepEqual(described, [
      'mov,mp4,m4a,3gp,3g2,mj2 h264 1280x720 aac', 'mov,mp4,m4a,3gp,3g2,mj2 h264 3840x2160 aac', 'mov,mp4,m4a,3gp,3g2,mj2 h264 960x540 aac',
      'matroska,webm vp9 960x540 opus', 'gif gif 960x540 silent',
    ]);
    for (const probe of probes.slice(0, 4)) assertDuration(probe.durationSec, draft);
  });

  it('draws a GIF in one palette of the whole clip, not one per frame', async () => {
    const draft = video([{ src: r.ids.speech, in: 1000, at: 0, d: 2000 }]);
    const out = await r.render(draft, { format: 'gif', resolution: undefined });
    const { frames, localTables } = await gifTables(out);
    assert.equal(frames, 30, '2 s at 15 fps');
    // (ffmpeg gives the palette to the first frame, or to the whole file: at most one table either way.)
    assert.ok(localTables <= 1, `${localTables} colour tables: every frame is drawn in the one palette`);
  });
});
