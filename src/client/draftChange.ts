import { musicBedLabel, TrackType, type Draft, type Segment } from '../protocol';

const TRACK_NAMES: Record<number, string> = { [TrackType.video]: 'Video', [TrackType.audio]: 'Audio', [TrackType.text]: 'Text' };
const secs = (ms = 0) => `${(ms / 1000).toFixed(1).replace(/\.0$/, '')} s`;

function segmentsByType(draft: Draft | null | undefined): Map<number, Segment[]> {
  const map = new Map<number, Segment[]>();
  for (const track of draft?.t ?? []) map.set(track.tt, [...(map.get(track.tt) ?? []), ...track.sg]);
  return map;
}

/**
 * What changed between two drafts, in words: used when the cloud closes a chat stream without any text (about 30%
 * of edits), so the user is still told what happened. Works on any draft, including fields we do not know.
 */
export function describeDraftChange(before: Draft | null | undefined, after: Draft | null | undefined): string | undefined {
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return undefined;
  const changes: string[] = [];
  const old = segmentsByType(before);
  const now = segmentsByType(after);
  for (const type of new Set([...old.keys(), ...now.keys()])) {
    const name = TRACK_NAMES[type] ?? `Track ${type}`;
    const a = old.get(type) ?? [];
    const b = now.get(type) ?? [];
    const addedTexts = b.filter((s) => s.m?.text && !a.some((o) => o.m?.text === s.m?.text)).map((s) => `"${s.m?.text}"`);
    if (addedTexts.length) changes.push(`${name}: added ${addedTexts.join(', ')}`);
    else if (a.length !== b.length) changes.push(`${name}: ${a.length} → ${b.length} segments`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(`${name}: ${b.length} segment${b.length === 1 ? '' : 's'} updated`);
  }
  if ((before?.d ?? 0) !== (after?.d ?? 0)) changes.push(`length ${secs(before?.d)} → ${secs(after?.d)}`);
  const size = (d: Draft | null | undefined) => `${d?.m?.width ?? '?'}x${d?.m?.height ?? '?'}`;
  if (size(before) !== size(after)) changes.push(`frame ${size(before)} → ${size(after)}`);
  return changes.length ? `The timeline changed: ${changes.join('; ')}.` : 'The timeline changed.';
}

/** Every track in a few lines: "show tracks" / 状态 / "preview in timeline", for either backend's draft. */
export function describeTimeline(draft: Draft | null | undefined): string {
  const tracks = (draft?.t ?? []).filter((track) => track.sg.length > 0);
  if (tracks.length === 0) return 'The timeline is empty.';
  const lines = [`Timeline ${secs(draft?.d)}${draft?.m?.width ? `, ${draft.m.width}x${draft.m.height}` : ''}:`];
  for (const track of tracks) {
    const parts = track.sg.map((s) => {
      const label = s.m?.text ? `"${s.m.text}"` : musicBedLabel(s.src) ?? 'clip';
      const volume = s.m?.volume !== undefined && track.tt === TrackType.audio ? ` at ${Math.round(s.m.volume * 100)}%` : '';
      return `${label} ${secs(s.at)}–${secs((s.at ?? 0) + (s.d ?? 0))}${volume}`;
    });
    lines.push(`- ${TRACK_NAMES[track.tt] ?? `Track ${track.tt}`} (${parts.length}): ${parts.join(', ')}`);
  }
  return lines.join('\n');
}
