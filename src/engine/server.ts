import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BilingualError, ErrorCode, Routes } from '../protocol';
import { engineConfig, type EngineConfig } from './config';
import type { EngineContext } from './engineContext';
import { EngineError, requestLanguage } from './http/engineError';
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
import { Lifetime } from './lifetime';
import { engineRoutes } from './routes/engineRoutes';
import { SessionLocks } from './sessionLocks';
import { claimStore, newEngineKey, type EngineAddress } from './storeOwner';
import { Store } from './store/store';
import { runTool } from './tools/runTool';

const ENGINE_HOST = '127.0.0.1';

export interface RunningEngine {
  url: string;
  port: number;
  config: EngineConfig;
  /** This run's key, also in the store's owner record: clients present it to get a token. */
  key: string;
  /** Settles once the engine has had no client and no render for `idleExitMs` (never when that is 0). */
  idle: Promise<void>;
  close(): Promise<void>;
}

/** Another engine runs on this store: use it (its address is here) instead of starting one. */
export class StoreOwnedError extends BilingualError {
  constructor(readonly owner: EngineAddress) {
    super({
      en: `Another Demo Clip engine already serves this store, at ${owner.url} (pid ${owner.pid}).`,
      zh: `已经有另一个 Demo Clip 引擎在为这个存储服务，地址 ${owner.url}（pid ${owner.pid}）。`,
    });
  }
}

/**
 * Where an embedder may step in: around the handling of every request (the Host check and routing included), and
 * the runner of the renders' ffmpeg. The product uses neither; the tests wrap both (test/helpers/engine.ts).
 */
interface EngineSeams {
  wrapRequests?: (engine: RequestListener) => RequestListener;
  renderTool?: typeof runTool;
}

export type StartOptions = Partial<EngineConfig> & Pick<EngineConfig, 'storeDir'> & EngineSeams;

/**
 * Starts the local engine on 127.0.0.1 (never another interface) and resolves once it owns its store and listens.
 * Throws StoreOwnedError when another engine runs on the store: one engine per store (storeOwner.ts).
 */
