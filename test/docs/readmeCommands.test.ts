import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The README's ```sh blocks under "Try it", in order: the first command (the clip), then the test command. */
function tryItCommands(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Try it'), readme.indexOf('\n## ', readme.indexOf('## Try it') + 1));
  return [...section.matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => m[1].trim());
}

describe('README: the two commands a newcomer runs', () => {
  it('the first installs only what the main job needs, then makes the clip', () => {
    const [first] = tryItCommands();
    assert.equal(first, 'bash scripts/install-deps.sh && npm ci && npm run demo');
    const installs = read('scripts/install-deps.sh');
    for (const testTool of ['chromium', 'libkrb5-dev', 'g++', 'setup-vshost', 'install-test-deps']) {
      assert.ok(!installs.includes(testTool), `install-deps.sh mentions ${testTool}: that is the test command's`);
    }
  });

  it('the second installs the test tooling and runs the tests, and CI runs exactly it', () => {
    const [, second] = tryItCommands();
    assert.equal(second, 'bash scripts/install-test-deps.sh && npm test');
    const ci = read('.ci/run').trim().split('\n');
    assert.equal(ci.at(-1), second, '.ci/run ends with the README\'s test command');
    assert.match(read('scripts/install-test-deps.sh'), /setup-vshost\.sh/);
  });
});
