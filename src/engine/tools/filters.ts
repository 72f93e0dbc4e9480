import { runTool } from './runTool';

const known = new Map<string, Promise<Set<string>>>();

/** The filters an ffmpeg has (`ffmpeg -filters`), asked once per executable: builds differ (zscale needs libzimg). */
export async function hasFilter(ffmpeg: string, name: string): Promise<boolean> {
  let filters = known.get(ffmpeg);
  if (!filters) {
    filters = runTool(ffmpeg, ['-hide_banner', '-filters']).then(
      ({ stdout }) => new Set(stdout.split('\n').map((line) => line.trim().split(/\s+/)[1]).filter(Boolean)),
      () => new Set<string>(),
    );
    known.set(ffmpeg, filters);
  }
  return (await filters).has(name);
}
