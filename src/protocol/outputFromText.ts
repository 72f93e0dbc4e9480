import { sizeOf, type RenderOutput } from './api';
import { type Draft, shortSideOf } from './draft';
import { FORMAT_LABELS, FormatWords, RESOLUTION_LABELS, ResolutionWords, type ExportResolution } from './vocabulary';

/**
 * Reads "export 1080p MP4", "4K", "as webm" into render output options; both the router and the engine use it. A
 * resolution the text does not name is left out: the render then uses the draft's own size.
 */
export function outputFromText(text: string): RenderOutput {
  const resolution = resolutionFromText(text);
  return { format: formatFromText(text), quality: 'high', ...(resolution ? { resolution } : {}) };
}

/** "1080p MP4", or "MP4" when the draft's size is used. */
export function outputLabel(output: RenderOutput): string {
  const size = sizeOf(output);
  const resolution = size && size !== '540p' ? RESOLUTION_LABELS[size] : size;
  return `${resolution ? `${resolution} ` : ''}${FORMAT_LABELS[output.format]}`;
}

/** The export resolution a text names, if it names one ("full HD" is 1080p, 高清 720p, 超清 1080p). */
export function resolutionFromText(text: string): ExportResolution | undefined {
  return ResolutionWords.find(([pattern]) => pattern.test(text.toLowerCase()))?.[1];
}

function formatFromText(text: string): RenderOutput['format'] {
  return FormatWords.find(([pattern]) => pattern.test(text.toLowerCase()))?.[1] ?? 'mp4';
}

export const RESOLUTION_OF_SHORT_SIDE: Record<number, RenderOutput['resolution']> = { 540: '540p', 720: '720p', 1080: '1080p', 2160: '4k' };

/**
 * The output every door sends (command, panel, task, chat): a resolution that was not named is the draft's own (a
 * GIF's own size for a GIF), written out, so that the same export always sends the same body (and never upscales).
 */
export function exportOutput(output: RenderOutput, draft: Draft): RenderOutput {
  const resolution = sizeOf(output) ?? RESOLUTION_OF_SHORT_SIDE[shortSideOf(draft)];
  return resolution ? { ...output, resolution } : output;
}

/**
 * The name of a clip saved where only its folder was chosen: dated to the minute (UTC) and numbered past the names
 * `taken` says are in use, so an export never overwrites an earlier one.
 */
export function freeClipName(format: RenderOutput['format'], taken: (name: string) => Promise<boolean>, now = new Date()): Promise<string> {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return freeNumberedName(`demo-clip-${stamp}`, format, taken);
}

/** `stem.format`, or `stem-2.format`, `stem-3.format`, … past the names `taken` says are in use. */
export async function freeNumberedName(stem: string, format: RenderOutput['format'], taken: (name: string) => Promise<boolean> | boolean): Promise<string> {
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.${format}`;
    if (!(await taken(name))) return name;
  }
}
