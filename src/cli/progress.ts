/**
 * Progress for people on stderr (stdout is kept for results, e.g. --json). On a terminal it redraws one line; into
 * a pipe or a log (CI, `2> make.log`) it writes lines: the first update after each step, then at most one every
 * few seconds, so a long analysis or render shows it is moving without flooding the log.
 */
export class Progress {
  private lineOpen = false;
  /** When the last update line was written to a pipe; undefined right after a step. */
  private lastLineAt: number | undefined;

  constructor(
    private readonly quiet = false,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly pipeEveryMs = 3000,
  ) {}

  step(message: string): void {
    this.endLine();
    this.lastLineAt = undefined;
    if (!this.quiet) this.stream.write(`${message}\n`);
  }

  update(message: string): void {
    if (this.quiet) return;
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${message}`);
      this.lineOpen = true;
      return;
    }
    const now = Date.now();
    if (this.lastLineAt !== undefined && now - this.lastLineAt < this.pipeEveryMs) return;
    this.lastLineAt = now;
    this.stream.write(`${message}\n`);
  }

  endLine(): void {
    if (this.lineOpen) this.stream.write('\n');
    this.lineOpen = false;
  }
}

export const percent = (done: number, total: number): string => `${Math.min(100, Math.floor((done / Math.max(1, total)) * 100))}%`;
