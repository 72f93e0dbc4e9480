import type { RenderOutput } from './api';

/** Reads "export 1080p MP4", "4K", "as webm" into render output options; both the router and the engine use it. */
export function outputFromText(text: string): RenderOutput {
  return { format: formatFromText(text), quality: 'high', resolution: resolutionFromText(text) ?? '1080p' };
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
