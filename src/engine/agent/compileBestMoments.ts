import { ANALYZE_TOOL, type AdkEvent, type Draft, inLanguage, type ProgressEvent, say, type Lang, type Zoom } from '../../protocol';
import { analyzeMedia } from '../analysis/analyzeMedia';
import { chooseMoments, FIT_TOLERANCE_MS, type Choice, type SourceSignals } from '../analysis/chooseMoments';
import { commitDraft } from '../sessions';
import type { MediaRecord } from '../store/records';
import type { AdkEventFactory } from './adkEvents';
import { applyEdit, framedLikeFootage } from './applyEdit';
import { plural, seconds } from './describe';
import { tracksOf } from '../media/audioTracks';
import { analysingEvent, reporting } from './reporting';
import { zoomsOf } from '../analysis/zoomPlan';
import { loadMedia, type TurnContext } from './turnContext';

const noFootage = (lang: Lang): string =>
  say(lang, 'There is no video in this session yet. Upload your footage first, then ask again. Your draft is unchanged.', '这个会话里还没有视频。先上传素材，再说一遍。草稿没有改动。');

/**
 * What the `analyze_footage` tool returns (the functionResponse payload): the chosen moments with their score and
 * reasons, by media id and file name, so that a client (the CLI's `analyze`) can show them without the draft.
 */
export interface AnalyzeFootageResult {
  /** Null when there was no target (keep everything worth keeping). */
  target_ms: number | null;
  /** Length of the chosen moments together: the clip. */
  total_ms: number;
  /** Everything worth keeping in the footage; the rest is idle. */
  available_ms: number;
  source_ms: number;
  short: boolean;
  files: { media_id: string; filename: string; duration_ms: number }[];
  moments: { src: string; filename: string; in: number; out: number; score: number; why: string[] }[];
  /** Where auto-zoom would zoom inside the chosen moments (source ms and pixels), whether or not it is on. */
  zooms: { src: string; filename: string; in: number; out: number; x: number; y: number; w: number; h: number }[];
}

/**
 * "Trim the best moments into N seconds": analyse every video of the session, choose, and replace the video track. An
 * infinite target keeps everything worth keeping ("remove the dead air"). `exportAsked`: the message asks for the file
 * too, so the reply does not tell how to ask for it.
 */
export async function* compileBestMoments(ctx: TurnContext, targetMs: number, events: AdkEventFactory, lang: Lang, exportAsked = false): AsyncGenerator<AdkEvent | ProgressEvent> {
  const analysed = yield* analyzeSessionFootage(ctx, events, lang, { target_ms: targetMs });
  if (!analysed) return;
  const { footage } = analysed;
  const choice = chooseMoments(analysed.sources, targetMs);
  yield analysed.respond(toResult(choice, targetMs, footage, zoomsOf(analysed.sources, footage)));
  if (choice.moments.length === 0) {
    yield events.text(say(lang, 'I found no moments with activity or speech in this footage (it looks static and silent). Your draft is unchanged.', '这段素材里找不到有画面变化或人声的片段（看起来是静止、无声的）。草稿没有改动。'));
    return;
  }
  const draft = framedLikeFootage(applyEdit(ctx.session.draft, { kind: 'set_video_moments', moments: choice.moments }), footage);
  commitDraft(ctx.session, draft);
  const reply = lang === 'zh' ? compileReplyZh(choice, targetMs, footage) : compileReply(choice, targetMs, footage);
  yield events.text(exportAsked ? reply : `${reply}${say(lang, ' Say "export 1080p MP4" when you\'re happy.', '满意的话说“导出1080p mp4”。')}`, draft);
}

/**
 * How the turns over all the footage begin ("trim the best moments", "keep everything but make it faster"): the
 * session's videos, or the reply that there are none (then undefined); an `analyze_footage` call naming them and
 * `args`; their signals. `respond` answers that call with its result.
 */
