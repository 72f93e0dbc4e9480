import { TrackType, type Draft, type Segment, type Track } from '../../protocol';
import type { Moment } from '../analysis/chooseMoments';

/** Edits the executor hands to `applyEdit`: concrete, with everything resolved (moments already chosen). */
export type ResolvedEdit = { kind: 'set_video_moments'; moments: Moment[] };

/** Pure: returns a new draft with the edit applied; the input draft is not touched (undo keeps it). */
export function applyEdit(draft: Draft, edit: ResolvedEdit): Draft {
  switch (edit.kind) {
    case 'set_video_moments':
      return withVideoSegments(draft, toSegments(edit.moments));
  }
}

function toSegments(moments: Moment[]): Segment[] {
  let at = 0;
  return moments.map((moment) => {
    const d = moment.outMs - moment.inMs;
    const segment: Segment = { src: moment.src, in: moment.inMs, at, d, m: { speed: 1 } };
    at += d;
    return segment;
  });
}

function withVideoSegments(draft: Draft, segments: Segment[]): Draft {
  const others = draft.t.filter((track) => track.tt !== TrackType.video);
  const video: Track = { tt: TrackType.video, sg: segments };
  return { ...draft, d: timelineEnd(segments), t: [video, ...others] };
}

export function timelineEnd(segments: Segment[]): number {
  return segments.reduce((end, s) => Math.max(end, (s.at ?? 0) + (s.d ?? 0)), 0);
}
