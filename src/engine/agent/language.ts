import { CAPABILITIES, HAN, say, TopicWords, type Lang } from '../../protocol';

const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'it', 'of', 'at', 'in', 'on', 'and', 'or', 'my', 'this', 'that', 'please', 'me', 'i', 'you', 'make']);

/** Character pairs (Chinese, where single characters say little) and words (English): enough to tell which capability a clause is nearest to. */
function grams(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = (lower.match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
  const han = [...lower].filter((c) => HAN.test(c));
  return new Set([...words, ...han.slice(1).map((c, i) => han[i] + c)]);
}

export const topicsOf = (text: string) => new Set(TopicWords.filter((pattern) => pattern.test(text.toLowerCase())));

/**
 * The two things the agent can do nearest to what it did not understand, in the reply's language: first those about
 * the same things (intent words in common), then those sharing the most words.
 */
export function closestCapabilities(clause: string, lang: Lang): [string, string] {
  const asked = grams(clause);
  const about = topicsOf(clause);
  const scored = CAPABILITIES.map((capability, order) => {
    const known = grams(`${capability.en} ${capability.zh}`);
    const shared = [...asked].filter((g) => known.has(g)).length;
    const topics = [...topicsOf(capability.en), ...topicsOf(capability.zh)].filter((topic) => about.has(topic));
    return { example: capability[lang], topics: new Set(topics).size, score: shared / Math.sqrt(known.size), order };
  }).sort((a, b) => b.topics - a.topics || b.score - a.score || a.order - b.order);
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
