import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { ErrorCode, inLanguage, type Lang, type UploadedFile } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { MediaRecord, SessionRecord } from '../store/records';
import type { Store } from '../store/store';
import { ffmpegSlots } from '../tools/slots';
import { inspectMedia, type InspectTools, type MediaFacts } from './inspect';
import { MAX_FILES_PER_UPLOAD, MAX_MEDIA_MS, MAX_SOURCE_PIXELS } from '../limits';

/** Room for the multipart boundaries and part headers around the files themselves. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface IngestLimits {
  maxUploadBytes: number;
}

/** A file written to disk but not yet accepted: it becomes media only once every file of the request is valid. */
export interface PendingFile {
  filename: string;
  partPath: string;
  storedName: string;
  mediaId: string;
  bytes: number;
  sha256: string;
}

export const fileTooLarge = (filename: string, limit: number) =>
  new EngineError(
    ErrorCode.fileTooLarge,
    {
      en: `"${filename}" is larger than the ${formatBytes(limit)} upload limit. Compress it or trim it, then upload again.`,
      zh: `“${filename}”超过了 ${formatBytes(limit)} 的上传上限。请压缩或剪短后重新上传。`,
    },
  );

/** The whole request is over the limit (what it holds is not known yet). */
const uploadTooLarge = (limit: number) =>
  new EngineError(ErrorCode.fileTooLarge, {
    en: `The upload is larger than the ${formatBytes(limit)} upload limit. Compress or trim the files, or upload them in several goes.`,
    zh: `这次上传超过了 ${formatBytes(limit)} 的上限。请压缩或剪短文件，或者分几次上传。`,
  });

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Keeps only a plain base name: user file names are shown, never used as paths. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = keepExtension(base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim(), 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'upload';
}

/** Shortens a name to `max` characters from the middle of its stem: the extension says what the file is. */
function keepExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return [...name.slice(0, name.length - ext.length)].slice(0, max - ext.length).join('') + ext;
}

export function newPendingFile(store: Store, filename: string): PendingFile {
  const mediaId = `med_${randomBytes(10).toString('hex')}`;
  // The name's extension is kept only as a hint for ffmpeg's format guess; what the file is comes from its content.
  const ext = /\.([a-z0-9]{1,8})$/.exec(filename.toLowerCase())?.[1] ?? 'bin';
  const storedName = `${mediaId}.${ext}`;
  return { filename, mediaId, storedName, partPath: `${store.mediaDir}/${storedName}.part`, bytes: 0, sha256: '' };
}

/** Streams one source to a `.part` file, hashing on the way; never holds the file in memory. */
export async function writeStreamed(source: Readable, pending: PendingFile): Promise<void> {
  const hash = createHash('sha256');
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      pending.bytes += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(source, counter, createWriteStream(pending.partPath, { mode: 0o600 }));
  pending.sha256 = hash.digest('hex');
}

/** Receives `multipart/form-data` uploads (`files` fields), streamed to disk. */
export async function receiveMultipart(req: IncomingMessage, store: Store, limits: IngestLimits): Promise<PendingFile[]> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxUploadBytes + MULTIPART_OVERHEAD) {
    throw uploadTooLarge(limits.maxUploadBytes);
  }
  const pending: PendingFile[] = [];
  const writes: Promise<void>[] = [];
  let failure: EngineError | undefined;
  let parser: busboy.Busboy;
  try {
    // Browsers and our client send names as UTF-8 bytes; busboy's default (latin1) would turn Démo into DÃ©mo.
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: limits.maxUploadBytes, files: MAX_FILES_PER_UPLOAD } });
  } catch {
    throw new EngineError(400, { en: 'Expected a multipart/form-data upload with one or more "files" fields.', zh: '上传应为 multipart/form-data，含一个或多个 “files” 字段。' });
  }
  parser.on('file', (_field, stream, info) => {
    const filename = cleanFileName(info.filename ?? '');
    if (failure) {
      stream.resume();
      return;
    }
    const file = newPendingFile(store, filename);
    pending.push(file);
    stream.on('limit', () => (failure ??= fileTooLarge(filename, limits.maxUploadBytes)));
    writes.push(writeStreamed(stream, file));
  });
  parser.on('filesLimit', () => {
    failure ??= new EngineError(400, {
      en: `One upload holds at most ${MAX_FILES_PER_UPLOAD} files; this one had more, so none was kept. Upload them in several goes.`,
      zh: `一次上传最多 ${MAX_FILES_PER_UPLOAD} 个文件；这次更多，所以一个都没有保留。请分几次上传。`,
    });
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    req.on('aborted', () => reject(new EngineError(400, { en: 'The upload was interrupted.', zh: '上传被中断了。' })));
  });
  // The whole request counts, declared or not: a chunked body of many files just under the per-file limit is cut off too.
  let received = 0;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limits.maxUploadBytes + MULTIPART_OVERHEAD || parser.destroyed) return;
    failure = uploadTooLarge(limits.maxUploadBytes);
    req.unpipe(parser);
    parser.destroy(failure);
  });
  req.pipe(parser);
  try {
    await finished;
    await Promise.all(writes);
    if (failure) throw failure;
    if (pending.length === 0) throw new EngineError(400, { en: 'The upload contained no files.', zh: '这次上传没有包含文件。' });
    return pending;
  } catch (error) {
    await Promise.allSettled(writes);
    await discard(store, pending);
    throw error instanceof EngineError ? error : new EngineError(400, { en: 'The upload could not be read.', zh: '无法读取这次上传。' });
  }
}

