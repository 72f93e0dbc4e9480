import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { backgroundStill } from '../../../src/engine/render/backgrounds';
import { insetOf, recordingArea } from '../../../src/engine/render/framing';
import { renderPlan } from '../../../src/engine/render/renderPlan';
import type { MediaRecord } from '../../../src/engine/store/records';
import type { ChatEvent, Draft } from '../../../src/protocol';
import { ffprobe } from '../../helpers/ffprobe';
import { grayFrame, meanAbsDiff } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

const run = promisify(execFile);

/** One frame as RGB pixels at its own size. */
async function rgbFrame(path: string, atSec: number): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const { video } = await ffprobe(path);
  const { width, height } = video ?? { width: 0, height: 0 };
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', String(atSec), '-i', path, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { encoding: 'buffer', maxBuffer: 64 << 20 });
  return { width, height, at: (x, y) => [...stdout.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)] };
}

/** Mean distance between two colours over a 5x5 patch around a point (compression noise averages out). */
function patchDistance(a: Awaited<ReturnType<typeof rgbFrame>>, b: Awaited<ReturnType<typeof rgbFrame>>, x: number, y: number): number {
  let sum = 0;
  let n = 0;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const [p, q] = [a.at(x + dx, y + dy), b.at(x + dx, y + dy)];
      sum += Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]);
      n += 3;
    }
  }
  return sum / n;
}

