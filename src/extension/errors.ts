import * as vscode from 'vscode';
import { DemoClipError } from '../client';
import { BilingualError, type Lang } from '../protocol';
import { FfmpegUnavailableError } from '../engine/tools/ffmpegCheck';
import { showFfmpegNotice } from './ffmpegNotice';
import { displayLang, displayText } from './l10n';
import { recoveriesFor, type Recovery } from './recovery';
import { switchBackend } from './settings';

/**
 * A user-facing message for any failure; DemoClipError messages are written for users (in the session's language)
 * and never hold a token, the engine's own (ffmpeg's check, a conversion) are said in `lang`: a chat reply's, else
 * the display language.
 */
export function messageOf(error: unknown, lang: Lang = displayLang()): string {
  if (error instanceof DemoClipError) return error.message;
  if (error instanceof BilingualError) return error.messageIn(lang);
  if ((error as Error)?.name === 'AbortError') return vscode.l10n.t('Cancelled.');
  const message = (error as Error)?.message ?? String(error);
  return message.replace(/nmv_[A-Za-z0-9_]+/g, '[token]');
}

export function isCancellation(error: unknown): boolean {
  return (error as Error)?.name === 'AbortError' || error instanceof vscode.CancellationError;
}

/**
 * Shows an error with the actions that help, if there are any (register, top up or upgrade, the local engine, retry
 * for 2001 and 402; ffmpeg's way outs). `retry` runs the failed action again: after a switch to the local engine too.
 */
export async function showError(prefix: string, error: unknown, retry?: () => unknown): Promise<void> {
  if (isCancellation(error)) return;
  if (error instanceof FfmpegUnavailableError) {
    await showFfmpegNotice(error);
    return;
  }
  const recoveries = recoveriesFor(error, displayText()).filter((r) => r.kind !== 'retry' || retry);
  if (recoveries.length === 0) {
    void vscode.window.showErrorMessage(`${prefix}: ${messageOf(error)}`);
    return;
  }
  const label = await vscode.window.showErrorMessage(`${prefix}: ${messageOf(error)}`, ...recoveries.map((r) => r.label));
  const chosen = recoveries.find((r) => r.label === label);
  if (chosen) await recover(chosen, retry);
}

/** Takes a way out: opens the page, or switches to the local engine and keeps going, or tries again. */
export async function recover(recovery: Recovery, retry?: () => unknown): Promise<void> {
  switch (recovery.kind) {
    case 'open':
      await vscode.env.openExternal(vscode.Uri.parse(recovery.url));
      return;
    case 'useLocal':
      await switchBackend('local');
      await retry?.();
      return;
    case 'retry':
      await retry?.();
  }
}

/** An AbortSignal that follows a VS Code cancellation token. */
export function signalOf(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
