import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateFootage } from '../test/fixtures/footage/generateFootage';
import { walkthroughScenes } from '../test/fixtures/footage/walkthroughScript';

export const ROOT = resolve(__dirname, '../..');
export const FOOTAGE_SECONDS = 180;

/** 3 minutes of 1080p30 walkthrough, generated once (about 30-50 s) into .test-footage/. */
export async function benchFootage(): Promise<string> {
  const path = join(ROOT, '.test-footage', 'bench-walkthrough-1080p.mp4');
  if (!existsSync(path)) {
    await mkdir(join(ROOT, '.test-footage'), { recursive: true });
    process.stderr.write('generating 3 min of 1080p30 footage (once)…\n');
    await generateFootage({ outPath: path, scenes: walkthroughScenes(FOOTAGE_SECONDS), width: 1920, height: 1080 });
  }
  return path;
}
