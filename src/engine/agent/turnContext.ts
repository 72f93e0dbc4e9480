import type { EngineConfig } from '../config';
import type { MediaRecord, SessionRecord } from '../store/records';
import type { Store } from '../store/store';

/** What a chat turn works with: the session record is updated in place; the caller saves it. */
export interface TurnContext {
  store: Store;
  config: EngineConfig;
  session: SessionRecord;
  signal: AbortSignal;
}

/** The session's media, in upload order. */
export async function loadMedia(ctx: TurnContext): Promise<MediaRecord[]> {
  const records = await Promise.all(ctx.session.mediaIds.map((id) => ctx.store.media(id)));
  return records.filter((record): record is MediaRecord => record !== undefined);
}
