import * as path from 'node:path';
import * as vscode from 'vscode';
import { RenderEndedError, type DemoClipClient } from '../client';
import { exportOutput, isExportable, langOf, outputLabel, uploadedFiles, videoFootageMs, type RenderOutput, type RenderStatus } from '../protocol';
import type { Connection } from './connection';
import { messageOf, signalOf } from './errors';
import { makeMainClip } from './mainJob';
import { outputFolderUri, readSettings } from './settings';
import { display, displayText } from './l10n';
import { textIn, type Translate } from './text';

const PENDING_KEY = 'democlip.pendingRenders';
/** The seed: the cloud is polled every 30 s; the local engine answers at once, so every second. */
const POLL_MS = { local: 1000, nemo: 30_000 } as const;

interface PendingRender {
  id: string;
  backend: 'local' | 'nemo';
  format: RenderOutput['format'];
  startedAt: string;
}

export interface ExportResult {
  uri: vscode.Uri;
  bytes: number;
}

/** Export was asked of an empty timeline; `footageMs` (0: none uploaded) is what the main job could make a clip of. */
export class NothingToExportError extends Error {
  constructor(readonly footageMs: number) {
    super(displayText().nothingToExport(footageMs > 0));
  }
}

export interface ExportReporter {
  report(message: string, percent?: number): void;
  token: vscode.CancellationToken;
  /** The language of the reports: the display's, or the chat session's. */
  t: Translate;
}

/**
 * Renders the session's draft and saves the file in the output folder under a new name. The render id is kept in
 * workspace state until the file is saved, so a render cut short by closing VS Code is picked up next time.
 */
export async function exportClip(connection: Connection, context: vscode.ExtensionContext, output: RenderOutput, reporter: ExportReporter): Promise<ExportResult> {
  const signal = signalOf(reporter.token);
  return connection.inSession(async ({ client, sessionId, backend }) => {
    reporter.report(reporter.t('Reading the timeline…'));
    const { state } = await client.state(sessionId, { signal });
    const draft = state.draft;
    if (!draft || !isExportable(draft)) throw new NothingToExportError(videoFootageMs(uploadedFiles(state.video_infos)));
    const submitted = await client.submitRender(sessionId, draft, exportOutput(output, draft), { signal });
    const pending: PendingRender = { id: submitted.id, backend, format: output.format, startedAt: new Date().toISOString() };
    await remember(context, pending);
    const cancel = reporter.token.onCancellationRequested(() => void client.cancelRender(submitted.id).catch(() => undefined));
    try {
      return await finish(client, context, pending, reporter, signal);
    } finally {
      cancel.dispose();
    }
  });
}

async function finish(client: DemoClipClient, context: vscode.ExtensionContext, pending: PendingRender, reporter: ExportReporter, signal: AbortSignal): Promise<ExportResult> {
  let done: RenderStatus;
  const intervalMs = POLL_MS[pending.backend];
  const startedAt = Date.parse(pending.startedAt);
  let last: { status: RenderStatus; nextCheckAt: number } | undefined;
  const show = () => {
    if (!last || last.status.status === 'completed') return;
    const state = last.status.status === 'pending' ? 'pending' : 'running';
    // The cloud is polled every 30 s: between polls the clock runs, so a long render never looks stuck.
    const nextCheckMs = pending.backend === 'nemo' ? last.nextCheckAt - Date.now() : undefined;
    reporter.report(textIn(reporter.t).renderProgress(state, last.status.progress, Date.now() - startedAt, nextCheckMs), last.status.progress);
  };
  const ticker = pending.backend === 'nemo' ? setInterval(show, 1000) : undefined;
  try {
    done = await client.waitForRender(pending.id, {
      signal,
      intervalMs,
      onProgress: (status) => {
        last = { status, nextCheckAt: Date.now() + intervalMs };
        show();
      },
    });
  } catch (error) {
    // A failed or cancelled render will never finish: forget it. A connection error leaves it for the next start.
    if (signal.aborted || error instanceof RenderEndedError) await forget(context, pending.id);
    throw error;
  } finally {
    clearInterval(ticker);
  }
  reporter.report(reporter.t('Downloading…'), 100);
  const uri = await uniqueOutputUri(pending.format);
  await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(uri.fsPath)));
  const bytes = await client.download(done, uri.fsPath, { signal });
  await forget(context, pending.id);
  return { uri, bytes };
}

