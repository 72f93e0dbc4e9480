import { spawn } from 'node:child_process';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { get, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BilingualError, ENGINE_KEY_HEADER, Routes } from '../protocol';

/**
 * One engine per store. The engine that owns a store has written the newest owner record, `owner/<generation>.json`
 * (pid, port, a per-start key; mode 0600, so only its OS user reads the key). Every other engine, CLI run or VS Code
 * window reads that record and connects to that engine as a client.
 *
 * Claiming is a compare-and-swap on file names: an engine claims generation n+1 by creating that file exclusively
 * (link(2) of a fully written temporary file, so a reader never sees half a record), and only when the owner of n is
 * gone. Two engines racing for n+1 cannot both win, so whatever the owner of n left half-done is cleaned up by
 * exactly one successor. Generations only grow; older records are removed by the new owner.
 *
 * An owner is gone when its record says released, when its pid no longer runs, or when its port does not answer
 * with proof of its key (the pid was reused by another program). A port that accepts but does not answer in time
 * is taken as a busy engine, never as a dead one: wrongly declaring a live engine dead would delete its work.
 */

export interface OwnerRecord {
  pid: number;
  port: number;
  key: string;
  startedAt: string;
  /** Written by an engine that stopped cleanly, so its successor need not probe. */
  released?: boolean;
}

/** What a client needs to use the engine that owns a store. */
export interface EngineAddress {
  url: string;
  key: string;
  pid: number;
}

export type Claim =
  | { owned: true; release(): Promise<void> }
  | { owned: false; owner: EngineAddress };

const OWNER_DIR = 'owner';
const RECORD_NAME = /^(\d{12})\.json$/;
const PROBE_TIMEOUT_MS = 3000;
const PROBE_ATTEMPTS = 3;

const ownerDir = (storeDir: string) => join(storeDir, OWNER_DIR);
const recordPath = (storeDir: string, generation: number) => join(ownerDir(storeDir), `${String(generation).padStart(12, '0')}.json`);
const addressOf = (record: OwnerRecord): EngineAddress => ({ url: `http://127.0.0.1:${record.port}`, key: record.key, pid: record.pid });

/** The proof an engine gives of its key: an HMAC of the caller's nonce, so the key itself never crosses the wire. */
export function proofOf(key: string, nonce: string): string {
  return createHmac('sha256', key).update(nonce).digest('hex');
}

export function newEngineKey(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time check of a presented engine key. */
export function keyMatches(key: string, presented: string | string[] | undefined): boolean {
  const given = Buffer.from(typeof presented === 'string' ? presented : '');
  const expected = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The newest owner record, if any. */
async function newestRecord(storeDir: string): Promise<{ generation: number; record: OwnerRecord } | undefined> {
  for (;;) {
    const names = await readdir(ownerDir(storeDir)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const generations = names.map((name) => RECORD_NAME.exec(name)?.[1]).filter((g): g is string => g !== undefined).map(Number);
    if (generations.length === 0) return undefined;
    const generation = Math.max(...generations);
    try {
      const record = JSON.parse(await readFile(recordPath(storeDir, generation), 'utf8')) as OwnerRecord;
      return { generation, record };
    } catch (error) {
      // Removed by a newer owner between the listing and the read: list again.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      // Unreadable (a disk error, a hand edit): nobody can use it, so it counts as an owner that is gone.
      return { generation, record: { pid: 0, port: 0, key: '', startedAt: '', released: true } };
    }
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else (possible only if the store is shared between users).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type ProbeResult = 'proven' | 'wrong' | 'refused' | 'no-answer';

/** Asks the port for proof of the record's key. */
function probe(record: OwnerRecord): Promise<ProbeResult> {
  const nonce = randomBytes(16).toString('hex');
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port: record.port, path: `${Routes.engineHello}?nonce=${nonce}`, agent: false, timeout: PROBE_TIMEOUT_MS }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk.length + body.length < 4096 ? chunk : ''));
      res.on('end', () => {
        try {
          resolve((JSON.parse(body) as { proof?: unknown }).proof === proofOf(record.key, nonce) ? 'proven' : 'wrong');
        } catch {
          resolve('wrong');
        }
      });
      res.on('error', () => resolve('no-answer'));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'no-answer'));
  });
}

