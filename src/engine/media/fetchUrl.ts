import { Readable } from 'node:stream';
import { request } from 'undici';
import { fileTypeOf } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { Store } from '../store/store';
import { cleanFileName, discard, fileTooLarge, newPendingFile, unsupportedFile, writeStreamed, type PendingFile } from './ingest';

const FETCH_TIMEOUT_MS = 10 * 60_000;

/** Downloads `{"urls":[...]}` uploads to the store, with the same limits as multipart; redirects are not followed. */
export async function fetchUrls(urls: string[], store: Store, maxUploadBytes: number): Promise<PendingFile[]> {
  const pending: PendingFile[] = [];
  try {
    for (const url of urls) pending.push(await fetchOne(url, store, maxUploadBytes));
    return pending;
  } catch (error) {
    await discard(store, pending);
    throw error;
  }
}

async function fetchOne(raw: string, store: Store, maxUploadBytes: number): Promise<PendingFile> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EngineError(400, `"${raw.slice(0, 200)}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineError(400, 'Only http and https URLs can be uploaded.');
  }
  const filename = cleanFileName(decodeURIComponent(url.pathname));
  const fileType = fileTypeOf(filename);
  if (!fileType) throw unsupportedFile(filename);
  const response = await request(url, { method: 'GET', headersTimeout: 30_000, bodyTimeout: 60_000, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    .catch(() => {
      throw new EngineError(400, `Could not download ${url.host}${url.pathname}: the server did not answer.`);
    });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new EngineError(400, `Could not download ${url.host}${url.pathname}: HTTP ${response.statusCode}.`);
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxUploadBytes) {
    await response.body.dump();
    throw fileTooLarge(filename, maxUploadBytes);
  }
  const file = newPendingFile(store, filename, fileType);
  try {
    await writeStreamed(Readable.from(limitBytes(response.body, maxUploadBytes, filename)), file);
  } catch (error) {
    await discard(store, [file]);
    throw error instanceof EngineError ? error : new EngineError(400, `The download of ${filename} was interrupted.`);
  }
  return file;
}

/** When the length is not declared, the download is cut off at the limit rather than trusted. */
async function* limitBytes(body: AsyncIterable<Buffer>, limit: number, filename: string): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw fileTooLarge(filename, limit);
    yield chunk;
  }
}
