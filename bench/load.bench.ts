/**
 * Load test: 20 sessions at once against one engine (in its own process), each uploading footage, editing it in
 * chat and rendering a short clip. Prints the time, the engine's peak memory and the failures (target: 0), and
 * checks that no session can read another's data.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient, SessionNotFoundError } from '../src/client';
import { findEngine } from '../src/engine';
import { generateFootage } from '../test/fixtures/footage/generateFootage';
import { walkthroughScenes } from '../test/fixtures/footage/walkthroughScript';
import { ROOT } from './benchFootage';
import { watchPeak } from './processTreeMemory';

const SESSIONS = Number(process.env.SESSIONS ?? 20);

async function footage(): Promise<string> {
  const path = join(ROOT, '.test-footage', 'load-walkthrough-30s.mp4');
  if (!existsSync(path)) {
    await mkdir(join(ROOT, '.test-footage'), { recursive: true });
    await generateFootage({ outPath: path, scenes: walkthroughScenes(30), width: 640, height: 360 });
  }
  return path;
}

async function oneSession(url: string, engineKey: string, source: string, n: number, work: string) {
  const client = new DemoClipClient({ baseUrl: url, engineKey, version: 'bench', platform: 'cli', clientId: `load-${n}` });
  await client.ensureToken();
  const { session_id: sessionId } = await client.createSession();
  await client.upload(sessionId, [source]);
  for (const text of ['trim the best moments into 8 seconds', `add title 'Session ${n}' 0-2s`]) {
    for await (const event of client.chat(sessionId, text)) if (event.kind === 'error') throw new Error(event.message);
  }
  const draft = (await client.state(sessionId)).state.draft;
  if (!draft) throw new Error('no draft');
  const render = await client.submitRender(sessionId, draft, { format: 'mp4', quality: 'high', resolution: '540p' });
  const done = await client.waitForRender(render.id, { intervalMs: 500 });
  const bytes = await client.download(done, join(work, `clip-${n}.mp4`));
  const title = draft.t.find((t) => t.tt === 7)?.sg[0]?.m?.text;
  if (title !== `Session ${n}`) throw new Error(`session ${n} sees title "${title}"`);
  return { client, sessionId, renderId: render.id, bytes };
}

async function main(): Promise<void> {
  const source = await footage();
  const work = await mkdtemp(join(tmpdir(), 'democlip-load-'));
  const engine = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'serve', '--store', join(work, 'store')]);
  const url = await new Promise<string>((found) => engine.stdout.on('data', (chunk: Buffer) => {
    const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
    if (match) found(match[0]);
  }));
  const engineKey = (await findEngine(join(work, 'store')))?.key ?? '';
  const stopWatching = watchPeak(engine.pid as number);
  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: SESSIONS }, (_, n) => oneSession(url, engineKey, source, n, work)));
  const wallMs = Date.now() - started;
  const peak = stopWatching();
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failures = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
  // Isolation: every session tries to read the next one's session and render; each must be refused.
  let leaks = 0;
  for (const [k, mine] of ok.entries()) {
    const other = ok[(k + 1) % ok.length];
    if (other === mine) continue;
    const read = await mine.client.state(other.sessionId).then(() => true, (e: unknown) => !(e instanceof SessionNotFoundError));
    const render = await mine.client.renderStatus(other.renderId).then(() => true, () => false);
    if (read || render) leaks++;
  }
  engine.kill('SIGINT');
  await rm(work, { recursive: true, force: true });
  const rows: [string, string][] = [
    ['sessions', String(SESSIONS)],
    ['completed', String(ok.length)],
    ['failures', String(failures.length)],
    ['cross-session reads allowed', String(leaks)],
    ['wall time', `${(wallMs / 1000).toFixed(1)} s`],
    ['per session (upload, 2 edits, render)', `${(wallMs / 1000 / SESSIONS).toFixed(2)} s`],
    ['engine peak memory (with ffmpeg)', `${(peak / 1024 / 1024).toFixed(0)} MB`],
  ];
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(40)} ${value}\n`);
  failures.slice(0, 3).forEach((f) => process.stdout.write(`  failure: ${f}\n`));
  if (failures.length > 0 || leaks > 0) process.exit(1);
}

main().catch((error: Error) => {
  process.stderr.write(`load test failed: ${error.message}\n`);
  process.exit(1);
});
