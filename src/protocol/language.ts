/** The languages Demo Clip answers in. */
export type Lang = 'en' | 'zh';

/** A Han character: Chinese text (by script, so the rarer ideographs beyond the common block count too). */
export const HAN = /\p{Script=Han}/u;

/** A locale (zh-cn, zh_CN.UTF-8, zh-Hans) or a session language: any Chinese one is zh, everything else en. */
export const langOf = (locale: string | undefined): Lang => (locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * The language of a reply: the message's own (any Chinese character makes it Chinese, English words make it
 * English), else the session's (from democlip.language or VS Code's display language when the session was made).
 * A message of only numbers or JSON operations says nothing, so the session decides.
 */
export function replyLanguage(message: string, session: string | undefined): Lang {
  if (HAN.test(message)) return 'zh';
  const trimmed = message.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{') && /[a-z]{2,}/i.test(trimmed)) return 'en';
  return langOf(session);
}

/** Both wordings side by side at every reply, so that neither language can be forgotten. */
export const say = (lang: Lang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

/**
 * A text written before its reader's language is known (an engine error, a note kept with an upload): both
 * wordings, so that neither can be left out, and the one the reader speaks is picked when it is said.
 */
export interface Bilingual {
  en: string;
  zh: string;
}

/** `text` in `lang`; a plain string (kept by an engine from before both were written) is said as it is. */
export const inLanguage = (text: string | Bilingual, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

/** A failure written for people in both languages, before it is known who reads it: whoever shows it picks theirs. */
export class BilingualError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
