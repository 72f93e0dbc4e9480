import { readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The file kept in `dir` under `key`: made once by `make` (which writes the path it is given, renamed into place
 * only when it succeeds, so a failed or killed run leaves nothing half-written), reused afterwards. Its time is set
 * at each use: what goes unused for long is what the cache's sweep deletes.
 */
export async function cachedFile(dir: string, key: string, extension: string, make: (partPath: string) => Promise<void>): Promise<string> {
  const path = join(dir, `${key}.${extension}`);
  if (await touched(path)) return path;
  const partPath = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    await make(partPath);
    await rename(partPath, path);
  } finally {
    await rm(partPath, { force: true });
  }
  return path;
}

/** Whether the file is there, its time set to now if it is. */
export function touched(path: string): Promise<boolean> {
  const now = new Date();
  return utimes(path, now, now).then(() => true, () => false);
}

/** When each cache folder was last swept: listing a folder of thousands of parts after every preview costs seconds. */
const sweptAt = new Map<string, number>();
const SWEEP_EVERY_MS = 3600 * 1000;

/** Deletes what was not used for `unusedMs`, at most once an hour per folder (and at the first call). */
export async function sweepUnused(dir: string, unusedMs: number): Promise<void> {
  const now = Date.now();
  if (now - (sweptAt.get(dir) ?? -Infinity) < SWEEP_EVERY_MS) return;
  sweptAt.set(dir, now);
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < now - unusedMs) await rm(path, { force: true });
  }
}
