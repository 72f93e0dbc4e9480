import type * as vscode from 'vscode';
import type { UploadedFile } from '../protocol';

const KEY = 'democlip.uploads';
/** Sessions whose uploads are remembered: enough to offer them again after an expiry. */
const KEEP_SESSIONS = 10;

/** An upload this extension made: the file on disk, and what the backend said of it. */
export type KnownUpload = Pick<UploadedFile, 'filename' | 'file_type' | 'duration' | 'width' | 'height'> & { path: string };

/**
 * The files this extension uploaded, per session, in workspace state: the cloud's state may list no media, and a
 * session that expired can be offered its footage again from here.
 */
export class UploadHistory {
  constructor(private readonly state: vscode.Memento) {}

  of(sessionId: string): KnownUpload[] {
    return this.all()[sessionId] ?? [];
  }

  async add(sessionId: string, paths: string[], files: UploadedFile[]): Promise<void> {
    const added = files.map((file, i): KnownUpload => ({
      path: paths[i], filename: file.filename, file_type: file.file_type, duration: file.duration, width: file.width, height: file.height,
    }));
    const known = this.of(sessionId).filter((old) => !added.some((a) => a.path === old.path));
    const entries = Object.entries({ ...this.all(), [sessionId]: [...known, ...added] }).slice(-KEEP_SESSIONS);
    await this.state.update(KEY, Object.fromEntries(entries));
  }

  private all(): Record<string, KnownUpload[]> {
    return this.state.get<Record<string, KnownUpload[]>>(KEY, {});
  }
}
