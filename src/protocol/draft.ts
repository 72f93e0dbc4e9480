import { z } from 'zod';

/** Track types (`tt`) of the draft. */
export const TrackType = { video: 0, audio: 1, text: 7 } as const;

/** Fade in / out at the edges, ms: of a segment, or of the whole clip. */
const Fades = { fadeInMs: z.number().optional(), fadeOutMs: z.number().optional() };

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
  /** Audio and video: at the segment's edges. */
  ...Fades,
  /** Text: the words shown. */
  text: z.string().optional(),
  /** Text: "top" | "center" | "bottom". */
  position: z.string().optional(),
  /** Text: "title" | "caption" | "lower-third" (two lines: "Name, role" or "Name\nrole"). */
  style: z.string().optional(),
  /** Text: how it comes in and goes out, "fade" | "slide" (fades of `fadeInMs` / `fadeOutMs`, or a short default). */
  motion: z.string().optional(),
});

/**
 * Local engine: the recording set on a background, inset with padding, rounded corners and a soft shadow. Only
 * the local engine's own agent writes it; a cloud draft never has it (and a loose object sent back is kept).
 */
const Background = z.looseObject({
  /** `gradient:<name>` (built in, drawn at render time) or the media id of an uploaded image. */
  src: z.string(),
  /** Space around the recording, as a share of the frame's short side (default 0.06). */
  padding: z.number().optional(),
  /** Corner radius, as a share of the frame's short side (default 0.022). */
  radius: z.number().optional(),
  /** A soft shadow under the recording (default true). */
  shadow: z.boolean().optional(),
});

/** Local engine: a full-frame card before (intro) or after (outro) the footage; the timeline is longer by `d`. */
const Card = z.looseObject({
  text: z.string(),
  /** Length, ms. */
  d: z.number().nonnegative(),
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
  /** The whole clip, from / to black (and silence). */
  ...Fades,
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
  background: Background.optional(),
  intro: Card.optional(),
  outro: Card.optional(),
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

/**
 * A new session's draft names no frame: the first footage laid out on it chooses one (a phone recording held upright
 * makes a vertical clip), else it is the landscape of a screen recording (canvasOf).
 */
export function emptyDraft(): Draft {
  return { m: { title: 'Demo', fps: 30 }, d: 0, t: [] };
}

/** The frame a draft is made for: its own, else 1920x1080. */
export function canvasOf(draft: Draft): { width: number; height: number } {
  const size = (n: number | undefined, otherwise: number) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : otherwise);
  return { width: size(draft.m?.width, 1920), height: size(draft.m?.height, 1080) };
}

/** The short side of a draft's frame: its resolution (1080 for 1920x1080 or 1080x1920). */
export function shortSideOf(draft: Draft): number {
  const { width, height } = canvasOf(draft);
  return Math.min(width, height);
}
