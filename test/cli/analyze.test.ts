import * as assert from 'node:assert/strict';
import { basename } from 'node:path';
import { walkthrough45, walkthrough90 } from '../engine/analysis/walkthroughs';
import { cliFolder, runCli } from '../helpers/runCli';

describe('democlip analyze', function () {
  this.timeout(120_000);
  const folder = cliFolder('democlip-analyze-');

  it('--json prints exactly {duration_ms, moments:[{src, in, out, score, why}], zooms:[{src, in, out, x, y, w, h}]}, the moments fitting --target', async () => {
    const [a, b] = [await walkthrough90(), await walkthrough45()];
    const run = await runCli(['analyze', a.path, b.path, '--target', '40', '--json', '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as {
      duration_ms: number;
      moments: { src: string; in: number; out: number; score: number; why: string[] }[];
      zooms: { src: string; in: number; out: number; x: number; y: number; w: number; h: number }[];
    };
    assert.deepEqual(Object.keys(output), ['duration_ms', 'moments', 'zooms']);
    assert.ok(output.zooms.length > 0, 'the typing and the pointer are zoomed onto');
    for (const zoom of output.zooms) {
      assert.deepEqual(Object.keys(zoom), ['src', 'in', 'out', 'x', 'y', 'w', 'h']);
      const size = zoom.src === basename(a.path) ? a.truth : b.truth;
      assert.ok(zoom.x >= 0 && zoom.y >= 0 && zoom.x + zoom.w <= size.width && zoom.y + zoom.h <= size.height, 'source pixels');
      assert.ok(output.moments.some((m) => m.src === zoom.src && zoom.out > m.in && zoom.in < m.out), 'inside a chosen moment');
    }
    assert.ok(Math.abs(output.duration_ms - 40_000) <= 1000, `duration ${output.duration_ms}`);
    assert.equal(output.duration_ms, output.moments.reduce((sum, m) => sum + m.out - m.in, 0));
    const order = [basename(a.path), basename(b.path)];
    output.moments.forEach((m, i) => {
      assert.deepEqual(Object.keys(m), ['src', 'in', 'out', 'score', 'why']);
      assert.ok(order.includes(m.src), m.src);
      assert.ok(Number.isInteger(m.in) && Number.isInteger(m.out) && m.in < m.out);
      assert.ok(m.score >= 0 && m.score <= 1);
      assert.ok(m.why.length > 0 && m.why.every((w) => ['speech', 'screen-change', 'motion'].includes(w)));
      const previous = output.moments[i - 1];
      if (previous) assert.ok(order.indexOf(previous.src) < order.indexOf(m.src) || (previous.src === m.src && previous.out <= m.in), 'source order');
    });
  });

  it('defaults to 60 s, and without --json prints one line per moment', async () => {
    const source = await walkthrough90();
    const run = await runCli(['analyze', source.path, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines.at(-1) ?? '', /^\d+ moments, 5\d\.\d s$/, 'about 52 s of this footage is worth keeping: less than 60');
    assert.match(run.stderr, /shorter than the 1 min you asked for/);
    assert.ok(lines.slice(0, -1).every((line) => line.startsWith(`${basename(source.path)}  `)));
  });
});
