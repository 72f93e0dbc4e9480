import { HAN } from '../protocol';
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

/** Each rule says it both ways: what the backend said in Chinese stays Chinese ("点击导出" → "使用导出"). */
const RULES: { pattern: RegExp; en: string; zh: string; action?: SuggestedAction }[] = [
  { pattern: /(click|press|tap|hit|点击)\s*(the\s+)?["“]?(export|导出)["”]?(\s+button)?/gi, en: 'use Export', zh: '使用导出', action: 'export' },
  { pattern: /(click|press|tap|点击)\s*(the\s+)?["“]?(download|下载)["”]?(\s+button)?/gi, en: 'use Export', zh: '使用导出', action: 'export' },
  { pattern: /(drag(\s+and\s+drop)?|drop)\s+|(拖拽|拖动)\s*/gi, en: 'tell me to move ', zh: '告诉我移动' },
  { pattern: /(open|打开)\s+(the\s+)?(timeline|editor|时间线)|打开时间线/gi, en: 'open the timeline', zh: '打开时间线', action: 'openTimeline' },
  { pattern: /preview (it )?in (the )?timeline|在时间线(中|里)预览/gi, en: 'show the tracks', zh: '显示时间线', action: 'status' },
];

export function translateGuiText(text: string): TranslatedText {
  const actions = new Set<SuggestedAction>();
  let out = text;
  for (const rule of RULES) {
    if (rule.pattern.test(out)) {
      rule.pattern.lastIndex = 0;
      // Chinese words get Chinese words; an English replacement that starts a sentence starts with a capital.
      out = out.replace(rule.pattern, (...match) => {
        if (HAN.test(match[0] as string)) return rule.zh;
        const offset = match[match.length - 2] as number;
        const startsSentence = /(^|[.!?。！？]\s*)$/.test(out.slice(0, offset));
        return startsSentence ? rule.en[0].toUpperCase() + rule.en.slice(1) : rule.en;
      });
      if (rule.action) actions.add(rule.action);
    }
    rule.pattern.lastIndex = 0;
  }
  return { text: out, actions: [...actions] };
}
