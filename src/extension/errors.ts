import * as vscode from 'vscode';
import { DemoClipError, OutOfCreditsError } from '../client';
import { FfmpegUnavailableError } from '../engine/tools/ffmpegCheck';
import { showFfmpegNotice } from './ffmpegNotice';

/** A user-facing message for any failure; DemoClipError messages are written for users and never hold a token. */
export function messageOf(error: unknown): string {
  if (error instanceof DemoClipError) return error.message;
  if ((error as Error)?.name === 'AbortError') return 'Cancelled.';
  const message = (error as Error)?.message ?? String(error);
  return message.replace(/nmv_[A-Za-z0-9_]+/g, '[token]');
}

export function isCancellation(error: unknown): boolean {
  return (error as Error)?.name === 'AbortError' || error instanceof vscode.CancellationError;
}

/** Shows an error with the actions that help, if there are any (registration for 2001, ffmpeg's way outs). */
export async function showError(prefix: string, error: unknown): Promise<void> {
  if (isCancellation(error)) return;
  if (error instanceof FfmpegUnavailableError) {
    await showFfmpegNotice(error);
    return;
  }
  if (error instanceof OutOfCreditsError && error.registerUrl) {
    const choice = await vscode.window.showErrorMessage(`${prefix}: ${messageOf(error)}`, 'Register', 'Use the local engine');
    if (choice === 'Register') void vscode.env.openExternal(vscode.Uri.parse(error.registerUrl));
    if (choice === 'Use the local engine') await vscode.workspace.getConfiguration('democlip').update('backend', 'local', vscode.ConfigurationTarget.Global);
    return;
  }
  void vscode.window.showErrorMessage(`${prefix}: ${messageOf(error)}`);
}

/** An AbortSignal that follows a VS Code cancellation token. */
export function signalOf(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
