/** How long the cloud's URL must stay unchanged before it is connected to: typing one changes it at every key. */
export const SETTLE_MS = 1000;

/** What a settings change touched (VS Code's ConfigurationChangeEvent.affectsConfiguration). */
export type Affects = (section: string) => boolean;

interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) };

/**
 * Applies changes of the democlip settings: one of `democlip.apiBaseUrl` alone once the settings have settled (no
 * connection, and no ENOTFOUND, for every half-typed host), any other at once, together with a URL change that was
 * still waiting. Pure (no vscode): the Connection feeds it the workbench's change events.
 */
export class SettingsSettler {
  private pending: unknown;

  constructor(private readonly apply: () => void, private readonly timers: Timers = realTimers) {}

  changed(affects: Affects): void {
    if (!affects('democlip')) return;
    this.cancel();
    if (affects('democlip.apiBaseUrl') && !affects('democlip.backend')) {
      this.pending = this.timers.set(() => {
        this.pending = undefined;
        this.apply();
      }, SETTLE_MS);
    } else {
      this.apply();
    }
  }

  cancel(): void {
    if (this.pending !== undefined) this.timers.clear(this.pending);
    this.pending = undefined;
  }
}
