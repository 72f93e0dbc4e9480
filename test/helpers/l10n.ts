import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { panelInit } from '../../src/extension/panel/panelStrings';
import { english, type Translate } from '../../src/extension/text';
import type { Lang } from '../../src/protocol';
import type { LayoutWords } from '../../src/webview/timelineLayout';

const ROOT = path.resolve(__dirname, '../../..');

/** A JSON file of the repository (package.json, package.nls.zh-cn.json, l10n/bundle.l10n.zh-cn.json). */
export function readJson<T = Record<string, unknown>>(relative: string): T {
  return JSON.parse(readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

/** The extension's runtime translations for a display language, as VS Code reads them (a value may be { message, comment }). */
export function l10nBundle(language = 'zh-cn'): Map<string, string> {
  const raw = readJson<Record<string, string | { message: string }>>(`l10n/bundle.l10n.${language}.json`);
  return new Map(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? value : value.message]));
}

/** What vscode.l10n.t answers with that bundle loaded; a message the bundle lacks fails the test instead of staying English. */
export function translatorOf(bundle: Map<string, string>): Translate {
  return (message, ...args) => {
    const translated = bundle.get(message);
    if (translated === undefined) throw new Error(`no translation for "${message}"`);
    return english(translated, ...args);
  };
}

/**
 * package.json as VS Code shows it in a language: every "%key%" string replaced from package.nls.json (English) or
 * package.nls.<language>.json, as VS Code's manifest loader does. A key the file lacks throws.
 */
export function localizedManifest<T>(manifest: T, language: 'en' | 'zh-cn'): T {
  const nls = readJson<Record<string, string>>(language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`);
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const key = /^%([\w.-]+)%$/.exec(value)?.[1];
      if (key === undefined) return value;
      if (!(key in nls)) throw new Error(`package.nls${language === 'en' ? '' : `.${language}`}.json has no "${key}"`);
      return nls[key];
    }
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return replace(manifest) as T;
}

/** The words the webview lays the timeline out with, as the host sends them: English, or Chinese from the zh-cn bundle. */
export function layoutWords(lang: Lang = 'en'): LayoutWords {
  const { strings } = panelInit(lang === 'zh' ? translatorOf(l10nBundle('zh-cn')) : english, lang);
  return { lanes: { video: strings.laneVideo, audio: strings.laneAudio, text: strings.laneText, other: strings.laneOther }, clip: strings.clip, lang };
}