export async function* analyzeSessionFootage(
  ctx: TurnContext, events: AdkEventFactory, lang: Lang, args: Record<string, unknown>,
): AsyncGenerator<AdkEvent | ProgressEvent, { footage: MediaRecord[]; sources: SourceSignals[]; respond: (result: unknown) => AdkEvent } | undefined> {
  const footage = sessionFootage(await loadMedia(ctx), ctx.session.draft);
  if (footage.length === 0) {
    yield events.text(noFootage(lang));
    return undefined;
  }
  const callId = `call_${events.invocationId.slice(4, 12)}`;
  yield events.call(callId, ANALYZE_TOOL, { files: footage.map((m) => m.filename), ...args });
  const sources = yield* analyzeFootage(ctx, footage, lang);
  return { footage, sources, respond: (result) => events.response(callId, ANALYZE_TOOL, result) };
}

/** The session's videos in upload order, limited to those chosen with "use only …": what "the footage" means. */
function sessionFootage(media: MediaRecord[], draft?: Draft): MediaRecord[] {
  const chosen = draft?.m?.sources;
  return media.filter((m) => m.fileType === 'video' && (m.durationMs ?? 0) > 0 && (!chosen || chosen.includes(m.mediaId)));
}

/**
 * The signals of each video (decoded once per file content, then cached), keyed by media id: the input of
 * chooseMoments, and of idleSpeedup for "keep everything but make it faster". Yields progress across all the files
 * while they are read.
 */
async function* analyzeFootage(ctx: TurnContext, footage: MediaRecord[], lang: Lang): AsyncGenerator<ProgressEvent, SourceSignals[]> {
  const sources: SourceSignals[] = [];
  const totalMs = sourceMs(footage);
  let beforeMs = 0;
  for (const media of footage) {
    const signals = yield* reporting((report) => analyzeMedia(
      {
        path: ctx.store.mediaPath(media), sha256: media.sha256, durationMs: media.durationMs ?? 0,
        width: media.width, height: media.height, hasVideo: media.hasVideo, audioTracks: tracksOf(media),
      },
      ctx.config.ffmpeg,
      ctx.store.cacheDir,
      ctx.signal,
      (doneMs) => report(analysingEvent(media.filename, beforeMs + doneMs, totalMs, lang)),
    ));
    beforeMs += media.durationMs ?? 0;
    sources.push({ src: media.mediaId, signals });
  }
  return sources;
}

function toResult(choice: Choice, targetMs: number, footage: MediaRecord[], zooms: Zoom[]): AnalyzeFootageResult {
  const filename = new Map(footage.map((m) => [m.mediaId, m.filename]));
  return {
    target_ms: Number.isFinite(targetMs) ? targetMs : null,
    total_ms: choice.totalMs,
    available_ms: choice.availableMs,
    source_ms: sourceMs(footage),
    short: choice.short,
    files: footage.map((m) => ({ media_id: m.mediaId, filename: m.filename, duration_ms: m.durationMs ?? 0 })),
    moments: choice.moments.map((m) => ({
      src: m.src, filename: filename.get(m.src) ?? m.src, in: m.inMs, out: m.outMs, score: m.score, why: m.why,
    })),
    zooms: zooms
      .filter((z) => choice.moments.some((m) => m.src === z.src && z.out > m.inMs && z.in < m.outMs))
      .map(({ src, in: inMs, out, x, y, w, h }) => ({ src, filename: filename.get(src) ?? src, in: inMs, out, x, y, w, h })),
  };
}

/** What the user was told when the footage was uploaded (a damaged file, the sound track used), said again with the clip. */
const notesOf = (footage: MediaRecord[], lang: Lang): string[] => footage.flatMap((m) => m.notes ?? []).map((note) => inLanguage(note, lang));

