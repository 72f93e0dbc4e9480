import { ErrorCode } from '../../protocol';
import { EngineError } from '../http/engineError';
import { runTool } from '../tools/runTool';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Encoders and muxers round the last frame: an output this much shorter than planned is still whole. */
const TOLERANCE_MS = 500;

/**
 * ffmpeg exits 0 when a source's video stops decoding partway (damaged packets are skipped): the output then has
 * all of its sound and a stub of picture. A render is only complete when its video track lasts as long as planned.
 */
export async function checkVideoTrack(ffprobe: string, path: string, plannedMs: number): Promise<void> {
  const { stdout } = await runTool(ffprobe, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=duration:stream_tags=DURATION', '-of', 'json', path]);
  const stream = (JSON.parse(stdout) as { streams?: { duration?: string; tags?: { DURATION?: string } }[] }).streams?.[0];
  checkVideoLength(stream && (Number(stream.duration) * 1000 || clockMs(stream.tags?.DURATION)), plannedMs);
}

/** The check of `checkVideoTrack` on a length known otherwise (a picture-only render's own progress). */
export function checkVideoLength(videoMs: number | undefined, plannedMs: number): void {
  if (!videoMs || videoMs < plannedMs - TOLERANCE_MS) {
    const [got, gotZh] = videoMs
      ? [`stops at ${seconds(videoMs)} s of ${seconds(plannedMs)} s`, `在 ${seconds(plannedMs)} 秒中的第 ${seconds(videoMs)} 秒就停了`]
      : ['is missing', '缺失了'];
    throw new EngineError(ErrorCode.internal, {
      en: `the video track ${got}: a source stopped decoding partway. Re-export that footage and upload it again.`,
      zh: `视频轨道${gotZh}：有一段素材解码到中途就停了。请重新导出那段素材后再上传。`,
    });
  }
}

/** Matroska's `DURATION` tag, `HH:MM:SS.nnnnnnnnn`. */
function clockMs(text: string | undefined): number {
  const match = /^(\d+):(\d+):([\d.]+)$/.exec(text ?? '');
  return match ? (Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])) * 1000 : 0;
}
