import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clipFiles, outputTarget } from '../../src/cli/outputTarget';
import { freeClipName } from '../../src/protocol';

describe('CLI -o: a file, or a folder to save the clip in', () => {
  const at = new Date('2026-12-02T04:05:09Z');

  it('a dated name, numbered past the names already taken', async () => {
    const taken = new Set(['demo-clip-2026-12-02-0405.webm', 'demo-clip-2026-12-02-0405-2.webm']);
    assert.equal(await freeClipName('webm', async (name) => taken.has(name), at), 'demo-clip-2026-12-02-0405-3.webm');
    assert.equal(await freeClipName('gif', async () => false, at), 'demo-clip-2026-12-02-0405.gif');
  });

  it('an existing folder, or a new one written with a trailing slash, is a folder; it is made at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    await mkdir(join(dir, 'have'));
    assert.deepEqual(await outputTarget(join(dir, 'have'), 'en'), { path: join(dir, 'have'), folder: true });
    assert.deepEqual(await outputTarget(`${join(dir, 'new', 'deeper')}/`, 'en'), { path: join(dir, 'new', 'deeper'), folder: true });
    assert.ok((await stat(join(dir, 'new', 'deeper'))).isDirectory());
  });

  it('a file path is the file, and its missing folders are made so the save cannot fail on them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    const target = await outputTarget(join(dir, 'a', 'b', 'clip.mp4'), 'en');
    assert.deepEqual(target, { path: join(dir, 'a', 'b', 'clip.mp4'), folder: false });
    assert.ok((await stat(join(dir, 'a', 'b'))).isDirectory());
    assert.deepEqual(await clipFiles(target, ['mp4']), [join(dir, 'a', 'b', 'clip.mp4')]);
  });

  it('a folder target gets a free name inside it, in the asked format', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    const [first] = await clipFiles({ path: dir, folder: true }, ['mov']);
    assert.match(first, /demo-clip-\d{4}-\d{2}-\d{2}-\d{4}\.mov$/);
    await writeFile(first, 'x');
    const [second] = await clipFiles({ path: dir, folder: true }, ['mov']);
    assert.notEqual(second, first);
    const both = await clipFiles({ path: dir, folder: true }, ['mov', 'mov']);
    assert.equal(new Set([first, ...both]).size, 3, 'two clips asked at once get two free names');
  });

  it('several clips asked: the one of the format -o names is -o, the others beside it under its name, each with its own extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    const at = (name: string) => join(dir, name);
    assert.deepEqual(await clipFiles({ path: at('demo.mp4'), folder: false }, ['mp4', 'gif']), [at('demo.mp4'), at('demo.gif')]);
    assert.deepEqual(await clipFiles({ path: at('demo.mp4'), folder: false }, ['gif', 'mp4']), [at('demo.gif'), at('demo.mp4')]);
    assert.deepEqual(await clipFiles({ path: at('demo.mp4'), folder: false }, ['mp4', 'mp4']), [at('demo.mp4'), at('demo-2.mp4')]);
  });

  it('a GIF asked with -o naming .mp4 is saved as .gif, never a GIF in a file named .mp4; a name of no format is kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    assert.deepEqual(await clipFiles({ path: join(dir, 'e.mp4'), folder: false }, ['gif']), [join(dir, 'e.gif')]);
    assert.deepEqual(await clipFiles({ path: join(dir, 'clip'), folder: false }, ['webm']), [join(dir, 'clip')]);
  });
});
