/**
 * The cloud's agent answers as if the user had a visual editor ("click Export", "drag the clip", "open the
 * timeline"). The seed's rule: turn those into what this client can do — a button that runs the action, or words
 * that say how to ask for it in chat.
 */
export type SuggestedAction = 'export' | 'openTimeline' | 'status';

export interface TranslatedText {
  text: string;
  actions: SuggestedAction[];
}

const RULES: { pattern: RegExp; replace: string; action?: SuggestedAction }[] = [
  { pattern: /(click|press|tap|hit|点击)\s*(the\s+)?["“]?(export|导出)["”]?(\s+button)?/gi, replace: 'use Export', action: 'export' },
  { pattern: /(click|press|tap|点击)\s*(the\s+)?["“]?(download|下载)["”]?(\s+button)?/gi, replace: 'use Export', action: 'export' },
  { pattern: /(drag(\s+and\s+drop)?|drop|拖拽|拖动)\s+/gi, replace: 'tell me to move ' },
  { pattern: /(open|打开)\s+(the\s+)?(timeline|editor|时间线)/gi, replace: 'open the timeline', action: 'openTimeline' },
  { pattern: /preview (it )?in (the )?timeline/gi, replace: 'show the tracks', action: 'status' },
];

export function translateGuiText(text: string): TranslatedText {
  const actions = new Set<SuggestedAction>();
  let out = text;
  for (const rule of RULES) {
    if (rule.pattern.test(out)) {
      rule.pattern.lastIndex = 0;
      // A replacement that starts a sentence starts with a capital ("… to download it. Use Export").
      out = out.replace(rule.pattern, (...match) => {
        const offset = match[match.length - 2] as number;
        const startsSentence = /(^|[.!?。！？]\s*)$/.test(out.slice(0, offset));
        return startsSentence ? rule.replace[0].toUpperCase() + rule.replace.slice(1) : rule.replace;
      });
      if (rule.action) actions.add(rule.action);
    }
    rule.pattern.lastIndex = 0;
  }
  return { text: out, actions: [...actions] };
}
