import { Routes, UploadUrlsRequest } from '../../protocol';
import { authenticate } from '../http/auth';
import { readRequest, sendOk } from '../http/respond';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { fetchUrls } from '../media/fetchUrl';
import { acceptFiles, discard, receiveMultipart, toUploadedFile, type PendingFile } from '../media/ingest';
import type { MediaRecord } from '../store/records';
import { ownedSession } from '../sessions';

export function uploadRoute(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.upload, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    await ownedSession(ctx.store, user, params.sessionId, speaker);
    const media = await ctx.idempotent.run(user.userId, req.headers['x-request-id'], async () => {
      const limits = { maxUploadBytes: ctx.config.maxUploadBytes };
      let received: PendingFile[];
      if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
        const body = await readRequest(req, UploadUrlsRequest, '{"urls":["https://…"],"source_type":"url"}', 64 * 1024);
        received = await fetchUrls(body.urls, ctx.store, limits.maxUploadBytes, ctx.config.allowPrivateUrls);
      } else {
        received = await receiveMultipart(req, ctx.store, limits);
      }
      return ctx.locks.run(params.sessionId, async () => {
        const session = await ownedSession(ctx.store, user, params.sessionId, speaker);
        // The same content uploaded again is the media item the session already has, not a second one.
        const known = (await Promise.all(session.mediaIds.map((id) => ctx.store.media(id)))).filter((m): m is MediaRecord => m !== undefined);
        const seen = new Set(known.map((m) => m.sha256));
        const fresh = received.filter((file) => !seen.has(file.sha256) && seen.add(file.sha256));
        await discard(ctx.store, received.filter((file) => !fresh.includes(file)));
        const accepted = await acceptFiles(ctx.store, session, fresh, ctx.config);
        session.mediaIds.push(...accepted.map((record) => record.mediaId));
        await ctx.store.saveSession(session);
        const all = [...known, ...accepted];
        return received.map((file) => all.find((m) => m.sha256 === file.sha256) as MediaRecord);
      });
    });
    sendOk(res, { files: media.map((record) => toUploadedFile(record, ctx.baseUrl(), speaker.lang)), session_state_applied: true });
  });
}
