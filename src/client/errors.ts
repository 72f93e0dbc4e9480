import { acceptedFormatsText, ErrorCode, TOKEN_INVALID_ALIASES } from '../protocol';

/**
 * Every failure the client reports. `message` is written for the user (what happened, what to do), and never holds
 * a token; `code` is the protocol's code (or HTTP status) so callers can decide.
 */
export class DemoClipError extends Error {
  constructor(message: string, readonly code: number, readonly status?: number, readonly serverMessage?: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class TokenInvalidError extends DemoClipError {}
export class SessionNotFoundError extends DemoClipError {}
export class OutOfCreditsError extends DemoClipError {
  constructor(message: string, code: number, status: number | undefined, serverMessage: string | undefined, readonly registerUrl?: string) {
    super(message, code, status, serverMessage);
  }
}
export class UnsupportedFileError extends DemoClipError {}
export class FileTooLargeError extends DemoClipError {}
export class MissingClientIdError extends DemoClipError {}
export class ExportBlockedError extends DemoClipError {}
export class RateLimitedError extends DemoClipError {
  /** `retryAfterMs` is undefined when the server named no wait: the client then uses its default. */
  constructor(message: string, code: number, status: number | undefined, serverMessage: string | undefined, readonly retryAfterMs: number | undefined) {
    super(message, code, status, serverMessage);
  }
}
/** The server answered something that is not the protocol (bad JSON, an unknown shape). */
export class ProtocolError extends DemoClipError {}
/** The server could not be reached, or the connection dropped. */
export class ConnectionError extends DemoClipError {}
/** No connection could be made at all (refused, no such host): nothing was sent, so trying again is safe. */
export class UnreachableError extends ConnectionError {}
/** Any other failure the server reported (a bad request, a failed render). */
export class ServerError extends DemoClipError {}
/** A render (or preview) that ended without a file: it failed or was cancelled, and will not finish later. */
export class RenderEndedError extends ServerError {
  constructor(message: string, readonly outcome: 'failed' | 'cancelled') {
    super(message, 0);
  }
}

export interface ErrorContext {
  status?: number;
  serverMessage?: string;
  retryAfterMs?: number;
  userId?: string;
}

/** Maps a protocol code (or an HTTP status when the body has none) to a typed error with an actionable message. */
export function errorFromCode(code: number, ctx: ErrorContext = {}): DemoClipError {
  const { status, serverMessage } = ctx;
  const detail = serverMessage ? ` (${serverMessage})` : '';
  if (TOKEN_INVALID_ALIASES.includes(code) || status === 401) {
    return new TokenInvalidError('Your Demo Clip token is invalid or has expired. A new one will be requested; sign in again if this persists.', code, status, serverMessage);
  }
  switch (code) {
    case ErrorCode.sessionNotFound:
      return new SessionNotFoundError('The editing session no longer exists on the server, so its draft is gone. Start a new session and upload your footage again.', code, status, serverMessage);
    case ErrorCode.outOfCredits: {
      const registerUrl = ctx.userId?.startsWith('anon_') ? `https://nemovideo.com/register?bind=${encodeURIComponent(ctx.userId)}` : undefined;
      const what = registerUrl ? `Register to get more: ${registerUrl}` : 'Top up your NemoVideo account, or switch to the local engine (free).';
      return new OutOfCreditsError(`You are out of credits. ${what}`, code, status, serverMessage, registerUrl);
    }
    case ErrorCode.unsupportedFile:
      return new UnsupportedFileError(
        withHint(serverMessage ?? 'That file type is not supported.', 'Accepted formats', `Accepted formats: ${acceptedFormatsText()}.`),
        code, status, serverMessage,
      );
    case ErrorCode.fileTooLarge:
      return new FileTooLargeError(
        withHint(serverMessage ?? 'The file is too large (the limit is 500 MB).', 'Compress', 'Compress or trim it (e.g. re-export at 1080p, or cut it shorter) and upload again.'),
        code, status, serverMessage,
      );
    case ErrorCode.missingClientId:
      return new MissingClientIdError(`The server rejected the request as incomplete${detail}.`, code, status, serverMessage);
    case ErrorCode.exportBlocked:
      return new ExportBlockedError('Export is not available on the free NemoVideo plan (this is the plan tier, not credits). Upgrade the plan, or export with the local engine.', code, status, serverMessage);
    case ErrorCode.rateLimited:
      return new RateLimitedError('The server is rate limiting requests. Wait a little and try again.', code, status, serverMessage, ctx.retryAfterMs);
    default:
      return new ServerError(serverMessage ? `The server reported an error: ${serverMessage}` : `The server reported error ${code}.`, code, status, serverMessage);
  }
}

/** Adds advice to a server's message unless the server already gave it (the local engine does). */
function withHint(message: string, marker: string, hint: string): string {
  return message.includes(marker) ? message : `${message} ${hint}`;
}
