// Fault injection, installed by the tests around a real engine: a wrapper around its request handling (answers the
// cloud's documented errors, misbehaving chat streams) and around the tool runner its renders use (a render that
// fails or never finishes). The engine itself knows nothing of it: startEngine takes the two wrappers as seams.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, Routes, type AdkEvent } from '../../src/protocol';
import { sendJson } from '../../src/engine/http/respond';
import { ToolError, type runTool } from '../../src/engine/tools/runTool';
import { isProxyRun } from '../helpers/renderRuns';

export type FaultKind =
  | 'rate-limit' // 429 with Retry-After
  | 'rate-limit-no-header' // 429 without it
  | 'token-invalid' // 1001
  | 'session-not-found' // 1002
  | 'out-of-credits' // 2001
  | 'export-blocked' // 402
  | 'server-error' // 500
  | 'malformed-body' // 200 with a body that is not JSON
  | 'stream-silent' // the turn runs, but the stream carries no text (the cloud does this for ~30% of edits)
  | 'stream-stall' // heartbeats only, then the stream closes
  | 'stream-dead' // headers, then not a byte more
  | 'stream-cut' // half an event, then the connection drops
  | 'render-fails' // the render job fails
  | 'render-hangs' // the render job never finishes
  | 'download-cut'; // the file's first bytes, then the connection drops

type RouteName = keyof typeof Routes;

export interface FaultRule {
  route: RouteName;
  fault: FaultKind;
  /** How many calls misbehave before the route works again (default 1). */
  times?: number;
  /** Retry-After for rate-limit, in seconds. */
  retryAfterSec?: number;
  /** How long a stalled or dead stream stays open, ms (default 1000). */
  durationMs?: number;
}

const CODED: Partial<Record<FaultKind, [status: number, code: number, message: string]>> = {
  'rate-limit': [429, ErrorCode.rateLimited, 'Too many requests.'],
  'rate-limit-no-header': [429, ErrorCode.rateLimited, 'Too many requests.'],
  'token-invalid': [401, ErrorCode.tokenInvalid, 'Token expired.'],
  'session-not-found': [404, ErrorCode.sessionNotFound, 'Session not found.'],
  'out-of-credits': [402, ErrorCode.outOfCredits, 'Insufficient credits.'],
  'export-blocked': [402, ErrorCode.exportBlocked, 'Export requires a paid plan.'],
  'server-error': [500, ErrorCode.internal, 'Internal server error.'],
};

