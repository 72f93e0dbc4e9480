import { ErrorCode, inLanguage, isExportable, pathOf, RENDER_STATE_NAMES, RenderRequest, Routes, type Lang } from '../../protocol';
import { authenticate } from '../http/auth';
import { EngineError, notFound } from '../http/engineError';
import { readRequest, sendSuccess } from '../http/respond';
import type { Router, Speaker } from '../http/router';
import type { EngineContext } from '../engineContext';
import { ownedSession, speakSessionLanguage } from '../sessions';
import type { RenderRecord, UserRecord } from '../store/records';
import { isSafeId } from '../store/store';
import { sendFile } from './fileResponse';
import { PREVIEW_ID_PREFIX } from '../render/previewRender';

export function renderRoutes(router: Router, ctx: EngineContext): void {
  const owned = async (user: UserRecord, renderId: string, speaker: Speaker): Promise<RenderRecord> => {
    const record = await ctx.jobs.current(renderId);
    if (!record || record.userId !== user.userId) throw notFound({ en: `No render "${renderId.slice(0, 100)}" in your sessions.`, zh: `你的会话里没有渲染“${renderId.slice(0, 100)}”。` });
    await speakSessionLanguage(ctx.store, user, record.sessionId, speaker);
    return record;
  };

  const statusOf = (record: RenderRecord, lang: Lang) => ({
    id: record.renderId,
    status: record.status,
    progress: record.progress,
    outputUrl: record.status === 'completed' ? `${ctx.baseUrl()}${pathOf(Routes.renderDownload, { renderId: record.renderId })}` : null,
    error: record.error ? inLanguage(record.error, lang) : null,
    createdAt: record.createdAt,
    completedAt: record.completedAt ?? null,
  });

  router.add('POST', Routes.render, async ({ req, res, speaker }) => {
    const user = await authenticate(ctx.store, req);
    const body = await readRequest(req, RenderRequest, '{"id":"render_…","sessionId":"…","draft":{…},"output":{…}}');
    const { id, sessionId, draft, output } = body;
    if (!isSafeId(id)) throw new EngineError(400, { en: 'A render id may hold only letters, digits, "_" and "-".', zh: '渲染 id 只能包含字母、数字、“_”和“-”。' });
    if (id.startsWith(PREVIEW_ID_PREFIX)) throw new EngineError(400, {
      en: `Render ids starting with "${PREVIEW_ID_PREFIX}" are the engine's own previews: use another id.`,
      zh: `以“${PREVIEW_ID_PREFIX}”开头的渲染 id 留给引擎自己的预览：请换一个 id。`,
    });
    await ownedSession(ctx.store, user, sessionId, speaker);
    if (!isExportable(draft)) throw new EngineError(400, { en: 'The draft is empty: there is nothing to export yet.', zh: '草稿是空的：还没有可以导出的内容。' });
    // The id makes submission safe to retry: the same request again answers with the job it already made.
    const existing = await ctx.store.render(id);
    if (existing?.userId === user.userId && existing.sessionId === sessionId) return sendSuccess(res, statusOf(existing, speaker.lang));
    if (existing) throw new EngineError(ErrorCode.conflict, { en: `Render id "${id}" is already used. Retry with a new id.`, zh: `渲染 id“${id}”已被使用。请换一个新的 id 重试。` });
    const record: RenderRecord = {
      renderId: id, userId: user.userId, sessionId, draft, output, status: 'pending', progress: 0, createdAt: new Date().toISOString(),
    };
    await ctx.jobs.submit(record);
    sendSuccess(res, { id, status: 'pending', progress: 0 });
  }, true);

  router.add('GET', Routes.renderStatus, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    sendSuccess(res, statusOf(await owned(user, params.renderId, speaker), speaker.lang));
  }, true);

  router.add('POST', Routes.renderCancel, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    sendSuccess(res, statusOf(await ctx.jobs.cancel(await owned(user, params.renderId, speaker)), speaker.lang));
  }, true);

  router.add('GET', Routes.renderDownload, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    const record = await owned(user, params.renderId, speaker);
    if (record.status !== 'completed' || !record.outputName) {
      throw new EngineError(ErrorCode.conflict, {
        en: `Render "${record.renderId}" is ${record.status}; there is no file to download yet.`,
        zh: `渲染“${record.renderId}”${RENDER_STATE_NAMES[record.status].zh}；还没有可以下载的文件。`,
      });
    }
    await sendFile(res, `${ctx.store.rendersDir}/${record.outputName}`, `demo-clip.${record.output.format}`);
  }, true);
}
