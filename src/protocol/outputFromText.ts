import type { RenderOutput } from './api';
import type { Draft } from './draft';

/** Reads "export 1080p MP4", "4K", "as webm" into render output options; both the router and the engine use it. */
/** A resolution the text does not name is left out: the render then uses the draft's own size. */
export function outputFromText(text: string): RenderOutput {
  const resolution = resolutionFromText(text);
  return { format: formatFromText(text), quality: 'high', ...(resolution ? { resolution } : {}) };
}

/** "1080p MP4", or "MP4" when the draft's size is used. */
export function outputLabel(output: RenderOutput): string {
  return `${output.resolution ? `${output.resolution} ` : ''}${output.format.toUpperCase()}`;
}

/** The resolution a text names, if it names one ("full HD" is 1080p). */
export function resolutionFromText(text: string): RenderOutput['resolution'] | undefined {
  if (/\b(4k|2160p?|uhd)\b/i.test(text)) return '4k';
  if (/\b(1080p?|full hd|fhd)\b/i.test(text)) return '1080p';
  if (/\b720p?\b/i.test(text)) return '720p';
  if (/\b540p\b/i.test(text)) return '540p';
  return undefined;
}

function formatFromText(text: string): RenderOutput['format'] {
  const found = /\b(mov|webm|gif)\b/i.exec(text);
  return (found?.[1].toLowerCase() as RenderOutput['format'] | undefined) ?? 'mp4';
}

const RESOLUTION_OF_SHORT_SIDE: Record<number, RenderOutput['resolution']> = { 540: '540p', 720: '720p', 1080: '1080p', 2160: '4k' };

/**
 * The output every door sends (command, panel, task, chat): a resolution that was not named is the draft's own,
 * written out, so that the same export always sends the same body (and never upscales).
 */
export function exportOutput(output: RenderOutput, draft: Draft): RenderOutput {
  if (output.resolution) return output;
  const resolution = RESOLUTION_OF_SHORT_SIDE[Math.min(draft.m?.width ?? 1920, draft.m?.height ?? 1080)];
  return resolution ? { ...output, resolution } : output;
}
