import { z } from 'zod';

/** Track types (`tt`) of the draft. */
export const TrackType = { video: 0, audio: 1, text: 7 } as const;

/**
 * Segment metadata. Loose objects everywhere: the cloud's segment fields are not public, so the client keeps
 * every unknown field and sends the draft back untouched. Values are typed loosely for the same reason (a cloud
 * `position` we do not know must not make its draft unreadable); the local engine reads them as documented here.
 */
const SegmentMeta = z.looseObject({
  /** Video and audio: playback speed, 1 = normal (timeline duration `d` = source duration / speed). */
  speed: z.number().optional(),
  /** Audio (music, or a video's own sound): gain, 1 = as is, 0.35 = 35 %. */
  volume: z.number().optional(),
  /** Music: lowered under speech (sidechain ducking). */
  duck: z.boolean().optional(),
  /** Audio and video: fade in / out at the segment's edges, ms. */
  fadeInMs: z.number().optional(),
  fadeOutMs: z.number().optional(),
  /** Text: the words shown. */
  text: z.string().optional(),
  /** Text: "top" | "center" | "bottom". */
  position: z.string().optional(),
  /** Text: "title" | "caption" | "lower-third". */
  style: z.string().optional(),
});

export const Segment = z.looseObject({
  /** Media id (local engine), `bgm:<name>` for built-in music, absent for text. */
  src: z.string().optional(),
  /** Start inside the source, ms. */
  in: z.number().nonnegative().optional(),
  /** Start on the timeline, ms. */
  at: z.number().nonnegative().optional(),
  /** Duration on the timeline, ms. */
  d: z.number().nonnegative().optional(),
  m: SegmentMeta.optional(),
});
export type Segment = z.infer<typeof Segment>;

export const Track = z.looseObject({
  tt: z.number().int(),
  sg: z.array(Segment).default([]),
});
export type Track = z.infer<typeof Track>;

/**
 * Local engine: a zoom onto part of a source, in the source's own time (ms) and pixels, so that it stays on the
 * action whatever moments are kept: the camera eases onto the rectangle at `in`, holds it, and eases back by `out`.
 */
export const Zoom = z.looseObject({
  src: z.string(),
  in: z.number().nonnegative(),
  out: z.number().nonnegative(),
  x: z.number().nonnegative(),
  y: z.number().nonnegative(),
  w: z.number().positive(),
  h: z.number().positive(),
});
export type Zoom = z.infer<typeof Zoom>;

/** Draft-wide settings; the canvas is the output frame (16:9 1920x1080, 9:16 1080x1920, 1:1, 4:5). */
const DraftMeta = z.looseObject({
  title: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  fps: z.number().optional(),
  /**
   * How footage of another shape fills the canvas: "blur" (blurred fill) | "letterbox" | "crop" (centre) |
   * "follow" (a crop window of the canvas's shape that follows the zooms' action).
   */
  fill: z.string().optional(),
  /** Fade of the whole clip from / to black (and silence), ms. */
  fadeInMs: z.number().optional(),
  fadeOutMs: z.number().optional(),
  /** Crossfade between consecutive video segments, ms (0 = hard cuts). */
  crossfadeMs: z.number().optional(),
  /** Gain of the footage's own sound: 0 mutes it; 1 keeps it as recorded. */
  sourceVolume: z.number().optional(),
  /** Local engine: "auto" plays the `zooms`; absent or "off" shows the whole frame. */
  zoom: z.string().optional(),
  /** Local engine: where the camera zooms, found in the frames (typing, pointer, clicks) or asked for. */
  zooms: z.array(Zoom).optional(),
  /** Local engine: the media ids a clip may use ("use only the second file"); all uploads when absent. */
  sources: z.array(z.string()).optional(),
});

export const Draft = z.looseObject({
  m: DraftMeta.optional(),
  d: z.number().nonnegative().optional(),
  t: z.array(Track).default([]),
});
export type Draft = z.infer<typeof Draft>;

/**
 * A draft can be exported when at least one track has segments and it has a length: music asked for before there
 * is a clip waits on a timeline of 0 s (a cloud draft may name no length at all).
 */
export function isExportable(draft: Draft): boolean {
  return draft.t.some((track) => track.sg.length > 0) && draft.d !== 0;
}

export function emptyDraft(): Draft {
  return { m: { title: 'Demo', width: 1920, height: 1080, fps: 30 }, d: 0, t: [] };
}
