import { ErrorCode, isExportable, pathOf, RenderRequest, Routes } from '../../protocol';
import { authenticate } from '../http/auth';
import { EngineError, notFound } from '../http/engineError';
import { readJsonBody, sendSuccess } from '../http/respond';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { ownedSession } from '../sessions';
import type { RenderRecord, UserRecord } from '../store/records';
import { isSafeId } from '../store/store';
import { sendFile } from './fileResponse';
import { PREVIEW_ID_PREFIX } from '../render/previewRender';

export function renderRoutes(router: Router, ctx: EngineContext): void {
  const owned = async (user: UserRecord, renderId: string): Promise<RenderRecord> => {
    const record = await ctx.store.render(renderId);
    if (!record || record.userId !== user.userId) throw notFound(`No render "${renderId.slice(0, 100)}" in your sessions.`);
    return record;
  };

  const statusOf = (record: RenderRecord) => ({
    id: record.renderId,
    status: record.status,
    progress: record.status === 'processing' ? (ctx.jobs.liveProgress(record.renderId) ?? record.progress) : record.progress,
    outputUrl: record.status === 'completed' ? `${ctx.baseUrl()}${pathOf(Routes.renderDownload, { renderId: record.renderId })}` : null,
    error: record.error ?? null,
    createdAt: record.createdAt,
    completedAt: record.completedAt ?? null,
  });

  router.add('POST', Routes.render, async ({ req, res }) => {
    const user = await authenticate(ctx.store, req);
    const body = RenderRequest.safeParse(await readJsonBody(req));
    if (!body.success) throw new EngineError(400, 'Expected {"id":"render_…","sessionId":"…","draft":{…},"output":{…}}.');
    const { id, sessionId, draft, output } = body.data;
    if (!isSafeId(id)) throw new EngineError(400, 'A render id may hold only letters, digits, "_" and "-".');
    if (id.startsWith(PREVIEW_ID_PREFIX)) throw new EngineError(400, `Render ids starting with "${PREVIEW_ID_PREFIX}" are the engine's own previews: use another id.`);
    await ownedSession(ctx.store, user, sessionId);
    if (!isExportable(draft)) throw new EngineError(400, { en: 'The draft is empty: there is nothing to export yet.', zh: '草稿是空的：还没有可以导出的内容。' });
    // The id makes submission safe to retry: the same request again answers with the job it already made.
    const existing = await ctx.store.render(id);
    if (existing?.userId === user.userId && existing.sessionId === sessionId) return sendSuccess(res, statusOf(existing));
    if (existing) throw new EngineError(ErrorCode.conflict, `Render id "${id}" is already used. Retry with a new id.`);
    const record: RenderRecord = {
      renderId: id, userId: user.userId, sessionId, draft, output, status: 'pending', progress: 0, createdAt: new Date().toISOString(),
    };
    await ctx.jobs.submit(record);
    sendSuccess(res, { id, status: 'pending', progress: 0 });
  }, true);

  router.add('GET', Routes.renderStatus, async ({ req, res, params }) => {
    const user = await authenticate(ctx.store, req);
    sendSuccess(res, statusOf(await owned(user, params.renderId)));
  }, true);

  router.add('POST', Routes.renderCancel, async ({ req, res, params }) => {
    const user = await authenticate(ctx.store, req);
    sendSuccess(res, statusOf(await ctx.jobs.cancel(await owned(user, params.renderId))));
  }, true);

  router.add('GET', Routes.renderDownload, async ({ req, res, params }) => {
    const user = await authenticate(ctx.store, req);
    const record = await owned(user, params.renderId);
    if (record.status !== 'completed' || !record.outputName) {
      throw new EngineError(ErrorCode.conflict, `Render "${record.renderId}" is ${record.status}; there is no file to download yet.`);
    }
    await sendFile(res, `${ctx.store.rendersDir}/${record.outputName}`, `demo-clip.${record.output.format}`);
  }, true);
}
