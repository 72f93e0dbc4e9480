import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { reframe } from '../../../src/engine/render/reframe';
import { meanLevel } from './measure';

const run = promisify(execFile);

/** A 1920x1080 screen of one colour with a test pattern in it (a dark or a light editor theme). */
const screen = (colour: string) => `color=c=${colour}:s=1920x1080:d=1[bg];testsrc2=s=800x400:d=1[pattern];[bg][pattern]overlay=300:300`;

/** Mean grey level of the screen itself and of the band above the picture once it is reframed into a 9:16 frame. */
async function levels(colour: string): Promise<{ footage: number; fill: number }> {
  const fit = reframe('[screen]', '[framed]', { width: 1920, height: 1080 }, { width: 1080, height: 1920, fps: 30 }, 'blur');
  // Side by side in one frame, 108x30 each: the band's pixels are the first half of every row.
  const graph = `${screen(colour)},split=2[screen][whole];${fit};[framed]crop=1080:300:0:0,scale=108:30[band];[whole]scale=108:30[footage];`
    + '[band][footage]hstack,format=gray[out]';
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', '-f', 'rawvideo', '-'],
    { encoding: 'buffer', maxBuffer: 16 << 20 });
  const rows = Array.from({ length: 30 }, (_, row) => stdout.subarray(row * 216, row * 216 + 216));
  return {
    fill: meanLevel(Buffer.concat(rows.map((row) => row.subarray(0, 108)))),
    footage: meanLevel(Buffer.concat(rows.map((row) => row.subarray(108)))),
  };
}

describe('renderer: the blurred fill of a 9:16 frame (real ffmpeg)', function () {
  this.timeout(60_000);

  it('a dark-theme recording gets a dim picture around it, not black bars', async () => {
    const { footage, fill } = await levels('0x1e1e1e');
    assert.ok(fill > 0.5 * footage, `fill ${fill.toFixed(1)} vs footage ${footage.toFixed(1)}`);
  });

  it('a light-theme recording gets a fill dimmer than itself, so the picture stands out', async () => {
    const { footage, fill } = await levels('0xf3f3f3');
    assert.ok(fill < 0.95 * footage && fill > 0.5 * footage, `fill ${fill.toFixed(1)} vs footage ${footage.toFixed(1)}`);
  });
});
