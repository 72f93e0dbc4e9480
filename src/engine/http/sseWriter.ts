import type { ServerResponse } from 'node:http';

/** Writes an SSE response: one `data:` line per event, and `: keepalive` comments while a turn is busy. */
export class SseWriter {
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly res: ServerResponse, keepaliveMs: number) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    this.timer = setInterval(() => this.res.write(': keepalive\n\n'), keepaliveMs);
  }

  send(event: unknown): void {
    this.res.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  error(message: string): void {
    this.send({ error: message });
  }

  close(): void {
    clearInterval(this.timer);
    this.res.end();
  }
}
