/** Serialises work on one session (a chat turn, an upload) so that concurrent requests cannot lose each other's edits. */
export class SessionLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(sessionId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.tails.set(sessionId, next);
    try {
      return await next;
    } finally {
      if (this.tails.get(sessionId) === next) this.tails.delete(sessionId);
    }
  }
}
