import * as path from 'node:path';
import * as vscode from 'vscode';
import { langOf, type Lang } from '../protocol';

export type BackendKind = 'local' | 'nemo';

export interface Settings {
  backend: BackendKind;
  apiBaseUrl: string;
  outputFolder: string;
  ffmpegPath: string;
  /** The session's language: democlip.language, or VS Code's display language for auto. */
  language: Lang;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('democlip');
  const language = config.get<string>('language', 'auto');
  return {
    backend: config.get<BackendKind>('backend', 'local') === 'nemo' ? 'nemo' : 'local',
    apiBaseUrl: config.get<string>('apiBaseUrl', 'https://mega-api-prod.nemovideo.ai').replace(/\/+$/, ''),
    outputFolder: config.get<string>('outputFolder', 'demo-clips') || 'demo-clips',
    ffmpegPath: config.get<string>('ffmpegPath', '').trim(),
    language: langOf(language === 'auto' ? vscode.env.language : language),
  };
}

/** How long a switch waits for its change event: none comes when a workspace setting overrides the user's. */
const SWITCH_APPLIED_MS = 5000;

/**
 * Sets democlip.backend for every window and resolves once this window has applied it. update() can resolve before
 * the change event reaches the extension host: work retried at once would go to the old backend (a 402 on the cloud
 * again, with a notification nobody is waiting for). The Connection listens from activation, so it has switched when
 * a listener added here is told.
 */
export async function switchBackend(backend: BackendKind): Promise<void> {
  let done: (() => void) | undefined;
  const applied = new Promise<void>((resolve) => (done = resolve));
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('democlip.backend')) done?.();
  });
  const timer = setTimeout(() => done?.(), SWITCH_APPLIED_MS);
  try {
    await vscode.workspace.getConfiguration('democlip').update('backend', backend, vscode.ConfigurationTarget.Global);
    if (readSettings().backend !== backend) await applied;
  } finally {
    clearTimeout(timer);
    listener.dispose();
  }
}

/** ffprobe is looked up beside a configured ffmpeg (the usual layout of every ffmpeg build). */
export function ffmpegTools(settings: Settings): { ffmpeg: string; ffprobe: string } {
  if (!settings.ffmpegPath) return { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' };
  const dir = path.dirname(settings.ffmpegPath);
  const ext = path.extname(settings.ffmpegPath);
  return { ffmpeg: settings.ffmpegPath, ffprobe: path.join(dir, `ffprobe${ext}`) };
}

/** The output folder as a URI: relative to the first workspace folder, or absolute. */
export function outputFolderUri(settings: Settings): vscode.Uri {
  if (path.isAbsolute(settings.outputFolder)) return vscode.Uri.file(settings.outputFolder);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) throw new Error(vscode.l10n.t('Open a folder first: exported clips are saved in your workspace (setting democlip.outputFolder).'));
  return vscode.Uri.joinPath(root, settings.outputFolder);
}
