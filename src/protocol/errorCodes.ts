/** Result codes of the NemoVideo agent API (the seed's error table), shared by the client and the local engine. */
export const ErrorCode = {
  ok: 0,
  tokenInvalid: 1001,
  sessionNotFound: 1002,
  outOfCredits: 2001,
  unsupportedFile: 4001,
  fileTooLarge: 4002,
  missingClientId: 400,
  exportBlocked: 402,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  rateLimited: 429,
  internal: 500,
} as const;


/** The cloud also reports an expired or invalid token as 1010 or 1011 (and HTTP 401). */
export const TOKEN_INVALID_ALIASES: readonly number[] = [1001, 1010, 1011];

/** HTTP status the local engine answers with for each code; the cloud's are not documented, the client reads `code` first. */
export function httpStatusFor(code: number): number {
  switch (code) {
    case ErrorCode.ok: return 200;
    case ErrorCode.tokenInvalid: return 401;
    case ErrorCode.sessionNotFound: return 404;
    case ErrorCode.outOfCredits: return 402;
    case ErrorCode.unsupportedFile: return 415;
    case ErrorCode.fileTooLarge: return 413;
    default: return code >= 400 && code < 600 ? code : 400;
  }
}
