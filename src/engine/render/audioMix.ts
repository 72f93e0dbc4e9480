import { sec } from './filterEscape';
import type { GraphInputs } from './graphInputs';
import type { MusicBed } from '../../protocol';
import type { AudioPiece, RenderPlan } from './renderPlan';
import { atempo, AUDIO_FORMAT, pieceFades } from './timeline';

/**
 * Ducking: music drops by up to ~18 dB while the footage's speech is above -36 dBFS (0.015), in 20 ms, and comes
 * back over 350 ms after it stops. Room tone in screen recordings sits near -60 dBFS, well under the threshold.
 */
const DUCK = 'sidechaincompress=threshold=0.015:ratio=8:attack=20:release=350:makeup=1';

/**
 * The sound of the clip: the footage's own sound (`speech`, already on the timeline) mixed with the audio track's
 * segments, those marked `duck` lowered under speech by a sidechain compressor keyed on it, then faded with the
 * draft, then `finish` (the loudness scan of the measuring pass, or the gain that brings the mix to -14 LUFS).
 */
export function audioMix(plan: RenderPlan, speech: string, inputs: GraphInputs, beds: Map<MusicBed, string>, finish: string): { filters: string[]; audio: string } {
  const filters: string[] = [];
  const total = sec(plan.durationMs);
  const group = (pieces: AudioPiece[], name: string): string | undefined => {
    if (pieces.length === 0) return undefined;
    const labels = pieces.map((piece, k) => {
      const label = `[${name}${k}]`;
      filters.push(`${musicInput(piece, inputs, beds)}${musicChain(piece)}${label}`);
      return label;
    });
    filters.push(`${labels.join('')}amix=inputs=${labels.length}:duration=longest:normalize=0,apad=whole_dur=${total},atrim=duration=${total}[${name}]`);
    return `[${name}]`;
  };
  const ducked = group(plan.audio.filter((piece) => piece.duck), 'dk');
  const plain = group(plan.audio.filter((piece) => !piece.duck), 'pl');
  const voices = [ducked ? '[speech]' : speech];
  if (ducked) {
    filters.push(`${speech}asplit=2[speech][key]`, `${ducked}[key]${DUCK}[ducked]`);
    voices.push('[ducked]');
  }
  if (plain) voices.push(plain);
  const mixed = voices.length > 1 ? `amix=inputs=${voices.length}:duration=first:normalize=0,` : '';
  const fades = pieceFades({ durationMs: plan.durationMs, fadeInMs: plan.fadeInMs, fadeOutMs: plan.fadeOutMs }, 'afade');
  filters.push(`${voices.join('')}${mixed}atrim=duration=${total}${fades},${finish},${AUDIO_FORMAT}[aout]`);
  return { filters, audio: '[aout]' };
}

/** The input of an audio segment: a bed loops for as long as needed; a file is seeked like footage. */
function musicInput(piece: AudioPiece, inputs: GraphInputs, beds: Map<MusicBed, string>): string {
  const sourceMs = piece.durationMs * piece.speed;
  if (piece.source.kind === 'bed') {
    const index = inputs.add(beds.get(piece.source.name) as string, ['-stream_loop', '-1']);
    return `[${index}:a]atrim=start=${sec(piece.inMs)}:duration=${sec(sourceMs)},`;
  }
  const index = inputs.add(piece.source.path, ['-ss', sec(piece.inMs), '-t', sec(sourceMs)]);
  return `[${index}:a]`;
}

function musicChain(piece: AudioPiece): string {
  const length = sec(piece.durationMs);
  return `asetpts=PTS-STARTPTS${atempo(piece.speed)},${AUDIO_FORMAT},volume=${piece.volume},apad=whole_dur=${length},atrim=duration=${length}` +
    `${pieceFades(piece, 'afade')},adelay=${Math.round(piece.atMs)}:all=1`;
}
