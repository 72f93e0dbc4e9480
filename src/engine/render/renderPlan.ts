import { TrackType, type Draft, type RenderOutput } from '../../protocol';
import { EngineError } from '../http/engineError';
import type { MediaRecord } from '../store/records';

const SHORT_SIDE: Record<RenderOutput['resolution'], number> = { '540p': 540, '720p': 720, '1080p': 1080, '4k': 2160 };

export interface Canvas {
  width: number;
  height: number;
  fps: number;
}

/** The draft's canvas (1920x1080 by default) scaled so that its short side matches the asked resolution. */
export function outputCanvas(draft: Draft, resolution: RenderOutput['resolution']): Canvas {
  const width = draft.m?.width ?? 1920;
  const height = draft.m?.height ?? 1080;
  const scale = SHORT_SIDE[resolution] / Math.min(width, height);
  const even = (n: number) => Math.max(2, Math.round((n * scale) / 2) * 2);
  return { width: even(width), height: even(height), fps: draft.m?.fps ?? 30 };
}

export interface VideoClip {
  media: MediaRecord;
  path: string;
  inMs: number;
  durationMs: number;
  speed: number;
}

/** The video track's segments, resolved to files, in timeline order. */
export async function videoClips(draft: Draft, lookup: (src: string) => Promise<{ media: MediaRecord; path: string } | undefined>): Promise<VideoClip[]> {
  const segments = draft.t
    .filter((track) => track.tt === TrackType.video)
    .flatMap((track) => track.sg)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const clips: VideoClip[] = [];
  for (const segment of segments) {
    const found = segment.src ? await lookup(segment.src) : undefined;
    if (!found) throw new EngineError(400, `The draft refers to media "${segment.src ?? '(none)'}" that is not in this session.`);
    const durationMs = segment.d ?? (found.media.durationMs ?? 0) - (segment.in ?? 0);
    if (durationMs <= 0) continue;
    clips.push({ media: found.media, path: found.path, inMs: segment.in ?? 0, durationMs, speed: segment.m?.speed ?? 1 });
  }
  if (clips.length === 0) throw new EngineError(400, 'The draft has no video segments to render.');
  return clips;
}
