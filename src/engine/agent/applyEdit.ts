import { BACKGROUNDS, canvasOf, cutLengthMs, type CutRange, gradientSrc, shortSideOf, MUSIC_BEDS, musicBedSrc, SHORTEST_MOMENT_MS, TrackType, type BackgroundName, type Draft, type EditOp, type Segment, type Zoom } from '../../protocol';
import { rezoom, withZooms } from './zoomEdits';
import type { Moment } from '../analysis/chooseMoments';
import type { PacedSpan } from '../analysis/idleSpeedup';
import { cardMs, cutStretch, footageEndMs, musicSegments, relayout, sourceSpan, textSegments, videoSegments, withTrack } from './timeline';

/** Edits resolved by the executor before they reach `applyEdit` (moments chosen, or idle stretches found, by analysis). */
export type ResolvedEdit = { kind: 'set_video_moments'; moments: Moment[] } | { kind: 'set_paced_spans'; spans: PacedSpan[] }
  | { kind: 'set_zooms'; zooms: Zoom[] };

/** What `applyEdit` may know of the session's uploads, to resolve file names; no I/O happens here. */
export interface MediaSummary {
  id: string;
  filename: string;
  fileType: 'video' | 'image' | 'audio';
  durationMs: number | null;
  width: number | null;
  height: number | null;
}

export interface EditContext {
  media: MediaSummary[];
}

/**
 * An edit that cannot apply to this draft ("remove moment 7" of 5): the reply says why, the draft stays. Said in both
 * languages: the reply picks the session's.
 */
export class EditError extends Error {
  constructor(message: string, readonly zh: string) {
    super(message);
  }
}

/** Edits that only the executor can carry out (analysis, undo history, export). */
export type DraftEditOp = Exclude<EditOp, { op: 'compile_best_moments' | 'remove_dead_air' | 'speed_up_idle' | 'zoom_at' | 'undo' | 'redo' | 'start_over' | 'show_tracks' | 'export' }>;

const SHORT_SIDE = { '720p': 720, '1080p': 1080, '4k': 2160 } as const;
const ASPECT_RATIO = { '16:9': [16, 9], '9:16': [9, 16], '1:1': [1, 1], '4:5': [4, 5] } as const;
const DEFAULT_TEXT_MS = 3000;
/** Footage at most this much wider than tall is square (a 1080x1060 crop); wider is landscape. */
const SQUARE_ENOUGH = 1.05;
const VOLUME_STEP = 1.4;

