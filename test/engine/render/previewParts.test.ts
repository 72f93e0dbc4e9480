import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { request } from 'undici';
import { integratedLoudness } from '../../../src/engine/render/loudness';
import { previewParts } from '../../../src/engine/render/previewParts';
import { renderPlan } from '../../../src/engine/render/renderPlan';
import type { MediaRecord } from '../../../src/engine/store/records';
import type { Draft } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { takeRenderRuns } from '../../helpers/renderRuns';
import { grayFrame, meanAbsDiff } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

const run = promisify(execFile);

async function frameCount(path: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', path]);
  return Number(stdout.trim());
}

const moment = (src: string, inMs: number, at: number, d = 2000) => ({ src, in: inMs, at, d });
const title = (text: string, at: number, d: number) => ({ at, d, m: { text, style: 'title' } });

describe('preview by parts: what is cut where, planned', () => {
  const media = { fileType: 'video', durationMs: 60_000, width: 1920, height: 1080, hasAudio: true, hasVideo: true, filename: 'a.mp4' } as MediaRecord;
  const plannedParts = async (draft: Draft) => previewParts(await renderPlan(draft, '540p', async () => ({ media, path: '/footage/a.mp4' })));
  const partsOf = async (draft: Draft) => (await plannedParts(draft))
    .map((part) => ({ startMs: part.startMs, durationMs: part.plan.durationMs, pieces: part.plan.video.length, texts: part.plan.text.map((t) => t.atMs) }));
  // Stretches of the source that hold no multiple of 8 s: each moment is one cell.
  const three = [moment('a', 0, 0), moment('a', 4000, 2000), moment('a', 8000, 4000)];

  it('cuts at every hard cut, each part with the texts shown during it on its own time', async () => {
    assert.deepEqual(await partsOf({ d: 6000, t: [{ tt: 0, sg: three }, { tt: 7, sg: [title('Hi', 2500, 1000)] }] }), [
      { startMs: 0, durationMs: 2000, pieces: 1, texts: [] },
      { startMs: 2000, durationMs: 2000, pieces: 1, texts: [500] },
      { startMs: 4000, durationMs: 2000, pieces: 1, texts: [] },
    ]);
  });

  it('never cuts through a text, a crossfade, an intro card or the clip\'s fades', async () => {
    const across = await partsOf({ d: 6000, t: [{ tt: 0, sg: three }, { tt: 7, sg: [title('Across', 1500, 1000)] }] });
    assert.deepEqual(across.map((p) => [p.startMs, p.pieces, p.texts]), [[0, 2, [1500]], [4000, 1, []]]);
    const crossfaded = await partsOf({ d: 6000, t: [{ tt: 0, sg: three }], m: { crossfadeMs: 500 } });
    assert.deepEqual(crossfaded.map((p) => p.pieces), [3]);
    const card = await partsOf({ d: 6000, t: [{ tt: 0, sg: three }], m: { intro: { text: 'Acme', d: 3000 } } });
    assert.deepEqual(card.map((p) => [p.startMs, p.pieces]), [[0, 2], [4000, 1]]);
    const fades = await partsOf({ d: 6000, t: [{ tt: 0, sg: three }], m: { fadeInMs: 2500, fadeOutMs: 500 } });
    assert.deepEqual(fades.map((p) => [p.startMs, p.pieces]), [[0, 2], [4000, 1]]);
  });

  it('ends with the clip: footage past its length is left out, a gap is black', async () => {
    const parts = await partsOf({ d: 5000, t: [{ tt: 0, sg: [moment('a', 0, 0), moment('a', 4000, 3000)] }] });
    assert.deepEqual(parts.map((p) => [p.startMs, p.durationMs]), [[0, 2000], [2000, 1000], [3000, 2000]]);
  });

  it('cuts a long moment into cells on its source\'s 8 s grid, so that trimming its start leaves the later cells as they were', async () => {
    const long = await plannedParts({ d: 20_000, t: [{ tt: 0, sg: [moment('a', 1000, 0, 20_000)] }] });
    assert.deepEqual(long.map((p) => [p.startMs, p.plan.durationMs, p.plan.video[0].inMs]), [[0, 7000, 1000], [7000, 8000, 8000], [15_000, 5000, 16_000]]);
    const trimmed = await plannedParts({ d: 19_500, t: [{ tt: 0, sg: [moment('a', 1500, 0, 19_500)] }] });
    assert.deepEqual(trimmed.map((p) => [p.startMs, p.plan.durationMs, p.plan.video[0].inMs]), [[0, 6500, 1500], [6500, 8000, 8000], [14_500, 5000, 16_000]]);
    assert.deepEqual(trimmed.slice(1).map((p) => p.plan), long.slice(1).map((p) => p.plan), 'the same cells, the same plans: their renders are reused');
    // Sped up 2x, a cell is still about 8 s of the clip; cuts land on whole frames that are whole milliseconds.
    const fast = await plannedParts({ d: 20_000, t: [{ tt: 0, sg: [{ ...moment('a', 1000, 0, 20_000), m: { speed: 2 } }] }] });
    assert.deepEqual(fast.map((p) => [p.startMs, p.plan.video[0].inMs]), [[0, 1000], [7500, 16_000], [15_500, 32_000]]);
  });
});

