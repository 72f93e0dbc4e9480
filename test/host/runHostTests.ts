// Runs the mocha suite in test/host/suite inside a real VS Code extension host, through @vscode/test-electron's
// runTests, the ecosystem's standard driver.
//
// Offline (the default, and what `npm test` and CI run): runTests' vscodeExecutablePath is codeServerLauncher.js,
// which takes the VS Code CLI's arguments and runs them in code-server (installed from npm by setup-vshost.sh)
// opened in headless Chromium: nothing is downloaded at test time.
// --desktop (`npm run test:desktop`, where the network allows): runTests downloads the desktop VS Code of the
// floor in package.json's engines.vscode (or VSCODE_VERSION, e.g. `stable`) and runs the same suite in it; on
// Linux without a display, run it under xvfb-run.
//
// Needs: `tsc -p .` (this file and the suite) and `node esbuild.mjs` (dist/extension.js), then
//   node out/test/host/runHostTests.js [--desktop]
// or, for the packaged extension: `npm run package` (the .vsix), then
//   node out/test/host/runHostTests.js --installed [--desktop]
// which installs the .vsix with the VS Code CLI's --install-extension into the run's extensions folder and runs the
// suite in test/host/installed instead: our extension is then an installed one, not under development.
// Env: HOST_GREP (only the tests whose title matches, as mocha --grep), SHOT_AT_END (a .png path: screenshot of the
//      workbench when the last test has run), SHOT_DIR (a folder: the webview pictures tests ask for, e.g. the panel
//      in each theme, contrast.test.ts); offline also TEST_TIMEOUT_MS, SHOT, VERBOSE, VSHOST_DIR, CHROMIUM
//      (see codeServerLauncher.ts).
//
// The workbench opens a folder with generated footage (walkthrough.mp4, made here before the host starts, cached in
// .test-footage/) and a text file; beside Demo Clip Maker it loads a test-only extension, test/host/fixtures/
// lm-extension, that provides a scripted chat model (see developmentExtensions: both from one development folder).
// Tests ask the runner for what only the browser can do (a click in a webview, a screenshot): see hostOutput.ts.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests, TestRunFailedError } from '@vscode/test-electron';
import { chromium } from 'playwright-core';
import { engines, name, version } from '../../package.json';
import { shortWalkthrough } from '../helpers/footage';
import { variant, VARIANT_NAMES } from '../helpers/variants';
import { findEngine } from '../../src/engine';
import { freePort } from './freePort';
import { INSTALLED_EXTENSIONS_ENV, RUNNER_ANSWERS_ENV } from './hostOutput';
import { serveRunnerRequests } from './runnerRequests';
import { CODE_SERVER, codeServerFolders, NODE24, requireFile, ROOT } from './vshost';

const INSTALLED = process.argv.includes('--installed');
const DESKTOP = process.argv.includes('--desktop');
const VSIX = path.join(ROOT, `${name}-${version}.vsix`); // where `npm run package` (vsce) writes it
// The module whose run() the extension host awaits.
const SUITE = path.join(__dirname, INSTALLED ? 'installed' : 'suite', 'index');
const LAUNCHER = path.join(__dirname, 'codeServerLauncher.js');
const LM_FIXTURE_SRC = path.join(ROOT, 'test/host/fixtures/lm-extension'); // its package.json
const LM_FIXTURE_OUT = path.join(__dirname, 'fixtures/lm-extension'); // its compiled extension.js
/** The desktop VS Code to download: the floor we claim (engines.vscode), unless VSCODE_VERSION says otherwise. */
const DESKTOP_VERSION = process.env.VSCODE_VERSION ?? engines.vscode.replace(/^\^/, '');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Everything one run creates, removed on every way out. */
class Run {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'democlip-host-'));
  readonly extensions = this.mkdir('extensions');
  readonly userData = path.join(this.dir, 'data');
  /** HOME, XDG dirs and TMPDIR for VS Code (so also the extension host) and Chromium: nothing lands in ~. */
  readonly env: Record<string, string>;

  constructor() {
    const home = this.mkdir('home');
    this.env = {
      HOME: home, TMPDIR: this.mkdir('tmp'), XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'),
      [RUNNER_ANSWERS_ENV]: this.mkdir('answers'), [INSTALLED_EXTENSIONS_ENV]: this.extensions,
    };
  }

  mkdir(name: string): string {
    const dir = path.join(this.dir, name);
    mkdirSync(dir);
    return dir;
  }

  /**
   * The extension's engine outlives the window by design (10 minutes after its last client); a run that skipped the
   * suite that ends it (HOST_GREP) ends it here, before its store goes.
   */
  async close(): Promise<void> {
    const owner = await findEngine(path.join(this.userData, 'User', 'globalStorage', 'democlip.demo-clip-maker', 'engine-store')).catch(() => undefined);
    if (owner) process.kill(owner.pid, 'SIGTERM');
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Installs the packaged extension as a user would (the VS Code CLI's --install-extension), offline. */
async function installVsix(run: Run, vscode: string | undefined): Promise<void> {
  requireFile(VSIX, 'run npm run package');
  const [command, ...args] = vscode
    ? [...resolveCliArgsFromVSCodeExecutablePath(vscode), '--extensions-dir', run.extensions, '--user-data-dir', run.userData]
    : [NODE24, CODE_SERVER, ...codeServerFolders(run)];
  const install = spawn(command, [...args, '--install-extension', VSIX], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...run.env } });
  let output = '';
  install.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  install.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => install.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`--install-extension ${VSIX} exited with ${code}:\n${output.trim()}`);
  console.log(`host tests: installed ${path.basename(VSIX)} (${output.trim().split('\n').at(-1)})`);
}

