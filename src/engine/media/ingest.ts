import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { acceptedFormatsText, ErrorCode, fileTypeOf, type FileType, type UploadedFile } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { MediaRecord, SessionRecord } from '../store/records';
import type { Store } from '../store/store';
import { ToolError } from '../tools/runTool';
import { probeMedia, type ProbeResult } from './probe';
import { decodesToEnd } from './verifyDecodes';
import { ffmpegSlots } from '../tools/slots';
import { MAX_FILES_PER_UPLOAD, MAX_MEDIA_MS, MAX_SOURCE_PIXELS } from '../limits';

/** Room for the multipart boundaries and part headers around the files themselves. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface IngestLimits {
  maxUploadBytes: number;
}

/** A file written to disk but not yet accepted: it becomes media only once every file of the request is valid. */
export interface PendingFile {
  filename: string;
  fileType: FileType;
  partPath: string;
  storedName: string;
  mediaId: string;
  bytes: number;
  sha256: string;
}

export const unsupportedFile = (filename: string) =>
  new EngineError(ErrorCode.unsupportedFile, `"${filename}" is not a supported file type. Accepted formats: ${acceptedFormatsText()}.`);

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

export function newPendingFile(store: Store, filename: string, fileType: FileType): PendingFile {
  const mediaId = `med_${randomBytes(10).toString('hex')}`;
  const ext = filename.toLowerCase().split('.').pop() ?? 'bin';
  const storedName = `${mediaId}.${ext}`;
  return { filename, fileType, mediaId, storedName, partPath: `${store.mediaDir}/${storedName}.part`, bytes: 0, sha256: '' };
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
    throw fileTooLarge('The upload', limits.maxUploadBytes);
  }
  const pending: PendingFile[] = [];
  const writes: Promise<void>[] = [];
  let failure: EngineError | undefined;
  let parser: busboy.Busboy;
  try {
    // Browsers and our client send names as UTF-8 bytes; busboy's default (latin1) would turn Démo into DÃ©mo.
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: limits.maxUploadBytes, files: MAX_FILES_PER_UPLOAD } });
  } catch {
    throw new EngineError(400, 'Expected a multipart/form-data upload with one or more "files" fields.');
  }
  parser.on('file', (_field, stream, info) => {
    const filename = cleanFileName(info.filename ?? '');
    const fileType = fileTypeOf(filename);
    if (!fileType || failure) {
      failure ??= unsupportedFile(filename);
      stream.resume();
      return;
    }
    const file = newPendingFile(store, filename, fileType);
    pending.push(file);
    stream.on('limit', () => (failure ??= fileTooLarge(filename, limits.maxUploadBytes)));
    writes.push(writeStreamed(stream, file));
  });
  parser.on('filesLimit', () => {
    failure ??= new EngineError(400, `One upload holds at most ${MAX_FILES_PER_UPLOAD} files; this one had more, so none was kept. Upload them in several goes.`);
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    req.on('aborted', () => reject(new EngineError(400, 'The upload was interrupted.')));
  });
  // The whole request counts, declared or not: a chunked body of many files just under the per-file limit is cut off too.
  let received = 0;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limits.maxUploadBytes + MULTIPART_OVERHEAD || parser.destroyed) return;
    failure = fileTooLarge('The upload', limits.maxUploadBytes);
    req.unpipe(parser);
    parser.destroy(failure);
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

/** The type is checked by content: a renamed text file or a truncated video is refused here. */
function checkContent(file: PendingFile, probe: ProbeResult): void {
  const pixels = (probe.width ?? 0) * (probe.height ?? 0);
  if (pixels > MAX_SOURCE_PIXELS) {
    throw new EngineError(ErrorCode.fileTooLarge, `"${file.filename}" is ${probe.width}x${probe.height}: pictures and video up to ${MAX_SOURCE_PIXELS / 1e6} megapixels are accepted (8K is 33). Scale it down and upload again.`);
  }
  if ((probe.durationMs ?? 0) > MAX_MEDIA_MS) {
    throw new EngineError(ErrorCode.fileTooLarge, `"${file.filename}" lasts ${Math.round((probe.durationMs ?? 0) / 60_000)} minutes: media up to ${MAX_MEDIA_MS / 3600_000} hours is accepted. Trim it and upload again.`);
  }
  const ok =
    file.fileType === 'video' ? probe.hasVideo && !probe.isStill && (probe.durationMs ?? 0) > 0
    : file.fileType === 'image' ? probe.hasVideo
    : probe.hasAudio && (probe.durationMs ?? 0) > 0;
  if (!ok) throw unreadable(file.filename, file.fileType);
}

const unreadable = (filename: string, fileType: FileType) =>
  new EngineError(
    ErrorCode.unsupportedFile,
    `"${filename}" could not be read as ${fileType === 'image' ? 'an image' : `${fileType}`}: it may be corrupt or not really a ${fileType} file. Re-export it and upload again.`,
  );

/** Probes every received file and turns them into media of the session; on any failure none is kept. */
export async function acceptFiles(
  store: Store, session: SessionRecord, files: PendingFile[], tools: { ffmpeg: string; ffprobe: string },
): Promise<MediaRecord[]> {
  const { ffmpeg, ffprobe } = tools;
  try {
    const probes: ProbeResult[] = [];
    for (const file of files) {
      const probe = await ffmpegSlots.run(() => probeMedia(ffprobe, file.partPath)).catch((error: unknown) => {
        if (error instanceof ToolError) throw unreadable(file.filename, file.fileType);
        throw error;
      });
      checkContent(file, probe);
      if (!(await ffmpegSlots.run(() => decodesToEnd(ffmpeg, file.partPath, probe.isStill)))) throw unreadable(file.filename, file.fileType);
      probes.push(probe);
    }
    const records: MediaRecord[] = [];
    for (const [index, file] of files.entries()) {
      const probe = probes[index];
      await rename(file.partPath, `${store.mediaDir}/${file.storedName}`);
      const record: MediaRecord = {
        mediaId: file.mediaId,
        userId: session.userId,
        sessionId: session.sessionId,
        filename: file.filename,
        storedName: file.storedName,
        fileType: file.fileType,
        bytes: file.bytes,
        sha256: file.sha256,
        durationMs: probe.durationMs,
        width: probe.width,
        height: probe.height,
        fps: probe.fps,
        hasAudio: probe.hasAudio,
        hasVideo: probe.hasVideo,
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
  };
}
