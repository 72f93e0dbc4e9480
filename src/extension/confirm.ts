import * as vscode from 'vscode';
import type { DemoClipClient } from '../client';
import { isExportable, type Draft } from '../protocol';
import { display, displayText } from './l10n';
import { textIn, type Translate } from './text';

const CLOUD_EXPORT_CONSENT_KEY = 'democlip.cloudExportConsent';

/** What a new session would drop, in words ("Start a new session? The current timeline (4 segments, 0:42) …"); none when it is empty. */
export function dropDraftQuestion(draft: Draft | null | undefined, t: Translate): string | undefined {
  if (!draft || !isExportable(draft)) return undefined;
  return textIn(t).dropDraft(draft.t.reduce((sum, track) => sum + track.sg.length, 0), draft.d ?? 0);
}

/**
 * Before a new session drops a timeline the user made (from the command, outside the chat): a warning with the one
 * button that goes ahead; dismissing it keeps the timeline. An empty timeline goes without asking.
 */
export async function confirmDropDraft(draft: Draft | null | undefined): Promise<boolean> {
  const text = displayText();
  const question = dropDraftQuestion(draft, display);
  if (!question) return true;
  return (await vscode.window.showWarningMessage(question, text.startNewSession)) === text.startNewSession;
}

/**
 * Before an export on the cloud, which may spend credits: the balance, and a decision (dismissing it cancels the
 * export), until the user says not to ask again (kept per install). True when the export may go ahead.
 */
export async function confirmCloudExport(client: DemoClipClient, context: vscode.ExtensionContext, signal: AbortSignal): Promise<boolean> {
  if (context.globalState.get<boolean>(CLOUD_EXPORT_CONSENT_KEY)) return true;
  // The balance is what the protocol tells; without it the question is still asked.
  const balance = await client.credits({ signal }).catch(() => undefined);
  const text = displayText();
  const choice = await vscode.window.showWarningMessage(text.cloudExport(balance), text.exportOnCloud, text.exportOnCloudAlways);
  if (choice === text.exportOnCloudAlways) await context.globalState.update(CLOUD_EXPORT_CONSENT_KEY, true);
  return choice !== undefined;
}
