import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ErrorCode, httpStatusFor, type Lang } from '../../protocol';
import { MAX_JSON_BODY_BYTES } from '../limits';
import { EngineError } from './engineError';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The `{code, message, data}` envelope of every endpoint but render's. */
export function sendOk(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { code: ErrorCode.ok, message: 'ok', data });
}

/** Render endpoints answer in the `{success, data | error}` envelope. */
export function sendSuccess(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { success: true, data });
}

export function sendError(res: ServerResponse, error: unknown, renderEnvelope: boolean, lang: Lang = 'en'): void {
  const engineError =
    error instanceof EngineError ? error : new EngineError(ErrorCode.internal, { en: 'The local engine hit an internal error.', zh: '本地引擎出现了内部错误。' });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = httpStatusFor(engineError.code);
  const body = renderEnvelope
    ? { success: false, code: engineError.code, error: engineError.messageIn(lang) }
    : { code: engineError.code, message: engineError.messageIn(lang), data: null };
  sendJson(res, status, body, engineError.headers);
}

/**
 * Reads a small JSON body; requests that create things are tiny, so anything large is refused, not buffered. The
 * rest of a refused body is read and dropped (never kept), so the client gets the answer rather than a reset.
 */
async function readJsonBody(req: IncomingMessage, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const tooLarge = () => new EngineError(ErrorCode.fileTooLarge, {
    en: `The request body is over ${maxBytes / 1024} KB; requests are small JSON.`,
    zh: `请求体超过了 ${maxBytes / 1024} KB；请求应是小段 JSON。`,
  });
  if (Number(req.headers['content-length']) > maxBytes) throw tooLarge();
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      chunks.length = 0;
      reject(tooLarge());
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new EngineError(400, { en: 'The request body is not valid JSON.', zh: '请求体不是有效的 JSON。' });
  }
}

/** Reads a request's JSON body as `schema`; anything else is refused with the body's expected `shape`, in both languages. */
export async function readRequest<S extends z.ZodTypeAny>(req: IncomingMessage, schema: S, shape: string, maxBytes?: number): Promise<z.infer<S>> {
  const body = schema.safeParse(await readJsonBody(req, maxBytes));
  if (!body.success) throw new EngineError(400, { en: `Expected ${shape}.`, zh: `请求应为 ${shape}。` });
  return body.data;
}
