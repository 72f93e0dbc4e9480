import { ErrorCode } from '../../protocol';

/** A failure the engine reports to its client with a protocol code and a message meant for the user. */
export class EngineError extends Error {
  constructor(readonly code: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export const notFound = (message: string) => new EngineError(ErrorCode.notFound, message);
export const sessionNotFound = () =>
  new EngineError(ErrorCode.sessionNotFound, 'Session not found. Start a new session; the old draft is gone.');
