import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Where a doc comment ends on the line just before another opens, as file:line of its end. Only the second documents
 * the declaration after them: the first was left behind by a merge, or is a section heading (a `//` comment then).
 */
function stackedDocComments(): string[] {
  return tsFiles(SRC).flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, k) => line.trim().endsWith('*/') && lines[k + 1]?.trim().startsWith('/**')
      ? [`${path.relative(ROOT, file).split(path.sep).join('/')}:${k + 1}`]
      : []);
  });
}

describe('doc comments', () => {
  it('each sits directly above the one declaration it describes, never above another doc comment', () => {
    const stacked = stackedDocComments();
    assert.deepEqual(stacked, [], `a doc comment directly followed by another (move it above its member, or make a heading a // comment):\n${stacked.join('\n')}`);
  });
});
