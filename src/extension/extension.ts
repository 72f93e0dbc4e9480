import * as vscode from 'vscode';
import { registerChatParticipant } from './chat/participant';
import { Connection } from './connection';
import { messageOf, recover, showError } from './errors';
import { rememberNoticeChoiceIn } from './ffmpegNotice';
import { announceExport, exportOrMakeFirst, resumePendingRenders } from './exportClip';
import { registerExportTask } from './exportTask';
import { registerPanelSerializer, TimelinePanel, type PanelActions } from './panel/timelinePanel';
import { CreditsStatus, creditsText } from './statusBar';
import { filesToUpload, uploadFiles } from './uploadFiles';
import { defaultJob, outputFromText, videoFootageMs, type RenderOutput } from '../protocol';
import { tellSessionLost } from './sessionLost';
import { readSettings } from './settings';
import { display, displayText } from './l10n';
import { UploadHistory } from './uploadHistory';

let connection: Connection | undefined;

/** What the extension exposes to its own tests (the exports of activate()). */
export interface DemoClipApi {
  connection: Connection;
  status: CreditsStatus;
  history: UploadHistory;
  panel(): TimelinePanel | undefined;
}

export function activate(context: vscode.ExtensionContext): DemoClipApi {
  const log = vscode.window.createOutputChannel('Demo Clip', { log: true });
  rememberNoticeChoiceIn(context.globalState);
  connection = new Connection(context, log);
  const conn = connection;
  const status = new CreditsStatus(conn);
  const history = new UploadHistory(context.workspaceState);

  const exportAndAnnounce = async (output: RenderOutput) => {
    const result = await exportOrMakeFirst(conn, context, output);
    if (result) void announceExport(result);
    return result;
  };
  const panelActions: PanelActions = {
    export: exportAndAnnounce,
    knownUploads: (sessionId) => history.of(sessionId).map(({ path: _path, ...file }) => file),
  };
  // `what` names the command in the log (English), `title` in the error the user sees (the display language).
  const guard = <A extends unknown[], R>(what: string, title: string, run: (...args: A) => Promise<R>) => {
    const guarded = async (...args: A): Promise<R | undefined> => {
      try {
        return await run(...args);
      } catch (error) {
        log.warn(`${what} failed: ${messageOf(error)}`);
        let retried: R | undefined;
        await showError(title, error, async () => (retried = await guarded(...args)));
        return retried;
      }
    };
    return guarded;
  };

  context.subscriptions.push(
    log,
    status,
    conn,
    vscode.commands.registerCommand('democlip.showLog', () => log.show()),
    registerChatParticipant(context, conn, history),
    conn.onDidLoseSession((lost) => void tellSessionLost(history, lost)),
    registerPanelSerializer(context, conn, panelActions),
    registerExportTask(context, conn),
    vscode.commands.registerCommand('democlip.openPanel', guard('panel', vscode.l10n.t('Demo Clip panel'), async () => {
      const panel = TimelinePanel.createOrShow(context, conn, panelActions);
      await panel.refresh();
      return panel;
    })),
    vscode.commands.registerCommand('democlip.upload', guard('upload', vscode.l10n.t('Demo Clip upload'), async (clicked?: vscode.Uri, selected?: vscode.Uri[], options?: { fromChat?: boolean }) => {
      const result = await uploadFiles(conn, history, await filesToUpload(clicked, selected));
      // From the chat, the chat is where the user already is: no notification pointing to it.
      if (result && !options?.fromChat) {
        const notes = result.files.flatMap((f) => f.notes ?? []);
        const text = displayText();
        void vscode.window.showInformationMessage(text.uploaded(result.files.map((f) => f.filename), notes), text.openChat).then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.chat.open', { query: `@democlip ${defaultJob(videoFootageMs(result.files), readSettings().language).prompt}` });
        });
      }
      return result;
    })),
    vscode.commands.registerCommand('democlip.export', guard('export', vscode.l10n.t('Demo Clip export'), async (output?: Partial<RenderOutput>) => exportAndAnnounce({ ...outputFromText(''), ...output }))),
    vscode.commands.registerCommand('democlip.showCredits', guard('credits', vscode.l10n.t('Demo Clip credits'), async () => {
      const credits = await status.refresh({ connect: true });
      if (credits) void vscode.window.showInformationMessage(creditsText(credits, display));
      return credits;
    })),
    // Information, not a decision: the tracks are told in the chat (with a button to the panel), never in a modal.
    vscode.commands.registerCommand('democlip.showStatus', guard('status', vscode.l10n.t('Demo Clip status'), async () => {
      const { state } = await conn.inSession(({ client, sessionId }) => client.state(sessionId));
      await vscode.commands.executeCommand('workbench.action.chat.open', { query: '@democlip /status' });
      return state.draft;
    })),
    // The chat's "Use the Local Engine" button (not in the palette): switch, then ask again what failed on the cloud.
    vscode.commands.registerCommand('democlip.useLocalEngine', async (retryQuery?: string) =>
      recover({ kind: 'useLocal', label: '' }, retryQuery ? () => vscode.commands.executeCommand('workbench.action.chat.open', { query: retryQuery }) : undefined)),
    vscode.commands.registerCommand('democlip.newSession', guard('new session', vscode.l10n.t('Demo Clip new session'), async () => {
      await conn.newSession();
      void vscode.window.showInformationMessage(vscode.l10n.t('Demo Clip: started a new session. The timeline is empty.'));
    })),
  );
  // Renders still running when VS Code last closed are finished and saved (the seed: otherwise they are orphaned).
  // Nothing is connected unless this workspace has such a render: an idle window stays quiet.
  void resumePendingRenders(conn, context).then(
    (results) => results.forEach((r) => void announceExport(r)),
    (error: unknown) => log.warn(`Finishing earlier exports failed: ${messageOf(error)}`),
  );
  return { connection: conn, status, history, panel: () => TimelinePanel.current };
}

/** This window lets go of the engine; the engine itself stays for other windows and running renders. */
export function deactivate(): void {
  connection?.dispose();
  connection = undefined;
}
