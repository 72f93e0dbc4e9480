import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

export interface MultipartBody {
  stream: Readable;
  contentType: string;
  /** Known in advance, so a server can refuse an oversized upload before a byte of it is sent. */
  length: number;
}

const CRLF = '\r\n';

/**
 * A `multipart/form-data` body of `files` fields streamed from disk, never read into memory; `onBytes` reports
 * progress as file bytes are handed to the socket.
 */
export async function multipartBody(paths: string[], onBytes?: (sent: number, total: number) => void): Promise<MultipartBody> {
  const boundary = `----democlip${randomBytes(12).toString('hex')}`;
  const parts = await Promise.all(
    paths.map(async (path) => {
      const name = basename(path).replace(/["\r\n]/g, '_');
      const head = `--${boundary}${CRLF}Content-Disposition: form-data; name="files"; filename="${name}"${CRLF}` +
        `Content-Type: application/octet-stream${CRLF}${CRLF}`;
      return { path, head: Buffer.from(head), size: (await stat(path)).size };
    }),
  );
  const tail = Buffer.from(`--${boundary}--${CRLF}`);
  const length = parts.reduce((sum, part) => sum + part.head.length + part.size + CRLF.length, tail.length);
  const fileBytes = parts.reduce((sum, part) => sum + part.size, 0);
  async function* generate(): AsyncGenerator<Buffer> {
    let sent = 0;
    for (const part of parts) {
      yield part.head;
      for await (const chunk of createReadStream(part.path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
        sent += chunk.length;
        onBytes?.(sent, fileBytes);
        yield chunk;
      }
      yield Buffer.from(CRLF);
    }
    yield tail;
  }
  return { stream: Readable.from(generate(), { objectMode: false }), contentType: `multipart/form-data; boundary=${boundary}`, length };
}
