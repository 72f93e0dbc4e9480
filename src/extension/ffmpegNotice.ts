import * as vscode from 'vscode';
import type { FfmpegUnavailableError } from '../engine/tools/ffmpegCheck';

const SET_FFMPEG_PATH = 'Set ffmpeg Path…';
const USE_CLOUD = 'Use the Cloud Backend';

let showing: Thenable<unknown> | undefined;

/**
 * Tells the user that the local engine cannot start for want of a usable ffmpeg, how to install one, and offers
 * the two ways out that need no terminal. One notice at a time: several callers fail on the same missing ffmpeg.
 */
export function showFfmpegNotice(error: FfmpegUnavailableError): Thenable<unknown> {
  showing ??= vscode.window.showErrorMessage(`Demo Clip: ${error.message}`, SET_FFMPEG_PATH, USE_CLOUD).then(async (choice) => {
    showing = undefined;
    if (choice === SET_FFMPEG_PATH) await vscode.commands.executeCommand('workbench.action.openSettings', 'democlip.ffmpegPath');
    if (choice === USE_CLOUD) await vscode.workspace.getConfiguration('democlip').update('backend', 'nemo', vscode.ConfigurationTarget.Global);
  });
  return showing;
}
