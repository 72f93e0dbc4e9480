import type { ServerResponse } from 'node:http';
import { ErrorCode, type Routes } from '../../protocol';
import { sendJson } from './respond';

/**
 * Test-only fault injection: makes chosen calls misbehave the way the cloud documentedly does, so that the client's
 * handling of each fault is proven against a real server. Off unless a test adds rules; not reachable over HTTP.
 */
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
  | 'render-hangs'; // the render job never finishes

export interface FaultRule {
  route: keyof typeof Routes;
  fault: FaultKind;
  /** How many calls misbehave before the route works again (default 1). */
  times?: number;
  /** Retry-After for rate-limit, in seconds. */
  retryAfterSec?: number;
  /** How long a stalled or dead stream stays open, ms (default 1000). */
  durationMs?: number;
}

export class Faults {
  private rules: FaultRule[] = [];
  /** Calls seen per route while rules were set: tests assert retry counts with it. */
  readonly calls = new Map<string, number>();

  add(...rules: FaultRule[]): void {
    this.rules.push(...rules.map((rule) => ({ times: 1, ...rule })));
  }

  clear(): void {
    this.rules = [];
    this.calls.clear();
  }

  /** The fault to apply to this call of `route`, consuming one of its times. */
  take(route: string): FaultRule | undefined {
    if (this.rules.length === 0) return undefined; // the product never adds rules: nothing to count or find
    this.calls.set(route, (this.calls.get(route) ?? 0) + 1);
    const rule = this.rules.find((r) => r.route === route && (r.times ?? 1) > 0);
    if (rule) rule.times = (rule.times ?? 1) - 1;
    return rule;
  }
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

/** Answers a call with an HTTP-level fault; returns false for faults that act later (streams, renders). */
export function answerWithFault(res: ServerResponse, rule: FaultRule, renderEnvelope: boolean): boolean {
  if (rule.fault === 'malformed-body') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"code":0,"data":{"tru');
    return true;
  }
  const coded = CODED[rule.fault];
  if (!coded) return false;
  const [status, code, message] = coded;
  const headers: Record<string, string> = rule.fault === 'rate-limit' ? { 'retry-after': String(rule.retryAfterSec ?? 1) } : {};
  sendJson(res, status, renderEnvelope ? { success: false, code, error: message } : { code, message, data: null }, headers);
  return true;
}