/** Pure: returns a new draft with the edit applied; the draft passed in is not touched (undo keeps it). */
export function applyEdit(draft: Draft, edit: DraftEditOp | ResolvedEdit, context: EditContext = { media: [] }): Draft {
  if ('kind' in edit) {
    if (edit.kind === 'set_zooms') return withZooms(draft, edit.zooms);
    return relayout(draft, edit.kind === 'set_video_moments' ? momentsToSegments(edit.moments) : pacedToSegments(edit.spans));
  }
  switch (edit.op) {
    case 'keep_everything': {
      const videos = selectedVideo(draft, context);
      return framedLikeFootage(relayout(draft, videos.map((media) => wholeFile(media))), videos);
    }
    case 'use_sources':
      return useSources(draft, edit.files, context);
    case 'set_aspect':
      return withCanvas(draft, edit.aspect, shortSideOf(draft), edit.fill ?? draft.m?.fill ?? 'blur');
    case 'set_fill':
      return { ...draft, m: { ...draft.m, fill: edit.fill } };
    case 'set_zoom':
      return rezoom(draft, edit.mode, context);
    case 'set_resolution':
      return withCanvas(draft, aspectOf(draft), SHORT_SIDE[edit.resolution], draft.m?.fill);
    case 'add_text':
      return withTrack(draft, TrackType.text, [...textSegments(draft), newText(draft, edit)].sort(byStart));
    case 'edit_text':
      return editText(draft, edit);
    case 'remove_text':
      return withTrack(draft, TrackType.text, edit.index === undefined ? [] : textSegments(draft).filter((_, i) => i !== textIndex(draft, edit.index)));
    case 'set_background':
      return { ...draft, m: { ...draft.m, background: { ...draft.m?.background, src: backgroundSource(edit.background, context) } } };
    case 'remove_background': {
      if (!draft.m?.background) throw new EditError('There is no background to remove: the recording already fills the frame.', '没有可以去掉的背景：画面本来就是全屏的。');
      const { background: _removed, ...meta } = draft.m;
      return { ...draft, m: meta };
    }
    case 'add_card':
      return withCards(draft, { ...draft.m, [edit.card]: { text: edit.text, d: edit.duration_ms } });
    case 'remove_card': {
      const kinds = edit.card ? [edit.card] : (['intro', 'outro'] as const);
      if (!kinds.some((kind) => draft.m?.[kind])) throw new EditError(`There is no ${edit.card ?? 'intro or outro'} card to remove.`, `没有可以去掉的${edit.card === 'outro' ? '片尾' : edit.card === 'intro' ? '片头' : '片头或片尾'}。`);
      const meta = { ...draft.m };
      for (const kind of kinds) delete meta[kind];
      return withCards(draft, meta);
    }
    case 'add_music':
      return withTrack(draft, TrackType.audio, [{
        src: musicSource(edit.track, context), in: 0, at: 0, d: draft.d ?? 0, m: { volume: round(edit.volume), duck: edit.duck },
      }]);
    case 'set_music_volume':
      return withMusic(draft, (m) => ({ ...m, volume: levelAfter(m.volume, edit) }));
    case 'set_ducking':
      return withMusic(draft, (m) => ({ ...m, duck: edit.duck }));
    case 'remove_music':
      if (musicSegments(draft).length === 0) throw new EditError('There is no background music to remove.', '没有可以去掉的背景音乐。');
      return withTrack(draft, TrackType.audio, []);
    case 'set_source_volume':
      return { ...draft, m: { ...draft.m, sourceVolume: levelAfter(draft.m?.sourceVolume, edit) } };
    case 'fade':
      return fade(draft, edit);
    case 'crossfade':
      return relayout({ ...draft, m: { ...draft.m, crossfadeMs: edit.ms } }, videoSegments(draft));
    case 'remove_moment': {
      const video = videoSegments(draft);
      const i = momentIndex(video, edit.index);
      return relayout(draft, video.filter((_, k) => k !== i));
    }
    case 'move_moment': {
      const video = videoSegments(draft);
      const from = momentIndex(video, edit.index);
      const to = Math.min(video.length, Math.max(1, edit.to)) - 1;
      const moved = video.filter((_, k) => k !== from);
      moved.splice(to, 0, video[from]);
      return relayout(draft, moved);
    }
    case 'trim_moment':
      return trimMoment(draft, edit);
    case 'set_moment_range':
      return setMomentRange(draft, edit, context);
    case 'cut_range':
      return cutRange(draft, edit);
    case 'set_speed':
      return setSpeed(draft, edit.factor, edit.index);
  }
}

const byStart = (a: Segment, b: Segment) => (a.at ?? 0) - (b.at ?? 0);
const round = (value: number) => Math.round(Math.min(2, Math.max(0, value)) * 100) / 100;

/**
 * The level a volume edit leaves: the one said, else a step quieter or louder than the level now (1, as recorded, when
 * none is set): "make the music quieter", "原声大一点".
 */
const levelAfter = (now: number | undefined, edit: { volume?: number; change?: 'quieter' | 'louder' }) =>
  round(edit.volume ?? (now ?? 1) * (edit.change === 'quieter' ? 1 / VOLUME_STEP : VOLUME_STEP));

function momentsToSegments(moments: Moment[]): Segment[] {
  return moments.map((moment) => ({ src: moment.src, in: moment.inMs, at: 0, d: moment.outMs - moment.inMs, m: { speed: 1 } }));
}

