import { Readable } from 'node:stream';
import { isIP } from 'node:net';
import { request, type Dispatcher } from 'undici';
import { EngineError } from '../http/engineError';
import type { Store } from '../store/store';
import { isPrivateAddress, publicOnlyAgent } from './publicAddress';
import { cleanFileName, discard, fileTooLarge, newPendingFile, writeStreamed, type PendingFile } from './ingest';

const FETCH_TIMEOUT_MS = 10 * 60_000;

/** Downloads `{"urls":[...]}` uploads to the store, with the same limits as multipart; redirects are not followed. */
export async function fetchUrls(urls: string[], store: Store, maxUploadBytes: number, allowPrivate = false): Promise<PendingFile[]> {
  const pending: PendingFile[] = [];
  const dispatcher = allowPrivate ? undefined : publicOnlyAgent();
  try {
    for (const url of urls) pending.push(await fetchOne(url, store, maxUploadBytes, dispatcher));
    return pending;
  } catch (error) {
    await discard(store, pending);
    throw error;
  } finally {
    await dispatcher?.close();
  }
}

async function fetchOne(raw: string, store: Store, maxUploadBytes: number, dispatcher: Dispatcher | undefined): Promise<PendingFile> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EngineError(400, { en: `"${raw.slice(0, 200)}" is not a valid URL.`, zh: `“${raw.slice(0, 200)}”不是有效的网址。` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineError(400, { en: 'Only http and https URLs can be uploaded.', zh: '只能上传 http 和 https 网址。' });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (dispatcher && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))) {
    throw new EngineError(400, {
      en: 'URLs on this machine or a private network cannot be uploaded: upload the file itself.',
      zh: '不能上传本机或内网的网址：请直接上传文件本身。',
    });
  }
  const filename = cleanFileName(decodedPath(url.pathname));
  // One answer for every way a fetch fails (refused, timed out, redirected, 404, 500): telling them apart would
  // let a caller map which ports and paths answer behind the address.
  const couldNotFetch = () =>
    new EngineError(400, {
      en: `Could not fetch ${url.host}${url.pathname}. Check that the URL is the file's direct address (redirects are not followed), or upload the file itself.`,
      zh: `无法获取 ${url.host}${url.pathname}。请确认这是文件的直接地址（不会跟随重定向），或直接上传文件本身。`,
    });
  // Redirects are not followed (undici's request never does): a redirect to file: or to this machine goes nowhere.
  const response = await request(url, { method: 'GET', dispatcher, headersTimeout: 30_000, bodyTimeout: 60_000, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
    .catch((error: { code?: string; cause?: { code?: string } }) => {
      if (error.code === 'EPRIVATE' || error.cause?.code === 'EPRIVATE') {
        throw new EngineError(400, {
          en: `${url.host} is on this machine or a private network: upload the file itself.`,
          zh: `${url.host} 在本机或内网上：请直接上传文件本身。`,
        });
      }
      throw couldNotFetch();
    });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw couldNotFetch();
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxUploadBytes) {
    await response.body.dump();
    throw fileTooLarge(filename, maxUploadBytes);
  }
  const file = newPendingFile(store, filename);
  try {
    await writeStreamed(Readable.from(limitBytes(response.body, maxUploadBytes, filename)), file);
  } catch (error) {
    await discard(store, [file]);
    throw error instanceof EngineError ? error : new EngineError(400, { en: `The download of ${filename} was interrupted.`, zh: `${filename} 的下载被中断了。` });
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

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
