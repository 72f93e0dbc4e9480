import { RunSseRequest, Routes } from '../../protocol';
import { runTurn } from '../agent/runTurn';
import { authenticate } from '../http/auth';
import { EngineError } from '../http/engineError';
import { readJsonBody } from '../http/respond';
import type { Router } from '../http/router';
import { SseWriter } from '../http/sseWriter';
import type { EngineContext } from '../engineContext';
import { ownedSession } from '../sessions';
import { ToolError } from '../tools/runTool';

export function chatRoute(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.runSse, async ({ req, res }) => {
    const user = await authenticate(ctx.store, req);
    const body = RunSseRequest.safeParse(await readJsonBody(req));
    if (!body.success) throw new EngineError(400, 'Expected {"session_id":"…","new_message":{"role":"user","parts":[{"text":"…"}]}}.');
    const sessionId = body.data.session_id;
    await ownedSession(ctx.store, user, sessionId);
    const message = body.data.new_message.parts.map((part) => part.text).join('\n');
    // A client that goes away ends the turn's work (ffmpeg included); what was already committed stays.
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const sse = new SseWriter(res, ctx.config.keepaliveMs);
    try {
      await ctx.locks.run(sessionId, async () => {
        const session = await ownedSession(ctx.store, user, sessionId);
        try {
          for await (const event of runTurn({ store: ctx.store, config: ctx.config, session, signal: abort.signal }, message)) {
            if (event.actions?.stateDelta?.draft) await ctx.store.saveSession(session);
            sse.send(event);
          }
        } catch (error) {
          if (abort.signal.aborted) return;
          sse.error(error instanceof ToolError || error instanceof EngineError ? error.message : 'The edit failed inside the local engine. Your draft is unchanged.');
        }
      });
    } finally {
      sse.close();
    }
  });
}
