import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import {
  ACCEPTED_EXTENSIONS, acceptedFormatsText, AnonymousToken, Credits, ENGINE_KEY_HEADER, ErrorCode, fileTypeOf, MediaVisualsInfo, normalizeRenderStatus, pathOf, RENDER_STATE_NAMES, Routes,
  say, SessionInfo, SessionState, UploadResult, type ChatEvent, type Draft, type RenderOutput, type RenderStatus,
} from '../protocol';
import { DemoClipError, errorFromCode, ProtocolError, RateLimitedError, RenderEndedError, savingError, ServerError, TokenInvalidError, UnsupportedFileError } from './errors';
import { multipartBody } from './multipartBody';
import { readChatEvents } from './sseReader';
import { asConnectionError, failureOf, Transport, type TransportConfig } from './transport';

export interface ClientConfig extends TransportConfig {
  /** Per-install id for anonymous tokens (a UUID, at most 64 characters). */
  clientId: string;
  token?: string;
  /** False when the token came from the user (NEMO_TOKEN): it is theirs, and is not silently replaced. */
  renewableToken?: boolean;
  /**
   * The user id the token belongs to, remembered by the host from an earlier onToken (it is not a secret): after a
   * restart it still builds the registration link that 2001 owes an anonymous user.
   */
  userId?: string;
  /** Called when a new token was acquired, so the host can store it (SecretStorage, never settings). */
  onToken?: (token: AnonymousToken) => void;
  /** How long to wait on a 429 that names no Retry-After; the protocol says 30 s. */
  defaultRetryAfterMs?: number;
  /** Local engine only: the key from its store's owner record, which it asks for before issuing a token. */
  engineKey?: string;
}

export interface CallContext {
  signal?: AbortSignal;
}

export interface ChatOptions extends CallContext {
  /** No byte at all for this long (heartbeats included) means the connection is lost. */
  idleTimeoutMs?: number;
}

export interface WaitOptions extends CallContext {
  intervalMs?: number;
  onProgress?: (status: RenderStatus) => void;
  /** Give up on a render that has not finished after this long (default 60 minutes). */
  timeoutMs?: number;
}

const DEFAULT_RENDER_TIMEOUT_MS = 60 * 60_000;
/** The pause between asks for a preview: the engine holds each ask up to a second while the preview renders. */
const PREVIEW_POLL_MS = 50;

const RenderEnvelopeData = z.unknown();
const DEFAULT_RETRY_AFTER_MS = 30_000;

/** The protocol client: one object per backend, the same code for the local engine and the cloud. */
export class DemoClipClient {
  private readonly transport: Transport;
  private token: string | undefined;
  private userId: string | undefined;

  constructor(private readonly config: ClientConfig) {
    this.transport = new Transport(config);
    this.token = config.token;
    this.userId = config.userId;
  }

  get baseUrl(): string {
    return this.config.baseUrl;
  }

  get hasToken(): boolean {
    return this.token !== undefined;
  }

  async acquireAnonymousToken(ctx: CallContext = {}): Promise<AnonymousToken> {
    const token = await this.transport.json(AnonymousToken, {
      method: 'POST',
      path: Routes.anonymousToken,
      headers: { 'x-client-id': this.config.clientId, ...(this.config.engineKey ? { [ENGINE_KEY_HEADER]: this.config.engineKey } : {}) },
      signal: ctx.signal,
    });
    this.token = token.token;
    this.userId = token.user_id;
    this.config.onToken?.(token);
    return token;
  }

  async ensureToken(ctx: CallContext = {}): Promise<void> {
    if (!this.token) await this.acquireAnonymousToken(ctx);
  }

  createSession(language = 'en', ctx: CallContext = {}): Promise<SessionInfo> {
    // One id for the call and its retries: a retried creation cannot make a second session.
    const headers = { 'x-request-id': randomUUID() };
    return this.withPolicy(ctx, (token) =>
      this.transport.json(SessionInfo, { method: 'POST', path: Routes.createSession, token, headers, body: { task_name: 'project', language }, signal: ctx.signal }),
    );
  }

