import { z } from 'zod';
import { Draft } from './draft';
import { say, type Bilingual, type Lang } from './language';
import { AUDIO_EXTENSIONS, CLOUD_AUDIO_EXTENSIONS, OUTPUT_FORMATS, RENDER_RESOLUTIONS } from './vocabulary';

/** Paths of the NemoVideo agent API, as `:name` patterns; both backends serve exactly these. */
export const Routes = {
  anonymousToken: '/api/auth/anonymous-token',
  createSession: '/api/tasks/me/with-session/nemo_agent',
  runSse: '/run_sse',
  upload: '/api/upload-video/nemo_agent/me/:sessionId',
  credits: '/api/credits/balance/simple',
  state: '/api/state/nemo_agent/me/:sessionId/latest',
  render: '/api/render/proxy/lambda',
  renderStatus: '/api/render/proxy/lambda/:renderId',
  renderCancel: '/api/render/proxy/lambda/:renderId/cancel',
  renderDownload: '/api/render/proxy/:renderId/download',
  /** Local engine only: a session's uploaded file, the `cdn_url` of an upload. */
  media: '/api/media/:mediaId',
  /** Local engine only: a media item's waveform and how many thumbnails its filmstrip has (MediaVisualsInfo). */
  mediaVisuals: '/api/media/:mediaId/visuals',
  /** Local engine only: a media item's filmstrip, one JPEG of FILMSTRIP_FRAMES thumbnails side by side. */
  filmstrip: '/api/media/:mediaId/filmstrip',
  /** Local engine only: POST renders a 540p WebM/Opus proxy of the session's draft, GET serves it (Range, `?t=`). */
  preview: '/api/preview/:sessionId',
  /** Local engine only: proves the engine at a port is the one its store's owner record names (HMAC of a nonce). */
  engineHello: '/api/engine/hello',
  /** Local engine only: a request a client holds open for as long as it uses the engine, which keeps it running. */
  engineAttach: '/api/engine/attach',
} as const;

/**
 * Local engine only: the per-start key from the store's owner record (readable by its OS user alone). Required to
 * get a token and to attach, so that only the user who owns the store can use its engine.
 */
export const ENGINE_KEY_HEADER = 'x-engine-key';

