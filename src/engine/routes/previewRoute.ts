import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, inLanguage, isExportable, pathOf, RENDER_STATE_NAMES, Routes } from '../../protocol';
import { authenticate } from '../http/auth';
import { EngineError, notFound } from '../http/engineError';
import { sendSuccess } from '../http/respond';
import { PREVIEW_ID_PREFIX, PREVIEW_OUTPUT } from '../render/previewRender';
import { CONTENT_TYPES } from './fileResponse';
import type { Router, Speaker } from '../http/router';
import type { EngineContext } from '../engineContext';
import { ownedSession } from '../sessions';
import type { UserRecord } from '../store/records';

/** A `<video>` in a webview cannot send headers; its URL carries a token for that one preview, this long. */
const TOKEN_LIFETIME_MS = 30 * 60 * 1000;
/**
 * An ask for a preview still rendering is answered when it is done, or after this long with its progress: whoever
 * waits hears of it at once, not at their next poll (an edit's preview is often ready in a second or two).
 */
const HOLD_MS = 1000;

/**
 * `POST /api/preview/<sessionId>` renders the session's current draft as a proxy (or finds it rendered: previews are
 * cached by a hash of the owner, draft and settings; a render re-renders only the parts an edit changed, see
 * previewRender.ts) and answers its status; once completed, `outputUrl` is the
 * `GET` address with a signed `?t=` token. `GET` serves the file to the owner (Bearer) or to a valid token, with
 * Range support, because video elements seek with Range requests.
 */
export function previewRoute(router: Router, ctx: EngineContext): void {
  // Per engine run: tokens die with the engine, and nothing about them is stored.
  const secret = randomBytes(32);
  const sign = (sessionId: string, previewId: string, expires: number) =>
    createHmac('sha256', secret).update(`${sessionId}/${previewId}/${expires}`).digest('base64url');

  const currentPreview = async (user: UserRecord, sessionId: string, speaker: Speaker) => {
    const session = await ownedSession(ctx.store, user, sessionId, speaker);
    if (!isExportable(session.draft)) throw new EngineError(400, { en: 'The draft is empty: there is nothing to preview yet.', zh: '草稿是空的：还没有可以预览的内容。' });
    const hash = createHash('sha256').update(JSON.stringify([user.userId, session.draft, PREVIEW_OUTPUT])).digest('hex');
    return { session, previewId: `${PREVIEW_ID_PREFIX}${hash.slice(0, 32)}` };
  };

  // The preview each session last asked for: a newer draft's preview cancels an older one still rendering, so that
  // an edit during a render does not wait for a preview nobody will watch (what it finished is kept: previewRender.ts).
  const latest = new Map<string, string>();
  /** Failed previews whose failure was answered: the next ask renders them again. */
  const failuresSaid = new Set<string>();

  router.add('POST', Routes.preview, async ({ req, res, params, speaker }) => {
    const user = await authenticate(ctx.store, req);
    const { session, previewId } = await currentPreview(user, params.sessionId, speaker);
    const superseded = latest.get(session.sessionId);
    latest.set(session.sessionId, previewId);
    if (superseded && superseded !== previewId) {
      const older = await ctx.store.render(superseded);
      if (older?.sessionId === session.sessionId && (older.status === 'pending' || older.status === 'processing')) await ctx.jobs.cancel(older);
    }
    let record = await ctx.jobs.current(previewId);
    // A record under this id that is not this session's (left by an engine that let clients name renders freely)
    // is not this preview: it is replaced.
    const ours = record?.userId === user.userId && record.sessionId === session.sessionId;
    // A failed preview is answered as failed once, so that whoever polls it hears why; asked again, it is retried.
    const retried = record?.status === 'failed' && failuresSaid.delete(previewId);
    if (!record || !ours || retried || record.status === 'cancelled') {
      record = {
        renderId: previewId, userId: user.userId, sessionId: session.sessionId, draft: session.draft, output: PREVIEW_OUTPUT,
        status: 'pending', progress: 0, createdAt: new Date().toISOString(),
      };
      await ctx.jobs.submit(record);
    }
    if (record.status === 'pending' || record.status === 'processing') {
      await ctx.jobs.settled(previewId, HOLD_MS);
      record = (await ctx.jobs.current(previewId)) ?? record;
    }
    if (record.status === 'failed') failuresSaid.add(previewId);
    const expires = Date.now() + TOKEN_LIFETIME_MS;
    const url = `${ctx.baseUrl()}${pathOf(Routes.preview, { sessionId: session.sessionId })}?t=${previewId}.${expires}.${sign(session.sessionId, previewId, expires)}`;
    sendSuccess(res, {
      id: previewId,
      status: record.status,
      progress: record.progress,
      outputUrl: record.status === 'completed' ? url : null,
      error: record.error ? inLanguage(record.error, speaker.lang) : null,
    });
  }, true);

  router.add('GET', Routes.preview, async ({ req, res, params, url, speaker }) => {
    const token = url.searchParams.get('t');
    const previewId = token
      ? verified(token, params.sessionId, sign)
      : (await currentPreview(await authenticate(ctx.store, req), params.sessionId, speaker)).previewId;
    const record = await ctx.store.render(previewId);
    if (!record || record.sessionId !== params.sessionId) throw notFound({ en: 'No preview of this draft. Ask for one first.', zh: '这个草稿还没有预览。请先请求预览。' });
    if (record.status !== 'completed' || !record.outputName) throw new EngineError(ErrorCode.conflict, { en: `The preview is ${record.status}.`, zh: `预览${RENDER_STATE_NAMES[record.status].zh}。` });
    await sendRange(res, `${ctx.store.rendersDir}/${record.outputName}`, req.headers.range);
  });
}

/** The preview id a token grants, if its signature matches this session and it has not expired. */
function verified(token: string, sessionId: string, sign: (sessionId: string, previewId: string, expires: number) => string): string {
  const [previewId, expiresText, signature] = token.split('.');
  const expires = Number(expiresText);
  const expected = Buffer.from(sign(sessionId, previewId ?? '', expires));
  const given = Buffer.from(signature ?? '');
  if (!previewId || !(expires > Date.now()) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new EngineError(ErrorCode.forbidden, { en: 'This preview link is invalid or has expired. Ask for the preview again.', zh: '这个预览链接无效或已过期。请重新请求预览。' });
  }
  return previewId;
}

/** Serves the whole file, or the one byte range asked for (206); what a `<video>` element asks for when it seeks. */
async function sendRange(res: ServerResponse, path: string, range: string | undefined): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw notFound({ en: 'The preview is no longer in the engine store.', zh: '预览已经不在引擎的存储里了。' });
  const headers = { 'content-type': CONTENT_TYPES[PREVIEW_OUTPUT.format], 'accept-ranges': 'bytes', 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(range ?? '');
  if (!match || (!match[1] && !match[2])) {
    res.writeHead(200, { ...headers, 'content-length': info.size });
    return pipeline(createReadStream(path), res);
  }
  // `bytes=-N` is the last N bytes; `bytes=N-` runs to the end.
  const start = match[1] ? Number(match[1]) : Math.max(0, info.size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), info.size - 1) : info.size - 1;
  if (start > end || start >= info.size) {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${info.size}` }).end();
    return;
  }
  res.writeHead(206, { ...headers, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${info.size}` });
  await pipeline(createReadStream(path, { start, end }), res);
}