export function discard(store: Store, files: PendingFile[]): Promise<unknown> {
  return Promise.all(files.map((file) => store.removeFile(file.partPath)));
}

/** Sizes and lengths the engine can work with (a 2-hour limit and 8K-class pictures), said before any work. */
function checkLimits(file: PendingFile, facts: MediaFacts): void {
  const pixels = (facts.width ?? 0) * (facts.height ?? 0);
  if (pixels > MAX_SOURCE_PIXELS) {
    throw new EngineError(ErrorCode.fileTooLarge, {
      en: `"${file.filename}" is ${facts.width}x${facts.height}: pictures and video up to ${MAX_SOURCE_PIXELS / 1e6} megapixels are accepted (8K is 33). Scale it down and upload again.`,
      zh: `“${file.filename}”是 ${facts.width}x${facts.height}：图片和视频最多接受 ${MAX_SOURCE_PIXELS / 1e6} 百万像素（8K 是 33）。请缩小后重新上传。`,
    });
  }
  if ((facts.durationMs ?? 0) > MAX_MEDIA_MS) {
    throw new EngineError(ErrorCode.fileTooLarge, {
      en: `"${file.filename}" lasts ${Math.round((facts.durationMs ?? 0) / 60_000)} minutes: media up to ${MAX_MEDIA_MS / 3600_000} hours is accepted. Trim it and upload again.`,
      zh: `“${file.filename}”长 ${Math.round((facts.durationMs ?? 0) / 60_000)} 分钟：素材最长接受 ${MAX_MEDIA_MS / 3600_000} 小时。请剪短后重新上传。`,
    });
  }
}

/**
 * Reads every received file by its content and turns them into media of the session; on any failure none is kept.
 * Each read runs in an ffmpeg slot: twenty uploads at once do not start twenty decoders.
 */
export async function acceptFiles(store: Store, session: SessionRecord, files: PendingFile[], tools: InspectTools): Promise<MediaRecord[]> {
  try {
    const facts: MediaFacts[] = [];
    for (const file of files) {
      const read = await ffmpegSlots.run(() => inspectMedia(tools, file.partPath, file, store.cacheDir));
      checkLimits(file, read);
      facts.push(read);
    }
    const records: MediaRecord[] = [];
    for (const [index, file] of files.entries()) {
      await rename(file.partPath, `${store.mediaDir}/${file.storedName}`);
      const record: MediaRecord = {
        mediaId: file.mediaId,
        userId: session.userId,
        sessionId: session.sessionId,
        filename: file.filename,
        storedName: file.storedName,
        bytes: file.bytes,
        sha256: file.sha256,
        ...facts[index],
        createdAt: new Date().toISOString(),
      };
      await store.saveMedia(record);
      records.push(record);
    }
    return records;
  } catch (error) {
    await discard(store, files);
    throw error;
  }
}

/** A media item as the protocol tells of it; its notes in the language of whoever asked. */
export function toUploadedFile(media: MediaRecord, baseUrl: string, lang: Lang): UploadedFile {
  return {
    id: media.mediaId,
    filename: media.filename,
    file_type: media.fileType,
    cdn_url: `${baseUrl}/api/media/${media.mediaId}`,
    duration: media.durationMs === null ? null : media.durationMs / 1000,
    width: media.width,
    height: media.height,
    fps: media.fps,
    hash: media.sha256,
    ...(media.notes?.length ? { notes: media.notes.map((note) => inLanguage(note, lang)) } : {}),
  };
}
