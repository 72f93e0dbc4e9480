import { Routes } from '../../protocol';
import { authenticate } from '../http/auth';
import { notFound } from '../http/engineError';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { sendFile } from './fileResponse';

export function mediaRoute(router: Router, ctx: EngineContext): void {
  router.add('GET', Routes.media, async ({ req, res, params }) => {
    const user = await authenticate(ctx.store, req);
    const media = await ctx.store.media(params.mediaId);
    if (!media || media.userId !== user.userId) throw notFound('No such media in your sessions.');
    await sendFile(res, ctx.store.mediaPath(media));
  });
}
