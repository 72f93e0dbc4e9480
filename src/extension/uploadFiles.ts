import * as vscode from 'vscode';
import { acceptedFormatsText, fileTypeOf, type UploadResult } from '../protocol';
import { prepareForCloud } from './cloudUpload';
import type { Connection } from './connection';
import { percentReporter } from './percentReporter';
import type { UploadHistory } from './uploadHistory';
import { signalOf } from './errors';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Uploads files with a cancellable progress notification that counts bytes; unsupported files are refused first. */
export async function uploadFiles(connection: Connection, history: UploadHistory, uris: vscode.Uri[]): Promise<UploadResult | undefined> {
  const files = uris.filter((uri) => uri.scheme === 'file');
  const unsupported = files.filter((uri) => !fileTypeOf(uri.fsPath));
  if (unsupported.length > 0) {
    throw new Error(vscode.l10n.t('{0}: not a supported file type. Accepted formats: {1}.', unsupported.map((u) => vscode.workspace.asRelativePath(u)).join(', '), acceptedFormatsText()));
  }
  if (files.length === 0) return undefined;
  const originals = files.map((uri) => uri.fsPath);
  const prepared = connection.backend === 'nemo' ? await prepareForCloud(files) : { paths: originals, dispose: async () => undefined };
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: files.length === 1 ? vscode.l10n.t('Uploading {0}', vscode.workspace.asRelativePath(files[0])) : vscode.l10n.t('Uploading {0} files', files.length), cancellable: true },
      async (progress, token) => {
        const report = percentReporter(progress);
        const result = await connection.inSession(async ({ client, sessionId }) => {
          const uploaded = await client.upload(sessionId, prepared.paths, {
            signal: signalOf(token),
            onProgress: (sent, total) => report(Math.floor((sent / total) * 100), vscode.l10n.t('{0} of {1}', mb(sent), mb(total))),
          });
          // The user's own files are remembered (a converted copy is temporary): they are what "Upload Again" sends.
          await history.add(sessionId, originals, uploaded.files);
          return uploaded;
        });
        connection.notifyChanged();
        return result;
      },
    );
  } finally {
    await prepared.dispose();
  }
}

/** The files to upload: the Explorer's selection (multi-select), the clicked file, or a file picker. */
export async function filesToUpload(clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri[]> {
  if (selected && selected.length > 0) return selected;
  if (clicked) return [clicked];
  const active = vscode.window.activeTextEditor?.document.uri ?? (vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined)?.uri;
  if (active && fileTypeOf(active.fsPath)) return [active];
  return (await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Upload to Demo Clip'),
    filters: { [vscode.l10n.t('Video, images, audio')]: acceptedFormatsText().split(', ') },
  })) ?? [];
}