describe('preview by parts: after an edit only what changed is rendered', function () {
  this.timeout(600_000);
  let r: RenderFixture;
  let token: string;

  const runsSince = () => takeRenderRuns(r.fx.faults.toolRuns);
  const draftNow = async () => (await r.client.state(r.sessionId)).state.draft as Draft;
  const postPreview = async () => {
    const res = await request(`${r.fx.engine.url}/api/preview/${r.sessionId}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    return ((await res.body.json()) as { data: { id: string; status: string } }).data;
  };

  before(async () => {
    r = await renderFixture();
    token = (r.client as unknown as { token: string }).token;
    const v = r.ids.speech;
    const draft: Draft = {
      d: 6000,
      t: [
        { tt: 0, sg: [moment(v, 500, 0), moment(v, 3000, 2000), moment(v, 6000, 4000)] },
        { tt: 1, sg: [{ src: 'bgm:ambient', at: 0, d: 6000, m: { volume: 0.3, duck: true } }] },
        { tt: 7, sg: [title('Part one', 0, 1500)] },
      ],
    };
    await r.setDraft(draft);
  });
  after(() => r.close());

  it('renders each part and the sound once, joins them into a preview as long as the draft, frame for frame', async () => {
    r.fx.faults.clear();
    const cold = await r.previewFile('cold');
    assert.deepEqual(runsSince(), { pictures: 3, sound: 1, join: 1, other: 1 }, 'three parts, the sound (mixed and measured, then encoded: no guess yet), one join');
    const probe = await ffprobe(cold);
    assert.deepEqual([probe.video?.codec, probe.video?.width, probe.video?.height, probe.audio?.codec], ['h264', 960, 540, 'opus']);
    assert.ok(Math.abs(probe.durationSec - 6) <= 1 / 30 + 0.001, `lasts ${probe.durationSec} s`);
    assert.equal(await frameCount(cold), 180);

    // The same draft rendered in one pass (as an export is) shows the same pictures at the same times.
    const whole = await r.render(await draftNow(), { format: 'webm', quality: 'low' });
    assert.equal(await frameCount(whole), 180);
    for (const at of [0.7, 1.9, 2.1, 3.5, 4.1, 5.8]) {
      const diff = meanAbsDiff(await grayFrame(cold, at), await grayFrame(whole, at));
      assert.ok(diff < 4, `at ${at} s the joined preview differs from the one-pass render by ${diff.toFixed(2)}`);
    }
    assert.ok(meanAbsDiff(await grayFrame(cold, 0.7), await grayFrame(cold, 5.8)) > 4, 'frames of different moments do differ');
    const [joinedLufs, wholeLufs] = [await integratedLoudness('ffmpeg', cold), await integratedLoudness('ffmpeg', whole)];
    assert.ok(Math.abs(joinedLufs - wholeLufs) < 1, `the sound as loud as the one-pass render's: ${joinedLufs} vs ${wholeLufs} LUFS`);
  });

  /** The preview's sound, encoded on a guess of its loudness or not, within 1 dB of what an export gets (loudness.ts). */
  const asLoudAsExport = async (preview: string) => {
    const whole = await r.render(await draftNow(), { format: 'webm', quality: 'low' });
    runsSince(); // the export's runs
    const [previewLufs, wholeLufs] = [await integratedLoudness('ffmpeg', preview), await integratedLoudness('ffmpeg', whole)];
    assert.ok(Math.abs(previewLufs - wholeLufs) <= 1.1, `${previewLufs} LUFS against the export's ${wholeLufs}`);
  };

  it('a trim renders the one part it changed and the sound; a title drag only the parts it left and entered; an undo nothing', async () => {
    runsSince(); // what the tests before ran
    await r.edit({ op: 'set_moment_range', index: 2, in_ms: 3000, out_ms: 4500 });
    const trimmed = await r.previewFile('trimmed');
    const { other, ...trim } = runsSince(); // the sound is encoded again only if the last loudness was not a good guess
    assert.deepEqual(trim, { pictures: 1, sound: 1, join: 1 });
    assert.ok(other <= 1);
    await asLoudAsExport(trimmed);
    assert.ok(Math.abs((await ffprobe(trimmed)).durationSec - 5.5) <= 1 / 30 + 0.001);
    assert.equal(await frameCount(trimmed), 165);

    await r.edit({ op: 'edit_text', index: 1, start_ms: 2200, end_ms: 3200 });
    await r.previewFile('moved-title');
    assert.deepEqual(runsSince(), { pictures: 2, sound: 0, join: 1, other: 0 }, 'the first part without the title, the second with it; the sound as it was');

    await r.edit({ op: 'undo' });
    const undone = await r.previewFile('undone');
    assert.deepEqual(runsSince(), { pictures: 0, sound: 0, join: 0, other: 0 }, 'the preview of this draft is still there');
    assert.equal(await frameCount(undone), 165);

    await r.edit({ op: 'move_moment', index: 2, to: 3 });
    const moved = await r.previewFile('reordered');
    assert.deepEqual(runsSince(), { pictures: 0, sound: 1, join: 1, other: 0 }, 'the same parts in another order; the sound follows them, as loud as before: once');
    await asLoudAsExport(moved);
    assert.equal(await frameCount(moved), 165);
    assert.ok(meanAbsDiff(await grayFrame(moved, 4.5), await grayFrame(trimmed, 2.5)) < 4, 'the moved moment shows where it now plays');
  });

  it('an edit while a preview renders cancels that render, and the new draft\'s preview completes', async () => {
    // The older render's first ffmpeg run never ends on its own: only a cancel stops it.
    runsSince();
    r.fx.faults.add({ route: 'preview', fault: 'render-hangs' });
    await r.edit({ op: 'add_text', text: 'Later', start_ms: 4000, end_ms: 5000, style: 'caption' });
    const older = await postPreview();
    assert.ok(['pending', 'processing'].includes(older.status));
    while (r.fx.faults.toolRuns.length === 0) await sleep(50); // its first ffmpeg run has started (and hangs)
    await r.edit({ op: 'edit_text', index: 2, start_ms: 4200, end_ms: 5000 });
    const newer = await postPreview();
    assert.notEqual(newer.id, older.id);
    assert.equal((await r.client.renderStatus(older.id)).status, 'cancelled');
    const done = await r.previewFile('after-cancel');
    assert.equal(await frameCount(done), 165);
  });
});