/** Fills a route pattern's `:name` parameters, URL-encoded. */
export function pathOf(route: string, params: Record<string, string> = {}): string {
  return route.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${route}`);
    return encodeURIComponent(value);
  });
}

/**
 * What the NemoVideo cloud takes (the seed's 13 formats). With the cloud backend, anything else is converted to MP4
 * on this machine before upload, or refused before a byte is sent.
 */
export const CLOUD_EXTENSIONS = {
  video: ['mp4', 'mov', 'avi', 'webm', 'mkv'],
  image: ['jpg', 'jpeg', 'png', 'gif', 'webp'],
  audio: CLOUD_AUDIO_EXTENSIONS,
} as const;

/**
 * What the Explorer menu, the upload picker and chat attachments offer: the cloud's formats and what common screen
 * recorders, cameras and phones write that ffmpeg 5.1 reads. Only a hint: the local engine decides what a file is
 * by its content (an animated .gif is footage, an .ogg may be Theora video or Vorbis audio). HEIC is not here:
 * ffmpeg reads HEIF stills only from 7.1 on.
 */
export const ACCEPTED_EXTENSIONS = {
  video: [...CLOUD_EXTENSIONS.video, 'ogv', 'ogg', 'm4v', 'ts', 'mts', 'm2ts', 'flv', 'wmv', '3gp'],
  image: [...CLOUD_EXTENSIONS.image, 'apng', 'avif'],
  audio: AUDIO_EXTENSIONS,
} as const;
export type FileType = keyof typeof ACCEPTED_EXTENSIONS;
/**
 * MPEG-TS's .ts and .mts are also TypeScript's: offered in the picker and to chat attachments, but not in the
 * Explorer menu and editor title of every source file.
 */
export const NOT_IN_MENUS: readonly string[] = ['ts', 'mts'];
type Extensions = Record<FileType, readonly string[]>;

/** The cloud's documented upload limit; the local engine's is configurable (tests use a small one). */
export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024;

const extensionOf = (fileName: string) => (/\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '');

/** The type a file's name suggests, among `accepted` (the broad list unless told); the engine checks the content. */
export function fileTypeOf(fileName: string, accepted: Extensions = ACCEPTED_EXTENSIONS): FileType | undefined {
  const ext = extensionOf(fileName);
  return (Object.keys(accepted) as FileType[]).find((type) => accepted[type].includes(ext));
}

/** Whether the cloud takes this file as it is. */
export const cloudTakes = (fileName: string): boolean => fileTypeOf(fileName, CLOUD_EXTENSIONS) !== undefined;

/** The extensions `accepted` (the broad list unless told), listed as `lang` lists things. */
export const acceptedFormatsText = (accepted: Extensions = ACCEPTED_EXTENSIONS, lang: Lang = 'en'): string => Object.values(accepted).flat().join(say(lang, ', ', '、'));

// ---- envelopes -------------------------------------------------------------------------------------------

/** `{"code":0,"message":"ok","data":{...}}` — every endpoint but render's. */
export const CodeEnvelope = z.looseObject({
  code: z.number(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

/** Render endpoints may answer `{"success":true,"data":{...}}` or `{"success":false,"error":"..."}`. */
export const SuccessEnvelope = z.looseObject({
  success: z.boolean(),
  data: z.unknown().optional(),
  error: z.string().optional(),
  code: z.number().optional(),
});

// ---- requests and responses ------------------------------------------------------------------------------

export const AnonymousToken = z.looseObject({
  token: z.string().min(1),
  user_id: z.string(),
  expires_at: z.string().optional(),
  credits: z.number().optional(),
});
export type AnonymousToken = z.infer<typeof AnonymousToken>;

export const CreateSessionRequest = z.object({
  task_name: z.string().min(1).max(200),
  language: z.string().max(16).optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

export const SessionInfo = z.looseObject({
  task_id: z.string().optional(),
  session_id: z.string().min(1),
  user_id: z.string().optional(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const RunSseRequest = z.object({
  app_name: z.string(),
  user_id: z.string(),
  session_id: z.string().min(1),
  new_message: z.object({
    role: z.literal('user'),
    parts: z.array(z.object({ text: z.string() })).min(1),
  }),
});
export type RunSseRequest = z.infer<typeof RunSseRequest>;

export const UploadUrlsRequest = z.object({
  urls: z.array(z.string()).min(1).max(20),
  source_type: z.literal('url'),
});
export type UploadUrlsRequest = z.infer<typeof UploadUrlsRequest>;

export const UploadedFile = z.looseObject({
  /** The local engine's media id; the cloud may omit it and refer to files by cdn_url. */
  id: z.string().optional(),
  filename: z.string(),
  file_type: z.enum(['video', 'image', 'audio']),
  cdn_url: z.string().optional(),
  duration: z.number().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  fps: z.number().nullable().optional(),
  hash: z.string().optional(),
  /** Local engine only: how the file was read, for the user (damage and how much was used, the sound track chosen). */
  notes: z.array(z.string()).optional(),
});
export type UploadedFile = z.infer<typeof UploadedFile>;

export const UploadResult = z.looseObject({
  files: z.array(UploadedFile),
  session_state_applied: z.boolean().optional(),
});
export type UploadResult = z.infer<typeof UploadResult>;

export const Credits = z.looseObject({
  available: z.number(),
  frozen: z.number().default(0),
  total: z.number(),
  /** Local engine only: it costs nothing, so there is no balance to run out of. */
  unlimited: z.boolean().optional(),
});
export type Credits = z.infer<typeof Credits>;

export const SessionState = z.looseObject({
  session_id: z.string(),
  task_id: z.string().optional(),
  task_name: z.string().optional(),
  state: z.looseObject({
    video_infos: z.array(UploadedFile.or(z.looseObject({}))).default([]),
    draft: Draft.nullable().optional(),
    canvas_config: z.looseObject({ width: z.number(), height: z.number() }).optional(),
    generated_media: z.array(z.unknown()).default([]),
  }),
});
export type SessionState = z.infer<typeof SessionState>;

const OutputFormat = z.enum(OUTPUT_FORMATS);
const OutputResolution = z.enum(RENDER_RESOLUTIONS);
export const RenderOutput = z.object({
  format: OutputFormat.default('mp4'),
  quality: z.enum(['low', 'medium', 'high']).default('high'),
  /** Absent: the draft's own canvas size (1920x1080 unless the draft says otherwise), or a GIF's own (`sizeOf`). */
  resolution: OutputResolution.optional(),
});
export type RenderOutput = z.infer<typeof RenderOutput>;

/**
 * The size a file is rendered at. A GIF goes in a README, a ticket or a chat, and at 1080p one weighs ~1 MB a second
 * (256 colours a frame compress badly), so unless a size is asked it is 540p: text stays readable, the file ~4x lighter.
 */
export const sizeOf = (output: RenderOutput): RenderOutput['resolution'] =>
  output.resolution ?? (output.format === 'gif' ? '540p' : undefined);

export const RenderRequest = z.object({
  id: z.string().min(1).max(100),
  sessionId: z.string().min(1),
  draft: Draft,
  output: RenderOutput.default({ format: 'mp4', quality: 'high' }),
});
export type RenderRequest = z.infer<typeof RenderRequest>;

export const RenderState = z.enum(['pending', 'processing', 'completed', 'failed', 'cancelled']);
export type RenderState = z.infer<typeof RenderState>;
/** A render's state as a person reads it (the English is the protocol's own word). */
export const RENDER_STATE_NAMES: Record<RenderState, Bilingual> = {
  pending: { en: 'pending', zh: '排队中' },
  processing: { en: 'processing', zh: '渲染中' },
  completed: { en: 'completed', zh: '已完成' },
  failed: { en: 'failed', zh: '失败了' },
  cancelled: { en: 'cancelled', zh: '已取消' },
};

/** Render status, first shape: `{"success":true,"data":{id,status,progress,outputUrl,...}}` (the local engine's). */
const RenderStatusData = z.looseObject({
  id: z.string(),
  status: RenderState,
  progress: z.number().min(0).max(100).default(0),
  outputUrl: z.string().nullable().optional(),
  error: z.string().nullable().optional(),
  createdAt: z.string().optional(),
  completedAt: z.string().nullable().optional(),
});

/** Render status, second shape: `{"taskId","status","progress","output":{url,duration,size}}`. */
const RenderStatusTask = z.looseObject({
  taskId: z.string(),
  status: RenderState,
  progress: z.number().min(0).max(100).default(0),
  output: z.looseObject({ url: z.string().optional(), duration: z.number().optional(), size: z.number().optional() })
    .nullable()
    .optional(),
  error: z.string().optional(),
});

/** What the client works with, whichever shape the server sent. */
export interface RenderStatus {
  id: string;
  status: RenderState;
  progress: number;
  outputUrl?: string;
  error?: string;
}

export function normalizeRenderStatus(payload: unknown): RenderStatus | undefined {
  const data = RenderStatusData.safeParse(payload);
  if (data.success) {
    const { id, status, progress, outputUrl, error } = data.data;
    return { id, status, progress, outputUrl: outputUrl ?? undefined, error: error ?? undefined };
  }
  const task = RenderStatusTask.safeParse(payload);
  if (task.success) {
    const { taskId, status, progress, output, error } = task.data;
    return { id: taskId, status, progress, outputUrl: output?.url, error };
  }
  return undefined;
}

/** Thumbnails in a media item's filmstrip, evenly over its length; and levels in its waveform. */
export const FILMSTRIP_FRAMES = 24;
export const WAVEFORM_PEAKS = 400;

/** Local engine only: what the panel draws a media item with (made once per file content, then cached). */
export const MediaVisualsInfo = z.object({
  /** How many thumbnails the filmstrip has: FILMSTRIP_FRAMES, or 0 when the file has no picture. */
  thumbnails: z.number().int().nonnegative(),
  /** Loudness over the file's length, evenly spaced, 0 (silence) to 1; empty when it has no sound. */
  peaks: z.array(z.number().min(0).max(1)),
});
export type MediaVisualsInfo = z.infer<typeof MediaVisualsInfo>;