/** Renders that were still running when VS Code last closed: finish and save them, in the background. */
export async function resumePendingRenders(connection: Connection, context: vscode.ExtensionContext): Promise<ExportResult[]> {
  const pending = context.workspaceState.get<PendingRender[]>(PENDING_KEY, []).filter((p) => p.backend === connection.backend);
  if (pending.length === 0) return [];
  const { client } = await connection.ready();
  const results: ExportResult[] = [];
  for (const render of pending) {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Demo Clip: finishing an export started earlier'), cancellable: true },
      (progress, token) => finish(client, context, render, { token, t: display, report: (message) => progress.report({ message }) }, signalOf(token)),
    ).then((r) => r, (error: unknown) => void connection.log.warn(`Finishing an earlier export failed: ${messageOf(error)}`));
    if (result) results.push(result);
  }
  return results;
}

async function remember(context: vscode.ExtensionContext, render: PendingRender): Promise<void> {
  await context.workspaceState.update(PENDING_KEY, [...context.workspaceState.get<PendingRender[]>(PENDING_KEY, []), render]);
}

async function forget(context: vscode.ExtensionContext, id: string): Promise<void> {
  await context.workspaceState.update(PENDING_KEY, context.workspaceState.get<PendingRender[]>(PENDING_KEY, []).filter((p) => p.id !== id));
}

/** demo-clips/demo-clip-2026-11-25-1432.mp4, with -2, -3… when that exists: an export never overwrites a file. */
async function uniqueOutputUri(format: string): Promise<vscode.Uri> {
  const folder = outputFolderUri(readSettings());
  const stamp = new Date().toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, `demo-clip-${stamp}${n === 1 ? '' : `-${n}`}.${format}`);
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) return uri;
  }
}

/** The notification shown after an export: open the file, reveal it, or copy its path. */
export async function announceExport(result: ExportResult): Promise<void> {
  const name = vscode.workspace.asRelativePath(result.uri);
  const [open, reveal, copy] = [vscode.l10n.t('Open'), vscode.l10n.t('Reveal in Explorer'), vscode.l10n.t('Copy Path')];
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Demo clip saved: {0} ({1} MB)', name, (result.bytes / 1024 / 1024).toFixed(1)), open, reveal, copy);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', result.uri);
  if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', result.uri);
  if (choice === copy) await vscode.env.clipboard.writeText(result.uri.fsPath);
}

/**
 * The command's and the panel's export: on an empty timeline it offers to make the clip first (the main job) and
 * then exports that, or to upload footage when there is none. Undefined when the user declined.
 */
export async function exportOrMakeFirst(connection: Connection, context: vscode.ExtensionContext, output: RenderOutput): Promise<ExportResult | undefined> {
  try {
    return await exportWithProgress(connection, context, output);
  } catch (error) {
    if (!(error instanceof NothingToExportError)) throw error;
    const text = displayText();
    if (error.footageMs === 0) {
      if (await vscode.window.showInformationMessage(error.message, text.uploadFootage)) void vscode.commands.executeCommand('democlip.upload');
      return undefined;
    }
    if (!(await vscode.window.showInformationMessage(error.message, text.makeClipAndExport))) return undefined;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Demo Clip', cancellable: true }, (progress, token) =>
      makeMainClip(connection, token, langOf(vscode.env.language), (summary) => progress.report({ message: text.makingClip(summary) })));
    return exportWithProgress(connection, context, output);
  }
}

/** Export with a cancellable progress notification: the command, the panel's button and chat all come here. */
function exportWithProgress(connection: Connection, context: vscode.ExtensionContext, output: RenderOutput): Thenable<ExportResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Demo Clip: exporting {0}', outputLabel(output)), cancellable: true },
    async (progress, token) => {
      let last = 0;
      const result = await exportClip(connection, context, output, {
        token,
        t: display,
        report: (message, percent) => {
          const increment = percent !== undefined && percent > last ? percent - last : undefined;
          if (increment) last = percent as number;
          progress.report({ message, increment });
        },
      });
      connection.notifyChanged();
      return result;
    },
  );
}
