import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderRecord, RenderRecords } from '../client';
import { readJson, writeJsonAtomic } from '../engine/store/atomicJson';

/**
 * What the CLI keeps between runs, beside the store whose engine it uses: `cli/client-id`, its install id (the
 * protocol's X-Client-Id, persisted per install, so that a later run is the same user and may ask about an earlier
 * run's render), and `cli/renders/<id>.json`, the renders whose file is not saved yet. Readable only by the user:
 * the install id gets a token.
 */
const cliDir = (storeDir: string) => join(storeDir, 'cli');

export async function cliClientId(storeDir: string): Promise<string> {
  const path = join(cliDir(storeDir), 'client-id');
  await mkdir(cliDir(storeDir), { recursive: true, mode: 0o700 });
  // Written whole beside it, then linked into place (fails if there is one already): two first runs at once agree on
  // one id, and neither can read a file the other has created but not yet written.
  const written = `${path}.${randomUUID()}`;
  await writeFile(written, randomUUID(), { mode: 0o600 });
  try {
    await link(written, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(written, { force: true });
  }
  return (await readFile(path, 'utf8')).trim();
}

/** One file per render, so that runs at once never write over each other's records. */
export class FileRenderRecords implements RenderRecords {
  private readonly dir: string;

  constructor(storeDir: string) {
    this.dir = join(cliDir(storeDir), 'renders');
  }

  async list(): Promise<readonly RenderRecord[]> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const records = await Promise.all(names.filter((name) => name.endsWith('.json')).map((name) => readJson<RenderRecord>(join(this.dir, name))));
    return records.filter((record): record is RenderRecord => record !== undefined);
  }

  add(record: RenderRecord): Promise<void> {
    return writeJsonAtomic(this.pathOf(record.id), record);
  }

  remove(id: string): Promise<void> {
    return rm(this.pathOf(id), { force: true });
  }

  /** Render ids are the client's own (`render_<uuid>`), but a record file is never named by anything else. */
  private pathOf(id: string): string {
    return join(this.dir, `${id.replace(/[^\w-]/g, '_')}.json`);
  }
}
