import {
  BilingualError, exportOutput, isExportable, uploadedFiles, videoFootageMs, type RenderOutput, type RenderStatus,
} from '../protocol';
import type { DemoClipClient } from './demoClipClient';
import { RenderEndedError } from './errors';
import { isLoopback } from './transport';

/**
 * A render that was asked for and whose file is not saved yet. The host keeps it (the extension in workspace state,
 * the CLI beside its store) until the file is saved, because the protocol says a client that quits mid-render finds
 * and finishes its renders at its next start.
 */
export interface RenderRecord {
  id: string;
  format: RenderOutput['format'];
  /** ISO-8601: progress says how long the render has run, across restarts too. */
  startedAt: string;
  /** Where the file goes, when that was known at the start (the CLI's -o); otherwise `saveAs` decides at the end. */
  out?: string;
}

/** Where a host keeps its unfinished renders. */
export interface RenderRecords {
  list(): Promise<readonly RenderRecord[]>;
  add(record: RenderRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Records for one run only, for a backend a later run could not ask about anyway. */
export class MemoryRenderRecords implements RenderRecords {
  private readonly records = new Map<string, RenderRecord>();
  async list(): Promise<readonly RenderRecord[]> {
    return [...this.records.values()];
  }
  async add(record: RenderRecord): Promise<void> {
    this.records.set(record.id, record);
  }
  async remove(id: string): Promise<void> {
    this.records.delete(id);
  }
}

export type ExportProgress =
  /** `nextCheckMs`: on a backend polled slowly (the cloud), when it is asked again; reported every second between polls. */
  | { phase: 'rendering'; status: RenderStatus; elapsedMs: number; nextCheckMs?: number }
  | { phase: 'downloading'; received: number; total?: number };

export interface FinishOptions {
  records: RenderRecords;
  /** Cancels: a render still running is cancelled on the backend, and a partial file is removed. */
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** The file to save the finished render as: the record's `out`, or a name picked now (the extension's new name). */
  saveAs: (record: RenderRecord) => Promise<string>;
}

export interface SavedClip {
  path: string;
  bytes: number;
  renderId: string;
}

/** Export was asked of an empty timeline; `footageMs` (0: none uploaded) is what could be made into a clip first. */
export class EmptyTimelineError extends BilingualError {
  constructor(readonly footageMs: number) {
    super({ en: 'There is no clip to export yet: the timeline is empty.', zh: '还没有可以导出的短片：时间线是空的。' });
    this.name = 'EmptyTimelineError';
  }
}

/**
 * How often a render's status is asked: the protocol polls the cloud every 30 s; the local engine answers at once,
 * so every second.
 */
export function pollIntervalMs(baseUrl: string): number {
  return isLoopback(baseUrl) ? 1000 : 30_000;
}

/**
 * Renders the session's draft and saves the file: read the draft, submit, keep a record until the file is saved,
 * poll, download. `out` is where the file goes when the caller knows it now.
 */
export async function exportSession(
  client: DemoClipClient, sessionId: string, output: RenderOutput, options: FinishOptions & { out?: string },
): Promise<SavedClip> {
  const { signal } = options;
  const { state } = await client.state(sessionId, { signal });
  const draft = state.draft;
  if (!draft || !isExportable(draft)) throw new EmptyTimelineError(videoFootageMs(uploadedFiles(state.video_infos)));
  const submitted = await client.submitRender(sessionId, draft, exportOutput(output, draft), { signal });
  const record: RenderRecord = { id: submitted.id, format: output.format, startedAt: new Date().toISOString(), ...(options.out ? { out: options.out } : {}) };
  await options.records.add(record);
  return finishRender(client, record, options);
}

/**
 * Waits for a recorded render and saves its file: the second half of an export, and all of resuming one that an
 * earlier run left. The record goes once the file is saved, or when the render can never be saved (it failed, or the
 * user cancelled); a lost connection keeps it for the next start.
 */
export async function finishRender(client: DemoClipClient, record: RenderRecord, options: FinishOptions): Promise<SavedClip> {
  const { signal, records } = options;
  const done = await waitWithProgress(client, record, options).catch(async (error: unknown) => {
    if (signal?.aborted) await client.cancelRender(record.id).catch(() => undefined);
    if (signal?.aborted || error instanceof RenderEndedError) await records.remove(record.id);
    throw error;
  });
  const path = await options.saveAs(record);
  // Streamed to a .part file beside `path`, which a failed or cancelled download removes.
  const bytes = await client.download(done, path, {
    signal,
    onBytes: (received, total) => options.onProgress?.({ phase: 'downloading', received, total }),
  }).catch(async (error: unknown) => {
    if (signal?.aborted) await records.remove(record.id);
    throw error;
  });
  await records.remove(record.id);
  return { path, bytes, renderId: record.id };
}

async function waitWithProgress(client: DemoClipClient, record: RenderRecord, options: FinishOptions): Promise<RenderStatus> {
  const intervalMs = pollIntervalMs(client.baseUrl);
  const startedAt = Date.parse(record.startedAt);
  const slow = intervalMs > 1000;
  let last: { status: RenderStatus; nextCheckAt: number } | undefined;
  const show = () => {
    if (!last || last.status.status === 'completed') return;
    options.onProgress?.({
      phase: 'rendering', status: last.status, elapsedMs: Date.now() - startedAt, ...(slow ? { nextCheckMs: last.nextCheckAt - Date.now() } : {}),
    });
  };
  // Between the cloud's polls the clock still runs, so a long render never looks stuck.
  const ticker = slow ? setInterval(show, 1000) : undefined;
  try {
    return await client.waitForRender(record.id, {
      signal: options.signal,
      intervalMs,
      onProgress: (status) => {
        last = { status, nextCheckAt: Date.now() + intervalMs };
        show();
      },
    });
  } finally {
    clearInterval(ticker);
  }
}
