/** The session language of a CLI run: the locale the shell says (LC_ALL, LC_MESSAGES, LANG), else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'en' | 'zh' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
