import type * as vscode from 'vscode';
import { defaultJob, uploadedFiles, videoFootageMs, type Lang } from '../protocol';
import type { Connection } from './connection';
import { signalOf } from './errors';

/**
 * Makes the clip nobody described: the main job (best moments at 60 s, or all the footage when shorter), sent
 * through the backend's chat stream as the words a user would type, in `lang`. `onStart` hears what is being done.
 */
export async function makeMainClip(connection: Connection, token: vscode.CancellationToken, lang: Lang, onStart: (summary: string) => void): Promise<void> {
  const signal = signalOf(token);
  await connection.inSession(async ({ client, sessionId }) => {
    const { state } = await client.state(sessionId, { signal });
    const job = defaultJob(videoFootageMs(uploadedFiles(state.video_infos)), lang);
    onStart(job.summary);
    for await (const event of client.chat(sessionId, job.prompt, { signal })) {
      if (event.kind === 'error') throw new Error(event.message);
    }
  });
  connection.notifyChanged();
}