/** A sped-up span lasts its source length over its speed; a muted one plays with its own sound at 0. */
function pacedToSegments(spans: PacedSpan[]): Segment[] {
  return spans.map((span) => ({
    src: span.src, in: span.inMs, at: 0, d: Math.round((span.outMs - span.inMs) / span.speed),
    m: { speed: span.speed, ...(span.muted ? { volume: 0 } : {}) },
  }));
}

function wholeFile(media: MediaSummary): Segment {
  return { src: media.id, in: 0, at: 0, d: media.durationMs ?? 0, m: { speed: 1 } };
}

/** The videos a clip may use: those chosen with "use only …", or all of them. */
function selectedVideo(draft: Draft, context: EditContext): MediaSummary[] {
  const videos = context.media.filter((media) => media.fileType === 'video');
  const chosen = draft.m?.sources;
  return chosen ? videos.filter((media) => chosen.includes(media.id)) : videos;
}

/** "first", "2", "last", a file name (with or without its extension) → media ids of uploaded videos. */
function resolveSources(refs: string[], context: EditContext): MediaSummary[] {
  const videos = context.media.filter((media) => media.fileType === 'video');
  const words: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
  return refs.map((ref) => {
    const key = ref.toLowerCase();
    const position = key === 'last' || key === 'latest' ? videos.length : Number(key) || words[key];
    const found = position
      ? videos[position - 1]
      : videos.find((media) => media.filename.toLowerCase() === key || media.filename.toLowerCase().replace(/\.\w+$/, '') === key);
    if (!found) {
      const names = videos.map((media, i) => `${i + 1}. ${media.filename}`).join(', ') || 'none yet';
      throw new EditError(`I can't find the video "${ref}" in this session. Uploaded videos: ${names}.`, `这个会话里找不到视频“${ref}”。已上传的视频：${names}。`);
    }
    return found;
  });
}

function useSources(draft: Draft, refs: string[], context: EditContext): Draft {
  const chosen = resolveSources(refs, context);
  const ids = chosen.map((media) => media.id);
  const withSources: Draft = { ...draft, m: { ...draft.m, sources: ids } };
  const kept = videoSegments(draft).filter((segment) => ids.includes(segment.src ?? ''));
  return framedLikeFootage(relayout(withSources, kept.length > 0 ? kept : chosen.map((media) => wholeFile(media))), chosen);
}

function aspectOf(draft: Draft): keyof typeof ASPECT_RATIO {
  const { width, height } = canvasOf(draft);
  return nearestAspect(width, height);
}

function nearestAspect(width: number, height: number): keyof typeof ASPECT_RATIO {
  const ratio = width / height;
  const entries = Object.entries(ASPECT_RATIO) as [keyof typeof ASPECT_RATIO, readonly [number, number]][];
  return entries.reduce((best, [name, [w, h]]) => (Math.abs(w / h - ratio) < Math.abs(ASPECT_RATIO[best][0] / ASPECT_RATIO[best][1] - ratio) ? name : best), '16:9' as keyof typeof ASPECT_RATIO);
}

/**
 * A draft that names no frame yet (emptyDraft) takes one from the first footage laid out on it: its shape when every
 * video is upright or square (a phone recording held upright makes a vertical clip, not a narrow picture between wide
 * bars), else the 1920x1080 of a screen recording (any landscape footage, 4:3 too, which is nearer to square than to
 * 16:9; footage of mixed shapes). A frame already chosen ("make it 16:9" first) is kept.
 */
export function framedLikeFootage(draft: Draft, footage: readonly { width: number | null; height: number | null }[]): Draft {
  if (draft.m?.width !== undefined || draft.m?.height !== undefined) return draft;
  const shapeOf = (width: number, height: number) => (width > height * SQUARE_ENOUGH ? '16:9' : nearestAspect(width, height));
  const shapes = new Set(footage.flatMap(({ width, height }) => (width && height ? [shapeOf(width, height)] : [])));
  const [shape] = shapes.size === 1 ? shapes : ['16:9' as const];
  return withCanvas(draft, shape, SHORT_SIDE['1080p'], draft.m?.fill);
}