  credits(ctx: CallContext = {}): Promise<Credits> {
    return this.withPolicy(ctx, (token) => this.transport.json(Credits, { method: 'GET', path: Routes.credits, token, signal: ctx.signal }));
  }

  state(sessionId: string, ctx: CallContext = {}): Promise<SessionState> {
    return this.withPolicy(ctx, (token) =>
      this.transport.json(SessionState, { method: 'GET', path: pathOf(Routes.state, { sessionId }), token, signal: ctx.signal }),
    );
  }

  /** Uploads files, streamed from disk; refuses unsupported types before sending anything. */
  async upload(sessionId: string, paths: string[], ctx: CallContext & { onProgress?: (sent: number, total: number) => void } = {}): Promise<UploadResult> {
    const unsupported = paths.find((path) => !fileTypeOf(path));
    if (unsupported) {
      const name = unsupported.split(/[\\/]/).pop();
      throw new UnsupportedFileError(say(this.transport.lang,
        `"${name}" is not a supported file type. Accepted formats: ${acceptedFormatsText()}.`,
        `不支持“${name}”这种文件类型。可接受的格式：${acceptedFormatsText(ACCEPTED_EXTENSIONS, 'zh')}。`), ErrorCode.unsupportedFile);
    }
    const requestId = randomUUID();
    return this.withPolicy(ctx, async (token) => {
      const body = await multipartBody(paths, ctx.onProgress);
      return this.transport.json(UploadResult, {
        method: 'POST', path: pathOf(Routes.upload, { sessionId }), token, signal: ctx.signal, rawBody: body.stream,
        headers: { 'content-type': body.contentType, 'content-length': String(body.length), 'x-request-id': requestId },
      });
    });
  }

  uploadUrls(sessionId: string, urls: string[], ctx: CallContext = {}): Promise<UploadResult> {
    const headers = { 'x-request-id': randomUUID() };
    return this.withPolicy(ctx, (token) =>
      this.transport.json(UploadResult, {
        method: 'POST', path: pathOf(Routes.upload, { sessionId }), token, headers, body: { urls, source_type: 'url' }, signal: ctx.signal,
      }),
    );
  }

  /**
   * Sends one chat message and yields what the backend does. Retries (429, token renewal) happen only before the
   * stream begins: once it has, the message is never sent again (the cloud would charge twice).
   */
  async *chat(sessionId: string, text: string, options: ChatOptions = {}): AsyncGenerator<ChatEvent> {
    const response = await this.withPolicy(options, async (token) => {
      const res = await this.transport.raw({
        method: 'POST', path: Routes.runSse, token, signal: options.signal, idleTimeoutMs: options.idleTimeoutMs ?? 120_000,
        headers: { accept: 'text/event-stream' },
        body: { app_name: 'nemo_agent', user_id: 'me', session_id: sessionId, new_message: { role: 'user', parts: [{ text }] } },
      });
      const type = String(res.headers['content-type'] ?? '');
      if (res.statusCode === 200 && type.startsWith('text/event-stream')) return res;
      throw await failureOf(res, this.transport.lang);
    });
    try {
      yield* readChatEvents(response.body, this.transport.lang);
    } catch (error) {
      throw asConnectionError(error, this.config.baseUrl, this.transport.lang);
    } finally {
      if (!response.body.destroyed) response.body.destroy();
    }
  }

  /** Submits a render; a render id is made here so that a retried submission cannot render twice. */
  async submitRender(sessionId: string, draft: Draft, output: RenderOutput, ctx: CallContext = {}): Promise<RenderStatus> {
    // The render id is made once per attempt and reused by that attempt's retries: the engine answers a repeated
    // id with the job it already made, so a retry never renders twice.
    const submit = (id: string) =>
      this.withPolicy(ctx, async (token) => {
        const data = await this.transport.json(RenderEnvelopeData, {
          method: 'POST', path: Routes.render, token, signal: ctx.signal, body: { id, sessionId, draft, output },
        });
        return this.toStatus(data, id);
      });
    try {
      return await submit(`render_${randomUUID()}`);
    } catch (error) {
      // The protocol: on a duplicate id, retry once with a new one.
      if (error instanceof ServerError && error.code === ErrorCode.conflict) return submit(`render_${randomUUID()}`);
      throw error;
    }
  }

