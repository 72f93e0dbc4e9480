import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { savingError } from '../client';
import { freeClipName, freeNumberedName, type Lang, OUTPUT_FORMATS, type RenderOutput } from '../protocol';

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

/**
 * The files the clips asked for are saved as, once their formats are known, one each. A folder gets a free dated name
 * per clip. A file path is the file of the first clip of the format its extension names; every other clip goes beside
 * it under the same name with its own format's extension ("-o demo.mp4" and a GIF asked: demo.gif, never a GIF named
 * .mp4), numbered when two share a format.
 */
export async function clipFiles(target: OutputTarget, formats: RenderOutput['format'][]): Promise<string[]> {
  const chosen: string[] = [];
  const onDisk = (name: string) => stat(join(target.path, name)).then(() => true, () => false);
  const extension = extname(target.path);
  const stem = target.path.slice(0, target.path.length - extension.length);
  const named = formats.findIndex((format) => `.${format}` === extension.toLowerCase());
  // ("-o clip", "-o clip.mkv": a name no format's extension is kept as given for the one clip.)
  if (!target.folder && formats.length === 1 && !(OUTPUT_FORMATS as readonly string[]).includes(extension.slice(1).toLowerCase())) return [target.path];
  for (const [i, format] of formats.entries()) {
    chosen.push(target.folder ? join(target.path, await freeClipName(format, async (name) => chosen.includes(join(target.path, name)) || await onDisk(name)))
      : i === named ? target.path
      : await freeNumberedName(stem, format, (name) => chosen.includes(name)));
  }
  return chosen;
}
