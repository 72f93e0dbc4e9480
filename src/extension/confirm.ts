import * as vscode from 'vscode';
import type { DemoClipClient } from '../client';
import { isExportable, type Draft } from '../protocol';
import { TEXT } from './text';

const CLOUD_EXPORT_CONSENT_KEY = 'democlip.cloudExportConsent';

/**
 * Before a new session drops a timeline the user made: a decision, so a modal. An empty timeline goes without asking.
 * True when the new session may start.
 */
export async function confirmDropDraft(draft: Draft | null | undefined): Promise<boolean> {
  if (!draft || !isExportable(draft)) return true;
  const segments = draft.t.reduce((sum, track) => sum + track.sg.length, 0);
  const choice = await vscode.window.showWarningMessage(TEXT.dropDraft(segments, draft.d ?? 0), { modal: true }, TEXT.startNewSession);
  return choice === TEXT.startNewSession;
}

/**
 * Before an export on the cloud, which may spend credits: the balance, and a modal decision, until the user says not
 * to ask again (kept per install). True when the export may go ahead.
 */
export async function confirmCloudExport(client: DemoClipClient, context: vscode.ExtensionContext, signal: AbortSignal): Promise<boolean> {
  if (context.globalState.get<boolean>(CLOUD_EXPORT_CONSENT_KEY)) return true;
  // The balance is what the protocol tells; without it the question is still asked.
  const balance = await client.credits({ signal }).catch(() => undefined);
  const choice = await vscode.window.showWarningMessage(TEXT.cloudExport(balance), { modal: true }, TEXT.exportOnCloud, TEXT.exportOnCloudAlways);
  if (choice === TEXT.exportOnCloudAlways) await context.globalState.update(CLOUD_EXPORT_CONSENT_KEY, true);
  return choice !== undefined;
}
