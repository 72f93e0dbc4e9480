import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, Routes } from '../protocol';
import { engineConfig, type EngineConfig } from './config';
import type { EngineContext } from './engineContext';
import { EngineError } from './http/engineError';
import { answerWithFault, Faults } from './http/faults';
import { IdempotentRequests } from './http/idempotency';
import { sendError } from './http/respond';
import { Router } from './http/router';
import { RenderJobs } from './render/renderJobs';
import { accountRoutes } from './routes/accountRoutes';
import { chatRoute } from './routes/chatRoute';
import { mediaRoute } from './routes/mediaRoute';
import { previewRoute } from './routes/previewRoute';
import { renderRoutes } from './routes/renderRoutes';
import { stateRoute } from './routes/stateRoute';
import { uploadRoute } from './routes/uploadRoute';
import { SessionLocks } from './sessionLocks';
import { Store } from './store/store';

export const ENGINE_HOST = '127.0.0.1';

export interface RunningEngine {
  url: string;
  port: number;
  config: EngineConfig;
  /** Test-only fault injection; no rules unless a test adds them. */
  faults: Faults;
  close(): Promise<void>;
}

export type StartOptions = Partial<EngineConfig> & Pick<EngineConfig, 'storeDir'>;

/** Starts the local engine on 127.0.0.1 (never another interface) and resolves once it listens. */
export async function startEngine(options: StartOptions): Promise<RunningEngine> {
  const config = engineConfig(options);
  const store = new Store(config.storeDir);
  await store.init();
  const jobs = new RenderJobs(store, config);
  await jobs.recover();
  let port = 0;
  const faults = new Faults();
  const ctx: EngineContext = { store, config, jobs, locks: new SessionLocks(), faults, idempotent: new IdempotentRequests(), baseUrl: () => `http://${ENGINE_HOST}:${port}` };
  const router = new Router();
  for (const register of [accountRoutes, chatRoute, uploadRoute, stateRoute, renderRoutes, mediaRoute, previewRoute]) register(router, ctx);

  // `handle` answers every error itself; the catch is the last line of defence, so a rejection can never end the engine.
  const server = createServer((req, res) => {
    cutOffIdleBody(req, res, config.bodyIdleMs);
    void handle(router, faults, req, res, () => port).catch(() => res.destroy());
  });
  // Long SSE turns and big uploads must not be cut by Node's default request timeout.
  server.requestTimeout = 0;
  await listen(server, config.port);
  port = (server.address() as AddressInfo).port;
  return {
    url: ctx.baseUrl(),
    port,
    config,
    faults,
    close: async () => {
      await jobs.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, ENGINE_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** DNS rebinding defence: a page on another origin that resolves to 127.0.0.1 still sends its own Host. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  return host === `${ENGINE_HOST}:${port}` || host === `localhost:${port}`;
}

const ROUTE_NAMES = new Map<string, string>(Object.entries(Routes).map(([name, path]) => [path, name]));

async function handle(router: Router, faults: Faults, req: IncomingMessage, res: ServerResponse, port: () => number): Promise<void> {
  let renderEnvelope = false;
  // Everything a request can make throw (its URL, its escapes) is read inside the try: one bad request line must
  // get an answer, never end the engine.
  try {
    if (!hostAllowed(req, port())) throw new EngineError(ErrorCode.forbidden, 'Requests must be addressed to the engine at 127.0.0.1.');
    const url = requestUrl(req.url);
    const found = router.match(req.method ?? 'GET', url.pathname);
    if (found === undefined) throw new EngineError(ErrorCode.notFound, `No endpoint ${url.pathname.slice(0, 200)}.`);
    if (found === 'wrong-method') throw new EngineError(405, `${req.method} is not allowed on ${url.pathname.slice(0, 200)}.`);
    renderEnvelope = found.route.renderEnvelope;
    const fault = faults.take(ROUTE_NAMES.get(found.route.path) ?? found.route.path);
    if (fault && answerWithFault(res, fault, renderEnvelope)) return void req.resume();
    await found.route.handler({ req, res, params: found.params, url, fault });
  } catch (error) {
    const where = `[engine] ${req.method} ${(req.url ?? '').split('?')[0].slice(0, 200).replace(/[^\x20-\x7e]/g, '?')}`;
    if (req.destroyed && !req.complete) console.error(`${where}: the client closed the connection before the request was complete.`);
    else if (!(error instanceof EngineError) && (error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${where}:`, error);
    sendError(res, error, renderEnvelope);
  }
  // Bytes of a request we refused early (e.g. an oversized upload) are drained so the client reads our answer.
  if (!req.complete) req.resume();
}

/**
 * Node's request timeout is off (SSE turns and big uploads are long), so a body that stops arriving would hold its
 * socket and handler indefinitely: it gets a 408 once nothing has moved for `idleMs`. Answers are not timed.
 */
function cutOffIdleBody(req: IncomingMessage, res: ServerResponse, idleMs: number): void {
  if (req.complete) return;
  req.setTimeout(idleMs, () => {
    if (res.headersSent) return void req.destroy();
    sendError(res, new EngineError(408, `The request body stopped arriving (nothing for ${idleMs / 1000} s).`, { connection: 'close' }), false);
    res.once('finish', () => req.destroy());
  });
  req.once('end', () => req.setTimeout(0));
}

function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://engine');
  } catch {
    throw new EngineError(400, 'The request line does not hold a valid path.');
  }
}
