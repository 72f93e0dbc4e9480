import * as assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConnectionError, DemoClipClient, ExportBlockedError, FileTooLargeError, MissingClientIdError, OutOfCreditsError,
  ProtocolError, RateLimitedError, SaveError, SessionNotFoundError, TokenInvalidError, UnsupportedFileError,
} from '../../src/client';

type Reply = (req: IncomingMessage, res: ServerResponse) => void;

/** A scripted server: each request takes the next reply, so a test states exactly what the backend does. */
async function scripted(replies: Reply[]): Promise<{ client: DemoClipClient; requests: IncomingMessage[]; close(): void }> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    const reply = replies.shift();
    if (reply) reply(req, res);
    else res.writeHead(500).end('no more replies');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new DemoClipClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    version: '1.2.3', platform: 'vscode', clientId: 'cid', token: 'nmv_usr_secret', renewableToken: false,
  });
  return { client, requests, close: () => server.close() };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const CASES: [number, number, new (...args: never[]) => Error, RegExp][] = [
  [1001, 401, TokenInvalidError, /invalid or has expired/],
  [1010, 200, TokenInvalidError, /expired/],
  [1011, 200, TokenInvalidError, /expired/],
  [1002, 404, SessionNotFoundError, /draft is gone/],
  [2001, 402, OutOfCreditsError, /out of credits/],
  [4001, 415, UnsupportedFileError, /Accepted formats: mp4/],
  [4002, 413, FileTooLargeError, /Compress or trim/],
  [400, 400, MissingClientIdError, /rejected the request/],
  [402, 402, ExportBlockedError, /free NemoVideo plan.*not credits/],
];