function withCanvas(draft: Draft, aspect: keyof typeof ASPECT_RATIO, short: number, fill: string | undefined): Draft {
  const [w, h] = ASPECT_RATIO[aspect];
  const even = (n: number) => Math.round(n / 2) * 2;
  const width = w >= h ? even((short * w) / h) : short;
  const height = w >= h ? short : even((short * h) / w);
  return { ...draft, m: { ...draft.m, width, height, ...(fill ? { fill } : {}) } };
}

function newText(draft: Draft, edit: Extract<EditOp, { op: 'add_text' }>): Segment {
  const total = draft.d ?? 0;
  const length = edit.duration_ms ?? (edit.end_ms !== undefined && edit.start_ms !== undefined ? edit.end_ms - edit.start_ms : DEFAULT_TEXT_MS);
  let at = edit.start_ms ?? (edit.anchor === 'end' ? Math.max(0, total - length) : 0);
  if (total > 0 && at >= total) throw new EditError(`The clip is only ${(total / 1000).toFixed(1)} s long, so a text can't start at ${(at / 1000).toFixed(1)} s.`, `视频只有 ${(total / 1000).toFixed(1)} 秒，文字不能从 ${(at / 1000).toFixed(1)} 秒开始。`);
  let d = edit.end_ms !== undefined ? edit.end_ms - at : length;
  if (total > 0) d = Math.min(d, total - at);
  at = Math.round(at);
  const position = edit.position ?? (edit.style === 'title' ? 'center' : 'bottom');
  return { at, d: Math.round(d), m: { text: edit.text, position, style: edit.style, ...(edit.motion ? { motion: edit.motion } : {}) } };
}

function textIndex(draft: Draft, index: number | undefined): number {
  const texts = textSegments(draft);
  if (texts.length === 0) throw new EditError('There is no text on the timeline yet.', '时间线上还没有文字。');
  const i = (index ?? texts.length) - 1;
  if (i < 0 || i >= texts.length) throw new EditError(`There is no text ${index}: the timeline has ${texts.length}.`, `没有第 ${index} 个文字：时间线上只有 ${texts.length} 个。`);
  return i;
}

function editText(draft: Draft, edit: Extract<EditOp, { op: 'edit_text' }>): Draft {
  const texts = textSegments(draft);
  const i = textIndex(draft, edit.index);
  const old = texts[i];
  const at = edit.start_ms ?? old.at ?? 0;
  const end = edit.end_ms ?? (edit.start_ms !== undefined ? at + (old.d ?? DEFAULT_TEXT_MS) : (old.at ?? 0) + (old.d ?? 0));
  if (end <= at) throw new EditError('A text must end after it starts.', '文字的结束时间必须晚于开始时间。');
  const updated: Segment = {
    ...old, at, d: end - at,
    m: { ...old.m, ...(edit.text ? { text: edit.text } : {}), ...(edit.position ? { position: edit.position } : {}) },
  };
  return withTrack(draft, TrackType.text, texts.map((t, k) => (k === i ? updated : t)).sort(byStart));
}

/** A built-in gradient by name, or an uploaded image by file name ("image": the latest one) → the draft's `src`. */
function backgroundSource(name: string, context: EditContext): string {
  const key = name.trim().toLowerCase();
  const builtIn = BACKGROUNDS.find((known) => known === key);
  if (builtIn) return gradientSrc(builtIn as BackgroundName);
  const images = context.media.filter((media) => media.fileType === 'image');
  const found = ['image', 'my image', 'last', 'latest'].includes(key)
    ? images[images.length - 1]
    : images.find((media) => media.filename.toLowerCase() === key || media.filename.toLowerCase().replace(/\.\w+$/, '') === key);
  if (!found) {
    const uploaded = images.map((media) => media.filename).join(', ');
    throw new EditError(
      `"${name}" is neither a built-in background (${BACKGROUNDS.join(', ')}) nor an uploaded image${uploaded ? ` (uploaded: ${uploaded})` : '; upload the picture first'}.`,
      `“${name}”既不是内置背景（${BACKGROUNDS.join('、')}），也不是已上传的图片${uploaded ? `（已上传：${uploaded}）` : '，请先上传图片'}。`);
  }
  return found.id;
}

