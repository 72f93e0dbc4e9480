import { z } from 'zod';

/** Track types (`tt`) of the draft. */
export const TrackType = { video: 0, audio: 1, text: 7 } as const;

/**
 * Segment metadata. Loose objects everywhere: the cloud's segment fields are not public, so the client keeps
 * every unknown field and sends the draft back untouched.
 */
export const SegmentMeta = z.looseObject({
  speed: z.number().positive().optional(),
  volume: z.number().min(0).optional(),
  duck: z.boolean().optional(),
  text: z.string().optional(),
  position: z.enum(['top', 'center', 'bottom']).optional(),
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

export const DraftMeta = z.looseObject({
  title: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  fps: z.number().positive().optional(),
});

export const Draft = z.looseObject({
  m: DraftMeta.optional(),
  d: z.number().nonnegative().optional(),
  t: z.array(Track).default([]),
});
export type Draft = z.infer<typeof Draft>;

/** A draft can be exported when at least one track has segments. */
export function isExportable(draft: Draft): boolean {
  return draft.t.some((track) => track.sg.length > 0);
}

export function emptyDraft(): Draft {
  return { m: { title: 'Demo', width: 1920, height: 1080, fps: 30 }, d: 0, t: [] };
}
