import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateFootage } from '../fixtures/footage/generateFootage';
import type { FootageTruth, Scene } from '../fixtures/footage/scene';
import { generateStill, generateTone } from '../fixtures/footage/stills';

/** Generated footage is cached per name for the whole run (and across runs): generating is the slow part. */
const FOOTAGE_DIR = resolve(__dirname, '../../../.test-footage');

const exists = (path: string) => stat(path).then(() => true, () => false);

export interface Footage {
  path: string;
  truth: FootageTruth;
}

const pending = new Map<string, Promise<Footage>>();

export function footage(name: string, scenes: Scene[], size = { width: 640, height: 360 }): Promise<Footage> {
  const outPath = join(FOOTAGE_DIR, `${name}.mp4`);
  let job = pending.get(outPath);
  if (!job) {
    job = (async () => {
      await mkdir(FOOTAGE_DIR, { recursive: true });
      const truthPath = `${outPath}.truth.json`;
      const truth = (await exists(truthPath))
        ? (JSON.parse(await readFile(truthPath, 'utf8')) as FootageTruth)
        : await generateFootage({ outPath, scenes, ...size });
      return { path: outPath, truth };
    })();
    pending.set(outPath, job);
  }
  return job;
}

/** 12 s: a silent static start, narration over a moving cursor, typing, a static silent end. */
export const shortWalkthrough = () =>
  footage('short-walkthrough', [
    { visual: 'static', seconds: 2 },
    { visual: 'cursor', seconds: 4, say: 'Welcome to the dashboard.' },
    { visual: 'typing', seconds: 3 },
    { visual: 'static', seconds: 3 },
  ]);

/** 24 s of walkthrough with narration, typing and idle stretches: what the CLI tests make clips of. */
export const cliWalkthrough = () =>
  footage('cli-walkthrough', [
    { visual: 'static', seconds: 3 },
    { visual: 'cursor', seconds: 5, say: 'Here is the dashboard with the numbers that matter.' },
    { visual: 'static', seconds: 4 },
    { visual: 'scroll', seconds: 5, say: 'Scroll through every report.' },
    { visual: 'typing', seconds: 4 },
    { visual: 'static', seconds: 3 },
  ]);

export async function still(name = 'still.png'): Promise<string> {
  const path = join(FOOTAGE_DIR, name);
  if (!(await exists(path))) {
    await mkdir(FOOTAGE_DIR, { recursive: true });
    await generateStill(path);
  }
  return path;
}

export async function tone(name = 'tone.wav', seconds = 2): Promise<string> {
  const path = join(FOOTAGE_DIR, name);
  if (!(await exists(path))) {
    await mkdir(FOOTAGE_DIR, { recursive: true });
    await generateTone(path, seconds);
  }
  return path;
}

/** A file that claims to be a video by its name but holds text. */
export async function fakeVideo(dir: string): Promise<string> {
  const path = join(dir, 'notes.mp4');
  await writeFile(path, 'this is not a video\n'.repeat(100));
  return path;
}
