import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { langOf, type Lang } from '../protocol';
import { english, textIn, type Text, type Translate } from './text';

/** VS Code's display language: notifications, progress, the panel, the status bar. */
export const display: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** VS Code's display language, as one the engine speaks: what its two-language errors are said in outside a chat. */
export const displayLang = (): Lang => langOf(vscode.env.language);

/** The composed words (text.ts) in the display language. */
export const displayText = (): Text => textIn(display);

let chinese: Record<string, string> | undefined;

/**
 * A chat reply speaks the session's language (a Chinese message, else democlip.language, else the display language),
 * which may differ from VS Code's: with a zh-cn display vscode.l10n.t already answers in Chinese; otherwise the
 * zh-cn bundle is read here, the same file VS Code reads.
 */
export function translatorFor(lang: Lang, extensionUri: vscode.Uri): Translate {
  if (lang === 'en') return english;
  if (vscode.l10n.uri?.path.endsWith('/bundle.l10n.zh-cn.json')) return display;
  chinese ??= readBundle(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.zh-cn.json'));
  const bundle = chinese;
  return (message, ...args) => english(bundle[message] ?? message, ...args);
}

function readBundle(uri: vscode.Uri): Record<string, string> {
  const raw = JSON.parse(readFileSync(uri.fsPath, 'utf8')) as Record<string, string | { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? value : value.message]));
}
