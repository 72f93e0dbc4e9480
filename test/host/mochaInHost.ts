// What a suite's index.ts does in the extension host (it loads it as extensionTestsPath and awaits run()): the
// tests, with mocha, in the host's own process, where `vscode` is the real API. A rejection makes the extension
// host exit with code 1.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { HOST_LINE_MARK } from './hostOutput';
import { askRunner } from './kit';

/**
 * Marks what the extension host writes from here on (tests, extension, mocha), for the runner to show. VS Code
 * pins console.log & co. as accessors whose setter ignores assignment, so a marking console replaces the global one.
 */
function markConsole(): void {
  const host = console;
  const marking = Object.create(host) as Console;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const write = host[level];
    Object.defineProperty(marking, level, { value: (...args: unknown[]) => write(HOST_LINE_MARK + format(...args)) });
  }
  globalThis.console = marking;
  Mocha.reporters.Base.consoleLog = marking.log; // mocha kept the console.log it found when it was loaded
}

/** Runs every *.test.js under `dir` (HOST_GREP narrows them, as mocha --grep) and prints the closing line. */
export async function runTestsIn(dir: string): Promise<void> {
  markConsole();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep: process.env.HOST_GREP });
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.js'));
  for (const file of files.sort()) mocha.addFile(path.join(dir, file));
  // The notification center expands only its newest notification when there are few: one test's leftovers would
  // hide the buttons of the next test's notification.
  mocha.rootHooks({ beforeEach: () => vscode.commands.executeCommand('notifications.clearAll') });

  const { passes, failures, pending } = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // The workbench as the tests leave it (with SHOT_AT_END set; otherwise the runner just answers), notifications cleared.
  await vscode.commands.executeCommand('notifications.clearAll');
  const shot = await askRunner({ action: 'shot' }).catch((error: Error) => ({ ok: false, detail: error.message }));
  if (!shot.ok) console.log(`no screenshot: ${shot.detail}`);
  // CI reads this line, not mocha's own summary (the same line as scripts/mochaSummaryReporter.cjs prints).
  console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
  if (failures > 0) throw new Error(`${failures} host test(s) failed`);
}
