import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient } from '../../src/client';
import { Routes } from '../../src/protocol';
import { serveProcess, stopServe } from '../helpers/runCli';
import { rawRequest, type RawAnswer } from './rawHttp';

/** Requests sent: a fixed count, never a time budget, so a loaded machine checks the same requests, only slower. */
const REQUESTS = 2500;
const PARALLEL = 8;

/** A small seeded generator (mulberry32), so a failure names the seed that reproduces it. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const NASTY = ['%', '%E0%A4%A', '%ZZ', '%00', '%2e%2e', '..', '//', '[', ']', '\\', '?', '#', ';', '@', ':', '~', '%C0%AF', '%FF', 'é', '演', '\u0000', ' ', '\t', '%0d%0a', '{', '}', '|', '^', '`', '"', "'", '<', '>', '*'];

function randomText(r: Random, max = 40): string {
  const length = r.int(max);
  let text = '';
  for (let k = 0; k < length; k++) {
    const roll = r.next();
    text += roll < 0.5 ? String.fromCharCode(0x21 + r.int(94)) : roll < 0.8 ? r.pick(NASTY) : String.fromCharCode(r.int(0x3000));
  }
  return text;
}

function randomJson(r: Random, depth = 0): unknown {
  const roll = r.int(depth > 4 ? 5 : 8);
  switch (roll) {
    case 0: return null;
    case 1: return r.next() < 0.5;
    case 2: return r.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, 1e-300, 36_000_000, 16384]);
    case 3: return randomText(r, 30);
    case 4: return r.pick(['render_x', 'preview_x', 'ses_x', 'med_x', 'bgm:lofi', '../../etc/passwd', 'webm', 'mp4', '4k', '']);
    case 5: return Array.from({ length: r.int(5) }, () => randomJson(r, depth + 1));
    default: {
      const keys = ['id', 'sessionId', 'session_id', 'draft', 'output', 'format', 'resolution', 'quality', 't', 'tt', 'sg', 'src', 'in', 'at', 'd', 'm', 'width', 'height', 'fps',
        'urls', 'source_type', 'new_message', 'parts', 'text', 'task_name', 'language', 'app_name', 'user_id', '__proto__', 'constructor'];
      return Object.fromEntries(Array.from({ length: r.int(6) }, () => [r.pick(keys), randomJson(r, depth + 1)]));
    }
  }
}

interface Known {
  port: number;
  token: string;
  sessionId: string;
}

/** Path text: mostly what an HTTP parser lets through (so the router sees it), sometimes raw bytes it must refuse. */
function pathText(r: Random, max: number): string {
  const text = randomText(r, max).replace(/[\s/]/g, '');
  return r.next() < 0.9 ? text.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)) : text;
}

function randomPath(r: Random, known: Known): string {
  const route = r.pick(Object.values(Routes));
  const filled = route.replace(/:([a-zA-Z]+)/g, (_, name: string) =>
    r.next() < 0.4 ? (name === 'sessionId' ? known.sessionId : `${name}_x`) : pathText(r, 20) || '%');
  const roll = r.next();
  if (roll < 0.6) return filled;
  if (roll < 0.8) return `${filled}${r.pick(['?', '?t=', '?t=a.b.c', '/', '/..', '?%%'])}${pathText(r, 20)}`;
  return `/${pathText(r, 60)}`;
}

function randomRequest(r: Random, known: Known): string {
  const method = r.pick(['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'BREW', 'G\u00e9T']);
  const target = r.next() < 0.05 ? r.pick(['*', '//[', 'http://127.0.0.1/', '']) : randomPath(r, known);
  const version = r.next() < 0.95 ? 'HTTP/1.1' : r.pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '']);
  const headers = [r.next() < 0.9 ? `Host: 127.0.0.1:${known.port}` : `Host: ${r.pick(['evil.example', '', `localhost:${known.port}`, '127.0.0.1'])}`, 'Connection: close'];
  if (r.next() < 0.6) headers.push(`Authorization: ${r.next() < 0.7 ? `Bearer ${known.token}` : `Bearer ${randomText(r, 30).replace(/\s/g, '')}`}`);
  if (r.next() < 0.3) headers.push(`X-Client-Id: ${randomText(r, 80).replace(/[\r\n]/g, '')}`);
  if (r.next() < 0.2) headers.push(`X-Request-Id: ${randomText(r, 40).replace(/[\r\n]/g, '')}`);
  if (r.next() < 0.2) headers.push(`Range: ${r.pick(['bytes=0-', 'bytes=-1', 'bytes=99999999999-', 'bytes=5-1', 'bytes=', 'lines=1-2'])}`);
  if (r.next() < 0.1) headers.push(`${randomText(r, 20).replace(/[\s:]/g, '') || 'X'}: ${randomText(r, 40).replace(/[\r\n]/g, '')}`);
  let body = '';
  const kind = r.next();
  if (kind < 0.5) {
    headers.push(`Content-Type: ${r.pick(['application/json', 'application/json; charset=utf-8', 'text/plain'])}`);
    body = r.next() < 0.85 ? JSON.stringify(randomJson(r)) : randomText(r, 200);
  } else if (kind < 0.65) {
    const boundary = r.pick(['x', '', '----b', randomText(r, 10).replace(/[\s;"]/g, '')]);
    headers.push(`Content-Type: multipart/form-data; boundary=${boundary}`);
    body = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${randomText(r, 20).replace(/["\r\n]/g, '')}.${r.pick(['mp4', 'png', 'txt', ''])}"\r\n\r\n${randomText(r, 100)}\r\n${r.next() < 0.5 ? `--${boundary}--\r\n` : ''}`;
  }
  const bytes = Buffer.from(body, 'utf8');
  // The declared length always matches, so every request is complete and the engine owes it an answer now.
  if (bytes.length > 0 || r.next() < 0.5) headers.push(`Content-Length: ${bytes.length}`);
  return `${method} ${target} ${version}`.trimEnd() + `\r\n${headers.join('\r\n')}\r\n\r\n${body}`;
}

describe('security: a fuzz pass of random requests against a running engine', function () {
  this.timeout(900_000);
  let work: string;
  let engine: { child: ChildProcess; url: string; key: string };
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-fuzz-'));
    engine = await serveProcess(['--store', join(work, 'store'), '--port', '0']);
  });
  after(async () => {
    await stopServe(engine.child);
    await rm(work, { recursive: true, force: true });
  });

  it(`answers every one of ${REQUESTS} random request lines, paths, headers and bodies, then still serves a normal request`, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 15);
    const r = generator(seed);
    const client = new DemoClipClient({ baseUrl: engine.url, engineKey: engine.key, version: 'test', platform: 'cli', clientId: 'fuzz' });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession();
    const known: Known = { port: Number(new URL(engine.url).port), token: (client as unknown as { token: string }).token, sessionId };
    const requests = Array.from({ length: REQUESTS }, () => randomRequest(r, known));
    const unanswered: string[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < requests.length) {
        const text = requests[sent++];
        const answer: RawAnswer = await rawRequest(known.port, text, 10_000);
        if (answer.status === undefined) unanswered.push(text.slice(0, 300));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    assert.equal(engine.child.exitCode, null, `the engine exited (seed ${seed})`);
    assert.deepEqual(unanswered.slice(0, 5), [], `${unanswered.length} of ${sent} unanswered (seed ${seed})`);

    const { session_id: after } = await client.createSession();
    assert.ok((await client.state(after)).state);
    console.log(`      fuzz: ${sent} requests (seed ${seed}), all answered`);
  });
});
