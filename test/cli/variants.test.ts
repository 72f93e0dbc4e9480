import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ffprobe } from '../helpers/ffprobe';
import { cliFolder, runCli } from '../helpers/runCli';
import { rotate90Upright, variant, VARIANT_NAMES } from '../helpers/variants';

/** Why each file that is no footage is refused: the reason the user reads, and no false "corrupt". */
const REFUSALS: Record<string, RegExp> = {
  'truncated-mp4': /"truncated-mp4\.mp4" is cut off: its index \(the "moov".*missing.*Recover it/,
  'no-media': /"no-media\.mkv" has neither pictures nor sound/,
  'animated-webp': /"animated-webp\.webp" is an animated WebP, which this ffmpeg cannot decode.*Save it as a GIF or an MP4/,
};

/**
 * Every recording of test/helpers/variants.ts through `democlip make` as a user runs it (the built bundle, no
 * prompt but the export: the main job), all through one engine (the store's, started by the first run, found by the
 * others). Footage becomes a 720p clip (vertical from a phone held upright) ffprobe finds even-sized, upright and as long as what the file holds; stills
 * and files that hold no footage are refused with the reason, exit code 1.
 */
describe('democlip make on every recording users bring', function () {
  this.timeout(240_000);
  const folder = cliFolder('democlip-cli-variants-');

  for (const name of VARIANT_NAMES) {
    it(name, async () => {
    const { work, store } = folder;
      const source = await variant(name);
      const out = join(work, `${name}.mp4`);
      const run = await runCli(['make', source.path, '--prompt', 'export 720p MP4', '-o', out, '--store', store]);
      assert.doesNotMatch(run.stderr, /\n\s+at .*:\d+:\d+/, 'no stack trace');
      if (source.kind === 'video') {
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stderr, /keeping all of it/);
        const probed = await ffprobe(out);
        // A phone's upright recording makes a vertical clip; every other recording here is landscape.
        const size = name === 'rotate90' ? [720, 1280] : [1280, 720];
        assert.deepEqual([probed.video?.codec, probed.video?.width, probed.video?.height, probed.video?.pixFmt], ['h264', ...size, 'yuv420p'], name);
        assert.ok(Math.abs(probed.durationSec - source.seconds) <= 1, `${name}: ${probed.durationSec} s made of ${source.seconds} s`);
        assert.equal(probed.audio?.codec, 'aac', `${name}: the clip has sound (music-less footage gets a silent track)`);
        if (name === 'rotate90') {
          const { upright, top, bottom } = await rotate90Upright(out);
          assert.ok(upright, `rotate90 upside down or sideways: top ${top.toFixed(0)}, bottom ${bottom.toFixed(0)}`);
        }
        return;
      }
      assert.equal(run.code, 1, `${name} should be refused: ${run.stderr}`);
      if (source.kind === 'image') {
        assert.match(run.stderr, new RegExp(`There is no video footage to make a clip from \\(${name}\\.\\w+ is a still image\\)`));
      } else {
        assert.match(run.stderr, REFUSALS[name], name);
        assert.doesNotMatch(run.stderr, /corrupt/, `${name}: the reason, not a guess`);
      }
    });
  }
});
