import { ConnectionError, UnreachableError } from '../client';

/**
 * Runs `work`; when the backend turns out to be gone (the local engine stopped, the window reloaded) it reconnects
 * (restarting the engine) and tries once more, so the user sees no error. A connection that dropped while the
 * backend is still there is reported as it is: a chat message is never sent twice by itself.
 */
export async function retryUnreachable<T>(work: () => Promise<T>, reconnect: () => Promise<void>, stillThere: () => Promise<unknown>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ConnectionError)) throw error;
    // A refused connection sent nothing; a dropped one (a pooled socket of a stopped engine) is checked first.
    const gone = error instanceof UnreachableError || (await stillThere().then(() => false, (probe: unknown) => probe instanceof UnreachableError));
    if (!gone) throw error;
    await reconnect();
    return work();
  }
}
