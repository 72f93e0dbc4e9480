import { EventEmitter, once } from 'node:events';
import { chmod, rename, rm } from 'node:fs/promises';
import type { EngineConfig } from '../config';
import type { RenderRecord } from '../store/records';
import { scratchFolder } from '../store/scratch';
import type { Store } from '../store/store';
import { BilingualError, sizeOf, type Bilingual } from '../../protocol';
import { progressMs, type runTool } from '../tools/runTool';
import { checkVideoTrack } from './checkOutput';
import { parseIntegratedLoudness } from './loudness';
import { PREVIEW_ID_PREFIX, renderPreview } from './previewRender';
import { PreviewProxies } from './previewProxies';
import { measureCommand, paletteCommand, renderCommand } from './renderGraph';
import { renderPlan } from './renderPlan';

const PROGRESS_SAVE_INTERVAL_MS = 2000;
/** How long a cancel waits for a killed render to clean up before it answers anyway. */
const CANCEL_SETTLE_MS = 5000;
/** The abort reason of a user's cancel, told apart from a shutdown's. */
const CANCELLED = new Error('cancelled');

/**
 * Render jobs: a queue with at most `maxConcurrentRenders` ffmpeg processes, progress from ffmpeg's `-progress`
 * output, cancellation that kills ffmpeg and removes the partial file.
 */
export class RenderJobs {
  private readonly queue: string[] = [];
  private readonly running = new Map<string, AbortController>();
  /** Live progress, newer than what is on disk (saved at most every couple of seconds). */
  private readonly progress = new Map<string, number>();
  /** Emits a render's id when it has ended, however it ended. */
  private readonly ended = new EventEmitter().setMaxListeners(0);

  /** The footage stand-ins of previews, made in the background (previewProxies.ts). */
  private readonly proxies: PreviewProxies;
  /** The loudness of each session's last preview mix: the next one's guess (previewRender.ts). */
  private readonly previewLoudness = new Map<string, number>();

  /** `tool` runs the renders' ffmpeg (runTool, unless the engine was started with another). */
  constructor(private readonly store: Store, private readonly config: EngineConfig, private readonly tool: typeof runTool) {
    this.proxies = new PreviewProxies({ ffmpeg: config.ffmpeg, tool, cacheDir: store.cacheDir });
  }

  /** Jobs that were queued or running when the engine last stopped cannot be trusted: they failed. */
  async recover(): Promise<void> {
    for (const record of await this.store.allRenders()) {
      if (record.status !== 'pending' && record.status !== 'processing') continue;
      record.status = 'failed';
      record.error = {
        en: 'interrupted: the engine stopped before this render finished. Export again.',
        zh: '中断了：这个渲染完成之前引擎停止了。请重新导出。',
      };
      record.completedAt = new Date().toISOString();
      await this.store.saveRender(record);
    }
  }

  async submit(record: RenderRecord): Promise<void> {
    await this.store.saveRender(record);
    this.queue.push(record.renderId);
    this.pump();
  }

  /** True while a render runs or waits: the engine must not stop then. */
  get busy(): boolean {
    return this.running.size > 0 || this.queue.length > 0;
  }

  /**
   * The record as it stands, with live progress while it runs. The live value is read before the record: a run
   * saves its ending before it drops its live value, so a record read after a missing live value is never an older
   * one than the last live value answered (a poll must not see 99 and then the 11 last saved to disk).
   */
  async current(renderId: string): Promise<RenderRecord | undefined> {
    const live = this.progress.get(renderId);
    const record = await this.store.render(renderId);
    return record?.status === 'processing' && live !== undefined ? { ...record, progress: live } : record;
  }

  /** Resolves once the render has ended (its record saved), or after `ms` if it is still queued or running then. */
  async settled(renderId: string, ms: number): Promise<void> {
    if (!this.running.has(renderId) && !this.queue.includes(renderId)) return;
    await once(this.ended, renderId, { signal: AbortSignal.timeout(ms) }).catch(() => undefined);
  }

  async cancel(record: RenderRecord): Promise<RenderRecord> {
    const index = this.queue.indexOf(record.renderId);
    if (index >= 0) {
      this.queue.splice(index, 1);
      this.ended.emit(record.renderId);
    }
    this.running.get(record.renderId)?.abort(CANCELLED);
    // Cancelled means nothing is left: the run kills ffmpeg and removes its partial file before it ends.
    await this.settled(record.renderId, CANCEL_SETTLE_MS);
    // As the run left it: one that finished before the cancel reached it stays completed.
    const current = (await this.store.render(record.renderId)) ?? record;
    if (current.status === 'pending' || current.status === 'processing') {
      current.status = 'cancelled';
      current.completedAt = new Date().toISOString();
      await this.store.saveRender(current);
    }
    return current;
  }

