import { BilingualError, inLanguage, replyLanguage, RunSseRequest, Routes } from '../../protocol';
import { runTurn } from '../agent/runTurn';
import { authenticate } from '../http/auth';
import { readRequest } from '../http/respond';
import type { Router } from '../http/router';
import { SseWriter } from '../http/sseWriter';
import type { EngineContext } from '../engineContext';
import { ownedSession } from '../sessions';

export function chatRoute(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.runSse, async ({ req, res, speaker }) => {
    const user = await authenticate(ctx.store, req);
    const body = await readRequest(req, RunSseRequest, '{"session_id":"…","new_message":{"role":"user","parts":[{"text":"…"}]}}');
    const sessionId = body.session_id;
    await ownedSession(ctx.store, user, sessionId, speaker);
    const message = body.new_message.parts.map((part) => part.text).join('\n');
    // A client that goes away ends the turn's work (ffmpeg included); what was already committed stays.
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const sse = new SseWriter(res, ctx.config.keepaliveMs);
    try {
      await ctx.locks.run(sessionId, async () => {
        const session = await ownedSession(ctx.store, user, sessionId, speaker);
        const proposal = session.proposal;
        try {
          for await (const event of runTurn({ store: ctx.store, config: ctx.config, session, signal: abort.signal }, message)) {
            if ('type' in event) {
              sse.send(event);
              continue;
            }
            if (event.actions?.stateDelta?.draft) await ctx.store.saveSession(session);
            sse.send(event);
          }
          // A reading asked about, or one answered, changes no draft: the session keeps it all the same.
          if (session.proposal !== proposal) await ctx.store.saveSession(session);
        } catch (error) {
          if (abort.signal.aborted) return;
          // Said as the turn's replies are: in the message's language, else the session's.
          const failure = error instanceof BilingualError
            ? error.text : { en: 'The edit failed inside the local engine. Your draft is unchanged.', zh: '本地引擎在编辑时出错了。草稿没有改动。' };
          sse.error(inLanguage(failure, replyLanguage(message, session.language)));
        }
      });
    } finally {
      sse.close();
    }
  });
}
