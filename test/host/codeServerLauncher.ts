#!/usr/bin/env node
// The offline stand-in for a desktop VS Code executable: @vscode/test-electron's runTests starts this with the
// VS Code CLI's arguments (see runHostTests.ts, vscodeExecutablePath), and it runs them in a real VS Code extension
// host without downloading anything: code-server (VS Code's server and extension host, installed from npm by
// scripts/setup-vshost.sh into .vshost/) serves the workbench, headless Chromium opens it with the extension under
// development and the tests in the URL payload, and the extension host's exit code (0: all passed) becomes ours.
//
// Arguments it reads (the rest of what runTests passes, --no-sandbox and friends, means nothing to code-server):
//   [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE --extensions-dir=DIR --user-data-dir=DIR
// Env: TEST_TIMEOUT_MS (default 600000), SHOT (a .png path: screenshot of the workbench on timeout), VERBOSE=1
// (also code-server's and the workbench's own output), VSHOST_DIR (default .vshost), CHROMIUM, and the requests
// folder of askRunner (hostOutput.ts), which it serves with the workbench's page.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { constants } from 'node:os';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HOST_LINE_MARK, RUNNER_ANSWERS_ENV } from './hostOutput';
import { serveRunnerRequests } from './runnerRequests';
import { CODE_SERVER, codeServerFolders, NODE24, requireFile } from './vshost';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 600_000);
const VERBOSE = process.env.VERBOSE === '1';
const EXIT_TIMEOUT = 124; // as timeout(1)
const SERVER_TAIL_LINES = 40; // of code-server's output, shown when the run ends without a result

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface LaunchArgs {
  folder: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  extensions: string;
  userData: string;
}