describe('renderer: the look (framed recording, designed text, intro card)', function () {
  this.timeout(600_000);
  let r: RenderFixture;
  let cache: string;
  before(async () => {
    r = await renderFixture();
    cache = await mkdtemp(join(tmpdir(), 'democlip-look-test-'));
  });
  after(async () => {
    await r.close();
    await rm(cache, { recursive: true, force: true });
  });

  const clip = (width: number, height: number, m: Draft['m'] = {}): Draft => ({
    m: { width, height, fps: 30, ...m }, d: 3000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 1500, at: 0, d: 3000 }] }],
  });
  /** Where the plan puts the recording (the footage is 640x360), at 540p. */
  const geometry = async (draft: Draft) => {
    const media = { fileType: 'video', width: 640, height: 360, durationMs: 9000, filename: 'speech.mp4' } as MediaRecord;
    const plan = await renderPlan(draft, '540p', async () => ({ media, path: r.speech.path }));
    return { plan, inset: insetOf(plan)! };
  };

  for (const [shape, width, height, gradient] of [['16:9', 1920, 1080, 'aurora'], ['9:16', 1080, 1920, 'sunset']] as const) {
    it(`${shape}: the background at the edges, the recording inset with rounded corners and a shadow below`, async () => {
      const draft = clip(width, height, { background: { src: `gradient:${gradient}` } });
      const [framedPath, plainPath] = [await r.render(draft), await r.render(clip(width, height))];
      const { plan, inset } = await geometry(draft);
      const probed = await ffprobe(framedPath);
      assert.deepEqual([probed.video?.width, probed.video?.height], [plan.canvas.width, plan.canvas.height]);
      const background = await rgbFrame(await backgroundStill('ffmpeg', cache, { kind: 'gradient', name: gradient }, plan.canvas, inset), 0);
      const framed = await rgbFrame(framedPath, 1);
      const { width: w, height: h } = plan.canvas;
      // The frame's edges and corners are the background.
      for (const [x, y] of [[3, 3], [w - 4, 3], [3, h - 4], [w - 4, h - 4], [Math.round(w / 2), 3], [3, Math.round(h / 2)]]) {
        assert.ok(patchDistance(framed, background, x, y) < 10, `background at ${x},${y}: off by ${patchDistance(framed, background, x, y).toFixed(1)}`);
      }
      // Inside the inset, the recording, scaled: the inset matches the recording as the plain render shows it.
      const [cx, cy] = [inset.x + inset.width / 2, inset.y + inset.height / 2].map(Math.round);
      const shown = recordingArea((await geometry(clip(width, height))).plan);
      const [insetPixels, recordingPixels] = [
        await grayFrame(framedPath, 1, '64:36', `crop=${inset.width}:${inset.height}:${inset.x}:${inset.y}`),
        await grayFrame(plainPath, 1, '64:36', `crop=${w}:${shown.bottom - shown.top}:0:${shown.top}`),
      ];
      assert.ok(meanAbsDiff(insetPixels, recordingPixels) < 10, `the recording in the inset: off by ${meanAbsDiff(insetPixels, recordingPixels).toFixed(1)}`);
      assert.ok(patchDistance(framed, background, cx, cy) > 20, 'and not the background');
      // Rounded: the inset's very corner shows the background (with its shadow), a radius in along the edge the recording.
      const corner = [inset.x + 1, inset.y + 1] as const;
      assert.ok(inset.radius >= 8, `radius ${inset.radius}`);
      assert.ok(patchDistance(framed, background, corner[0], corner[1]) < 15, `the corner is cut round (off the background by ${patchDistance(framed, background, corner[0], corner[1]).toFixed(1)})`);
      const edge = [inset.x + inset.radius * 3, inset.y + 3] as const;
      assert.ok(patchDistance(framed, background, edge[0], edge[1]) > 15, 'along the top edge, away from the corner, the recording shows');
      // The shadow: just below the inset is darker than just above it.
      const below = framed.at(cx, inset.y + inset.height + 4);
      const above = framed.at(cx, inset.y - 4);
      const level = (p: number[]) => p[0] + p[1] + p[2];
      assert.ok(level(below) < level(background.at(cx, inset.y - 4)) + 30 && level(below) < level(above) + 60, 'a shadow under the recording');
    });
  }

  it('an intro card: the clip is longer by its length, and at 1 s it shows the card, not footage; "no background" and the card go away', async () => {
    const chat = async (message: string) => {
      const events: ChatEvent[] = [];
      for await (const event of r.client.chat(r.sessionId, message)) events.push(event);
      return events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('\n');
    };
    await chat('keep everything');
    const before = (await r.client.state(r.sessionId)).state.draft as Draft;
    assert.match(await chat("add an intro card 'Acme' for 2 seconds"), /Added the intro card "Acme" at 0 s–2 s/);
    const after = (await r.client.state(r.sessionId)).state.draft as Draft;
    assert.equal(after.d, (before.d ?? 0) + 2000);
    const [withCard, without] = [await r.render(after), await r.render(before)];
    const [a, b] = [await ffprobe(withCard), await ffprobe(without)];
    assert.ok(Math.abs(a.durationSec - b.durationSec - 2) < 0.1, `longer by 2 s: ${a.durationSec} vs ${b.durationSec}`);
    const { plan } = await geometry(after);
    const card = await rgbFrame(await backgroundStill('ffmpeg', cache, { kind: 'gradient', name: 'aurora' }, plan.canvas), 0);
    const [atOne, footageAtOne] = [await rgbFrame(withCard, 1), await rgbFrame(without, 1)];
    assert.ok(patchDistance(atOne, card, 20, 20) < 10, 'the card background at 1 s');
    assert.ok(patchDistance(atOne, footageAtOne, 20, 20) > 20, 'not the footage');
    // The card's words, large in the middle: bright pixels on the gradient.
    const [mx, my] = [Math.round(plan.canvas.width / 2), Math.round(plan.canvas.height / 2)];
    let bright = 0;
    for (let x = mx - 60; x < mx + 60; x++) for (let y = my - 20; y < my + 20; y++) if (Math.min(...atOne.at(x, y)) > 220) bright++;
    assert.ok(bright > 200, `the card's words are drawn (${bright} white pixels)`);
    assert.match(await chat('remove the intro'), /Removed the intro card; the clip is now/);
    assert.equal(((await r.client.state(r.sessionId)).state.draft as Draft).d, before.d);
  });

  it('a title sits on a rounded dark backdrop that fades in', async () => {
    const plainDraft = clip(1920, 1080);
    const titled: Draft = { ...plainDraft, t: [...plainDraft.t, { tt: 7, sg: [{ at: 500, d: 2000, m: { text: 'Reports', style: 'title', position: 'center' } }] }] };
    const [plainPath, titledPath] = [await r.render(plainDraft), await r.render(titled)];
    const [plain, shown, plainEarly, fading] = [await rgbFrame(plainPath, 1.5), await rgbFrame(titledPath, 1.5), await rgbFrame(plainPath, 0.6), await rgbFrame(titledPath, 0.6)];
    const level = (p: number[]) => (p[0] + p[1] + p[2]) / 3;
    // Along the title's middle row, the backdrop darkens the footage either side of the words; the words are white.
    const y = Math.round(shown.height / 2);
    let [darker, white, darkening, fadingDarkening] = [0, 0, 0, 0];
    for (let x = Math.round(shown.width * 0.3); x < shown.width * 0.7; x++) {
      if (level(shown.at(x, y)) < level(plain.at(x, y)) - 40) darker++;
      if (Math.min(...shown.at(x, y)) > 220) white++;
      darkening += Math.max(0, level(plain.at(x, y)) - level(shown.at(x, y)));
      fadingDarkening += Math.max(0, level(plainEarly.at(x, y)) - level(fading.at(x, y)));
    }
    assert.ok(darker > 20, `backdrop pixels where the title is (${darker})`);
    assert.ok(white > 5, `and the words on it (${white})`);
    assert.ok(fadingDarkening < darkening * 0.6, `0.1 s into its fade-in the backdrop is still faint (${fadingDarkening.toFixed(0)} vs ${darkening.toFixed(0)})`);
  });
});
