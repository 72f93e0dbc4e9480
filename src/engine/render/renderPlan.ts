import { canvasOf, FILLS, isMusicBedSrc, MUSIC_BEDS, musicBedOf, musicBedSrc, TrackType, type Draft, type MusicBed, type RenderOutput, type Segment } from '../../protocol';
import { lookOf, type Card, type Look } from './look';
import { EngineError } from '../http/engineError';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, MAX_DRAFT_MS } from '../limits';
import type { HdrTransfer } from '../media/probe';
import type { MediaRecord } from '../store/records';
import { tracksOf } from '../media/audioTracks';
import { zoomsOfPiece } from './zoomFilter';
import type { TimedRect } from './zoomTrack';

const SHORT_SIDE: Record<NonNullable<RenderOutput['resolution']>, number> = { '540p': 540, '720p': 720, '1080p': 1080, '4k': 2160 };

export interface Canvas {
  width: number;
  height: number;
  fps: number;
}

export type Fill = (typeof FILLS)[number];

interface Fades {
  fadeInMs: number;
  fadeOutMs: number;
}

/** One piece of the picture timeline: footage, a still, or black (a gap, or a draft with no video). */
export interface VideoPiece extends Fades {
  source: {
    kind: 'video' | 'image'; path: string; width: number; height: number;
    /** The sound tracks to play (0-based, mixed when several); none for a silent file. */
    audioTracks: number[];
    hdr: HdrTransfer | null;
  } | { kind: 'black' };
  /** Start inside the source, ms (footage only). */
  inMs: number;
  /** Length on the timeline, ms. */
  durationMs: number;
  speed: number;
  /** Gain of the piece's own sound (the draft's sourceVolume times the segment's volume). */
  volume: number;
  /** Where the camera zooms, on the piece's own timeline; none shows the whole frame. */
  zooms: TimedRect[];
}

/** A segment of the audio track: a built-in music bed or an uploaded file's sound. */
export interface AudioPiece extends Fades {
  source: { kind: 'bed'; name: MusicBed } | { kind: 'file'; path: string };
  inMs: number;
  atMs: number;
  durationMs: number;
  speed: number;
  volume: number;
  duck: boolean;
}

export type TextPosition = 'top' | 'center' | 'bottom';
/** The draft's styles, and `card`: the words of an intro or outro card. */
export type TextStyle = 'title' | 'caption' | 'lower-third' | 'card';

export interface TextPiece extends Fades {
  text: string;
  atMs: number;
  durationMs: number;
  position: TextPosition;
  style: TextStyle;
  motion: 'fade' | 'slide';
}

/** Everything the graph builder needs, with the draft's defaults applied and every media id resolved to a file. */
export interface RenderPlan extends Fades {
  canvas: Canvas;
  durationMs: number;
  fill: Fill;
  crossfadeMs: number;
  video: VideoPiece[];
  audio: AudioPiece[];
  text: TextPiece[];
  /** The recording set on a background (look.ts); undefined: full frame. */
  look?: Look;
  /** Intro and outro cards: their stretch of the timeline shows the card's background instead of footage. */
  cards: Card[];
  /** The first footage's size: the inset and the band free for titles are laid out for it, in every part of the clip. */
  footage?: { width: number; height: number };
}

export type MediaLookup = (src: string) => Promise<{ media: MediaRecord; path: string } | undefined>;

