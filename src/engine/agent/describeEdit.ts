import { BEST_MOMENTS_PROMPT, musicBedLabel, type Draft, type EditOp } from '../../protocol';
import { plural, seconds } from './describe';
import { musicSegments, textSegments, videoSegments } from './timeline';

const percent = (volume: number | undefined) => `${Math.round((volume ?? 1) * 100)} %`;
const span = (at = 0, d = 0) => `${seconds(at)}–${seconds(at + d)}`;
const bedName = (src?: string) => musicBedLabel(src) ?? 'your audio file';

/** One sentence on what an edit did, with the facts of the new draft (times, volumes, counts). */
export function describeEdit(op: EditOp, before: Draft, after: Draft): string {
  switch (op.op) {
    case 'keep_everything':
      return `Put ${plural(videoSegments(after).length, 'file')} on the timeline whole, uncut (${seconds(after.d ?? 0)}).`;
    case 'use_sources':
      return `The clip now uses only ${plural(after.m?.sources?.length ?? 0, 'file')} (video track: ${plural(videoSegments(after).length, 'segment')}).`;
    case 'set_aspect':
    case 'set_resolution':
      return `The frame is now ${after.m?.width}x${after.m?.height}${fillText(after)}.`;
    case 'set_fill':
      return `Footage now fills the frame${fillText(after)}.`;
    case 'add_text': {
      const added = textSegments(after).find((t) => !textSegments(before).some((old) => old === t || (old.m?.text === t.m?.text && old.at === t.at)));
      return `Added the ${op.style} "${op.text}" from ${span(added?.at, added?.d)} (${added?.m?.position}).`;
    }
    case 'edit_text':
      return 'Updated the text: ' + textSegments(after).map((t) => `"${t.m?.text}" ${span(t.at, t.d)} (${t.m?.position})`).join('; ') + '.';
    case 'remove_text':
      return `Removed ${op.index === undefined ? 'every text' : `text ${op.index}`}.`;
    case 'add_music': {
      const music = musicSegments(after)[0];
      if (videoSegments(after).length === 0) {
        return `There is no clip yet, so ${bedName(music?.src)} at ${percent(music?.m?.volume)} waits: it goes under the clip as soon as there is one. Say "${BEST_MOMENTS_PROMPT}" to make it.`;
      }
      return `Added ${bedName(music?.src)} at ${percent(music?.m?.volume)} under the whole clip (${seconds(music?.d ?? 0)})${music?.m?.duck ? ', ducked under speech' : ''}.`;
    }
    case 'set_music_volume':
      return `Music volume is now ${percent(musicSegments(after)[0]?.m?.volume)}.`;
    case 'set_ducking':
      return op.duck ? 'The music now ducks under speech.' : 'The music no longer ducks under speech.';
    case 'remove_music':
      return 'Removed the background music.';
    case 'set_source_volume':
      return op.volume === 0 ? "Muted the footage's own sound." : `The footage's own sound is at ${percent(op.volume)}.`;
    case 'fade': {
      const m = op.target === 'music' ? musicSegments(after)[0]?.m : after.m;
      const what = op.target === 'music' ? 'The music' : 'The clip';
      return `${what} fades in over ${seconds(m?.fadeInMs ?? 0)} and out over ${seconds(m?.fadeOutMs ?? 0)}.`;
    }
    case 'crossfade':
      return op.ms > 0 ? `Moments now crossfade over ${seconds(op.ms)}.` : 'Moments now cut straight to each other.';
    case 'remove_moment':
      return `Removed moment ${op.index}.`;
    case 'move_moment':
      return `Moved moment ${op.index} to place ${Math.min(op.to, videoSegments(after).length)}.`;
    case 'trim_moment':
      return `Moment ${op.index} is now ${seconds(videoSegments(after)[op.index - 1]?.d ?? 0)}.`;
    case 'cut_range':
      return `Cut ${span(op.start_ms, op.end_ms - op.start_ms)} out of the timeline.`;
    case 'set_speed':
      return `${op.index === undefined ? 'The clip' : `Moment ${op.index}`} now plays at ${op.factor}x.`;
    default:
      return '';
  }
}

function fillText(draft: Draft): string {
  const fill = draft.m?.fill;
  return fill === 'blur' ? ', footage on a blurred background' : fill === 'letterbox' ? ', letterboxed' : fill === 'crop' ? ', cropped to the centre' : '';
}

/** Every track, for "show tracks" / 状态 / "preview in timeline". */
export function describeTracks(draft: Draft): string {
  const video = videoSegments(draft);
  if (draft.t.every((track) => track.sg.length === 0)) return 'The timeline is empty. Upload footage and ask me to trim the best moments.';
  const lines = [`Timeline ${seconds(draft.d ?? 0)}, ${draft.m?.width ?? 1920}x${draft.m?.height ?? 1080}${fillText(draft)}:`];
  lines.push(`1. Video: ${plural(video.length, 'moment')}${video.length ? ` — ${video.map((s, i) => `#${i + 1} ${span(s.at, s.d)}${(s.m?.speed ?? 1) !== 1 ? ` at ${s.m?.speed}x` : ''}`).join(', ')}` : ''}.`);
  const music = musicSegments(draft);
  lines.push(`2. Audio: ${music.length ? music.map((s) => `${bedName(s.src)} ${span(s.at, s.d)} at ${percent(s.m?.volume)}${s.m?.duck ? ', ducked' : ''}`).join('; ') : 'no music'}${draft.m?.sourceVolume === 0 ? '; footage sound muted' : ''}.`);
  const texts = textSegments(draft);
  lines.push(`3. Text: ${texts.length ? texts.map((s) => `"${s.m?.text}" ${span(s.at, s.d)} (${s.m?.position})`).join('; ') : 'none'}.`);
  return lines.join('\n');
}
