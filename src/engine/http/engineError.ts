import { BilingualError, ErrorCode, langOf, type Bilingual, type Lang } from '../../protocol';

/**
 * A failure the engine reports to its client with a protocol code and a message meant for the user, in both
 * languages: it is said in the session's, else in the request's Accept-Language.
 */
export class EngineError extends BilingualError {
  constructor(readonly code: number, text: Bilingual, readonly headers: Record<string, string> = {}) {
    super(text);
  }
}

/** The language a request asks its errors in before its session is known: its Accept-Language (the client's session language). */
export const requestLanguage = (acceptLanguage: string | undefined): Lang => langOf(acceptLanguage);

export const notFound = (text: Bilingual) => new EngineError(ErrorCode.notFound, text);
export const sessionNotFound = () =>
  new EngineError(ErrorCode.sessionNotFound, {
    en: 'Session not found. Start a new session; the old draft is gone.',
    zh: '找不到会话。请开始一个新会话；原来的草稿已经没有了。',
  });
