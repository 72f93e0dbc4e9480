import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { ErrorCode, type UploadedFile } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { MediaRecord, SessionRecord } from '../store/records';
import type { Store } from '../store/store';
import { ffmpegSlots } from '../tools/slots';
import { inspectMedia, type InspectTools, type MediaFacts } from './inspect';

const MAX_FILES_PER_REQUEST = 20;

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
    `"${filename}" is larger than the ${formatBytes(limit)} upload limit. Compress it or trim it, then upload again.`,
  );

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Keeps only a plain base name: user file names are shown, never used as paths. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim().slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'upload';
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
  await pipeline(source, counter, createWriteStream(pending.partPath));
  pending.sha256 = hash.digest('hex');
}

/** Receives `multipart/form-data` uploads (`files` fields), streamed to disk. */
export async function receiveMultipart(req: IncomingMessage, store: Store, limits: IngestLimits): Promise<PendingFile[]> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxUploadBytes + 64 * 1024) {
    throw fileTooLarge('The upload', limits.maxUploadBytes);
  }
  const pending: PendingFile[] = [];
  const writes: Promise<void>[] = [];
  let failure: EngineError | undefined;
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { fileSize: limits.maxUploadBytes, files: MAX_FILES_PER_REQUEST } });
  } catch {
    throw new EngineError(400, 'Expected a multipart/form-data upload with one or more "files" fields.');
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
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    req.on('aborted', () => reject(new EngineError(400, 'The upload was interrupted.')));
  });
  req.pipe(parser);
  try {
    await finished;
    await Promise.all(writes);
    if (failure) throw failure;
    if (pending.length === 0) throw new EngineError(400, 'The upload contained no files.');
    return pending;
  } catch (error) {
    await Promise.allSettled(writes);
    await discard(store, pending);
    throw error instanceof EngineError ? error : new EngineError(400, 'The upload could not be read.');
  }
}

export function discard(store: Store, files: PendingFile[]): Promise<unknown> {
  return Promise.all(files.map((file) => store.removeFile(file.partPath)));
}

/**
 * Reads every received file by its content and turns them into media of the session; on any failure none is kept.
 * Each read runs in an ffmpeg slot: twenty uploads at once do not start twenty decoders.
 */
export async function acceptFiles(store: Store, session: SessionRecord, files: PendingFile[], tools: InspectTools): Promise<MediaRecord[]> {
  try {
    const facts: MediaFacts[] = [];
    for (const file of files) facts.push(await ffmpegSlots.run(() => inspectMedia(tools, file.partPath, file, store.cacheDir)));
    const records: MediaRecord[] = [];
    for (const [index, file] of files.entries()) {
      const { fileType, durationMs, width, height, fps, hasAudio, hasVideo, audioTracks, hdr, notes } = facts[index];
      await rename(file.partPath, `${store.mediaDir}/${file.storedName}`);
      const record: MediaRecord = {
        mediaId: file.mediaId,
        userId: session.userId,
        sessionId: session.sessionId,
        filename: file.filename,
        storedName: file.storedName,
        fileType,
        bytes: file.bytes,
        sha256: file.sha256,
        durationMs, width, height, fps, hasAudio, hasVideo, audioTracks, hdr, notes,
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

export function toUploadedFile(media: MediaRecord, baseUrl: string): UploadedFile {
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
    ...(media.notes?.length ? { notes: media.notes } : {}),
  };
}
