import type { DemoClipClient } from '../../client';
import type { ToWebview } from '../../webview/messages';

export type VisualsByMedia = Extract<ToWebview, { type: 'visuals' }>['media'];

/**
 * The filmstrip (as a data: URL, which the panel's CSP allows for images) and waveform of each media item, asked of
 * the local engine once per item and kept in `known`. Free of the vscode API: the README pictures use it too.
 */
export async function mediaVisualsOf(client: DemoClipClient, mediaIds: string[], known: Map<string, VisualsByMedia[string]> = new Map()): Promise<VisualsByMedia> {
  for (const id of mediaIds.filter((id) => !known.has(id))) {
    const info = await client.mediaVisuals(id);
    const filmstrip = info.thumbnails > 0 ? `data:image/jpeg;base64,${(await client.filmstrip(id)).toString('base64')}` : null;
    known.set(id, { ...info, filmstrip });
  }
  return Object.fromEntries(mediaIds.flatMap((id) => (known.has(id) ? [[id, known.get(id)!]] : [])));
}
