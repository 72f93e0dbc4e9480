import { request, type Dispatcher } from 'undici';
import type { z } from 'zod';
import { CodeEnvelope, ErrorCode, langOf, say, SuccessEnvelope, type Lang } from '../protocol';
import { ConnectionError, DemoClipError, errorFromCode, ProtocolError, UnreachableError } from './errors';

export type Platform = 'vscode' | 'cli' | 'unknown';

export interface TransportConfig {
  baseUrl: string;
  /** The extension's version, sent as X-Skill-Version. */
  version: string;
  platform: Platform;
  userAgent?: string;
  /** The session's language, sent as Accept-Language: the local engine says its errors in it. */
  language?: string;
}

export interface CallOptions {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RawOptions extends CallOptions {
  /** A prepared body (a stream), sent as is. */
  rawBody?: Dispatcher.DispatchOptions['body'];
  /** Milliseconds without a byte of the response body before the call fails (undici's bodyTimeout). */
  idleTimeoutMs?: number;
}

/**
 * HTTP for the protocol: attribution headers on every request, JSON bodies, both envelopes, and typed errors.
 * Retries are the caller's decision (see DemoClipClient), never made here.
 */
export class Transport {
  constructor(readonly config: TransportConfig) {}

  /** The language errors are said in: the session's. */
  get lang(): Lang {
    return langOf(this.config.language);
  }

  headers(token?: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-skill-source': 'demo-clip-maker',
      'x-skill-version': this.config.version,
      'x-skill-platform': this.config.platform,
      'user-agent': this.config.userAgent ?? `demo-clip-maker/${this.config.version}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(this.config.language ? { 'accept-language': this.config.language } : {}),
      ...extra,
    };
  }

  async raw(options: RawOptions): Promise<Dispatcher.ResponseData> {
    const url = new URL(options.path, this.config.baseUrl);
    const hasJson = options.body !== undefined;
    try {
      return await request(url, {
        method: options.method,
        headers: this.headers(options.token, { ...(hasJson ? { 'content-type': 'application/json' } : {}), ...options.headers }),
        body: hasJson ? JSON.stringify(options.body) : options.rawBody,
        signal: options.signal,
        headersTimeout: 120_000,
        bodyTimeout: options.idleTimeoutMs ?? 300_000,
      });
    } catch (error) {
      throw asConnectionError(error, this.config.baseUrl, this.lang);
    }
  }

  /** A call answered in the `{code, message, data}` envelope (or `{success, data}`); returns `data`, validated. */
  async json<T extends z.ZodType>(schema: T, options: RawOptions): Promise<z.infer<T>> {
    const response = await this.raw(options);
    const body = await readJson(response, this.lang);
    return parseData(schema, unwrap(body, response, this.lang), this.lang);
  }
}

/** A backend on this machine: the local engine. */
export function isLoopback(baseUrl: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(baseUrl).hostname);
}

export function asConnectionError(error: unknown, baseUrl: string, lang: Lang = 'en'): Error {
  if (error instanceof DemoClipError) return error;
  const err = error as { name?: string; code?: string; message?: string };
  if (err.name === 'AbortError') return error as Error;
  if (err.code === 'UND_ERR_BODY_TIMEOUT') {
    return new ConnectionError(say(lang, 'Connection lost: the server stopped sending data. Check your connection and try again.', '连接断了：服务器不再发送数据。请检查网络连接后重试。'), 0);
  }
  if (err.code === 'UND_ERR_SOCKET' || err.code === 'ECONNRESET' || err.code === 'UND_ERR_ABORTED') {
    return new ConnectionError(say(lang, 'Connection lost: the server closed the connection in the middle of its answer. Try again.', '连接断了：服务器在回答到一半时关闭了连接。请重试。'), 0);
  }
  const url = new URL(baseUrl);
  if (isLoopback(baseUrl)) {
    // The user never typed this port: say what it means instead.
    return new UnreachableError(say(lang,
      'The local Demo Clip engine is not running (it stops when the window reloads or its settings change). Try again: it starts on the next action.',
      '本地 Demo Clip 引擎没有在运行（窗口重新加载或设置改变时它会停止）。请重试：下一次操作时它会启动。'), 0);
  }
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(err.code ?? '');
  const code = err.code ? say(lang, ` (${err.code})`, `（${err.code}）`) : '';
  const message = say(lang,
    `Could not reach ${url.host}: check your internet connection and the server address${code}.`,
    `无法连接 ${url.host}：请检查网络连接和服务器地址${code}。`);
  return unreachable ? new UnreachableError(message, 0) : new ConnectionError(message, 0);
}

/**
 * The error a response stands for, when the caller wanted something else (a stream, a file): read exactly as a JSON
 * call's answer is, so codes, envelopes and Retry-After mean the same everywhere.
 */
export async function failureOf(response: Dispatcher.ResponseData, lang: Lang = 'en'): Promise<Error> {
  try {
    unwrap(await readJson(response, lang), response, lang);
  } catch (error) {
    return error as Error;
  }
  return new ProtocolError(say(lang,
    `The server answered HTTP ${response.statusCode} where a stream or a file was expected. Try again.`,
    `服务器回答了 HTTP ${response.statusCode}，而这里应该是数据流或文件。请重试。`), response.statusCode, response.statusCode);
}

async function readJson(response: Dispatcher.ResponseData, lang: Lang): Promise<unknown> {
  const text = await response.body.text();
  try {
    return JSON.parse(text);
  } catch {
    if (response.statusCode === 429) throw errorFromCode(ErrorCode.rateLimited, { status: 429, retryAfterMs: retryAfterMs(response), lang });
    if (response.statusCode === 401) throw errorFromCode(ErrorCode.tokenInvalid, { status: 401, lang });
    throw new ProtocolError(say(lang,
      `The server sent an unreadable answer (HTTP ${response.statusCode}). Try again; if it persists, the service may be down.`,
      `服务器发来的回答无法读取（HTTP ${response.statusCode}）。请重试；如果一直这样，服务可能出故障了。`), response.statusCode, response.statusCode);
  }
}

function retryAfterMs(response: Dispatcher.ResponseData): number | undefined {
  const header = response.headers['retry-after'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** Accepts both envelopes, and the bare render-status shape that has neither. */
function unwrap(body: unknown, response: Dispatcher.ResponseData, lang: Lang): unknown {
  const status = response.statusCode;
  const fail = (code: number, serverMessage?: string) =>
    errorFromCode(code, { status, serverMessage, retryAfterMs: retryAfterMs(response), lang });
  const coded = CodeEnvelope.safeParse(body);
  if (coded.success && !('success' in coded.data)) {
    if (coded.data.code !== ErrorCode.ok) throw fail(coded.data.code, coded.data.message);
    return coded.data.data;
  }
  const success = SuccessEnvelope.safeParse(body);
  if (success.success) {
    if (!success.data.success) throw fail(success.data.code ?? status, success.data.error);
    return success.data.data;
  }
  if (status >= 400) throw fail(status);
  return body;
}

function parseData<T extends z.ZodType>(schema: T, data: unknown, lang: Lang): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ProtocolError(say(lang,
      'The server sent an answer this version of Demo Clip Maker does not understand. Update the extension, or try again.',
      '服务器发来的回答这个版本的 Demo Clip Maker 看不懂。请更新扩展，或者重试。'), 0);
  }
  return parsed.data;
}
