import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findEngine } from '../../src/engine';

/** The built bundle: what `serve` runs when a client starts the store's engine. */
export const CLI = resolve(__dirname, '../../../dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI bundle as a user would, with no NEMO_TOKEN unless given. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NEMO_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * `democlip serve` in its own process (args must name its `--store`), resolved with the URL it prints once it listens
 * and the engine key from the store's owner record, which a client needs for a token.
 */
export function serveProcess(args: string[]): Promise<{ child: ChildProcess; url: string; key: string }> {
  const store = args[args.indexOf('--store') + 1];
  const child = spawn(process.execPath, [CLI, 'serve', ...args]);
  return new Promise((found, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) {
        void findEngine(store).then((owner) => (owner ? found({ child, url: match[0], key: owner.key }) : failed(new Error(`no owner record in ${store}`))), failed);
      }
    });
    child.on('exit', (code) => failed(new Error(`democlip serve exited with ${code}`)));
  });
}

/** Stops a `serveProcess` engine and waits until it has exited (it removes its owner record on the way out). */
export async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

/**
 * Stops the engine a CLI run left serving `store` (it stays 10 minutes after its last client, by design), so that
 * a test leaves no process behind and can remove the store.
 */
export async function stopStoreEngine(store: string): Promise<void> {
  const owner = await findEngine(store);
  if (!owner) return;
  process.kill(owner.pid, 'SIGTERM');
  while (isRunning(owner.pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Whether a process with this id is alive (signal 0 only checks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A temporary folder with a store in it (`store`) for the CLI runs of the describe block this is called in; after
 * them, the engine those runs left serving it is stopped and the folder removed.
 */
export function cliFolder(prefix: string): { readonly work: string; readonly store: string } {
  let work = '';
  before(async () => {
    work = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    await stopStoreEngine(join(work, 'store'));
    await rm(work, { recursive: true, force: true });
  });
  return {
    get work() {
      return work;
    },
    get store() {
      return join(work, 'store');
    },
  };
}
