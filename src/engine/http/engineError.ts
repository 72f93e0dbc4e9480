import { ErrorCode, langOf, say, type Lang } from '../../protocol';

/** A message in both languages: the engine answers in the one the client asks for (Accept-Language). */
export interface BothLanguages {
  en: string;
  zh: string;
}

/** A failure the engine reports to its client with a protocol code and a message meant for the user. */
export class EngineError extends Error {
  private readonly zh: string | undefined;

  constructor(readonly code: number, message: string | BothLanguages, readonly headers: Record<string, string> = {}) {
    super(typeof message === 'string' ? message : message.en);
    this.zh = typeof message === 'string' ? undefined : message.zh;
  }

  /** The message in `lang`; one written in English only (the protocol's own, for client authors) stays English. */
  messageIn(lang: Lang): string {
    return say(lang, this.message, this.zh ?? this.message);
  }
}

/** The language a request asks its errors in: its Accept-Language (the client's session language). */
export const requestLanguage = (acceptLanguage: string | undefined): Lang => langOf(acceptLanguage);

export const notFound = (message: string | BothLanguages) => new EngineError(ErrorCode.notFound, message);
export const sessionNotFound = () =>
  new EngineError(ErrorCode.sessionNotFound, {
    en: 'Session not found. Start a new session; the old draft is gone.',
    zh: '找不到会话。请开始一个新会话；原来的草稿已经没有了。',
  });
