import type { AdkEvent } from '../../protocol';
import { analyzeMedia } from '../analysis/analyzeMedia';
import { chooseMoments, type Choice } from '../analysis/chooseMoments';
import { commitDraft } from '../sessions';
import type { MediaRecord } from '../store/records';
import type { AdkEventFactory } from './adkEvents';
import { applyEdit } from './applyEdit';
import { plural, seconds } from './describe';
import { loadMedia, type TurnContext } from './turnContext';

/** "Trim the best moments into N seconds": analyse every video of the session, choose, and replace the video track. */
export async function* compileBestMoments(ctx: TurnContext, targetMs: number, events: AdkEventFactory): AsyncGenerator<AdkEvent> {
  const footage = (await loadMedia(ctx)).filter((media) => media.fileType === 'video' && (media.durationMs ?? 0) > 0);
  if (footage.length === 0) {
    yield events.text('There is no video in this session yet. Upload your footage first, then ask again. Your draft is unchanged.');
    return;
  }
  const callId = `call_${events.invocationId.slice(4, 12)}`;
  yield events.call(callId, 'analyze_footage', { files: footage.map((m) => m.filename), target_ms: targetMs });
  const sources = [];
  for (const media of footage) {
    const signals = await analyzeMedia(
      { path: ctx.store.mediaPath(media), sha256: media.sha256, durationMs: media.durationMs ?? 0, width: media.width, height: media.height, hasVideo: media.hasVideo, hasAudio: media.hasAudio },
      ctx.config.ffmpeg,
      ctx.store.cacheDir,
      ctx.signal,
    );
    sources.push({ src: media.mediaId, signals });
  }
  const choice = chooseMoments(sources, targetMs);
  yield events.response(callId, 'analyze_footage', { moments: choice.moments.length, total_ms: choice.totalMs, short: choice.short });
  if (choice.moments.length === 0) {
    yield events.text('I found no moments with activity or speech in this footage (it looks static and silent). Your draft is unchanged.');
    return;
  }
  const draft = applyEdit(ctx.session.draft, { kind: 'set_video_moments', moments: choice.moments });
  commitDraft(ctx.session, draft);
  yield events.text(compileReply(choice, targetMs, footage), draft);
}

function compileReply(choice: Choice, targetMs: number, footage: MediaRecord[]): string {
  const sourceMs = footage.reduce((sum, m) => sum + (m.durationMs ?? 0), 0);
  const files = footage.length === 1 ? footage[0].filename : `${footage.length} files`;
  const head = `Compiled the best ${plural(choice.moments.length, 'moment')} of ${files} (${seconds(sourceMs)}) into a ${seconds(choice.totalMs)} clip.`;
  const short = choice.short
    ? ` The footage has only ${seconds(choice.totalMs)} worth keeping, so the clip is shorter than the ${seconds(targetMs)} you asked for rather than padded with dead air.`
    : '';
  return `${head}${short} Video track: ${plural(choice.moments.length, 'segment')}. Say "export 1080p MP4" when you're happy.`;
}
