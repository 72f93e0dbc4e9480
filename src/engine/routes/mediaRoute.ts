import { Routes } from '../../protocol';
import { authenticate } from '../http/auth';
import { notFound } from '../http/engineError';
import { sendSuccess } from '../http/respond';
import type { Router, Speaker } from '../http/router';
import type { EngineContext } from '../engineContext';
import { filmstripPath, mediaVisuals } from '../media/mediaVisuals';
import type { UserRecord } from '../store/records';
import { speakSessionLanguage } from '../sessions';
import { sendFile } from './fileResponse';

/**
 * A user's uploaded files, and what the panel draws them with: the waveform (JSON) and the filmstrip (JPEG), made
 * once per file content into the store's cache. Every route serves the owner's media only, from paths the records
 * give, never from the request.
 */
export function mediaRoute(router: Router, ctx: EngineContext): void {
  const owned = async (user: UserRecord, mediaId: string, speaker: Speaker) => {
    const media = await ctx.store.media(mediaId);
    if (!media || media.userId !== user.userId) throw notFound({ en: 'No such media in your sessions.', zh: '你的会话里没有这个素材。' });
    await speakSessionLanguage(ctx.store, user, media.sessionId, speaker);
    return media;
  };
  const visuals = async (user: UserRecord, mediaId: string, speaker: Speaker) => {
    const media = await owned(user, mediaId, speaker);
    return { media, info: await mediaVisuals(ctx.config.ffmpeg, ctx.store.mediaPath(media), media, ctx.store.cacheDir) };
  };

  router.add('GET', Routes.media, async ({ req, res, params, speaker }) => {
    const media = await owned(await authenticate(ctx.store, req), params.mediaId, speaker);
    await sendFile(res, ctx.store.mediaPath(media));
  });

  router.add('GET', Routes.mediaVisuals, async ({ req, res, params, speaker }) => {
    sendSuccess(res, (await visuals(await authenticate(ctx.store, req), params.mediaId, speaker)).info);
  });

  router.add('GET', Routes.filmstrip, async ({ req, res, params, speaker }) => {
    const { media, info } = await visuals(await authenticate(ctx.store, req), params.mediaId, speaker);
    if (info.thumbnails === 0) throw notFound({ en: 'This file has no pictures: it has no filmstrip.', zh: '这个文件没有画面，所以没有缩略图条。' });
    await sendFile(res, filmstripPath(ctx.store.cacheDir, media));
  });
}
