/**
 * What one request or one job may cost the engine. Each bound is chosen to sit well above real use (a walkthrough
 * is minutes long, 4K at most) and far below what would exhaust a laptop: memory, the one render slot, the disk.
 */

/** A request body that sends nothing for this long is cut off (408), instead of holding its socket for minutes. */
export const BODY_IDLE_MS = 30_000;
/** JSON bodies (a draft, a chat message) are read whole: the biggest real draft is tens of KB. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** Files in one multipart upload; more is refused with a message, never dropped silently. */
export const MAX_FILES_PER_UPLOAD = 20;
/** Media longer than this is refused at upload: it bounds analysis cost (files whose last frame claims 10 h). */
export const MAX_MEDIA_MS = 3 * 3600_000;
/** A render longer than this would hold the render slot for hours. */
export const MAX_DRAFT_MS = 3 * 3600_000;
/** Output frame: 4K in any orientation fits with room; a 16384² canvas would allocate a gigabyte before failing. */
export const MAX_CANVAS_SIDE = 8192;
export const MAX_CANVAS_PIXELS = 4096 * 4096;
/** Pictures and video frames above this are refused at upload (8K is 33 MP; a 16000² PNG decodes into 800 MB). */
export const MAX_SOURCE_PIXELS = 40_000_000;