  async renderStatus(renderId: string, ctx: CallContext = {}): Promise<RenderStatus> {
    return this.withPolicy(ctx, async (token) =>
      this.toStatus(await this.transport.json(RenderEnvelopeData, { method: 'GET', path: pathOf(Routes.renderStatus, { renderId }), token, signal: ctx.signal }), renderId),
    );
  }

  async cancelRender(renderId: string, ctx: CallContext = {}): Promise<RenderStatus> {
    return this.withPolicy(ctx, async (token) =>
      this.toStatus(await this.transport.json(RenderEnvelopeData, { method: 'POST', path: pathOf(Routes.renderCancel, { renderId }), token, signal: ctx.signal }), renderId),
    );
  }

  /**
   * Local engine only: has the engine render a 540p MP4 (H.264 + Opus, which webviews play) of the session's current
   * draft, or reuse one, and answers its address, signed for a `<video>` element that cannot send the token.
   * Asked often: after an edit the engine re-renders only what changed, often in well under a second.
   */
  async previewUrl(sessionId: string, options: WaitOptions = {}): Promise<string> {
    for (;;) {
      const status = await this.withPolicy(options, async (token) =>
        this.toStatus(await this.transport.json(RenderEnvelopeData, { method: 'POST', path: pathOf(Routes.preview, { sessionId }), token, signal: options.signal }), sessionId),
      );
      options.onProgress?.(status);
      if (status.status === 'completed' && status.outputUrl) return status.outputUrl;
      if (status.status === 'failed' || status.status === 'cancelled') {
        throw new RenderEndedError(say(this.transport.lang, `The preview failed${status.error ? `: ${status.error}` : '.'}`, `预览失败了${status.error ? `：${status.error}` : '。'}`), status.status);
      }
      await sleep(options.intervalMs ?? PREVIEW_POLL_MS, undefined, { signal: options.signal });
    }
  }

  /** Local engine only: a media item's waveform and thumbnail count (made on first request, then cached). */
  mediaVisuals(mediaId: string, ctx: CallContext = {}): Promise<MediaVisualsInfo> {
    return this.withPolicy(ctx, (token) =>
      this.transport.json(MediaVisualsInfo, { method: 'GET', path: pathOf(Routes.mediaVisuals, { mediaId }), token, signal: ctx.signal }),
    );
  }

  /** Local engine only: a media item's filmstrip JPEG (a few tens of KB: read whole, for the panel). */
  filmstrip(mediaId: string, ctx: CallContext = {}): Promise<Buffer> {
    return this.withPolicy(ctx, async (token) => {
      const res = await this.transport.raw({ method: 'GET', path: pathOf(Routes.filmstrip, { mediaId }), token, signal: ctx.signal });
      if (res.statusCode !== 200) throw await failureOf(res, this.transport.lang);
      return Buffer.from(await res.body.arrayBuffer());
    });
  }