/** Whether the engine a record names still runs. Unsure (it accepts but does not answer) counts as running. */
async function stillRuns(record: OwnerRecord): Promise<boolean> {
  if (record.released || !record.port || !pidRuns(record.pid)) return false;
  for (let attempt = 0; attempt < PROBE_ATTEMPTS; attempt++) {
    const result = await probe(record);
    if (result === 'proven') return true;
    if (result === 'wrong' || result === 'refused') return false;
  }
  return true;
}

/** The running engine that owns the store, if there is one. Never starts anything. */
export async function findEngine(storeDir: string): Promise<EngineAddress | undefined> {
  const newest = await newestRecord(storeDir);
  return newest && (await stillRuns(newest.record)) ? addressOf(newest.record) : undefined;
}

/**
 * Makes the calling engine (listening on `port`) the store's owner, unless a running engine already is. On
 * `owned: true` the caller is alone with the store until it calls `release()`.
 */
export async function claimStore(storeDir: string, port: number, key: string): Promise<Claim> {
  const dir = ownerDir(storeDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const record: OwnerRecord = { pid: process.pid, port, key, startedAt: new Date().toISOString() };
  const tmp = join(dir, `claim-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, JSON.stringify(record), { mode: 0o600 });
  try {
    for (;;) {
      const newest = await newestRecord(storeDir);
      if (newest && (await stillRuns(newest.record))) return { owned: false, owner: addressOf(newest.record) };
      const generation = (newest?.generation ?? 0) + 1;
      try {
        await link(tmp, recordPath(storeDir, generation));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // another engine claimed it first
        throw error;
      }
      await removeOlderRecords(storeDir, generation);
      return { owned: true, release: () => release(storeDir, generation, record) };
    }
  } finally {
    await rm(tmp, { force: true });
  }
}

async function removeOlderRecords(storeDir: string, generation: number): Promise<void> {
  for (const name of await readdir(ownerDir(storeDir))) {
    const older = RECORD_NAME.exec(name);
    if (older && Number(older[1]) < generation) await rm(join(ownerDir(storeDir), name), { force: true });
  }
}

/** Marks the record released (only if it is still ours), so the next engine takes over without probing. */
async function release(storeDir: string, generation: number, record: OwnerRecord): Promise<void> {
  const path = recordPath(storeDir, generation);
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) return;
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, JSON.stringify({ ...record, released: true }), { mode: 0o600 });
  await rename(tmp, path);
}

/** How to run `democlip serve` in a process of its own: the CLI runs its own bundle, the extension its packaged copy. */
export interface ServeCommand {
  /** The Node executable (in VS Code, its own binary with ELECTRON_RUN_AS_NODE set in `env`). */
  command: string;
  /** The CLI bundle, then any arguments before `serve`'s own. */
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Extra `serve` arguments: `--ffmpeg`, `--ffprobe`. */
  serveArgs?: string[];
  /** How long the engine stays after its last client is gone (the product's default is 10 minutes). */
  idleExitSeconds?: number;
}

export interface ConnectResult extends EngineAddress {
  /** True when this call started the engine, false when it found one running. */
  started: boolean;
}

const START_TIMEOUT_MS = 60_000;
const LOG_NAME = 'engine.log';
const LOG_ROTATE_BYTES = 1024 * 1024;

/**
 * The engine that owns the store, started if there is none. The engine runs detached, in a process of its own, so
 * that it outlives whoever started it: closing the window that started it does not end another window's export.
 */
async function connectEngine(storeDir: string, serve: ServeCommand): Promise<ConnectResult> {
  const running = await findEngine(storeDir);
  if (running) return { ...running, started: false };
  const exited = startDetached(storeDir, serve);
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exit: { code: number | null } | undefined;
  void exited.then((result) => (exit = result));
  while (Date.now() < deadline) {
    const found = await findEngine(storeDir);
    if (found) return { ...found, started: true };
    // Exit code 0: another engine won the race for the store; it is found on the next round.
    if (exit && exit.code !== 0) {
      const log = await lastLogLines(storeDir);
      throw new BilingualError({ en: `The local engine could not start: ${log || 'it exited without saying why.'}`, zh: `本地引擎无法启动：${log || '它没说原因就退出了。'}` });
    }
    await sleep(exit ? 200 : 50);
  }
  throw new BilingualError({
    en: `The local engine did not start within ${START_TIMEOUT_MS / 1000} s. Its log: ${join(storeDir, LOG_NAME)}`,
    zh: `本地引擎在 ${START_TIMEOUT_MS / 1000} 秒内没有启动。它的日志：${join(storeDir, LOG_NAME)}`,
  });
}

/** Starts `serve` detached, its output appended to the store's engine.log; resolves when that process exits. */
async function startDetached(storeDir: string, serve: ServeCommand): Promise<{ code: number | null }> {
  await mkdir(storeDir, { recursive: true, mode: 0o700 });
  const logPath = join(storeDir, LOG_NAME);
  if (((await stat(logPath).catch(() => undefined))?.size ?? 0) > LOG_ROTATE_BYTES) await rename(logPath, `${logPath}.1`);
  const log = await open(logPath, 'a', 0o600);
  const args = [...serve.args, 'serve', '--store', storeDir, '--exit-when-idle', String(serve.idleExitSeconds ?? 600), ...(serve.serveArgs ?? [])];
  let child;
  try {
    child = spawn(serve.command, args, { detached: true, stdio: ['ignore', log.fd, log.fd], env: serve.env ?? process.env, windowsHide: true });
  } finally {
    await log.close(); // the engine has its own copy of the descriptor
  }
  child.unref();
  return new Promise((resolve) => {
    child.once('error', () => resolve({ code: -1 }));
    child.once('exit', (code) => resolve({ code }));
  });
}

async function lastLogLines(storeDir: string): Promise<string> {
  const text = await readFile(join(storeDir, LOG_NAME), 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-3).join(' ');
}

/** A client's hold on an engine: the engine stays while any is held. */
export interface Attachment {
  /** Settles when the engine ends the hold (it stopped or crashed); not when `detach()` is called. */
  readonly lost: Promise<void>;
  detach(): void;
}

/** Opens the request that keeps the engine running while this client uses it. Resolves once the engine accepted it. */
function attachEngine(address: EngineAddress): Promise<Attachment> {
  const { port } = new URL(address.url);
  return new Promise((resolve, reject) => {
    let detached = false;
    let markLost: () => void = () => undefined;
    const lost = new Promise<void>((done) => (markLost = done));
    const req: ClientRequest = get({ host: '127.0.0.1', port, path: Routes.engineAttach, agent: false, headers: { [ENGINE_KEY_HEADER]: address.key } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new BilingualError({ en: `The local engine refused this client (HTTP ${res.statusCode}).`, zh: `本地引擎拒绝了这个客户端（HTTP ${res.statusCode}）。` }));
        return;
      }
      res.on('close', () => detached || markLost());
      res.resume();
      // Once accepted, the hold must not keep a finished CLI run alive.
      res.socket.unref();
      resolve({ lost, detach: () => ((detached = true), req.destroy()) });
    });
    req.on('error', (error) => {
      reject(error);
      if (!detached) markLost();
    });
  });
}

export interface EngineInUse extends ConnectResult {
  attachment: Attachment;
}

/**
 * What every client does: finds (or starts) the store's engine and attaches to it. An engine that stopped between
 * being found and the attach (its idle time ran out at that very moment) is started again, once.
 */
export async function useEngine(storeDir: string, serve: ServeCommand): Promise<EngineInUse> {
  for (let attempt = 1; ; attempt++) {
    const engine = await connectEngine(storeDir, serve);
    try {
      return { ...engine, attachment: await attachEngine(engine) };
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}
