import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { SessionLost } from './connection';
import { displayText } from './l10n';
import type { UploadHistory } from './uploadHistory';

/**
 * Says that a session expired and what went with it, and offers to upload again the footage this extension had
 * uploaded to it (those files still on disk). Resolves with the new upload, if the user took the offer.
 */
export async function tellSessionLost(history: UploadHistory, lost: SessionLost): Promise<unknown> {
  const known = history.of(lost.lostSessionId);
  const onDisk = known.filter((file) => existsSync(file.path));
  const text = displayText();
  const message = text.sessionExpired(lost.backend, known.map((file) => file.filename));
  if (onDisk.length === 0) return vscode.window.showWarningMessage(message);
  if ((await vscode.window.showWarningMessage(message, text.uploadAgain)) !== text.uploadAgain) return undefined;
  const uris = onDisk.map((file) => vscode.Uri.file(file.path));
  return vscode.commands.executeCommand('democlip.upload', uris[0], uris);
}
