import * as vscode from 'vscode';
import type { Credits } from '../protocol';
import type { Connection } from './connection';
import { messageOf } from './errors';

const REFRESH_MS = 5 * 60_000;

/** Credits in the status bar: "$(credit-card) 87" on the cloud, "local" for the engine (it costs nothing). */
export class CreditsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('democlip.credits', vscode.StatusBarAlignment.Right, 100);
  private credits: Credits | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly connection: Connection) {
    this.item.name = 'Demo Clip credits';
    this.item.command = 'democlip.showCredits';
    this.item.text = '$(device-camera-video) Demo Clip';
    this.item.tooltip = 'Demo Clip Maker: connecting happens on first use.';
    this.item.show();
    this.subscriptions.push(connection.onDidChange(() => void this.refresh()));
    // Only refreshed on a timer while the window is in use: nobody reads a status bar in a window in the background.
    this.timer = setInterval(() => vscode.window.state.focused && void this.refresh(), REFRESH_MS);
  }

  async refresh(): Promise<Credits | undefined> {
    try {
      const { client } = await this.connection.ready();
      this.credits = await client.credits();
      this.item.text = this.credits.unlimited ? '$(device-camera-video) local' : `$(credit-card) ${this.credits.available}`;
      this.item.tooltip = this.credits.unlimited
        ? 'Demo Clip Maker: local engine — offline, private, no credits needed. Click for details.'
        : `Demo Clip credits: ${this.credits.available} available, ${this.credits.frozen} frozen, ${this.credits.total} total. Click for details.`;
      this.item.backgroundColor = !this.credits.unlimited && this.credits.available <= 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      return this.credits;
    } catch (error) {
      this.item.text = '$(warning) Demo Clip';
      this.item.tooltip = `Demo Clip Maker: ${messageOf(error)}`;
      return undefined;
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}

export function creditsText(credits: Credits): string {
  return credits.unlimited
    ? 'The local engine renders on this machine: no credits are used.'
    : `Credits: ${credits.available} available, ${credits.frozen} frozen (held by running jobs), ${credits.total} total.`;
}