/** New cards: the footage moves to start after the intro, and texts move with it. */
function withCards(draft: Draft, meta: NonNullable<Draft['m']>): Draft {
  const next: Draft = { ...draft, m: meta };
  const shift = cardMs(next, 'intro') - cardMs(draft, 'intro');
  const texts = textSegments(draft).map((text) => ({ ...text, at: Math.max(0, (text.at ?? 0) + shift) }));
  return relayout(withTrack(next, TrackType.text, texts), videoSegments(draft));
}

function musicSource(track: string, context: EditContext): string {
  const bed = track.toLowerCase().replace(/[^a-z]/g, '');
  const builtIn = MUSIC_BEDS.find((name) => name === bed);
  if (builtIn) return musicBedSrc(builtIn);
  const file = context.media.find((media) => media.fileType === 'audio' && media.filename.toLowerCase() === track.toLowerCase());
  if (!file) throw new EditError(`"${track}" is neither a built-in track (${MUSIC_BEDS.join(', ')}) nor an uploaded audio file.`, `“${track}”既不是内置音乐（${MUSIC_BEDS.join('、')}），也不是已上传的音频文件。`);
  return file.id;
}

function withMusic(draft: Draft, change: (m: NonNullable<Segment['m']>) => NonNullable<Segment['m']>): Draft {
  const music = musicSegments(draft);
  if (music.length === 0) throw new EditError('There is no background music yet. Say e.g. "add lo-fi BGM at 35%".', '还没有背景音乐。可以说“添加背景音乐，音量35%”。');
  return withTrack(draft, TrackType.audio, music.map((segment) => ({ ...segment, m: change(segment.m ?? {}) })));
}

function fade(draft: Draft, edit: Extract<EditOp, { op: 'fade' }>): Draft {
  const fades = { ...(edit.in_ms !== undefined ? { fadeInMs: edit.in_ms } : {}), ...(edit.out_ms !== undefined ? { fadeOutMs: edit.out_ms } : {}) };
  if (edit.target === 'music') return withMusic(draft, (m) => ({ ...m, ...fades }));
  return { ...draft, m: { ...draft.m, ...fades } };
}

function momentIndex(video: Segment[], index: number): number {
  if (video.length === 0) throw new EditError('The timeline has no moments yet. Ask me to trim the best moments first.', '时间线上还没有片段。先让我剪出精彩片段。');
  if (index < 1 || index > video.length) throw new EditError(`There is no moment ${index}: the clip has ${video.length}.`, `没有第 ${index} 段：视频只有 ${video.length} 段。`);
  return index - 1;
}

function trimMoment(draft: Draft, edit: Extract<EditOp, { op: 'trim_moment' }>): Draft {
  const video = videoSegments(draft);
  const i = momentIndex(video, edit.index);
  const old = video[i].d ?? 0;
  const d = edit.to_ms ?? old - (edit.by_ms ?? 0);
  if (d >= old) throw new EditError(`Moment ${edit.index} is ${(old / 1000).toFixed(1)} s long already.`, `第 ${edit.index} 段本来就是 ${(old / 1000).toFixed(1)} 秒。`);
  if (d < SHORTEST_MOMENT_MS) throw new EditError(`Moment ${edit.index} is ${(old / 1000).toFixed(1)} s long; that would leave less than half a second. Remove it instead?`, `第 ${edit.index} 段长 ${(old / 1000).toFixed(1)} 秒，这样会剩下不到半秒。要不直接删掉它？`);
  return relayout(draft, video.map((segment, k) => (k === i ? { ...segment, d } : segment)));
}

