import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The preview proxies made in a store so far (previewProxies.ts makes them in the background after a preview). */
export async function madeProxies(storeDir: string): Promise<string[]> {
  const dir = join(storeDir, 'cache', 'preview-proxies');
  return (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.mp4')).map((name) => join(dir, name));
}

/** Waits until `count` proxies are made, or fails after `timeoutMs`. */
export async function waitForProxies(storeDir: string, count: number, timeoutMs: number): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const made = await madeProxies(storeDir);
    if (made.length >= count) return made;
    if (Date.now() > until) throw new Error(`${made.length} of ${count} preview proxies made after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
