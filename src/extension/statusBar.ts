import * as vscode from 'vscode';
import type { Credits } from '../protocol';
import type { Connection } from './connection';
import type { BackendKind } from './settings';
import { messageOf } from './errors';
import type { Translate } from './text';

const REFRESH_MS = 5 * 60_000;

/**
 * Credits in the status bar: "$(credit-card) 87" on the cloud, "local" for the engine (it costs nothing). Hidden
 * until this window has used Demo Clip; refreshing never connects (so never starts an engine), except when the user
 * asks for the credits.
 */
export class CreditsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('democlip.credits', vscode.StatusBarAlignment.Right, 100);
  private credits: Credits | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly connection: Connection) {
    this.item.name = vscode.l10n.t('Demo Clip credits');
    this.item.command = 'democlip.showCredits';
    this.subscriptions.push(connection.onDidChange(() => void this.refresh()));
  }

  /** Updates the item from the backend; `connect` only for the user's own "Show Credits". */
  async refresh(options: { connect?: boolean } = {}): Promise<Credits | undefined> {
    const ready = options.connect ? await this.connection.ready() : this.connection.ifConnected;
    if (!ready) {
      this.item.hide();
      clearInterval(this.timer);
      this.timer = undefined;
      return undefined;
    }
    try {
      this.credits = await ready.client.credits();
      this.item.text = this.credits.unlimited ? `$(device-camera-video) ${vscode.l10n.t('local')}` : `$(credit-card) ${this.credits.available}`;
      this.item.tooltip = this.credits.unlimited
        ? vscode.l10n.t('Demo Clip Maker: local engine — offline, private, no credits needed. Click for details.')
        : vscode.l10n.t('Demo Clip credits: {0} available, {1} frozen, {2} total. Click for details.', this.credits.available, this.credits.frozen, this.credits.total);
      this.item.backgroundColor = !this.credits.unlimited && this.credits.available <= 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      return this.credits;
    } catch (error) {
      this.connection.log.warn(`Status bar: could not read the credits: ${messageOf(error)}`);
      this.item.text = '$(warning) Demo Clip';
      this.item.tooltip = vscode.l10n.t('Demo Clip Maker: {0}', messageOf(error));
      if (options.connect) throw error;
      return undefined;
    } finally {
      this.item.show();
      this.startTimer(ready.backend);
    }
  }

  /**
   * Cloud credits change as renders spend them: refreshed every few minutes while the window is in use (nobody
   * reads a status bar in a window in the background). The local engine's never change: no timer.
   */
  private startTimer(backend: BackendKind): void {
    if (backend !== 'nemo') {
      clearInterval(this.timer);
      this.timer = undefined;
    } else {
      this.timer ??= setInterval(() => vscode.window.state.focused && void this.refresh(), REFRESH_MS);
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}

/** The balance in words, in `t`'s language (the display's for the command, the session's in chat). */
export function creditsText(credits: Credits, t: Translate): string {
  return credits.unlimited
    ? t('The local engine renders on this machine: no credits are used.')
    : t('Credits: {0} available, {1} frozen (held by running jobs), {2} total.', credits.available, credits.frozen, credits.total);
}
