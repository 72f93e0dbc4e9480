/**
 * Writes a synthetic walkthrough recording and its ground truth:
 *   node out/scripts/footage/cli.js <out.mp4> [--seconds N] [--width W --height H] [--fps F]
 * Prints the truth file's path on stdout (and nothing else, so scripts can capture it).
 */
import { parseArgs } from 'node:util';
import { generateFootage, walkthroughScenes } from './generateFootage';

const USAGE = 'usage: cli.js <out.mp4> [--seconds N] [--width W --height H] [--fps F]';

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      fps: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  const seconds = numberOption(values.seconds, 'seconds') ?? 60;
  const started = Date.now();
  const truth = await generateFootage({
    outPath: positionals[0],
    scenes: walkthroughScenes(seconds),
    width: numberOption(values.width, 'width'),
    height: numberOption(values.height, 'height'),
    fps: numberOption(values.fps, 'fps'),
  });
  console.error(
    `${truth.file}: ${truth.durationSec} s ${truth.width}x${truth.height}@${truth.fps}, ` +
    `${truth.segments.length} segments, ${truth.speech.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`${positionals[0]}.truth.json`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
