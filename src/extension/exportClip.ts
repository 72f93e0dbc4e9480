import * as vscode from 'vscode';
import { EmptyTimelineError, exportSession, finishRender, type FinishOptions, type RenderRecord, type RenderRecords } from '../client';
import { freeClipName, langOf, outputLabel, type RenderOutput } from '../protocol';
import type { Connection } from './connection';
import { messageOf, signalOf } from './errors';
import { makeMainClip } from './mainJob';
import { outputFolderUri, readSettings, type BackendKind } from './settings';
import { display, displayText } from './l10n';
import { textIn, type Translate } from './text';

const PENDING_KEY = 'democlip.pendingRenders';

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
 * Renders the session's draft and saves the file in the output folder under a new name, through the client's one
 * clip flow. Its record stays in workspace state until the file is saved, so a render cut short by closing VS Code
 * is picked up next time.
 */
export async function exportClip(connection: Connection, context: vscode.ExtensionContext, output: RenderOutput, reporter: ExportReporter): Promise<ExportResult> {
  return connection.inSession(async ({ client, sessionId, backend }) => {
    reporter.report(reporter.t('Reading the timeline…'));
    const saved = await exportSession(client, sessionId, output, { ...finishing(context, backend, reporter), signal: signalOf(reporter.token) }).catch((error: unknown) => {
      throw error instanceof EmptyTimelineError ? new NothingToExportError(error.footageMs) : error;
    });
    return { uri: vscode.Uri.file(saved.path), bytes: saved.bytes };
  });
}

/** Renders that were still running when VS Code last closed: finish and save them, in the background. */
export async function resumePendingRenders(connection: Connection, context: vscode.ExtensionContext): Promise<ExportResult[]> {
  const pending = await renderRecords(context, connection.backend).list();
  if (pending.length === 0) return [];
  const { client } = await connection.ready();
  const results: ExportResult[] = [];
  for (const record of pending) {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Demo Clip: finishing an export started earlier'), cancellable: true },
      (progress, token) => finishRender(client, record, {
        ...finishing(context, connection.backend, { token, t: display, report: (message) => progress.report({ message }) }),
        signal: signalOf(token),
      }),
    ).then((saved) => ({ uri: vscode.Uri.file(saved.path), bytes: saved.bytes }), (error: unknown) => void connection.log.warn(`Finishing an earlier export failed: ${messageOf(error)}`));
    if (result) results.push(result);
  }
  return results;
}

/** What the clip flow needs of the extension: where records live, where the file goes, how progress is shown. */
function finishing(context: vscode.ExtensionContext, backend: BackendKind, reporter: ExportReporter): FinishOptions {
  let downloading = false;
  return {
    records: renderRecords(context, backend),
    saveAs: (record) => uniqueOutputPath(record.format),
    onProgress: (event) => {
      if (event.phase === 'rendering') {
        const { status } = event;
        reporter.report(textIn(reporter.t).renderProgress(status.status === 'pending' ? 'pending' : 'running', status.progress, event.elapsedMs, event.nextCheckMs), status.progress);
      } else if (!downloading) {
        downloading = true;
        reporter.report(reporter.t('Downloading…'), 100);
      }
    },
  };
}

/** The workspace's unfinished renders, one list for both backends; each backend sees (and resumes) only its own. */
function renderRecords(context: vscode.ExtensionContext, backend: BackendKind): RenderRecords {
  type Stored = RenderRecord & { backend: BackendKind };
  const all = () => context.workspaceState.get<Stored[]>(PENDING_KEY, []);
  return {
    list: async () => all().filter((record) => record.backend === backend),
    add: async (record) => context.workspaceState.update(PENDING_KEY, [...all(), { ...record, backend }]),
    remove: async (id) => context.workspaceState.update(PENDING_KEY, all().filter((record) => record.id !== id)),
  };
}

/** demo-clips/demo-clip-2026-11-25-1432.mp4, with -2, -3… when that exists: an export never overwrites a file. */
async function uniqueOutputPath(format: RenderOutput['format']): Promise<string> {
  const folder = outputFolderUri(readSettings());
  await vscode.workspace.fs.createDirectory(folder);
  const name = await freeClipName(format, (taken) => Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, taken))).then(() => true, () => false));
  return vscode.Uri.joinPath(folder, name).fsPath;
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
