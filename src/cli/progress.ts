/** Progress for people on stderr (stdout is kept for results, e.g. --json). Redraws one line on a terminal. */
export class Progress {
  private lineOpen = false;

  constructor(private readonly quiet = false, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  step(message: string): void {
    this.endLine();
    if (!this.quiet) this.stream.write(`${message}\n`);
  }

  update(message: string): void {
    if (this.quiet) return;
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${message}`);
      this.lineOpen = true;
    }
  }

  endLine(): void {
    if (this.lineOpen) this.stream.write('\n');
    this.lineOpen = false;
  }
}

export const percent = (done: number, total: number): string => `${Math.min(100, Math.floor((done / Math.max(1, total)) * 100))}%`;
