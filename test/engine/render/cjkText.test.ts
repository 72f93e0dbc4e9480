import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChatEvent, Draft } from '../../../src/protocol';
import { drawable, fontFor } from '../../../src/engine/render/fonts';
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

  it('draws Chinese titles with their glyphs: two different titles differ where empty boxes would be identical', async () => {
    const base: Draft = { m: { width: 1920, height: 1080, fps: 30 }, d: 2000, t: [{ tt: 0, sg: [{ src: r.ids.speech, in: 1000, at: 0, d: 2000 }] }] };
    const titled = (text: string): Draft => ({ ...base, t: [...base.t, { tt: 7, sg: [{ at: 0, d: 2000, m: { text, style: 'title', position: 'center' } }] }] });
    const [plain, product, save] = [await r.render(base), await r.render(titled(TITLE)), await r.render(titled('点击保存'))];
    // The title's band at 540p (960x540): the middle of the frame, where a centred title sits.
    const region = 'crop=480:80:240:230';
    const frame = (path: string) => grayFrame(path, 1, '480:80', region);
    const [a, b, none] = await Promise.all([frame(product), frame(save), frame(plain)]);
    assert.ok(meanAbsDiff(a, none) > 5, `a title is drawn (differs from the plain frame by ${meanAbsDiff(a, none).toFixed(2)})`);
    // Four characters each: as tofu both would be four identical boxes on the same backdrop.
    assert.ok(meanAbsDiff(a, b) > 4, `the two titles are drawn with their own glyphs (they differ by ${meanAbsDiff(a, b).toFixed(2)})`);
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
