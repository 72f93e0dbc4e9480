import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { RunSseRequest, Routes, type AdkEvent } from '../../protocol';
import { runTurn } from '../agent/runTurn';
import { authenticate } from '../http/auth';
import { EngineError } from '../http/engineError';
import type { FaultRule } from '../http/faults';
import { readJsonBody } from '../http/respond';
import type { Router } from '../http/router';
import { SseWriter } from '../http/sseWriter';
import type { EngineContext } from '../engineContext';
import { ownedSession } from '../sessions';
import { ToolError } from '../tools/runTool';

export function chatRoute(router: Router, ctx: EngineContext): void {
  router.add('POST', Routes.runSse, async ({ req, res, fault }) => {
    const user = await authenticate(ctx.store, req);
    const body = RunSseRequest.safeParse(await readJsonBody(req));
    if (!body.success) throw new EngineError(400, 'Expected {"session_id":"…","new_message":{"role":"user","parts":[{"text":"…"}]}}.');
    const sessionId = body.data.session_id;
    await ownedSession(ctx.store, user, sessionId);
    const message = body.data.new_message.parts.map((part) => part.text).join('\n');
    // A client that goes away ends the turn's work (ffmpeg included); what was already committed stays.
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const sse = new SseWriter(res, fault?.fault === 'stream-dead' ? 0 : ctx.config.keepaliveMs);
    try {
      if (fault && (await streamFault(fault, sse, res, abort.signal))) return;
      await ctx.locks.run(sessionId, async () => {
        const session = await ownedSession(ctx.store, user, sessionId);
        try {
          for await (const event of runTurn({ store: ctx.store, config: ctx.config, session, signal: abort.signal }, message)) {
            if ('type' in event) {
              sse.send(event);
              continue;
            }
            if (event.actions?.stateDelta?.draft) await ctx.store.saveSession(session);
            sse.send(fault?.fault === 'stream-silent' ? withoutText(event) : event);
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

/** Test faults of the stream itself; returns true when the turn must not run. */
async function streamFault(fault: FaultRule, sse: SseWriter, res: ServerResponse, signal: AbortSignal): Promise<boolean> {
  switch (fault.fault) {
    case 'stream-stall':
    case 'stream-dead':
      await sleep(fault.durationMs ?? 1000, undefined, { signal }).catch(() => undefined);
      return true;
    case 'stream-cut':
      sse.raw('data: {"content":{"parts":[{"text":"Compiled the be');
      res.destroy();
      return true;
    default:
      return false;
  }
}

/** The cloud's silent close: tool calls still flow, but neither words nor the new draft reach the client. */
function withoutText(event: AdkEvent): AdkEvent {
  const parts = event.content?.parts.filter((part) => !('text' in part)) ?? [];
  return { ...event, content: event.content ? { ...event.content, parts } : undefined, actions: undefined };
}
