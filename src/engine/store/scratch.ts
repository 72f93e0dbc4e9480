import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Work in progress (a render's filter scripts and sound mix, an analysis's frames, a filmstrip being drawn) is kept in
 * one folder of the store's cache, not in the system's temp folder: what an engine killed mid-work leaves behind is
 * then found, and cleared, by the next engine that claims the store.
 */
const SCRATCH = 'work';

/** A new folder of its own for one piece of work that outlives a call (a render job's); the caller removes it when the work ends. */
export async function scratchFolder(cacheDir: string, prefix: string): Promise<string> {
  const root = join(cacheDir, SCRATCH);
  await mkdir(root, { recursive: true, mode: 0o700 });
  return mkdtemp(join(root, prefix));
}

/** `work` done in a scratch folder of its own, which is removed when the work ends, however it ends. */
export async function inScratch<T>(cacheDir: string, prefix: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await scratchFolder(cacheDir, prefix);
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Only for the engine that has just claimed the store: no other engine's work can be in flight there. */
export function clearScratch(cacheDir: string): Promise<void> {
  return rm(join(cacheDir, SCRATCH), { recursive: true, force: true });
}
