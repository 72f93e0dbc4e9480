import type { ServerResponse } from 'node:http';

/**
 * When a shared engine may stop: not while any request is open (each client holds one open for as long as it uses
 * the engine, see Routes.engineAttach) or a render runs, and only after `idleMs` of neither. Resolves `idle` then.
 * `idleMs` 0 means never (an engine someone started by hand, or a test's).
 */
export class Lifetime {
  private open = 0;
  private timer: NodeJS.Timeout | undefined;
  private markIdle: () => void = () => undefined;
  readonly idle = new Promise<void>((resolve) => (this.markIdle = resolve));

  constructor(private readonly idleMs: number, private readonly busy: () => boolean) {
    this.arm();
  }

  track(res: ServerResponse): void {
    this.open++;
    this.disarm();
    // 'close' comes once, whether the answer was sent or the connection dropped.
    res.once('close', () => {
      this.open--;
      this.arm();
    });
  }

  get openRequests(): number {
    return this.open;
  }

  private arm(): void {
    if (this.idleMs <= 0 || this.open > 0) return;
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A render still running (its client may be gone: the file is fetched later) keeps the engine another round.
      if (this.busy()) this.arm();
      else if (this.open === 0) this.markIdle();
    }, this.idleMs);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.disarm();
  }
}