/** Says what was kept and why, and what was cut: "kept 9 moments: 6 with narration, 3 screen changes; cut 2 min 1 s of idle screen". */
function compileReply(choice: Choice, targetMs: number, footage: MediaRecord[]): string {
  const total = sourceMs(footage);
  const files = footage.length === 1 ? footage[0].filename : `${footage.length} files`;
  const narrated = choice.moments.filter((m) => m.why.includes('speech')).length;
  const silent = choice.moments.length - narrated;
  const reasons = [narrated ? `${narrated} with narration` : '', silent ? `${plural(silent, 'screen change')} without narration` : ''].filter(Boolean);
  const idleMs = total - choice.availableMs;
  const droppedMs = choice.availableMs - choice.totalMs;
  const cut = [
    idleMs > 0 ? `${duration(idleMs)} of idle screen` : '',
    droppedMs > FIT_TOLERANCE_MS ? `${duration(droppedMs)} of lesser moments to fit ${duration(targetMs)}` : '',
  ].filter(Boolean);
  const lines = [
    `Compiled the best moments of ${files} (${duration(total)}) into a ${seconds(choice.totalMs)} clip: ` +
      `kept ${plural(choice.moments.length, 'moment')}, ${reasons.join(', ')}` +
      `${cut.length ? `; cut ${cut.join(' and ')}` : ''}.`,
  ];
  if (choice.short) {
    lines.push(`The footage has only ${seconds(choice.totalMs)} worth keeping, so the clip is shorter than the ${duration(targetMs)} you asked for rather than padded with dead air.`);
  } else if (choice.totalMs > targetMs + FIT_TOLERANCE_MS) {
    lines.push(`That is longer than the ${duration(targetMs)} you asked for: getting closer would mean cutting a sentence in the middle.`);
  }
  lines.push(...notesOf(footage, 'en'));
  return lines.join(' ');
}

/** compileReply's facts, in Chinese. */
function compileReplyZh(choice: Choice, targetMs: number, footage: MediaRecord[]): string {
  const total = sourceMs(footage);
  const files = footage.length === 1 ? footage[0].filename : `${footage.length} 个文件`;
  const narrated = choice.moments.filter((m) => m.why.includes('speech')).length;
  const silent = choice.moments.length - narrated;
  const reasons = [narrated ? `${narrated} 段有解说` : '', silent ? `${silent} 段是无解说的画面变化` : ''].filter(Boolean);
  const idleMs = total - choice.availableMs;
  const droppedMs = choice.availableMs - choice.totalMs;
  const cut = [
    idleMs > 0 ? ` ${duration(idleMs, 'zh')}静止画面` : '',
    droppedMs > FIT_TOLERANCE_MS ? ` ${duration(droppedMs, 'zh')}次要片段（为了控制在 ${duration(targetMs, 'zh')}）` : '',
  ].filter(Boolean);
  const lines = [
    `已把 ${files}（${duration(total, 'zh')}）的精彩片段剪成 ${seconds(choice.totalMs, 'zh')}：保留 ${choice.moments.length} 段，${reasons.join('，')}` +
      `${cut.length ? `；剪掉了${cut.join('和')}` : ''}。`,
  ];
  if (choice.short) {
    lines.push(`素材里值得保留的只有 ${seconds(choice.totalMs, 'zh')}，所以比你要的 ${duration(targetMs, 'zh')}短，而不是用空白凑时长。`);
  } else if (choice.totalMs > targetMs + FIT_TOLERANCE_MS) {
    lines.push(`比你要的 ${duration(targetMs, 'zh')}长一些：再短就要把一句话从中间切断。`);
  }
  lines.push(...notesOf(footage, 'zh'));
  return lines.join('');
}

const sourceMs = (footage: MediaRecord[]) => footage.reduce((sum, m) => sum + (m.durationMs ?? 0), 0);

/** "45 s", "2 min", "2 min 1 s"; "45 秒", "2 分钟", "2 分 1 秒". */
function duration(ms: number, lang: Lang = 'en'): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return seconds(ms, lang);
  const rest = totalSeconds % 60;
  const minutes = Math.floor(totalSeconds / 60);
  return say(lang, `${minutes} min${rest ? ` ${rest} s` : ''}`, rest ? `${minutes} 分 ${rest} 秒` : `${minutes} 分钟`);
}