/** The draft's canvas (1920x1080 by default), scaled so that its short side matches the asked resolution, if any. */
function outputCanvas(draft: Draft, resolution: RenderOutput['resolution']): Canvas {
  const { width, height } = canvasOf(draft);
  const scale = resolution ? SHORT_SIDE[resolution] / Math.min(width, height) : 1;
  const even = (n: number) => Math.max(2, Math.round((n * scale) / 2) * 2);
  const canvas = { width: even(width), height: even(height), fps: Math.min(120, positive(draft.m?.fps) ?? 30) };
  // Refused before ffmpeg starts: a huge frame is allocated (a gigabyte for 16384²) before ffmpeg fails on it.
  if (Math.max(canvas.width, canvas.height) > MAX_CANVAS_SIDE || canvas.width * canvas.height > MAX_CANVAS_PIXELS) {
    throw new EngineError(400, {
      en: `A ${canvas.width}x${canvas.height} frame is too large: at most ${MAX_CANVAS_SIDE} pixels a side and ${MAX_CANVAS_PIXELS / 1e6} megapixels. Export at 4K or less.`,
      zh: `${canvas.width}x${canvas.height} 的画面太大了：每边最多 ${MAX_CANVAS_SIDE} 像素，总共最多 ${MAX_CANVAS_PIXELS / 1e6} 百万像素。请以 4K 或更低的分辨率导出。`,
    });
  }
  return canvas;
}

export async function renderPlan(draft: Draft, resolution: RenderOutput['resolution'], lookup: MediaLookup): Promise<RenderPlan> {
  const segmentsOf = (type: number) =>
    draft.t.filter((track) => track.tt === type).flatMap((track) => track.sg).filter((sg) => (sg.d ?? 1) > 0);
  const resolve = async (segment: Segment) => {
    const found = segment.src ? await lookup(segment.src) : undefined;
    if (!found) throw new EngineError(400, { en: `The draft refers to media "${segment.src ?? '(none)'}" that is not in this session.`, zh: `草稿引用的素材“${segment.src ?? '（无）'}”不在这个会话中。` });
    return found;
  };

  const videoSegments = await Promise.all(segmentsOf(TrackType.video).map(async (sg) => ({ sg, found: await resolve(sg) })));
  const audioSegments = await Promise.all(segmentsOf(TrackType.audio).map(async (sg) => ({ sg, found: isMusicBedSrc(sg.src) ? undefined : await resolve(sg) })));
  const sourceVolume = draft.m?.sourceVolume ?? 1;

  const clips = videoSegments
    .map(({ sg, found }) => {
      const media = found.media;
      const speed = positive(sg.m?.speed) ?? 1;
      const inMs = sg.in ?? 0;
      const durationMs = sg.d ?? ((media.durationMs ?? 0) - inMs) / speed;
      const kind = media.fileType === 'image' ? 'image' as const : 'video' as const;
      if (media.fileType === 'audio') throw new EngineError(400, { en: `"${media.filename}" is audio: put it on the audio track, not the video track.`, zh: `“${media.filename}”是音频：请把它放在音频轨道上，而不是视频轨道。` });
      const source = {
        kind, path: found.path, width: media.width ?? 0, height: media.height ?? 0,
        audioTracks: kind === 'video' ? tracksOf(media) : [], hdr: media.hdr ?? null,
      };
      const zooms = zoomsOfPiece(draft, sg, inMs, durationMs, speed);
      return { atMs: sg.at, piece: { source, inMs, durationMs, speed, volume: sourceVolume * (sg.m?.volume ?? 1), zooms, ...fadesOf(sg) } };
    })
    .filter(({ piece }) => piece.durationMs > 0);
  // Segments keep their order by `at`; a segment without `at` follows the one before it.
  const ordered = clips.every((c) => c.atMs !== undefined) ? [...clips].sort((a, b) => (a.atMs ?? 0) - (b.atMs ?? 0)) : clips;

  const audio: AudioPiece[] = audioSegments.map(({ sg, found }) => {
    const speed = positive(sg.m?.speed) ?? 1;
    const inMs = sg.in ?? 0;
    const source = found ? { kind: 'file' as const, path: found.path } : { kind: 'bed' as const, name: knownBed(sg.src as string) };
    const durationMs = sg.d ?? (found ? ((found.media.durationMs ?? 0) - inMs) / speed : 0);
    return { source, inMs, atMs: sg.at ?? 0, durationMs, speed, volume: sg.m?.volume ?? 1, duck: sg.m?.duck === true, ...fadesOf(sg) };
  }).filter((piece) => piece.durationMs > 0);

  const text: TextPiece[] = segmentsOf(TrackType.text).flatMap((sg) => {
    const words = sg.m?.text?.trim();
    if (!words || !sg.d) return [];
    return [{ text: words, atMs: sg.at ?? 0, durationMs: sg.d, position: oneOf(sg.m?.position, ['top', 'center', 'bottom'] as const, 'center'),
      style: oneOf(sg.m?.style, ['title', 'caption', 'lower-third'] as const, 'title'), motion: oneOf(sg.m?.motion, ['fade', 'slide'] as const, 'fade'), ...fadesOf(sg) }];
  });

  const video = placeOnTimeline(ordered.map((c) => ({ atMs: c.atMs, piece: c.piece })));
  const videoEnd = video.reduce((sum, piece) => sum + piece.durationMs, 0);
  const lastEnd = Math.max(videoEnd, ...audio.map((a) => a.atMs + a.durationMs), ...text.map((t) => t.atMs + t.durationMs));
  // The draft's own length wins: the client shows it, and the tests hold the output to it within a frame.
  const durationMs = positive(draft.d) ?? lastEnd;
  if (!(durationMs > 0)) throw new EngineError(400, { en: 'The draft has nothing with a length to render.', zh: '草稿里没有有时长、可以渲染的内容。' });
  if (durationMs > MAX_DRAFT_MS) {
    throw new EngineError(400, {
      en: `The draft lasts ${Math.round(durationMs / 60_000)} minutes: clips up to ${MAX_DRAFT_MS / 3600_000} hours are rendered. Shorten it.`,
      zh: `草稿长 ${Math.round(durationMs / 60_000)} 分钟：最长只渲染 ${MAX_DRAFT_MS / 3600_000} 小时的短片。请缩短它。`,
    });
  }
  if (videoEnd < durationMs) video.push(black(durationMs - videoEnd));
  const { look, cards } = await lookOf(draft, durationMs, lookup);
  const first = video.find((piece) => piece.source.kind !== 'black' && piece.source.width > 0)?.source;

  return {
    canvas: outputCanvas(draft, resolution),
    durationMs,
    fill: oneOf(draft.m?.fill, FILLS, 'blur'),
    crossfadeMs: Math.max(0, draft.m?.crossfadeMs ?? 0),
    fadeInMs: Math.max(0, draft.m?.fadeInMs ?? 0),
    fadeOutMs: Math.max(0, draft.m?.fadeOutMs ?? 0),
    video,
    audio,
    text: [...text, ...cards.map((card) => card.words)],
    look,
    cards,
    footage: first && first.kind !== 'black' ? { width: first.width, height: first.height } : undefined,
  };
}