  /** Polls until the render completes; throws with the server's reason when it fails or is cancelled. */
  async waitForRender(renderId: string, options: WaitOptions = {}): Promise<RenderStatus> {
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS);
    for (;;) {
      const status = await this.renderStatus(renderId, options);
      options.onProgress?.(status);
      if (status.status === 'completed') return status;
      if (status.status === 'failed' || status.status === 'cancelled') {
        const why = status.error ? say(this.transport.lang, `: ${status.error}`, `：${status.error}`) : say(this.transport.lang, '.', '。');
        throw new RenderEndedError(say(this.transport.lang, `The render ${status.status === 'failed' ? 'failed' : 'was cancelled'}${why}`,
          `渲染${RENDER_STATE_NAMES[status.status].zh}${why}`), status.status);
      }
      if (Date.now() >= deadline) {
        const minutes = Math.round((options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS) / 60_000);
        throw new ServerError(say(this.transport.lang,
          `The render has not finished after ${minutes > 0 ? `${minutes} min` : 'the time allowed'} (still ${status.status} at ${status.progress}%). It may be stuck: cancel it and export again.`,
          `渲染在${minutes > 0 ? ` ${minutes} 分钟` : '允许的时间'}内还没有完成（仍${RENDER_STATE_NAMES[status.status].zh}，进度 ${status.progress}%）。它可能卡住了：请取消后重新导出。`), 0);
      }
      await sleep(options.intervalMs ?? 1000, undefined, { signal: options.signal });
    }
  }

  /**
   * Downloads a finished render to `destination` (via a `.part` file, so a broken download never looks finished).
   * The token is sent only to the backend itself, never to another host such as a CDN.
   */
  async download(status: RenderStatus, destination: string, ctx: CallContext & { onBytes?: (received: number, total?: number) => void } = {}): Promise<number> {
    const url = new URL(status.outputUrl ?? pathOf(Routes.renderDownload, { renderId: status.id }), this.config.baseUrl);
    const sameOrigin = url.origin === new URL(this.config.baseUrl).origin;
    const response = await this.withPolicy(ctx, async (token) => {
      const res = await this.transport.raw({ method: 'GET', path: url.href, token: sameOrigin ? token : undefined, signal: ctx.signal });
      if (res.statusCode === 200) return res;
      throw await failureOf(res, this.transport.lang);
    });
    const total = Number(response.headers['content-length']) || undefined;
    let received = 0;
    const part = `${destination}.part`;
    const sink = createWriteStream(part);
    // A stream cut before the file finished opening still creates it when the open lands: removed after it has closed.
    const closed = new Promise<void>((resolve) => sink.once('close', () => resolve()));
    try {
      await pipeline(
        response.body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            received += chunk.length;
            ctx.onBytes?.(received, total);
            yield chunk;
          }
        },
        sink,
      );
      if (total !== undefined && received !== total) {
        throw new ProtocolError(say(this.transport.lang, `The download stopped at ${received} of ${total} bytes. Try again.`, `下载在 ${total} 字节中的第 ${received} 字节处停了。请重试。`), 0);
      }
      await rename(part, destination);
      return received;
    } catch (error) {
      // The first failure is the one to say: a path that could not take the .part cannot take its removal either.
      sink.destroy();
      await closed;
      await rm(part, { force: true }).catch(() => undefined);
      throw asConnectionError(savingError(error, destination, this.transport.lang), this.config.baseUrl, this.transport.lang);
    }
  }

  private toStatus(data: unknown, fallbackId: string): RenderStatus {
    const status = normalizeRenderStatus(data) ?? normalizeRenderStatus({ id: fallbackId, ...(data as object) });
    if (!status) throw new ProtocolError(say(this.transport.lang, 'The server sent a render status this version does not understand.', '服务器发来的渲染状态这个版本看不懂。'), 0);
    return status;
  }

  /** The protocol's retry rules: 429 waits and retries once; an invalid anonymous token is renewed once. */
  private async withPolicy<T>(ctx: CallContext, run: (token: string | undefined) => Promise<T>): Promise<T> {
    try {
      return await run(this.token);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        await sleep(error.retryAfterMs ?? this.config.defaultRetryAfterMs ?? DEFAULT_RETRY_AFTER_MS, undefined, { signal: ctx.signal });
        return run(this.token);
      }
      if (error instanceof TokenInvalidError && this.config.renewableToken !== false) {
        await this.acquireAnonymousToken(ctx);
        return run(this.token);
      }
      if (error instanceof DemoClipError && error.code === ErrorCode.outOfCredits && this.userId) {
        throw errorFromCode(error.code, { status: error.status, serverMessage: error.serverMessage, userId: this.userId, lang: this.transport.lang });
      }
      throw error;
    }
  }
}
