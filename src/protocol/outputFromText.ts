import type { RenderOutput } from './api';

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
