import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ChatEvent, Draft } from '../../../src/protocol';
import { drawable, fontFor } from '../../../src/engine/render/fonts';
import { filterValue } from '../../../src/engine/render/filterEscape';
import { grayFrame, meanAbsDiff } from './measure';
import { renderFixture, type RenderFixture } from './renderFixture';

const run = promisify(execFile);
const TITLE = '产品演示';
/** A private-use character: no font draws it. */
const UNDRAWABLE = '\uE000';

/** Files fontconfig says have a glyph for `char`. */
async function fontsWith(char: string): Promise<string[]> {
  const { stdout } = await run('fc-list', [`:charset=${char.codePointAt(0)?.toString(16)}`, 'file']);
  return stdout.split('\n').map((line) => line.replace(/:\s*$/, '').trim()).filter(Boolean);
}

describe('renderer: titles in Chinese get a CJK font, not empty boxes', function () {
  this.timeout(180_000);
  let r: RenderFixture;
  before(async () => {
    r = await renderFixture();
  });
  after(() => r.close());

  it('chooses a font that has every character: DejaVu for Latin, a CJK font for Chinese', async () => {
    assert.match((await fontFor('Urban Dreams')).file, /DejaVuSans-Bold/);
    const cjk = await fontFor(TITLE);
    assert.deepEqual(cjk.missing, []);
    for (const char of TITLE) assert.ok((await fontsWith(char)).includes(cjk.file), `${cjk.file} has no glyph for ${char}`);
    const mixed = await fontFor(`Launch ${UNDRAWABLE}`);
    assert.deepEqual(mixed.missing, [UNDRAWABLE]);
    assert.equal(drawable(`Launch ${UNDRAWABLE}`, mixed), 'Launch');
  });

  it('draws the Chinese title as the CJK font draws it (ffmpeg drawtext directly), unlike the tofu of a Latin font', async () => {
    const base: Draft = { m: { width: 1920, height: 1080, fps: 30 }, d: 2000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 1000, at: 0, d: 2000 }] }] };
    const titled: Draft = { ...base, t: [...base.t, { tt: 7, sg: [{ at: 0, d: 2000, m: { text: TITLE, style: 'title', position: 'center' } }] }] };
    const [plain, withTitle] = [await r.render(base), await r.render(titled)];
    // The renderer's title look at 540p (960x540): 46 px, one line centred at y 241, white with a 2 px border.
    const drawn = async (font: string) => {
      const out = join(r.fx.storeDir, `reference-${font.split('/').pop()}.mp4`);
      await writeFile(join(r.fx.storeDir, 'title.txt'), TITLE);
      await run('ffmpeg', ['-v', 'error', '-y', '-i', plain, '-vf',
        `drawtext=fontfile=${filterValue(font)}:textfile=${filterValue(join(r.fx.storeDir, 'title.txt'))}:expansion=none:fontsize=46:fontcolor=white:borderw=2:bordercolor=black@0.7:shadowx=2:shadowy=2:shadowcolor=black@0.5:x=(w-text_w)/2:y=241`,
        '-c:v', 'libx264', '-preset', 'veryfast', '-an', out]);
      return out;
    };
    const region = 'crop=480:80:240:230';
    const frame = (path: string) => grayFrame(path, 1, '480:80', region);
    const [ours, cjk, tofu, none] = await Promise.all([frame(withTitle), frame(await drawn((await fontFor(TITLE)).file)), frame(await drawn('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')), frame(plain)]);
    const [toCjk, toTofu, toNone] = [meanAbsDiff(ours, cjk), meanAbsDiff(ours, tofu), meanAbsDiff(ours, none)];
    assert.ok(toNone > 5, `a title is drawn (differs from the plain frame by ${toNone.toFixed(2)})`);
    assert.ok(toCjk < toTofu / 3, `the title matches the CJK font's drawing (${toCjk.toFixed(2)}) far better than the boxes (${toTofu.toFixed(2)})`);
  });

  it('says in the reply when a character cannot be drawn, and the title keeps the rest', async () => {
    const events: ChatEvent[] = [];
    for await (const event of r.client.chat(r.sessionId, `add title 'Launch ${UNDRAWABLE}' 0-2s`)) events.push(event);
    const reply = events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('\n');
    assert.match(reply, /Added the title/);
    assert.match(reply, new RegExp(`no font on this machine can draw "${UNDRAWABLE}", so the video leaves it out`));
    assert.match(reply, /fonts-noto-cjk/);
  });
});
