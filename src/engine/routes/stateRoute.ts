import { canvasOf, Routes } from '../../protocol';
import { authenticate } from '../http/auth';
import { sendOk } from '../http/respond';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { toUploadedFile } from '../media/ingest';
import { ownedSession } from '../sessions';
import type { MediaRecord } from '../store/records';

export function stateRoute(router: Router, ctx: EngineContext): void {
  router.add('GET', Routes.state, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    const session = await ownedSession(ctx.store, user, params.sessionId, speaker);
    const media = (await Promise.all(session.mediaIds.map((id) => ctx.store.media(id)))).filter(
      (record): record is MediaRecord => record !== undefined,
    );
    sendOk(res, {
      session_id: session.sessionId,
      task_id: session.taskId,
      task_name: session.taskName,
      state: {
        video_infos: media.map((record) => toUploadedFile(record, ctx.baseUrl(), speaker.lang)),
        draft: session.draft,
        canvas_config: canvasOf(session.draft),
        generated_media: [],
      },
    });
  });
}
