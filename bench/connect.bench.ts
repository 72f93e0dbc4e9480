// How long a client takes to reach the store's engine: starting it (detached `democlip serve`), and joining it once it
// runs (what a second VS Code window or CLI run does: read the owner record, check the pid, the key proof, attach,
// then get a token). Run after `npx tsc -p . && node esbuild.mjs`: node out/bench/connect.bench.js
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient } from '../src/client';
import { useEngine } from '../src/engine';
import { ROOT } from './benchFootage';

const ROUNDS = 20;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'democlip-connect-'));
  const store = join(work, 'store');
  const serve = { command: process.execPath, args: [join(ROOT, 'dist', 'cli.js')], idleExitSeconds: 1 };
  const time = async () => {
    const started = process.hrtime.bigint();
    const engine = await useEngine(store, serve);
    const client = new DemoClipClient({ baseUrl: engine.url, engineKey: engine.key, version: 'bench', platform: 'cli', clientId: 'bench' });
    await client.ensureToken();
    return { engine, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  try {
    const first = await time();
    const joins: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const joined = await time();
      joined.engine.attachment.detach();
      joins.push(joined.ms);
    }
    first.engine.attachment.detach();
    joins.sort((a, b) => a - b);
    console.log(`start the engine (detached serve) and connect: ${first.ms.toFixed(0)} ms`);
    console.log(`join the running engine (find + key proof + attach + token), ${ROUNDS} rounds: median ${joins[ROUNDS >> 1].toFixed(1)} ms, max ${joins[ROUNDS - 1].toFixed(1)} ms`);
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 3000)); // idle 1 s: it stops by itself
    await rm(work, { recursive: true, force: true });
  }
}

void main();
