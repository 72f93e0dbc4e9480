// What the host tests share: the extension's API, the workspace's files, waiting, and requests to the runner.
import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DemoClipApi } from '../../src/extension/extension';
import type { TimelinePanel } from '../../src/extension/panel/timelinePanel';
import type { ToWebview } from '../../src/webview/messages';
import { editOpsMessage, TrackType, type Draft, type EditOp } from '../../src/protocol';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import type { LmFixtureApi } from './fixtures/lm-extension/extension';
import { REQUEST_SUFFIX, RUNNER_ANSWERS_ENV, type RunnerAnswer, type RunnerRequest } from './hostOutput';

export const EXTENSION_ID = 'democlip.demo-clip-maker';
const LM_FIXTURE_ID = 'democlip-test.lm-fixture';
/** Rendering and analysis are slow on a shared machine: tests that touch the engine get minutes, not seconds. */
export const SLOW_MS = 240_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function democlip(): Promise<DemoClipApi> {
  const extension = vscode.extensions.getExtension<DemoClipApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not among the host's extensions`);
  return extension.activate();
}

export async function lmFixture(): Promise<LmFixtureApi> {
  const extension = vscode.extensions.getExtension<LmFixtureApi>(LM_FIXTURE_ID);
  assert.ok(extension, `${LM_FIXTURE_ID} (the test model) is not loaded: the runner passes it as a second extensionDevelopmentPath`);
  return extension.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the runner opens a workspace folder');
  return vscode.Uri.joinPath(root, ...segments);
}

export const FOOTAGE = 'walkthrough.mp4';

/** The generated footage's ground truth, written beside it by the runner. */
export async function footageTruth(): Promise<{ durationSec: number; width: number; height: number }> {
  return JSON.parse(await readFile(workspaceUri('walkthrough.truth.json').fsPath, 'utf8'));
}

/** Polls until `probe` returns something truthy; fails with `what` and the last value after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => PromiseLike<T> | T, timeoutMs = 120_000, everyMs = 500): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(everyMs);
  }
}

/** The session's draft, straight from the engine. */
export async function engineDraft(api: DemoClipApi): Promise<Draft | null | undefined> {
  const { client, sessionId } = await api.connection.ready();
  return (await client.state(sessionId)).state.draft;
}

/** A fresh session with the footage uploaded (through the client, not the command: that has its own test). */
export async function sessionWithFootage(api: DemoClipApi): Promise<void> {
  const { client, sessionId } = await api.connection.newSession();
  await client.upload(sessionId, [workspaceUri(FOOTAGE).fsPath]);
  api.connection.notifyChanged();
}

/** A fresh session with the footage and a draft made of it (operations sent straight to the engine's chat endpoint). */
export async function sessionWithClip(api: DemoClipApi, ops: EditOp[] = [{ op: 'compile_best_moments', target_ms: 6000 }]): Promise<Draft> {
  await sessionWithFootage(api);
  const { client, sessionId } = await api.connection.ready();
  for await (const event of client.chat(sessionId, editOpsMessage(ops))) {
    if (event.kind === 'error') assert.fail(`the engine refused ${JSON.stringify(ops)}: ${event.message}`);
  }
  api.connection.notifyChanged();
  const draft = (await client.state(sessionId)).state.draft;
  assert.ok(draft && videoMs(draft) > 0, 'the draft has video');
  return draft;
}

/** Total timeline length of the draft's video segments, ms. */
export function videoMs(draft: Draft | null | undefined): number {
  return (draft?.t ?? []).filter((t) => t.tt === TrackType.video).flatMap((t) => t.sg).reduce((sum, s) => sum + (s.d ?? 0), 0);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Asks the runner (outside the extension host, driving the browser) to do something; resolves with its answer. */
export async function askRunner(request: DistributiveOmit<RunnerRequest, 'id'>, timeoutMs = 90_000): Promise<RunnerAnswer> {
  const answers = process.env[RUNNER_ANSWERS_ENV];
  assert.ok(answers, `${RUNNER_ANSWERS_ENV} is not set: the tests run under test/host/runHostTests`);
  const id = randomUUID();
  // Written whole, then renamed: the runner never reads half a request.
  const partial = path.join(answers, `${id}.partial`);
  await writeFile(partial, JSON.stringify({ ...request, id }));
  await rename(partial, path.join(answers, id + REQUEST_SUFFIX));
  const file = path.join(answers, `${id}.json`);
  const text = await waitFor(`the runner's answer to ${request.action}`, () => readFile(file, 'utf8').catch(() => ''), timeoutMs, 250);
  return JSON.parse(text) as RunnerAnswer;
}

/**
 * Clicks the button of a workbench notification, found by its label. The smoke test driver (which the runner needs)
 * keeps notifications out of toasts, so the button is clicked in the notification list.
 */
export async function clickNotificationButton(label: string): Promise<void> {
  await vscode.commands.executeCommand('notifications.showList');
  const clicked = await askRunner({ action: 'webviewClick', selector: `.notifications-center .monaco-button:has-text(${JSON.stringify(label)})` });
  assert.ok(clicked.ok, `no notification button "${label}": ${clicked.detail}`);
}

/** What the panel sends its webview from now on (its onDidPost), kept by the test, newest last, until disposed. */
export function recordPanel(panel: TimelinePanel): { readonly messages: ToWebview[] } & vscode.Disposable {
  const messages: ToWebview[] = [];
  const listener = panel.onDidPost((message) => messages.push(message));
  return { messages, dispose: () => listener.dispose() };
}

/**
 * Points the extension at a stand-in NemoVideo cloud (a real engine that admits any client, with fault injection)
 * for the tests of the describe block this is called in, and back to the local engine after them.
 */
export function onStandInCloud(): { readonly cloud: EngineFixture } {
  const config = () => vscode.workspace.getConfiguration('democlip');
  const held: { cloud?: EngineFixture } = {};
  before(async () => {
    held.cloud = await startTestEngine({ maxUploadBytes: 500 * 1024 * 1024, asCloud: true });
    await config().update('apiBaseUrl', held.cloud.engine.url, vscode.ConfigurationTarget.Global);
    await config().update('backend', 'nemo', vscode.ConfigurationTarget.Global);
    const api = await democlip();
    await waitFor('the nemo backend', () => api.connection.backend === 'nemo', 10_000);
  });
  after(async () => {
    await config().update('backend', undefined, vscode.ConfigurationTarget.Global);
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await held.cloud?.close();
  });
  return {
    get cloud() {
      assert.ok(held.cloud, 'the stand-in cloud starts in before()');
      return held.cloud;
    },
  };
}
