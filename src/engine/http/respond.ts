import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, httpStatusFor } from '../../protocol';
import { EngineError } from './engineError';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

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

export function sendError(res: ServerResponse, error: unknown, renderEnvelope: boolean): void {
  const engineError =
    error instanceof EngineError ? error : new EngineError(ErrorCode.internal, 'The local engine hit an internal error.');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = httpStatusFor(engineError.code);
  const body = renderEnvelope
    ? { success: false, code: engineError.code, error: engineError.message }
    : { code: engineError.code, message: engineError.message, data: null };
  sendJson(res, status, body, engineError.headers);
}

/** Reads a small JSON body; requests that create things are tiny, so anything large is refused, not buffered. */
export async function readJsonBody(req: IncomingMessage, maxBytes = 16 * 1024 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new EngineError(ErrorCode.fileTooLarge, `Request body over ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new EngineError(400, 'The request body is not valid JSON.');
  }
}
