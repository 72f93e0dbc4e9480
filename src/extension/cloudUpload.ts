import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { acceptedFormatsText, CLOUD_EXTENSIONS, cloudTakes, MAX_UPLOAD_BYTES } from '../protocol';
import { convertToMp4 } from '../engine/media/convert';
import { FfmpegUnavailableError, requireFfmpeg } from '../engine/tools/ffmpegCheck';
import { signalOf } from './errors';
import { displayLang } from './l10n';
import { percentReporter } from './percentReporter';
import { ffmpegTools, readSettings } from './settings';

export interface CloudFiles {
  /** What to upload: the user's own files the cloud takes, and MP4s converted from the others. */
  paths: string[];
  /** Removes the converted copies (the user's files are never touched). */
  dispose(): Promise<void>;
}

/**
 * The NemoVideo cloud takes the seed's 13 formats only. Anything else is converted here first (MP4, H.264/AAC), with
 * a cancellable progress notification per file; when it cannot be (no ffmpeg, an unreadable file, a result over
 * the upload limit), the whole upload is refused with the reason before any byte is sent.
 */
export async function prepareForCloud(uris: vscode.Uri[]): Promise<CloudFiles> {
  const others = uris.filter((uri) => !cloudTakes(uri.fsPath));
  if (others.length === 0) return { paths: uris.map((uri) => uri.fsPath), dispose: async () => undefined };
  const names = others.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');
  const tools = ffmpegTools(readSettings());
  try {
    await requireFfmpeg(tools);
  } catch (error) {
    if (!(error instanceof FfmpegUnavailableError)) throw error;
    throw new Error(vscode.l10n.t('{0}: the NemoVideo cloud takes only {1}, and converting needs ffmpeg ({2}) Nothing was uploaded. Install ffmpeg, convert the file yourself, or use the local engine (democlip.backend: local).',
      names, acceptedFormatsText(CLOUD_EXTENSIONS), error.messageIn(displayLang())));
  }
  const dir = await mkdtemp(join(tmpdir(), 'democlip-cloud-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const converted = new Map<string, string>();
    for (const uri of others) {
      const name = vscode.workspace.asRelativePath(uri);
      const out = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Converting {0} to MP4 for the NemoVideo cloud', name), cancellable: true },
        (progress, token) => {
          const report = percentReporter(progress);
          return convertToMp4(uri.fsPath, dir, { ...tools, signal: signalOf(token), onProgress: (percent) => report(percent, `${percent}%`) });
        },
      );
      if ((await stat(out)).size > MAX_UPLOAD_BYTES) {
        throw new Error(vscode.l10n.t("{0} is over the cloud's 500 MB limit even as MP4. Nothing was uploaded: trim it, or use the local engine.", name));
      }
      converted.set(uri.fsPath, out);
    }
    return { paths: uris.map((uri) => converted.get(uri.fsPath) ?? uri.fsPath), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
