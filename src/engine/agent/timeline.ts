import { TrackType, type CutRange, type Draft, type Segment, type Track } from '../../protocol';

/** The length of the intro or outro card, 0 when there is none: the footage starts after the intro. */
export const cardMs = (draft: Draft, kind: 'intro' | 'outro'): number => draft.m?.[kind]?.d ?? 0;

/**
 * A cut's stretch in timeline times. "The last 10 seconds" (from_end) count back from where the footage ends, before
 * the outro card: the card is no footage, and stays after the cut.
 */
export function cutStretch(draft: Draft, cut: CutRange): { start: number; end: number } {
  if (!cut.from_end) return { start: cut.start_ms, end: cut.end_ms };
  return { start: footageEndMs(draft) - cut.start_ms, end: footageEndMs(draft) - cut.end_ms };
}

/** Where the footage ends on the timeline: before the outro card, if there is one. */
export const footageEndMs = (draft: Draft): number => (draft.d ?? 0) - cardMs(draft, 'outro');

/** The draft's video segments in timeline order (the user's "moments", numbered from 1). */
export function videoSegments(draft: Draft): Segment[] {
  return segmentsOf(draft, TrackType.video);
}

export function textSegments(draft: Draft): Segment[] {
  return segmentsOf(draft, TrackType.text);
}

export function musicSegments(draft: Draft): Segment[] {
  return segmentsOf(draft, TrackType.audio);
}

function segmentsOf(draft: Draft, type: number): Segment[] {
  return draft.t
    .filter((track) => track.tt === type)
    .flatMap((track) => track.sg)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
}

/** Replaces one track type's segments (dropping the track when empty), keeping every other track as it was. */
export function withTrack(draft: Draft, type: number, segments: Segment[]): Draft {
  const index = draft.t.findIndex((track) => track.tt === type);
  const others = draft.t.filter((track) => track.tt !== type);
  if (segments.length === 0) return { ...draft, t: others };
  const existing = index >= 0 ? draft.t[index] : undefined;
  const track: Track = { ...(existing ?? {}), tt: type, sg: segments };
  const tracks = [...draft.t];
  if (index >= 0) tracks[index] = track;
  else tracks.push(track);
  return { ...draft, t: tracks.filter((t) => t === track || t.tt !== type) };
}

/**
 * Lays the video segments end to end (after the intro card, before the outro card), then fits the other tracks to the new length: music spans the whole clip,
 * texts past the end are dropped or shortened. (A crossfade does not change the layout: the renderer blends into
 * footage just after each segment's out point, so every segment still starts at its `at`.)
 */
export function relayout(draft: Draft, video: Segment[]): Draft {
  let at = cardMs(draft, 'intro');
  const laid = video.map((segment) => {
    const start = at;
    at += segment.d ?? 0;
    return { ...segment, at: start };
  });
  const end = laid.length ? at + cardMs(draft, 'outro') : 0;
  let next = withTrack({ ...draft, d: end }, TrackType.video, laid);
  next = withTrack(next, TrackType.audio, musicSegments(next).map((music) => ({ ...music, at: 0, d: end })));
  const texts = textSegments(next)
    .filter((text) => end === 0 || (text.at ?? 0) < end)
    .map((text) => (end > 0 && (text.at ?? 0) + (text.d ?? 0) > end ? { ...text, d: end - (text.at ?? 0) } : text));
  return withTrack(next, TrackType.text, texts);
}

export const sourceSpan = (segment: Segment): number => (segment.d ?? 0) * (segment.m?.speed ?? 1);
