import { UploadedFile } from './api';
import { say, type Lang } from './language';

// The main job: what Demo Clip makes when asked for nothing in particular (`democlip make` without --prompt, Export on
// an empty timeline). The best moments at 60 s, or all of the footage when there is less than that. Written as the
// words a user would say, so that it runs on the local engine and the cloud alike.
/** The length of a clip nobody named: the main job's, and "trim the best moments" said without one. */
export const DEFAULT_CLIP_MS = 60_000;
export const BEST_MOMENTS_PROMPT = 'trim the best moments and compile them into a 60-second demo clip';
export const KEEP_EVERYTHING_PROMPT = 'keep everything';
/** The same two, as a Chinese user says them (the engine answers in the language it is asked in). */
const BEST_MOMENTS_PROMPT_ZH = '剪辑精彩片段成60秒';
const KEEP_EVERYTHING_PROMPT_ZH = '保留全部';

export interface DefaultJob {
  prompt: string;
  /** What is about to happen, for the user. */
  summary: string;
}

/** The main job for footage of this total length (ms), in the session's language. */
export function defaultJob(footageMs: number, lang: Lang = 'en'): DefaultJob {
  const seconds = DEFAULT_CLIP_MS / 1000;
  if (footageMs > 0 && footageMs <= DEFAULT_CLIP_MS) {
    const footage = Math.round(footageMs / 1000);
    return {
      prompt: say(lang, KEEP_EVERYTHING_PROMPT, KEEP_EVERYTHING_PROMPT_ZH),
      summary: say(lang, `The footage is ${footage} s, no longer than a ${seconds}-second clip: keeping all of it.`, `素材共 ${footage} 秒，不超过 ${seconds} 秒的剪辑：全部保留。`),
    };
  }
  return {
    prompt: say(lang, BEST_MOMENTS_PROMPT, BEST_MOMENTS_PROMPT_ZH),
    summary: say(lang, `Trimming the best moments into a ${seconds}-second clip.`, `正在把精彩片段剪成 ${seconds} 秒的剪辑。`),
  };
}

/** The entries of a state's `video_infos` that are uploaded files (the cloud may list other shapes). */
export function uploadedFiles(infos: readonly unknown[]): UploadedFile[] {
  return infos.flatMap((info) => {
    const parsed = UploadedFile.safeParse(info);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Total length of the videos among uploaded files (`duration` is in seconds), ms. */
export function videoFootageMs(files: readonly { file_type?: string; duration?: number | null }[]): number {
  return Math.round(files.filter((f) => f.file_type === 'video').reduce((sum, f) => sum + (f.duration ?? 0), 0) * 1000);
}