export async function startEngine(options: StartOptions): Promise<RunningEngine> {
  const config = engineConfig(options);
  const store = new Store(config.storeDir);
  await store.init();
  const jobs = new RenderJobs(store, config, options.renderTool ?? runTool);
  let port = 0;
  const key = newEngineKey();
  const ctx: EngineContext = { store, config, jobs, locks: new SessionLocks(), idempotent: new IdempotentRequests(), engineKey: key, baseUrl: () => `http://${ENGINE_HOST}:${port}` };
  const router = new Router();
  for (const register of [accountRoutes, chatRoute, uploadRoute, stateRoute, renderRoutes, mediaRoute, previewRoute]) register(router, ctx);
  engineRoutes(router, key);
  const lifetime = new Lifetime(config.idleExitMs, () => jobs.busy);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  // `handle` answers every error itself; the catch is the last line of defence, so a rejection can never end the engine.
  const engine: RequestListener = (req, res) => {
    cutOffIdleBody(req, res, config.bodyIdleMs);
    lifetime.track(res);
    void handle(router, ready, req, res).catch(() => res.destroy());
  };
  const server = createServer(options.wrapRequests?.(engine) ?? engine);
  // Long SSE turns and big uploads must not be cut by Node's default request timeout.
  server.requestTimeout = 0;
  // Listening first means the owner record names a port that already answers.
  await listen(server, config.port);
  port = (server.address() as AddressInfo).port;
  const claim = await claimStore(config.storeDir, port, key).catch(async (error: unknown) => {
    await closeServer(server);
    throw error;
  });
  if (!claim.owned) {
    lifetime.dispose();
    await closeServer(server);
    throw new StoreOwnedError(claim.owner);
  }
  // Alone with the store now: what a previous engine left half-done is nobody's, and is cleaned up exactly once.
  await store.removeLeftovers();
  await jobs.recover();
  markReady();
  return {
    url: ctx.baseUrl(),
    port,
    config,
    key,
    idle: lifetime.idle,
    close: async () => {
      lifetime.dispose();
      await jobs.shutdown();
      await claim.release();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
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

/**
 * DNS rebinding defence: a page on another origin that resolves to 127.0.0.1 still sends its own Host name. The port
 * may differ from ours: a forwarded port (VS Code Remote, a proxy path) brings the webview's preview here under the
 * local end's port.
 */
function hostAllowed(req: IncomingMessage): boolean {
  return /^(127\.0\.0\.1|localhost)(:\d{1,5})?$/.test((req.headers.host ?? '').toLowerCase());
}

async function handle(router: Router, ready: Promise<void>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let renderEnvelope = false;
  const speaker = { lang: requestLanguage(req.headers['accept-language']) };
  // Everything a request can make throw (its URL, its escapes) is read inside the try: one bad request line must
  // get an answer, never end the engine.
  try {
    if (!hostAllowed(req)) throw new EngineError(ErrorCode.forbidden, { en: 'Requests must be addressed to the engine at 127.0.0.1.', zh: '请求必须发给 127.0.0.1 上的引擎。' });
    const url = requestUrl(req.url);
    const found = router.match(req.method ?? 'GET', url.pathname);
    if (found === undefined) throw new EngineError(ErrorCode.notFound, { en: `No endpoint ${url.pathname.slice(0, 200)}.`, zh: `没有接口 ${url.pathname.slice(0, 200)}。` });
    if (found === 'wrong-method') throw new EngineError(405, { en: `${req.method} is not allowed on ${url.pathname.slice(0, 200)}.`, zh: `${url.pathname.slice(0, 200)} 不接受 ${req.method}。` });
    renderEnvelope = found.route.renderEnvelope;
    // Requests wait while a new owner cleans up the store; the hello answers at once (it is how owners are told apart).
    if (found.route.path !== Routes.engineHello) await ready;
    await found.route.handler({ req, res, params: found.params, url, speaker });
  } catch (error) {
    const where = `[engine] ${req.method} ${(req.url ?? '').split('?')[0].slice(0, 200).replace(/[^\x20-\x7e]/g, '?')}`;
    if (req.destroyed && !req.complete) console.error(`${where}: the client closed the connection before the request was complete.`);
    else if (!(error instanceof EngineError) && (error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${where}:`, error);
    sendError(res, error, renderEnvelope, speaker.lang);
  }
  // Bytes of a request we refused early (e.g. an oversized upload) are drained so the client reads our answer.
  if (!req.complete) req.resume();
}

/**
 * Node's request timeout is off (SSE turns and big uploads are long), so a body that stops arriving would hold its
 * socket and handler indefinitely: it gets a 408 once nothing has moved for `idleMs`. Answers are not timed.
 */
function cutOffIdleBody(req: IncomingMessage, res: ServerResponse, idleMs: number): void {
  // A request without a body (a GET) ends only when read, which no handler does: timed, its slow answer would be cut.
  if (req.complete || !carriesBody(req)) return;
  req.setTimeout(idleMs, () => {
    if (res.headersSent) return void req.destroy();
    sendError(res, new EngineError(408, {
      en: `The request body stopped arriving (nothing for ${idleMs / 1000} s).`,
      zh: `请求体停止传来了（${idleMs / 1000} 秒没有数据）。`,
    }, { connection: 'close' }), false, requestLanguage(req.headers['accept-language']));
    res.once('finish', () => req.destroy());
  });
  req.once('end', () => req.setTimeout(0));
}

/** HTTP/1.1: a request has a body only when it says its length or that it is chunked. */
function carriesBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://engine');
  } catch {
    throw new EngineError(400, { en: 'The request line does not hold a valid path.', zh: '请求行里没有有效的路径。' });
  }
}
