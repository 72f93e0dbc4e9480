import { type EditOp, outputLabel, TrackType, type Draft, say, type Lang } from '../../protocol';

/** "3 moments" / "3 个片段": the Chinese noun takes a measure word and no plural. */
export const plural = (count: number, noun: string, lang: Lang = 'en', zhNoun = noun): string =>
  say(lang, `${count} ${noun}${count === 1 ? '' : 's'}`, `${count} 个${zhNoun}`);

/** A volume as people read it: 0.35 → "35 %" (none said: as recorded, 100 %). */
export const percent = (volume: number | undefined) => `${Math.round((volume ?? 1) * 100)} %`;

export const CARD_ZH = { intro: '片头', outro: '片尾' } as const;

/** The file an export makes, as the replies name it ("MP4 1080p"). */
export const exportLabel = (op: Extract<EditOp, { op: 'export' }>): string =>
  outputLabel({ format: op.format, quality: 'high', ...(op.resolution ? { resolution: op.resolution } : {}) });

export const seconds = (ms: number, lang: Lang = 'en'): string => {
  const value = (ms / 1000).toFixed(1).replace(/\.0$/, '');
  return say(lang, `${value} s`, `${value} 秒`);
};

/** A one-line factual summary of the draft: what each track holds. */
export function describeDraft(draft: Draft, lang: Lang = 'en'): string {
  const names: Record<number, [string, string]> = { [TrackType.video]: ['video', '视频'], [TrackType.audio]: ['audio', '音频'], [TrackType.text]: ['text', '文字'] };
  const tracks = [...draft.t]
    .sort((a, b) => (a.tt === TrackType.text ? 99 : a.tt) - (b.tt === TrackType.text ? 99 : b.tt))
    .filter((track) => track.sg.length > 0)
    .map((track) => {
      const [en, zh] = names[track.tt] ?? [`track ${track.tt}`, `轨道 ${track.tt}`];
      return say(lang, `${en}: ${plural(track.sg.length, 'segment')}`, `${zh}：${track.sg.length} 段`);
    });
  if (!tracks.length) return say(lang, 'The timeline is empty.', '时间线是空的。');
  return say(lang, `Timeline ${seconds(draft.d ?? 0)} — ${tracks.join(', ')}.`, `时间线 ${seconds(draft.d ?? 0, lang)}——${tracks.join('，')}。`);
}
