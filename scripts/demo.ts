/**
 * `npm run demo`: the product's headline job on a fresh machine. Generates a 3-minute 1080p product walkthrough
 * (once; it is kept in demo-clips/footage/) and has the democlip CLI, on the local engine, trim its best moments
 * into a 60-second 1080p MP4 with a title and lo-fi music.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateFootage } from '../test/fixtures/footage/generateFootage';
import { walkthroughScenes } from '../test/fixtures/footage/walkthroughScript';

const ROOT = resolve(__dirname, '../..');
const OUT_DIR = join(ROOT, 'demo-clips');
const FOOTAGE = join(OUT_DIR, 'footage', 'walkthrough.mp4');
const CLIP = join(OUT_DIR, 'demo.mp4');

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  await mkdir(join(OUT_DIR, 'footage'), { recursive: true });
  if (!existsSync(FOOTAGE)) {
    process.stderr.write('Generating a 3-minute 1080p screen recording of a product walkthrough (once)…\n');
    const started = Date.now();
    await generateFootage({ outPath: FOOTAGE, scenes: walkthroughScenes(180), width: 1920, height: 1080 });
    process.stderr.write(`Footage ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${FOOTAGE}\n`);
  }
  const started = Date.now();
  await run(process.execPath, [
    join(ROOT, 'dist', 'cli.js'), 'make', FOOTAGE,
    '--prompt', 'trim the best moments and compile them into a 60-second demo clip',
    '--prompt', "add title 'Acme Analytics in 60 seconds' 0-3s",
    '--prompt', 'add lo-fi BGM at 25%',
    '--prompt', 'export 1080p MP4',
    '-o', CLIP,
    '--store', join(OUT_DIR, '.store'),
  ]);
  process.stderr.write(`\nDemo clip: ${CLIP} (made in ${((Date.now() - started) / 1000).toFixed(1)} s from 180 s of footage)\n`);
  await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height:format=duration', '-of', 'compact=p=0', CLIP]);
}

main().catch((error: Error) => {
  process.stderr.write(`Demo failed: ${error.message}\n`);
  process.exit(1);
});
