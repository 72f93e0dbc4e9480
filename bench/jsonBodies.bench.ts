/**
 * Memory under many large JSON bodies at once: 40 clients each POST a 12 MB JSON render request to one engine (in
 * its own process). Before the JSON cap this peaked near 1.9 GB; now each body is refused at 1 MB and the rest
 * dropped as it arrives. Prints the answers and the engine's peak memory (run it twice on a shared machine).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { DemoClipClient } from '../src/client';
import { findEngine } from '../src/engine';
import { ROOT } from './benchFootage';
import { watchPeak } from './processTreeMemory';

const CLIENTS = Number(process.env.CLIENTS ?? 40);
const BODY_MB = Number(process.env.BODY_MB ?? 12);

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'democlip-json-'));
  const engine = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'serve', '--store', join(work, 'store')]);
  try {
    const url = await new Promise<string>((found) => engine.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) found(match[0]);
    }));
    const engineKey = (await findEngine(join(work, 'store')))?.key ?? '';
    const client = new DemoClipClient({ baseUrl: url, engineKey, version: 'bench', platform: 'cli', clientId: 'json-bench' });
    await client.ensureToken();
    const token = (client as unknown as { token: string }).token;
    const body = JSON.stringify({ id: 'render_big', sessionId: 'ses_x', draft: { t: [] }, output: { format: 'mp4' }, padding: 'x'.repeat(BODY_MB * 1024 * 1024) });
    const idle = watchPeak(engine.pid as number);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idlePeak = idle();
    const stopWatching = watchPeak(engine.pid as number, 20);
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: CLIENTS }, async () => {
      const res = await request(`${url}/api/render/proxy/lambda`, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })
        .catch((error: Error) => ({ statusCode: error.message, body: undefined }));
      await res.body?.dump();
      return res.statusCode;
    }));
    const peak = stopWatching();
    const counts = statuses.reduce<Record<string, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {});
    console.log(`${CLIENTS} parallel ${BODY_MB} MB JSON bodies: answers ${JSON.stringify(counts)} in ${Date.now() - started} ms`);
    console.log(`engine memory: idle ${(idlePeak / 1024 / 1024).toFixed(0)} MB, peak ${(peak / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    engine.kill('SIGINT');
    await rm(work, { recursive: true, force: true });
  }
}

void main();
