import { CreateSessionRequest, ENGINE_KEY_HEADER, Routes } from '../../protocol';
import { authenticate, issueAnonymousToken, LOCAL_CREDITS } from '../http/auth';
import { EngineError } from '../http/engineError';
import { readRequest, sendOk } from '../http/respond';
import type { Router } from '../http/router';
import type { EngineContext } from '../engineContext';
import { createSession } from '../sessions';
import { keyMatches } from '../storeOwner';
import { wrongKey } from './engineRoutes';

export function accountRoutes(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.anonymousToken, async ({ req, res }) => {
    if (!keyMatches(ctx.engineKey, req.headers[ENGINE_KEY_HEADER])) throw wrongKey();
    const clientId = req.headers['x-client-id'];
    if (typeof clientId !== 'string' || clientId.length === 0 || clientId.length > 64) {
      throw new EngineError(400, {
        en: 'Missing X-Client-Id header (a UUID kept per install, at most 64 characters).',
        zh: '缺少 X-Client-Id 请求头（每次安装保留的一个 UUID，最多 64 个字符）。',
      });
    }
    sendOk(res, await issueAnonymousToken(ctx.store, clientId));
  });

  router.add('POST', Routes.createSession, async ({ req, res }) => {
    const user = await authenticate(ctx.store, req);
    const body = await readRequest(req, CreateSessionRequest, '{"task_name":"project","language":"en"}');
    const session = await ctx.idempotent.run(user.userId, req.headers['x-request-id'], () =>
      createSession(ctx.store, user, body.task_name, body.language ?? 'en'));
    sendOk(res, { task_id: session.taskId, session_id: session.sessionId, user_id: user.userId });
  });

  // The local engine costs nothing: the balance never runs out, and says so.
  router.add('GET', Routes.credits, async ({ req, res }) => {
    await authenticate(ctx.store, req);
    sendOk(res, { available: LOCAL_CREDITS, frozen: 0, total: LOCAL_CREDITS, unlimited: true });
  });
}
