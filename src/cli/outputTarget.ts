import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { savingError } from '../client';
import { freeClipName, type Lang, type RenderOutput } from '../protocol';

/** Where -o says the clip goes: a file, or a folder it is saved in under a dated name. */
export interface OutputTarget {
  path: string;
  folder: boolean;
}

/**
 * Reads -o: a folder that exists, or one written with a trailing slash, is where the clip goes; anything else is the
 * file. Its folder is made and checked now, so a place that cannot be written fails before minutes of work, not after.
 */
export async function outputTarget(raw: string, lang: Lang): Promise<OutputTarget> {
  const path = resolve(raw);
  const folder = /[\\/]$/.test(raw) || (await stat(path).catch(() => undefined))?.isDirectory() === true;
  try {
    const dir = folder ? path : dirname(path);
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw savingError(error, path, lang);
  }
  return { path, folder };
}

/** The file the clip is saved as, once its format is known. */
export async function clipFile(target: OutputTarget, format: RenderOutput['format']): Promise<string> {
  if (!target.folder) return target.path;
  return join(target.path, await freeClipName(format, (name) => stat(join(target.path, name)).then(() => true, () => false)));
}
