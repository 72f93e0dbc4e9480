import { isExportable, type Draft, type SessionState, type UploadedFile } from '../../protocol';
import type { Text } from '../text';

/**
 * What the panel lists and says about the preview, from the backend's state: the cloud's state may list no media
 * (then the uploads this extension made to the session are listed), and the cloud renders no preview (then a clip
 * on the timeline is watched by exporting it, and the panel says so instead of waiting for a preview).
 */
export function panelContent(
  backend: 'local' | 'nemo', state: Pick<SessionState['state'], 'video_infos' | 'draft'>, knownUploads: () => UploadedFile[], text: Text,
): { media: SessionState['state']['video_infos']; draft: Draft | null; previewNote: string | null } {
  const draft = state.draft ?? null;
  const media = state.video_infos.length > 0 ? state.video_infos : knownUploads();
  const previewNote = backend === 'nemo' && draft && isExportable(draft) ? text.cloudHasNoPreview : null;
  return { media, draft, previewNote };
}