/** The folder the workbench opens: generated footage and recordings (generated once, then cached) and a file no backend accepts. */
async function prepareWorkspace(run: Run): Promise<string> {
  const footage = await shortWalkthrough();
  const workspace = run.mkdir('workspace');
  copyFileSync(footage.path, path.join(workspace, 'walkthrough.mp4'));
  writeFileSync(path.join(workspace, 'walkthrough.truth.json'), JSON.stringify(footage.truth, null, 2));
  writeFileSync(path.join(workspace, 'notes.txt'), 'Shot list: dashboard, then the form.\n');
  // A WebM written to a pipe, as live recorders write it: no duration anywhere in the file.
  copyFileSync((await variant('webm-pipe')).path, path.join(workspace, 'screencast.webm'));
  // What the NemoVideo cloud does not take: Theora (converted to MP4 first) and a cut-off .m4v (nothing to convert).
  copyFileSync((await variant('theora')).path, path.join(workspace, 'recording.ogv'));
  copyFileSync((await variant('truncated-mp4')).path, path.join(workspace, 'cut-off.m4v'));
  // Footage no other test analyses, so that its analysis runs (and reports progress) when a test asks for it.
  copyFileSync((await variant('two-tracks')).path, path.join(workspace, 'voices.mkv'));
  // Every recording of test/helpers/variants.ts, for the Explorer command.
  const recordings = path.join(workspace, 'recordings');
  mkdirSync(recordings);
  for (const name of VARIANT_NAMES) {
    const { path: file } = await variant(name);
    copyFileSync(file, path.join(recordings, path.basename(file)));
  }
  return workspace;
}

/**
 * The extensions under development: ours (unless it is installed from the .vsix) and the test-only language model.
 * code-server's workbench keeps one extensionDevelopmentPath of its URL payload (a Map), but a folder without a
 * package.json is scanned for extensions in its subfolders: so one folder, with a link to this repository and the
 * test model (package.json + compiled script), which a desktop VS Code reads the same way.
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

/**
 * A desktop VS Code's window, reached over the Chrome DevTools Protocol (--remote-debugging-port), answers the
 * tests' requests as code-server's page does offline. Returns the function that stops it.
 */
function serveDesktopRequests(run: Run, port: number): () => void {
  let stop = () => {};
  let stopped = false;
  void (async () => {
    for (let attempt = 0; attempt < 240 && !stopped; attempt++) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
      const page = browser?.contexts().flatMap((context) => context.pages()).find((p) => p.url().includes('workbench'));
      if (page) {
        const stopServing = serveRunnerRequests(page, run.env[RUNNER_ANSWERS_ENV]);
        stop = () => {
          stopServing();
          void browser!.close().catch(() => undefined);
        };
        if (stopped) stop();
        return;
      }
      await browser?.close().catch(() => undefined);
      await sleep(500);
    }
  })();
  return () => {
    stopped = true;
    stop();
  };
}

async function main(): Promise<number> {
  requireFile(`${SUITE}.js`, 'run tsc -p .');
  if (!INSTALLED) requireFile(path.join(ROOT, 'dist/extension.js'), 'run node esbuild.mjs');
  const run = new Run();
  let stopServing = () => {};
  try {
    const vscode = DESKTOP ? await downloadAndUnzipVSCode(DESKTOP_VERSION) : undefined;
    if (!vscode) chmodSync(LAUNCHER, 0o755); // runTests starts it as an executable; tsc writes it without the x bit
    if (INSTALLED) await installVsix(run, vscode);
    const extensionDevelopmentPath = developmentExtensions(run);
    const workspace = await prepareWorkspace(run);
    const launchArgs = [workspace, `--extensions-dir=${run.extensions}`, `--user-data-dir=${run.userData}`];
    if (vscode) {
      const port = await freePort();
      launchArgs.push(`--remote-debugging-port=${port}`);
      stopServing = serveDesktopRequests(run, port);
    }
    return await runTests({
      vscodeExecutablePath: vscode ?? LAUNCHER,
      extensionDevelopmentPath,
      extensionTestsPath: SUITE,
      launchArgs,
      extensionTestsEnv: run.env,
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    console.error(`host tests: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    stopServing();
    await run.close();
  }
}

void main().then((code) => process.exit(code));