  /** Stops everything: running ffmpeg processes are killed (their partial files removed by `run`). */
  async shutdown(): Promise<void> {
    this.queue.length = 0;
    for (const controller of this.running.values()) controller.abort();
    await this.proxies.shutdown();
    while (this.running.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private pump(): void {
    while (this.running.size < this.config.maxConcurrentRenders && this.queue.length > 0) {
      const renderId = this.queue.shift() as string;
      const controller = new AbortController();
      this.running.set(renderId, controller);
      void this.run(renderId, controller.signal).finally(() => {
        this.running.delete(renderId);
        this.progress.delete(renderId);
        this.ended.emit(renderId);
        this.pump();
      });
    }
  }

  private async run(renderId: string, signal: AbortSignal): Promise<void> {
    const record = await this.store.render(renderId);
    if (!record || record.status !== 'pending') return;
    const extension = record.output.format;
    const finalPath = this.store.renderOutputPath(renderId, extension);
    const partPath = `${finalPath}.part`;
    const workDir = await scratchFolder(this.store.cacheDir, 'render-');
    let progressSaved = Promise.resolve();
    try {
      record.status = 'processing';
      await this.store.saveRender(record);
      const plan = await renderPlan(record.draft, sizeOf(record.output), async (src) => {
        const media = await this.store.media(src);
        return media && media.userId === record.userId ? { media, path: this.store.mediaPath(media) } : undefined;
      });
      const options = { ffmpeg: this.config.ffmpeg, preset: this.config.renderPreset, cacheDir: this.store.cacheDir, workDir };
      let lastSave = Date.now();
      const onProgress = (percent: number) => {
        this.progress.set(renderId, percent);
        if (!signal.aborted && Date.now() - lastSave > PROGRESS_SAVE_INTERVAL_MS) {
          lastSave = Date.now();
          progressSaved = this.store.saveRender({ ...record, progress: percent });
        }
      };
      if (renderId.startsWith(PREVIEW_ID_PREFIX)) {
        const loudness = {
          guess: this.previewLoudness.get(record.sessionId),
          heard: (lufs: number) => this.previewLoudness.set(record.sessionId, lufs),
        };
        await renderPreview(plan, record.output, { ...options, tool: this.tool, signal, outPath: partPath, onProgress, proxies: this.proxies, loudness });
      } else {
        const measure = await measureCommand(plan, record.output, options);
        signal.throwIfAborted(); // a cancel during planning must not start ffmpeg
        const mixLufs = measure && parseIntegratedLoudness((await this.tool(this.config.ffmpeg, measure, { signal, collectStdout: false })).stderr);
        const palette = await paletteCommand(plan, record.output, options);
        // A GIF's palette pass reads the whole clip as the render does, so it is the first half of the progress; ffmpeg
        // reports none while an output (the palette) has yet to start, so that half is said when it ends.
        const from = palette ? 50 : 0;
        if (palette) {
          await this.tool(this.config.ffmpeg, palette, { signal, collectStdout: false });
          onProgress(from);
        }
        const args = await renderCommand(plan, record.output, { ...options, outPath: partPath, mixLufs });
        await this.tool(this.config.ffmpeg, args, {
          signal,
          collectStdout: false,
          onStdoutLine: (line) => {
            const doneMs = progressMs(line);
            if (doneMs !== undefined) onProgress(Math.min(99, from + Math.floor((doneMs / plan.durationMs) * (100 - from))));
          },
        });
        // A preview needs no such check: each of its parts was checked, and they are joined by stream copy.
        await checkVideoTrack(this.config.ffprobe, partPath, plan.durationMs);
      }
      await chmod(partPath, 0o600);
      await rename(partPath, finalPath);
      Object.assign(record, { status: 'completed', progress: 100, outputName: `${renderId}.${extension}`, completedAt: new Date().toISOString() });
    } catch (error) {
      await this.store.removeFile(partPath);
      if (signal.aborted && signal.reason !== CANCELLED) return; // shutdown: recover() fails it at the next start
      // A cancel is saved again here: run's own save of 'processing' may have landed after cancel()'s.
      Object.assign(record, signal.aborted
        ? { status: 'cancelled' }
        : { status: 'failed', error: failureOf(error) });
      record.completedAt ??= new Date().toISOString();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    // A progress save still writing must not land over the ending.
    await progressSaved.catch(() => undefined);
    await this.store.saveRender(record);
  }
}

/** Why a render failed, in both languages: the engine's own reason (a draft it cannot draw), else the tool's last words. */
function failureOf(error: unknown): Bilingual {
  if (error instanceof BilingualError) return error.text;
  const detail = (error as Error).message;
  return { en: detail, zh: `本地引擎在渲染时出现了内部错误（${detail}）。` };
}
