import { sec } from './filterEscape';
import type { GraphInputs } from './graphInputs';
import { soundOf } from '../media/audioTracks';
import { framePiece } from './zoomFilter';
import { toSdr, type ToneMapping } from './toneMap';
import type { RenderPlan } from './renderPlan';

export const AUDIO_FORMAT = 'aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

/**
 * The picture timeline and the footage's own sound: each piece trimmed, retimed and fitted to the canvas, then
 * joined by hard cuts (one concat) or crossfades (xfade / acrossfade). Pieces are exactly as long as the plan says:
 * tpad clones the last frame and apad adds silence when a source ends early, trim cuts the rest.
 *
 * Footage is opened once per piece with `-ss` before `-i`: ffmpeg seeks to the keyframe before the in point and
 * decodes, dropping frames up to it, so cuts are frame-accurate without decoding the source from its start.
 * One decoder thread per input: pieces play one after another, so decoders mostly wait, and their thread pools
 * are what the memory goes on. Measured for 8 pieces of 1080p into 60 s: 522 MB peak instead of 668 MB, and no
 * more CPU (25 s; decoding is ~7 of it, x264 veryfast ~18).
 */
export interface Timeline {
  /** Picture filters, ending in `video`. */
  pictures: string[];
  /** Sound filters, ending in `audio`; they use the same inputs, so a sound-only pass can run them alone. */
  sounds: string[];
  video: string;
  audio: string;
}

export function timeline(plan: RenderPlan, inputs: GraphInputs, toneMapping: ToneMapping = 'zscale'): Timeline {
  const { canvas } = plan;
  const frameMs = 1000 / canvas.fps;
  const pictures: string[] = [];
  const sounds: string[] = [];
  const overlaps = crossfades(plan);

  plan.video.forEach((piece, k) => {
    const lengthMs = piece.durationMs + overlaps[k];
    const length = sec(lengthMs);
    const fades = pieceFades(piece, 'fade');
    const afades = pieceFades(piece, 'afade');
    const silence = `anullsrc=r=48000:cl=stereo,atrim=duration=${length}${afades}[a${k}]`;
    if (piece.source.kind === 'black') {
      pictures.push(`color=c=black:s=${canvas.width}x${canvas.height}:r=${canvas.fps}:d=${length},format=yuv420p[v${k}]`);
      sounds.push(silence);
      return;
    }
    const { source } = piece;
    const index = source.kind === 'image'
      ? inputs.add(source.path)
      : inputs.add(source.path, ['-threads', '1', '-ss', sec(piece.inMs), '-t', sec((lengthMs + frameMs) * piece.speed)]);
    const retime = piece.speed === 1 ? 'setpts=PTS-STARTPTS' : `setpts=(PTS-STARTPTS)/${piece.speed}`;
    pictures.push(
      // HDR is brought to SDR first, at the source's size, before anything mixes it with SDR pictures.
      `[${index}:v]${source.hdr ? toSdr(source.hdr, toneMapping) : ''}${retime},fps=${canvas.fps}[f${k}]`,
      framePiece(`[f${k}]`, `[r${k}]`, source, canvas, plan.fill, piece.zooms),
      `[r${k}]format=yuv420p,tpad=stop_mode=clone:stop_duration=${length},trim=duration=${length},setpts=PTS-STARTPTS${fades}[v${k}]`,
    );
    sounds.push(source.audioTracks.length > 0 && piece.volume > 0
      ? `${soundOf(index, source.audioTracks)}asetpts=PTS-STARTPTS${atempo(piece.speed)},${AUDIO_FORMAT},volume=${piece.volume},apad=whole_dur=${length},atrim=duration=${length}${afades}[a${k}]`
      : silence);
  });

  if (overlaps.every((ms) => ms === 0)) {
    const n = plan.video.length;
    pictures.push(`${plan.video.map((_, k) => `[v${k}]`).join('')}concat=n=${n}:v=1:a=0[vtl]`);
    sounds.push(`${plan.video.map((_, k) => `[a${k}]`).join('')}concat=n=${n}:v=0:a=1[atl]`);
    return { pictures, sounds, video: '[vtl]', audio: '[atl]' };
  }
  let video = '[v0]';
  let audio = '[a0]';
  let lengthMs = plan.video[0].durationMs + overlaps[0];
  for (let k = 1; k < plan.video.length; k++) {
    const overlap = overlaps[k - 1];
    const [v, a] = [`[xv${k}]`, `[xa${k}]`];
    pictures.push(overlap > 0
      ? `${video}[v${k}]xfade=transition=fade:duration=${sec(overlap)}:offset=${sec(lengthMs - overlap)}${v}`
      : `${video}[v${k}]concat=n=2:v=1:a=0${v}`);
    sounds.push(overlap > 0 ? `${audio}[a${k}]acrossfade=d=${sec(overlap)}:c1=tri:c2=tri${a}` : `${audio}[a${k}]concat=n=2:v=0:a=1${a}`);
    lengthMs += plan.video[k].durationMs + overlaps[k] - overlap;
    [video, audio] = [v, a];
  }
  return { pictures, sounds, video, audio };
}

/**
 * How long each piece crossfades into the next, ms (0: a hard cut). A crossfade borrows footage after the out point
 * of the outgoing piece, so the timeline keeps its length and the incoming piece still starts at its `at`. It is
 * never longer than half of either piece, nor shorter than a frame.
 */
export function crossfades(plan: Pick<RenderPlan, 'video' | 'crossfadeMs' | 'canvas'>): number[] {
  const frameMs = 1000 / plan.canvas.fps;
  return plan.video.map((piece, k) => {
    const next = plan.video[k + 1];
    const ms = next ? Math.min(plan.crossfadeMs, piece.durationMs / 2, next.durationMs / 2) : 0;
    return ms >= frameMs ? ms : 0;
  });
}

/** Fade in / out at a piece's edges (`fade` for pictures, `afade` for sound), as filters to append to a chain. */
export function pieceFades(piece: { durationMs: number; fadeInMs: number; fadeOutMs: number }, filter: 'fade' | 'afade'): string {
  const parts: string[] = [];
  if (piece.fadeInMs > 0) parts.push(`${filter}=t=in:st=0:d=${sec(Math.min(piece.fadeInMs, piece.durationMs))}`);
  if (piece.fadeOutMs > 0) {
    const d = Math.min(piece.fadeOutMs, piece.durationMs);
    parts.push(`${filter}=t=out:st=${sec(piece.durationMs - d)}:d=${sec(d)}`);
  }
  return parts.map((part) => `,${part}`).join('');
}

/** atempo takes 0.5-100 per instance in ffmpeg 5.1: slower speeds are a chain of halvings. */
export function atempo(speed: number): string {
  if (speed === 1) return '';
  const steps: number[] = [];
  let rest = speed;
  while (rest < 0.5) {
    steps.push(0.5);
    rest /= 0.5;
  }
  steps.push(Math.min(rest, 100));
  return steps.map((s) => `,atempo=${s}`).join('');
}