/** Pieces end to end; a gap before a segment's `at` is black, an overlap is pushed back to after the previous piece. */
function placeOnTimeline(clips: { atMs?: number; piece: VideoPiece }[]): VideoPiece[] {
  const pieces: VideoPiece[] = [];
  let end = 0;
  for (const { atMs, piece } of clips) {
    const gap = (atMs ?? end) - end;
    if (gap >= 1) pieces.push(black(gap));
    pieces.push(piece);
    end = Math.max(end, atMs ?? end) + piece.durationMs;
  }
  return pieces;
}

function knownBed(src: string): MusicBed {
  const name = musicBedOf(src);
  if (!name) throw new EngineError(400, {
    en: `There is no built-in music "${src.slice(0, 60)}". Built in: ${MUSIC_BEDS.map(musicBedSrc).join(', ')}.`,
    zh: `没有名为“${src.slice(0, 60)}”的内置音乐。内置的有：${MUSIC_BEDS.map(musicBedSrc).join('、')}。`,
  });
  return name;
}

const black = (durationMs: number): VideoPiece => ({ source: { kind: 'black' }, inMs: 0, durationMs, speed: 1, volume: 0, zooms: [], fadeInMs: 0, fadeOutMs: 0 });

const fadesOf = (sg: Segment): Fades => ({ fadeInMs: Math.max(0, sg.m?.fadeInMs ?? 0), fadeOutMs: Math.max(0, sg.m?.fadeOutMs ?? 0) });

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}
