import * as assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ENGINE_KEY_HEADER } from '../../src/protocol';
import { serveProcess, stopServe } from '../helpers/runCli';
import { rawRequest, requestText } from './rawHttp';

/** The engine in its own process: a crash here ends that process, not mocha. */
describe('security: one malformed request cannot end the engine', function () {
  this.timeout(60_000);
  let work: string;
  let engine: { child: ChildProcess; url: string; key: string };
  let port: number;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-malformed-'));
    engine = await serveProcess(['--store', join(work, 'store'), '--port', '0']);
    port = Number(new URL(engine.url).port);
  });
  after(async () => {
    await stopServe(engine.child);
    await rm(work, { recursive: true, force: true });
  });

  const alive = async () => {
    assert.equal(engine.child.exitCode, null, 'the engine process exited');
    const answer = await rawRequest(port, requestText(port, 'POST /api/auth/anonymous-token HTTP/1.1', ['X-Client-Id: after-the-attack', `${ENGINE_KEY_HEADER}: ${engine.key}`]));
    assert.equal(answer.status, 200, answer.text);
  };

  for (const [what, line] of [
    ['a broken percent-escape in a route parameter', 'GET /api/media/%E0%A4%A HTTP/1.1'],
    ['a request line that is not a URL', 'GET //[ HTTP/1.1'],
    ['a broken escape in a render id', 'GET /api/render/proxy/lambda/%ZZ HTTP/1.1'],
  ] as const) {
    it(`answers ${what} with a 4xx and keeps serving`, async () => {
      const answer = await rawRequest(port, requestText(port, line));
      assert.ok(answer.status !== undefined && answer.status >= 400 && answer.status < 500, `got: ${answer.text.slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await alive();
    });
  }
});