describe('client error mapping: every code in the table', () => {
  for (const [code, status, type, message] of CASES) {
    it(`maps code ${code} in the {code,message} envelope to ${type.name}`, async () => {
      const server = await scripted([json(status, { code, message: 'server says so', data: null })]);
      try {
        await assert.rejects(server.client.credits(), (error: unknown) => {
          assert.ok(error instanceof type, `got ${(error as Error).constructor.name}`);
          assert.match((error as Error).message, message);
          assert.doesNotMatch((error as Error).message, /secret/);
          return true;
        });
      } finally {
        server.close();
      }
    });
  }

  it('maps the {success:false,error} render envelope', async () => {
    const server = await scripted([json(402, { success: false, code: 402, error: 'upgrade' })]);
    try {
      await assert.rejects(server.client.renderStatus('r1'), ExportBlockedError);
    } finally {
      server.close();
    }
  });

  it('sends the attribution headers and the bearer token on every call', async () => {
    const server = await scripted([json(200, { code: 0, data: { available: 5, frozen: 0, total: 5 } })]);
    try {
      await server.client.credits();
      const headers = server.requests[0].headers;
      assert.equal(headers['x-skill-source'], 'demo-clip-maker');
      assert.equal(headers['x-skill-version'], '1.2.3');
      assert.equal(headers['x-skill-platform'], 'vscode');
      assert.equal(headers.authorization, 'Bearer nmv_usr_secret');
    } finally {
      server.close();
    }
  });

  it('waits for Retry-After on 429 and retries exactly once', async () => {
    const server = await scripted([
      json(429, { code: 429, message: 'slow down' }, { 'retry-after': '0.2' }),
      json(429, { code: 429, message: 'slow down' }, { 'retry-after': '0' }),
    ]);
    try {
      const started = Date.now();
      await assert.rejects(server.client.credits(), RateLimitedError);
      assert.equal(server.requests.length, 2);
      assert.ok(Date.now() - started >= 190);
    } finally {
      server.close();
    }
  });

  it('succeeds when the retry after a 429 does', async () => {
    const server = await scripted([json(429, { code: 429 }, { 'retry-after': '0' }), json(200, { code: 0, data: { available: 1, total: 1 } })]);
    try {
      assert.equal((await server.client.credits()).available, 1);
    } finally {
      server.close();
    }
  });

  it('reports a malformed body or an unknown shape as a ProtocolError, not a crash', async () => {
    const server = await scripted([
      (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0,"da'),
      json(200, { code: 0, data: { available: 'lots' } }),
      (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>'),
    ]);
    try {
      await assert.rejects(server.client.credits(), /unreadable answer \(HTTP 200\)/);
      await assert.rejects(server.client.credits(), ProtocolError);
      await assert.rejects(server.client.credits(), /unreadable answer \(HTTP 502\)/);
    } finally {
      server.close();
    }
  });

  it('reports an unreachable server as a ConnectionError: the local engine in words (no raw port), a remote one by its host', async () => {
    const local = new DemoClipClient({ baseUrl: 'http://127.0.0.1:1', version: '1', platform: 'cli', clientId: 'c', token: 't' });
    await assert.rejects(local.credits(), (error: unknown) => error instanceof ConnectionError && /^The local Demo Clip engine is not running/.test(error.message) && !/:1\b/.test(error.message));
    const remote = new DemoClipClient({ baseUrl: 'http://no-such-host.invalid', version: '1', platform: 'cli', clientId: 'c', token: 't' });
    await assert.rejects(remote.credits(), (error: unknown) => error instanceof ConnectionError && /no-such-host\.invalid/.test(error.message));
  });

  it('never sends the token to another host when downloading', async () => {
    const cdn = await scripted([(_req, res) => res.writeHead(200, { 'content-length': '3' }).end('abc')]);
    const api = await scripted([]);
    try {
      const port = new URL(cdn.client.baseUrl).port;
      const { mkdtemp, readFile } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const dir = await mkdtemp(join((await import('node:os')).tmpdir(), 'dl-'));
      // "localhost" is another origin than the API's 127.0.0.1, as a CDN would be.
      await api.client.download({ id: 'r', status: 'completed', progress: 100, outputUrl: `http://localhost:${port}/x.mp4` }, join(dir, 'x.mp4'));
      assert.equal(cdn.requests[0].headers.authorization, undefined);
      assert.equal(await readFile(join(dir, 'x.mp4'), 'utf8'), 'abc');
    } finally {
      cdn.close();
      api.close();
    }
  });

  describe('a disk that refuses the file is said as such, never as the engine being down', () => {
    const saveTo = async (destination: (dir: string) => Promise<string>) => {
      const api = await scripted([(_req, res) => res.writeHead(200, { 'content-length': '3' }).end('abc')]);
      const { mkdtemp, readdir } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const dir = await mkdtemp(join((await import('node:os')).tmpdir(), 'dl-'));
      try {
        const error = await api.client.download({ id: 'r', status: 'completed', progress: 100 }, await destination(dir)).then(() => undefined, (e: unknown) => e);
        return { error, left: await readdir(dir) };
      } finally {
        api.close();
      }
    };

    it('a folder named as the file: "that is a folder", and no .part left behind', async () => {
      const { mkdir } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const { error, left } = await saveTo(async (dir) => { await mkdir(join(dir, 'clips')); return join(dir, 'clips'); });
      assert.ok(error instanceof SaveError, String(error));
      assert.match(error.message, /Could not save the clip as .*clips: that is a folder \(name a file, such as clip\.mp4\)/);
      assert.doesNotMatch(error.message, /not running|engine/);
      assert.deepEqual(left, ['clips']);
    });

    it('a folder that does not exist: "its folder does not exist"', async () => {
      const { join } = await import('node:path');
      const { error } = await saveTo(async (dir) => join(dir, 'nowhere', 'clip.mp4'));
      assert.ok(error instanceof SaveError, String(error));
      assert.match(error.message, /nowhere.clip\.mp4: its folder does not exist\. Choose another place and export again\./);
    });

    it('a file in the way of the path: said in Chinese for a Chinese session', async () => {
      const { writeFile } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const api = await scripted([(_req, res) => res.writeHead(200, { 'content-length': '3' }).end('abc')]);
      const zh = new DemoClipClient({ baseUrl: api.client.baseUrl, version: '1', platform: 'cli', clientId: 'c', token: 'nmv_usr_secret', renewableToken: false, language: 'zh' });
      const dir = await (await import('node:fs/promises')).mkdtemp(join((await import('node:os')).tmpdir(), 'dl-'));
      await writeFile(join(dir, 'file'), 'x');
      try {
        await assert.rejects(zh.download({ id: 'r', status: 'completed', progress: 100 }, join(dir, 'file', 'clip.mp4')),
          (error: unknown) => error instanceof SaveError && /^无法把短片保存为 .*：路径中有一部分是文件而不是文件夹。请换一个位置后重新导出。$/.test(error.message));
      } finally {
        api.close();
      }
    });
  });
});
