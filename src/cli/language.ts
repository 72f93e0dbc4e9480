import { langOf, replyLanguage, type Lang } from '../protocol';

/**
 * The session language of a CLI run: --lang, else the prompts' own (a Chinese prompt gets Chinese, as in chat),
 * else the locale the shell says (LC_ALL, LC_MESSAGES, LANG), else English.
 */
export function cliLanguage(options: { flag?: string; prompts?: string[]; env?: NodeJS.ProcessEnv } = {}): Lang {
  if (options.flag) return langOf(options.flag);
  const env = options.env ?? process.env;
  return replyLanguage((options.prompts ?? []).join(' '), env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}
