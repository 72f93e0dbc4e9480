import { musicBedLabel, say, TrackType, type Draft, type Lang, type Segment } from '../protocol';

const TRACK_NAMES: Record<Lang, Record<number, string>> = {
  en: { [TrackType.video]: 'Video', [TrackType.audio]: 'Audio', [TrackType.text]: 'Text' },
  zh: { [TrackType.video]: '视频', [TrackType.audio]: '音频', [TrackType.text]: '文字' },
};
const trackName = (type: number, lang: Lang) => TRACK_NAMES[lang][type] ?? say(lang, `Track ${type}`, `轨道 ${type}`);
const secs = (ms = 0, lang: Lang = 'en') => `${(ms / 1000).toFixed(1).replace(/\.0$/, '')}${say(lang, ' s', ' 秒')}`;
const quote = (text: string | undefined, lang: Lang) => say(lang, `"${text}"`, `“${text}”`);

function segmentsByType(draft: Draft | null | undefined): Map<number, Segment[]> {
  const map = new Map<number, Segment[]>();
  for (const track of draft?.t ?? []) map.set(track.tt, [...(map.get(track.tt) ?? []), ...track.sg]);
  return map;
}

/**
 * What changed between two drafts, in words: used when the cloud closes a chat stream without any text (about 30%
 * of edits), so the user is still told what happened. Works on any draft, including fields we do not know.
 */
export function describeDraftChange(before: Draft | null | undefined, after: Draft | null | undefined, lang: Lang = 'en'): string | undefined {
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return undefined;
  const changes: string[] = [];
  const old = segmentsByType(before);
  const now = segmentsByType(after);
  for (const type of new Set([...old.keys(), ...now.keys()])) {
    const name = trackName(type, lang);
    const a = old.get(type) ?? [];
    const b = now.get(type) ?? [];
    const addedTexts = b.filter((s) => s.m?.text && !a.some((o) => o.m?.text === s.m?.text)).map((s) => quote(s.m?.text, lang));
    if (addedTexts.length) changes.push(say(lang, `${name}: added ${addedTexts.join(', ')}`, `${name}：添加了${addedTexts.join('、')}`));
    else if (a.length !== b.length) changes.push(say(lang, `${name}: ${a.length} → ${b.length} segments`, `${name}：${a.length} → ${b.length} 段`));
    else if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(say(lang, `${name}: ${b.length} segment${b.length === 1 ? '' : 's'} updated`, `${name}：更新了 ${b.length} 段`));
  }
  if ((before?.d ?? 0) !== (after?.d ?? 0)) changes.push(say(lang, 'length', '时长') + ` ${secs(before?.d, lang)} → ${secs(after?.d, lang)}`);
  const size = (d: Draft | null | undefined) => `${d?.m?.width ?? '?'}x${d?.m?.height ?? '?'}`;
  // A new local draft names no frame until footage is laid out on it: the frame its footage chose is said alone.
  if (size(before) !== size(after)) changes.push(say(lang, 'frame', '画面') + ` ${before?.m?.width ? `${size(before)} → ` : ''}${size(after)}`);
  if (!changes.length) return say(lang, 'The timeline changed.', '时间线变了。');
  return say(lang, `The timeline changed: ${changes.join('; ')}.`, `时间线变了：${changes.join('；')}。`);
}

/** Every track in a few lines: "show tracks" / 状态 / "preview in timeline", for either backend's draft. */
export function describeTimeline(draft: Draft | null | undefined, lang: Lang = 'en'): string {
  const tracks = (draft?.t ?? []).filter((track) => track.sg.length > 0);
  if (tracks.length === 0) return say(lang, 'The timeline is empty.', '时间线是空的。');
  const frame = draft?.m?.width ? say(lang, `, ${draft.m.width}x${draft.m.height}`, `，${draft.m.width}x${draft.m.height}`) : '';
  const lines = [say(lang, `Timeline ${secs(draft?.d)}${frame}:`, `时间线 ${secs(draft?.d, lang)}${frame}：`)];
  for (const track of tracks) {
    const parts = track.sg.map((s) => {
      const label = s.m?.text ? quote(s.m.text, lang) : musicBedLabel(s.src, lang) ?? say(lang, 'clip', '片段');
      const volume = s.m?.volume !== undefined && track.tt === TrackType.audio ? say(lang, ` at ${Math.round(s.m.volume * 100)}%`, `，音量 ${Math.round(s.m.volume * 100)}%`) : '';
      return `${label} ${secs(s.at, lang)}–${secs((s.at ?? 0) + (s.d ?? 0), lang)}${volume}`;
    });
    lines.push(`- ${trackName(track.tt, lang)} (${parts.length}): ${parts.join(say(lang, ', ', '，'))}`);
  }
  return lines.join('\n');
}
