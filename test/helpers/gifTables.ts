import { readFile } from 'node:fs/promises';

/** A GIF's frames and how many of them bring a colour table of their own (GIF89a block layout). */
export async function gifTables(path: string): Promise<{ frames: number; localTables: number }> {
  const gif = await readFile(path);
  const tableBytes = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const skipSubBlocks = (at: number) => {
    while (gif[at] !== 0) at += gif[at] + 1;
    return at + 1;
  };
  let at = 13 + tableBytes(gif[10]);
  let frames = 0;
  let localTables = 0;
  while (at < gif.length && gif[at] !== 0x3b) {
    if (gif[at] === 0x21) {
      at = skipSubBlocks(at + 2);
    } else if (gif[at] === 0x2c) {
      frames++;
      if (gif[at + 9] & 0x80) localTables++;
      at = skipSubBlocks(at + 10 + tableBytes(gif[at + 9]) + 1);
    } else {
      throw new Error(`${path}: no GIF block at byte ${at}`);
    }
  }
  return { frames, localTables };
}
