import * as vscode from 'vscode';
import type { FfmpegUnavailableError } from '../engine/tools/ffmpegCheck';
import { displayLang } from './l10n';
import { switchBackend } from './settings';

const DISMISSED_KEY = 'democlip.ffmpegNotice.dismissed';

let showing: Thenable<unknown> | undefined;
let memory: vscode.Memento | undefined;

/** Where "Don't Show Again" is remembered (the extension's global state: for every window). */
export function rememberNoticeChoiceIn(globalState: vscode.Memento): void {
  memory = globalState;
}

/**
 * Tells the user that the local engine cannot start for want of a usable ffmpeg, how to install one, and offers
 * the two ways out that need no terminal. One notice at a time: several callers fail on the same missing ffmpeg.
 * After "Don't Show Again" the notice stays away; the failure is still said where it happened (chat, panel, a
 * status bar message) and in the log. Resolves false when the notice was not shown for that reason.
 */
export function showFfmpegNotice(error: FfmpegUnavailableError): Thenable<boolean> {
  const problem = error.messageIn(displayLang());
  if (memory?.get<boolean>(DISMISSED_KEY)) {
    vscode.window.setStatusBarMessage(`$(warning) ${vscode.l10n.t('Demo Clip: {0}', problem)}`, 15_000);
    return Promise.resolve(false);
  }
  const [SET_FFMPEG_PATH, USE_CLOUD, DONT_SHOW_AGAIN] = [vscode.l10n.t('Set ffmpeg Path…'), vscode.l10n.t('Use the Cloud Backend'), vscode.l10n.t("Don't Show Again")];
  showing ??= vscode.window.showErrorMessage(vscode.l10n.t('Demo Clip: {0}', problem), SET_FFMPEG_PATH, USE_CLOUD, DONT_SHOW_AGAIN).then(async (choice) => {
    showing = undefined;
    if (choice === SET_FFMPEG_PATH) await vscode.commands.executeCommand('workbench.action.openSettings', 'democlip.ffmpegPath');
    if (choice === USE_CLOUD) await switchBackend('nemo');
    if (choice === DONT_SHOW_AGAIN) await memory?.update(DISMISSED_KEY, true);
  });
  return showing.then(() => true);
}
