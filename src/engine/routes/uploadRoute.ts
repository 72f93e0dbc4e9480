import { Routes, UploadUrlsRequest } from '../../protocol';
import { authenticate } from '../http/auth';
import { EngineError } from '../http/engineError';
import { readJsonBody, sendOk } from '../http/respond';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { fetchUrls } from '../media/fetchUrl';
import { acceptFiles, receiveMultipart, toUploadedFile, type PendingFile } from '../media/ingest';
import { ownedSession } from '../sessions';

export function uploadRoute(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.upload, async ({ req, res, params }) => {
    const user = await authenticate(ctx.store, req);
    await ownedSession(ctx.store, user, params.sessionId);
    const media = await ctx.idempotent.run(user.userId, req.headers['x-request-id'], async () => {
      const limits = { maxUploadBytes: ctx.config.maxUploadBytes };
      let received: PendingFile[];
      if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
        const body = UploadUrlsRequest.safeParse(await readJsonBody(req, 64 * 1024));
        if (!body.success) throw new EngineError(400, 'Expected {"urls":["https://…"],"source_type":"url"}.');
        received = await fetchUrls(body.data.urls, ctx.store, limits.maxUploadBytes, ctx.config.allowPrivateUrls);
      } else {
        received = await receiveMultipart(req, ctx.store, limits);
      }
      return ctx.locks.run(params.sessionId, async () => {
        const session = await ownedSession(ctx.store, user, params.sessionId);
        const accepted = await acceptFiles(ctx.store, session, received, ctx.config);
        session.mediaIds.push(...accepted.map((record) => record.mediaId));
        await ctx.store.saveSession(session);
        return accepted;
      });
    });
    sendOk(res, { files: media.map((record) => toUploadedFile(record, ctx.baseUrl())), session_state_applied: true });
  });
}
