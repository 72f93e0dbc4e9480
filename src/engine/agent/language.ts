import { CAPABILITIES } from '../../protocol';

/** The languages the engine answers in. */
export type Lang = 'en' | 'zh';

const HAN = /[\u3400-\u9fff]/;

/**
 * The language of a reply: the message's own (any Chinese character makes it Chinese, English words make it
 * English), else the session's (from democlip.language or VS Code's display language when the session was made).
 * A message of only numbers or JSON operations says nothing, so the session decides.
 */
export function replyLanguage(message: string, session: string | undefined): Lang {
  if (HAN.test(message)) return 'zh';
  const trimmed = message.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{') && /[a-z]{2,}/i.test(trimmed)) return 'en';
  return session?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Both wordings side by side at every reply, so that neither language can be forgotten. */
export const say = (lang: Lang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'it', 'of', 'at', 'in', 'on', 'and', 'or', 'my', 'this', 'that', 'please', 'me', 'i', 'you', 'make']);

/** Character pairs (Chinese, where single characters say little) and words (English): enough to tell which capability a clause is nearest to. */
function grams(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = (lower.match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
  const han = [...lower].filter((c) => HAN.test(c));
  return new Set([...words, ...han.slice(1).map((c, i) => han[i] + c)]);
}

/** The two things the agent can do nearest to what it did not understand, in the reply's language. */
export function closestCapabilities(clause: string, lang: Lang): [string, string] {
  const asked = grams(clause);
  const scored = CAPABILITIES.map((capability, order) => {
    const known = grams(`${capability.en} ${capability.zh}`);
    const shared = [...asked].filter((g) => known.has(g)).length;
    return { example: capability[lang], score: shared / Math.sqrt(known.size), order };
  }).sort((a, b) => b.score - a.score || a.order - b.order);
  return [scored[0].example, scored[1].example];
}

/** "I didn't understand …; closest: …" — short, with the words it did not read and the two nearest things. */
export function notUnderstood(clauses: string[], lang: Lang): string {
  const words = clauses.map((c) => say(lang, `"${c.slice(0, 120)}"`, `“${c.slice(0, 120)}”`)).join(say(lang, ', ', '、'));
  const [first, second] = closestCapabilities(clauses.join(' '), lang);
  return say(lang,
    `I didn't understand ${words}. The closest things I can do: "${first}" or "${second}".`,
    `我没看懂${words}。我能做的最接近的两件事：“${first}”或“${second}”。`);
}