/** Both edges of a moment, in its source: what dragging a segment's edge in the panel sends. */
function setMomentRange(draft: Draft, edit: Extract<EditOp, { op: 'set_moment_range' }>, context: EditContext): Draft {
  const video = videoSegments(draft);
  const i = momentIndex(video, edit.index);
  const segment = video[i];
  const sourceMs = context.media.find((media) => media.id === segment.src)?.durationMs;
  if (edit.out_ms <= edit.in_ms) throw new EditError('A moment must end after it starts.', '片段的结束时间必须晚于开始时间。');
  if (sourceMs && edit.out_ms > sourceMs) {
    throw new EditError(`Moment ${edit.index}'s file is only ${(sourceMs / 1000).toFixed(1)} s long, so it can't play until ${(edit.out_ms / 1000).toFixed(1)} s.`,
      `第 ${edit.index} 段的文件只有 ${(sourceMs / 1000).toFixed(1)} 秒，不能播放到 ${(edit.out_ms / 1000).toFixed(1)} 秒。`);
  }
  const d = Math.round((edit.out_ms - edit.in_ms) / (segment.m?.speed ?? 1));
  if (d < SHORTEST_MOMENT_MS) throw new EditError(`That would leave moment ${edit.index} less than half a second long. Remove it instead?`, `这样第 ${edit.index} 段会不到半秒。要不直接删掉它？`);
  return relayout(draft, video.map((s, k) => (k === i ? { ...s, in: edit.in_ms, d } : s)));
}

/** Cuts [start, end) out of the timeline: segments inside go, segments across an edge are shortened or split. */
function cutRange(draft: Draft, cut: CutRange): Draft {
  const video = videoSegments(draft);
  const { start, end } = cutStretch(draft, cut);
  const long = ((draft.d ?? 0) / 1000).toFixed(1);
  if (start >= (draft.d ?? 0)) throw new EditError(`The clip is only ${long} s long.`, `视频只有 ${long} 秒长。`);
  // "cut the last 40 seconds" of 30 s of footage: all of it would go, which no one asks by its end. "From 40 s
  // before the end to 5 s before it": it starts before the footage does, at no point of it (from its start, it may go).
  const intro = cardMs(draft, 'intro');
  const [footage, asked] = [footageEndMs(draft) - intro, cutLengthMs(cut)].map((ms) => (ms / 1000).toFixed(1));
  if (cut.from_end && cut.end_ms === 0 && start <= intro) {
    throw new EditError(`The clip is only ${footage} s long, so cutting its last ${asked} s would leave nothing.`,
      `视频只有 ${footage} 秒长，剪掉最后 ${asked} 秒就什么都不剩了。`);
  }
  if (cut.from_end && start < intro) {
    const back = (cut.start_ms / 1000).toFixed(1);
    throw new EditError(`The clip is only ${footage} s long, so nothing of it is ${back} s before its end.`,
      `视频只有 ${footage} 秒长，没有结尾前 ${back} 秒的画面。`);
  }
  const kept: Segment[] = [];
  for (const segment of video) {
    const from = segment.at ?? 0;
    const to = from + (segment.d ?? 0);
    const speed = segment.m?.speed ?? 1;
    if (to <= start || from >= end) {
      kept.push(segment);
      continue;
    }
    if (from < start) kept.push({ ...segment, d: start - from });
    if (to > end) kept.push({ ...segment, in: (segment.in ?? 0) + (end - from) * speed, d: to - end });
  }
  return relayout(draft, kept);
}

function setSpeed(draft: Draft, factor: number, index: number | undefined): Draft {
  const video = videoSegments(draft);
  const i = index === undefined ? undefined : momentIndex(video, index);
  return relayout(draft, video.map((segment, k) => {
    if (i !== undefined && k !== i) return segment;
    return { ...segment, d: Math.round(sourceSpan(segment) / factor), m: { ...segment.m, speed: factor } };
  }));
}
