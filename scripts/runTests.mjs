// `npm test`: the plain-Node unit tests, then the tests in a real VS Code extension host (the extension under
// development, then the packaged .vsix installed as a user would: `npm test` packages it first); one closing line.
// Each suite prints its own "N passed, N failed"; CI reads the last such line, so the total comes last.
import { spawn } from 'node:child_process';
import { clearTimeout, setTimeout } from 'node:timers';

const suites = [
  ['unit', process.execPath, ['node_modules/mocha/bin/mocha.js']],
  ['extension host', process.execPath, ['out/test/host/runHostTests.js']],
  ['installed .vsix', process.execPath, ['out/test/host/runHostTests.js', '--installed']],
];

// A suite that hangs must not hang CI: one that has printed its summary gets EXIT_GRACE_MS to exit (a test left
// something open), and none runs longer than SUITE_LIMIT_MS. Either is killed and counted as a failure.
const EXIT_GRACE_MS = 60_000;
const SUITE_LIMIT_MS = 40 * 60_000;

function run(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let counts = { passed: 0, failed: 0 };
    let tail = '';
    let killedFor;
    const kill = (why) => {
      if (child.exitCode !== null || killedFor) return;
      killedFor = why;
      child.kill('SIGKILL');
    };
    const limit = setTimeout(() => kill(`ran longer than ${SUITE_LIMIT_MS / 60_000} min`), SUITE_LIMIT_MS);
    let grace;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4096);
      if (!grace && /^\d+ passed, \d+ failed/m.test(tail)) {
        grace = setTimeout(() => kill(`did not exit within ${EXIT_GRACE_MS / 1000} s of its summary: a test left something open`), EXIT_GRACE_MS);
      }
    });
    child.on('close', (code) => {
      clearTimeout(limit);
      clearTimeout(grace);
      const lines = [...tail.matchAll(/^(\d+) passed, (\d+) failed/gm)];
      const last = lines.at(-1);
      if (last) counts = { passed: Number(last[1]), failed: Number(last[2]) };
      // A suite that crashed, hung or was killed before counting still fails the run.
      if ((code !== 0 || killedFor) && counts.failed === 0) counts.failed = 1;
      if (killedFor) process.stderr.write(`${name} tests killed: ${killedFor}\n`);
      else if (code !== 0) process.stderr.write(`${name} tests exited with code ${code}\n`);
      resolve(counts);
    });
  });
}

let passed = 0;
let failed = 0;
for (const [name, command, args] of suites) {
  const counts = await run(name, command, args);
  passed += counts.passed;
  failed += counts.failed;
}
process.stdout.write(`\ntotal: ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
