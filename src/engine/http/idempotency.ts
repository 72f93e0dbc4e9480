/**
 * Requests that create things (a session, an upload) may carry `X-Request-Id`: the same id from the same user
 * within a few minutes gets the first answer again instead of a second session or a second copy of the files.
 * A failed request is forgotten, so its retry runs for real.
 */
const KEEP_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;

export class IdempotentRequests {
  private readonly results = new Map<string, { at: number; result: Promise<unknown> }>();

  run<T>(userId: string, requestId: string | string[] | undefined, work: () => Promise<T>): Promise<T> {
    if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > 100) return work();
    this.prune();
    const key = `${userId}\u0000${requestId}`;
    const known = this.results.get(key);
    if (known) return known.result as Promise<T>;
    const result = work();
    this.results.set(key, { at: Date.now(), result });
    result.catch(() => this.results.delete(key));
    return result;
  }

  private prune(): void {
    const now = Date.now();
    for (const [key, entry] of this.results) {
      if (now - entry.at < KEEP_MS && this.results.size < MAX_ENTRIES) break;
      this.results.delete(key);
    }
  }
}