const ROUTE_PATTERNS = Object.entries(Routes).map(([name, path]) =>
  [name as RouteName, new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`)] as const);

function routeOf(req: IncomingMessage): RouteName | undefined {
  const pathname = URL.parse(req.url ?? '/', 'http://engine')?.pathname ?? ''; // a bad request line is the engine's to answer
  return ROUTE_PATTERNS.find(([, pattern]) => pattern.test(pathname))?.[0];
}

type ToolRunner = typeof runTool;

export class Faults {
  private rules: FaultRule[] = [];
  /** Calls seen per route while rules were set: tests assert retry counts with it. */
  readonly calls = new Map<string, number>();
  /** The arguments of every tool run of the engine's renders, in order: tests count what a render ran. */
  readonly toolRuns: string[][] = [];
  /** A render fault taken by a POST of the render route, for the next render's tool run. */
  private nextRender: 'render-fails' | 'render-hangs' | undefined;

  /** `keepaliveMs`: the engine's heartbeat interval, which a stalled stream keeps up. */
  constructor(private readonly keepaliveMs: number) {}

  add(...rules: FaultRule[]): void {
    this.rules.push(...rules.map((rule) => ({ times: 1, ...rule })));
  }

  clear(): void {
    this.rules = [];
    this.calls.clear();
    this.toolRuns.length = 0;
    this.nextRender = undefined;
  }

  /** For startEngine's `wrapRequests`: answers faulty calls itself, passes the rest to the engine. */
  readonly wrapRequests = (engine: RequestListener): RequestListener => (req, res) => {
    const rule = this.rules.length > 0 ? this.take(routeOf(req)) : undefined;
    if (!rule) return engine(req, res);
    if (rule.fault === 'render-fails' || rule.fault === 'render-hangs') {
      this.nextRender = rule.fault;
      return engine(req, res);
    }
    if (rule.fault === 'stream-silent') return engine(req, withoutText(res));
    if (rule.fault === 'download-cut') return engine(req, cutAfterFirstBytes(res));
    req.resume(); // the engine never reads this request: drain it so the client reads the answer
    void this.answer(rule, res);
  };

  /** For startEngine's `renderTool`: the render after a render fault fails or hangs; every other run is real. */
  wrapTool(tool: ToolRunner): ToolRunner {
    return async (command, args, options = {}) => {
      this.toolRuns.push(args);
      // A preview proxy is made in the background, whenever a preview is done: it is never the render aimed at.
      if (isProxyRun(args)) return tool(command, args, options);
      const fault = this.nextRender;
      this.nextRender = undefined;
      if (fault === 'render-fails') throw new ToolError('ffmpeg', 1, 'Error while filtering: Cannot allocate memory\nConversion failed! (injected test fault)');
      if (fault === 'render-hangs') {
        const signal = options.signal ?? new AbortController().signal;
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        throw signal.reason;
      }
      return tool(command, args, options);
    };
  }

  /** The fault to apply to this call of `route`, consuming one of its times. */
  private take(route: RouteName | undefined): FaultRule | undefined {
    if (route === undefined) return undefined;
    this.calls.set(route, (this.calls.get(route) ?? 0) + 1);
    const rule = this.rules.find((r) => r.route === route && (r.times ?? 1) > 0);
    if (rule) rule.times = (rule.times ?? 1) - 1;
    return rule;
  }

  private async answer(rule: FaultRule, res: ServerResponse): Promise<void> {
    const coded = CODED[rule.fault];
    if (coded) {
      const [status, code, message] = coded;
      const headers: Record<string, string> = rule.fault === 'rate-limit' ? { 'retry-after': String(rule.retryAfterSec ?? 1) } : {};
      // The render endpoints answer in their own {success:false} envelope, the others in {code, message, data}.
      sendJson(res, status, rule.route.startsWith('render') ? { success: false, code, error: message } : { code, message, data: null }, headers);
      return;
    }
    if (rule.fault === 'malformed-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"code":0,"data":{"tru');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
    res.flushHeaders();
    const closed = new AbortController();
    res.once('close', () => closed.abort());
    switch (rule.fault) {
      case 'stream-cut':
        res.write('data: {"content":{"parts":[{"text":"Compiled the be');
        res.destroy();
        return;
      case 'stream-stall': {
        const heartbeat = setInterval(() => res.write(': keepalive\n\n'), this.keepaliveMs);
        await sleep(rule.durationMs ?? 1000, undefined, { signal: closed.signal }).catch(() => undefined);
        clearInterval(heartbeat);
        break;
      }
      case 'stream-dead':
        await sleep(rule.durationMs ?? 1000, undefined, { signal: closed.signal }).catch(() => undefined);
        break;
      default:
        throw new Error(`fault ${rule.fault} does not apply to ${rule.route}`);
    }
    res.end();
  }
}

/**
 * The cloud's silent close: the turn runs and tool calls still flow, but neither words nor the new draft reach the
 * client. The engine writes one whole `data:` event per write, so each write is read and rewritten.
 */
function withoutText(res: ServerResponse): ServerResponse {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
    if (text === undefined || !text.startsWith('data: ')) return write(chunk, ...rest);
    const event = JSON.parse(text.slice('data: '.length)) as AdkEvent;
    const parts = event.content?.parts.filter((part) => !('text' in part)) ?? [];
    const silent = { ...event, content: event.content ? { ...event.content, parts } : undefined, actions: undefined };
    return write(`data: ${JSON.stringify(silent)}\n\n`, ...rest);
  }) as ServerResponse['write'];
  return res;
}

/** A download that breaks off: half of the first chunk the engine writes goes out, then the connection is dropped. */
function cutAfterFirstBytes(res: ServerResponse): ServerResponse {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  res.write = ((chunk: unknown) => {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
    setImmediate(() => res.destroy());
    return false;
  }) as ServerResponse['write'];
  return res;
}