function parseArgs(argv: string[]): LaunchArgs {
  const flag = (name: string) => {
    const values = argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
    if (values.length !== 1) throw new Error(`expected one --${name}=…, got ${values.length}: ${argv.join(' ')}`);
    return values[0];
  };
  const folder = argv.find((a) => !a.startsWith('-'));
  if (!folder) throw new Error(`expected a folder to open: ${argv.join(' ')}`);
  return {
    folder, extensionDevelopmentPath: flag('extensionDevelopmentPath'), extensionTestsPath: flag('extensionTestsPath'),
    extensions: flag('extensions-dir'), userData: flag('user-data-dir'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** What one launch starts, so that every way out (pass, fail, timeout, crash, signal) ends all of it. */
class Launch {
  server?: ChildProcess;
  readonly serverTail: string[] = [];
  browser?: Browser;
  page?: Page;
  stopServing?: () => void;
  private closing?: Promise<void>;

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    this.stopServing?.();
    await this.browser?.close().catch(() => undefined);
    const server = this.server;
    if (server?.pid === undefined) return;
    const pid = server.pid;
    // code-server starts VS Code's server, extension host, agent host and file watcher: end its whole group.
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // whatever outlived the group's leader
  }
}

function startCodeServer(launch: Launch, args: LaunchArgs, port: number): ChildProcess {
  const server = spawn(NODE24, [
    CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...codeServerFolders(args),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // A built workbench ignores extensionDevelopmentPath/extensionTestsPath in the URL payload unless the smoke
    // test driver is on; it also makes the workbench report the extension host's exit via codeAutomationExit.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true, // its own process group, so that close() can end it with all its children
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    if (VERBOSE) process.stdout.write(`[code-server] ${chunk}`);
    launch.serverTail.push(...chunk.toString().trimEnd().split('\n'));
    launch.serverTail.splice(0, launch.serverTail.length - SERVER_TAIL_LINES);
  };
  server.stdout!.on('data', keep);
  server.stderr!.on('data', keep);
  return server;
}

async function waitForHealthz(base: string, server: ChildProcess): Promise<void> {
  while (server.exitCode === null && server.signalCode === null) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server exited before it was ready (${server.exitCode ?? server.signalCode})`);
}

/** Resolves with the extension host's exit code; rejects if code-server dies first. */
async function hostTests(launch: Launch, args: LaunchArgs): Promise<number> {
  requireFile(NODE24, 'run scripts/setup-vshost.sh');
  requireFile(CODE_SERVER, 'run scripts/setup-vshost.sh');
  requireFile(CHROMIUM, 'run scripts/install-test-deps.sh (Debian package chromium), or set CHROMIUM');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startCodeServer(launch, args, port);
  launch.server = server;
  const serverExit = new Promise<never>((_resolve, reject) => server.once('exit', (code, signal) => {
    reject(new Error(`code-server exited during the run (${code ?? signal})`));
  }));
  serverExit.catch(() => undefined); // close() ends code-server on every path; only the race below reports it
  await waitForHealthz(base, server);

  launch.browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // ours: they end code-server too (see main)
    // Root in a container has no usable sandbox; the rest keeps Chromium off the network and out of /dev/shm.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const page = await launch.browser.newPage({ viewport: { width: 1280, height: 800 } });
  launch.page = page;
  const requests = process.env[RUNNER_ANSWERS_ENV];
  if (requests) launch.stopServing = serveRunnerRequests(page, requests);

  // The workbench calls these (smoke test driver): log lines (the extension host's among them), then the exit code.
  let hostExited!: (code: number) => void;
  const hostExit = new Promise<number>((resolve) => (hostExited = resolve));
  await page.exposeFunction('codeAutomationLog', (_level: string, logArgs: unknown[]) => {
    const line = format(...logArgs);
    if (line.startsWith(HOST_LINE_MARK)) console.log(line.slice(HOST_LINE_MARK.length));
    else if (VERBOSE) console.log(`[workbench] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => hostExited(code));
  page.on('pageerror', (error) => VERBOSE && console.log(`[page error] ${error.message}`));

  // Paths in the payload are on the "remote" side, the machine code-server runs on (this one).
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [['extensionDevelopmentPath', remote(args.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(args.extensionTestsPath)], ['skipWelcome', 'true']];
  // Only until the navigation commits: on a busy machine the workbench's load event can take longer than
  // Playwright's 30 s default, and TEST_TIMEOUT_MS already bounds the whole run.
  await page.goto(`${base}/?folder=${encodeURIComponent(args.folder)}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'commit' });
  return Promise.race([hostExit, serverExit]);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const launch = new Launch();
  endWithParent(launch);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void launch.close().finally(() => process.exit(128 + constants.signals[signal])));
  }
  const noResult = (why: string) => {
    console.error(`host tests: ${why}`);
    if (!VERBOSE && launch.serverTail.length) console.error(`code-server's last output:\n${launch.serverTail.join('\n')}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolve) => {
    timer = setTimeout(async () => {
      noResult(`no result after ${TIMEOUT_MS} ms (TEST_TIMEOUT_MS)`);
      if (process.env.SHOT && launch.page) {
        await launch.page.screenshot({ path: process.env.SHOT }).then(
          () => console.error(`host tests: screenshot of the workbench in ${process.env.SHOT}`),
          (error: Error) => console.error(`host tests: no screenshot: ${error.message}`));
      }
      resolve(EXIT_TIMEOUT);
    }, TIMEOUT_MS);
  });
  try {
    const code = await Promise.race([hostTests(launch, args), timeout]);
    if (code !== EXIT_TIMEOUT) console.log(`host tests: extension host exited with code ${code}`);
    return code;
  } catch (error) {
    noResult(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    clearTimeout(timer);
    await launch.close();
  }
}

/** runTests does not end its child on SIGTERM: a launcher whose runner is gone ends itself and what it started. */
function endWithParent(launch: Launch): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void launch.close().finally(() => process.exit(1));
  }, 1_000).unref();
}

void main().then((code) => process.exit(code));
