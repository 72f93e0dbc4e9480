import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designedTexts } from '../../../src/engine/render/designedText';
import { GraphInputs } from '../../../src/engine/render/graphInputs';
import { renderPlan } from '../../../src/engine/render/renderPlan';
import type { MediaRecord } from '../../../src/engine/store/records';
import type { Draft } from '../../../src/protocol';

describe('renderer: designed texts', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democlip-text-test-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('measures a title\'s ink once: the same words in the same style are laid out again without an ffmpeg run', async () => {
    const media = { fileType: 'video', width: 640, height: 360, durationMs: 9000, filename: 'screen.mp4' } as MediaRecord;
    const draft: Draft = {
      m: { width: 1920, height: 1080, fps: 30 }, d: 3000,
      t: [{ tt: 0, sg: [{ src: 'screen', in: 0, at: 0, d: 3000 }] }, { tt: 7, sg: [{ at: 0, d: 2000, m: { text: 'Measured once, 一次', style: 'title' } }] }],
    };
    const plan = await renderPlan(draft, '540p', async () => ({ media, path: '/nonexistent/screen.mp4' }));
    const layOut = async (name: string) => {
      const workDir = join(dir, name);
      await mkdir(workDir);
      const { filters } = await designedTexts(plan, '[v]', new GraphInputs(), { ffmpeg: 'ffmpeg', cacheDir: join(dir, 'cache'), workDir });
      return { filters: filters.join(';').replaceAll(workDir, '<work>'), measuredHere: existsSync(join(workDir, 'measure-0.gray')) };
    };
    const first = await layOut('first');
    const second = await layOut('second');
    assert.equal(first.measuredHere, true, 'the first layout measures the words with ffmpeg');
    assert.equal(second.measuredHere, false, 'the second reuses that measurement');
    assert.equal(second.filters, first.filters, 'and draws the same');
  });
});
