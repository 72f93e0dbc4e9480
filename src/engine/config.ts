import { MAX_UPLOAD_BYTES } from '../protocol';
import { BODY_IDLE_MS } from './limits';

export interface EngineConfig {
  /** Folder that holds sessions, media and renders. */
  storeDir: string;
  /** 0 picks a free port. The engine always binds 127.0.0.1. */
  port: number;
  maxUploadBytes: number;
  /** SSE comment heartbeat interval; the protocol says 15 s. */
  keepaliveMs: number;
  ffmpeg: string;
  ffprobe: string;
  maxConcurrentRenders: number;
  /** Test-only: let URL uploads reach this machine (tests serve files on loopback). Never set in the product. */
  allowPrivateUrls: boolean;
  /** A request body idle this long is cut off (see limits.ts); tests shorten it. */
  bodyIdleMs: number;
  /** x264 preset of final renders; see bench/ for why. */
  renderPreset: string;
  /** Stop after this long with no client and no render (see lifetime.ts); 0 runs until closed. */
  idleExitMs: number;
}

export function engineConfig(overrides: Partial<EngineConfig> & Pick<EngineConfig, 'storeDir'>): EngineConfig {
  return {
    port: 0,
    maxUploadBytes: MAX_UPLOAD_BYTES,
    keepaliveMs: 15_000,
    ffmpeg: 'ffmpeg',
    ffprobe: 'ffprobe',
    maxConcurrentRenders: 1,
    allowPrivateUrls: false,
    renderPreset: 'veryfast',
    bodyIdleMs: BODY_IDLE_MS,
    idleExitMs: 0,
    ...overrides,
  };
}
