import { TrackType, type Draft } from '../../protocol';

export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1).replace(/\.0$/, '')} s`;

/** A one-line factual summary of the draft: what each track holds. */
export function describeDraft(draft: Draft): string {
  const names: Record<number, string> = { [TrackType.video]: 'video', [TrackType.audio]: 'audio', [TrackType.text]: 'text' };
  const tracks = [...draft.t]
    .sort((a, b) => (a.tt === TrackType.text ? 99 : a.tt) - (b.tt === TrackType.text ? 99 : b.tt))
    .filter((track) => track.sg.length > 0)
    .map((track) => `${names[track.tt] ?? `track ${track.tt}`}: ${plural(track.sg.length, 'segment')}`);
  return tracks.length ? `Timeline ${seconds(draft.d ?? 0)} — ${tracks.join(', ')}.` : 'The timeline is empty.';
}
