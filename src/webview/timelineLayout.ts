import { musicBedLabel, TrackType, type Draft, type Lang } from '../protocol';

export interface LaidSegment {
  /** Position and size as a percentage of the timeline's width. */
  left: number;
  width: number;
  label: string;
  title: string;
  /** Numbered from 1 in timeline order among its kind: how an EditOp names it ("moment 2", "text 1"). */
  index: number;
  /** Its kind and index ("video:2"): the same segment in every layout of the same draft. */
  key: string;
  atMs: number;
  durationMs: number;
  /** Where it starts in its source file, and how fast it plays it (video). */
  inMs: number;
  speed: number;
  src?: string;
  text?: string;
  volume?: number;
}

export interface Lane {
  kind: 'video' | 'audio' | 'text' | 'other';
  name: string;
  segments: LaidSegment[];
}

export interface TimelineLayout {
  durationMs: number;
  lanes: Lane[];
  /** Ruler marks: time in ms and position in %. */
  ticks: { ms: number; left: number; label: string }[];
}

const KINDS: Record<number, Lane['kind']> = { [TrackType.video]: 'video', [TrackType.audio]: 'audio', [TrackType.text]: 'text' };
/** The words a layout uses, in the panel's language: lane names, an unnamed clip, and the language of music beds. */
export interface LayoutWords {
  lanes: Record<Lane['kind'], string>;
  clip: string;
  lang: Lang;
}
const TICK_STEPS_MS = [1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000];

export const clock = (ms: number): string => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** A track type's segments across its tracks in timeline order: the engine numbers moments and texts this way. */
function timelineOrder(tracks: Draft['t'], type: number): Draft['t'][number]['sg'] {
  return tracks.filter((t) => t.tt === type).flatMap((t) => t.sg).sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
}

/** Lays a draft out for drawing: one lane per track, every segment to scale. Pure, so it is tested in Node. */
export function layoutTimeline(draft: Draft | null | undefined, words: LayoutWords, mediaNames: Record<string, string> = {}): TimelineLayout {
  const tracks = draft?.t ?? [];
  const end = Math.max(draft?.d ?? 0, ...tracks.flatMap((t) => t.sg.map((s) => (s.at ?? 0) + (s.d ?? 0))), 0);
  const span = end || 1;
  const pct = (ms: number) => Math.round((ms / span) * 10_000) / 100;
  const lanes = tracks.map((track): Lane => {
    const kind = KINDS[track.tt] ?? 'other';
    const order = timelineOrder(tracks, track.tt);
    return {
      kind,
      name: words.lanes[kind],
      segments: track.sg.map((s) => {
        const at = s.at ?? 0;
        const d = s.d ?? 0;
        const index = order.indexOf(s) + 1;
        const name = s.m?.text ?? (musicBedLabel(s.src, words.lang) ?? (s.src && mediaNames[s.src]) ?? words.clip);
        // Video segments are the "moments" users name by number ("remove moment 3").
        const label = kind === 'video' ? `#${index} ${name}` : name;
        const extra = s.m?.volume !== undefined && kind === 'audio' ? ` · ${Math.round(s.m.volume * 100)}%` : (s.m?.speed ?? 1) !== 1 ? ` · ${s.m?.speed}x` : '';
        return {
          left: pct(at), width: Math.max(pct(d), 0.5), label: `${label}${extra}`, title: `${label}${extra} · ${clock(at)}–${clock(at + d)}`,
          index, key: `${kind}:${index}`, atMs: at, durationMs: d, inMs: s.in ?? 0, speed: s.m?.speed ?? 1, src: s.src, text: s.m?.text, volume: s.m?.volume,
        };
      }),
    };
  });
  const step = TICK_STEPS_MS.find((s) => end / s <= 10) ?? TICK_STEPS_MS[TICK_STEPS_MS.length - 1];
  const ticks = end > 0 ? Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => ({ ms: i * step, left: pct(i * step), label: clock(i * step) })) : [];
  return { durationMs: end, lanes, ticks };
}
