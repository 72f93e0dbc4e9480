import type { AdkEvent } from '../../protocol';
import { analyzeMedia } from '../analysis/analyzeMedia';
import { chooseMoments, type Choice } from '../analysis/chooseMoments';
import type { EngineConfig } from '../config';
import { commitDraft } from '../sessions';
import type { MediaRecord, SessionRecord } from '../store/records';
import type { Store } from '../store/store';
import { AdkEventFactory } from './adkEvents';
import { applyEdit } from './applyEdit';
import { describeDraft, plural, seconds } from './describe';
import type { EditOp } from './editOps';
import { parseInstruction } from './parseInstruction';

export interface TurnContext {
  store: Store;
  config: EngineConfig;
  session: SessionRecord;
  signal: AbortSignal;
}

export const HELP_TEXT =
  'I can trim the best moments of your footage into a clip of the length you ask ' +
  '("trim the best moments and compile them into a 60-second demo clip", "剪辑精彩片段成30秒"), ' +
  'and export it ("export 1080p MP4", "导出").';

/**
 * Runs one user message against the session's draft and yields what happened as ADK events. The session record
 * is updated in place; the caller saves it.
 */
export async function* runTurn(ctx: TurnContext, message: string): AsyncGenerator<AdkEvent> {
  const events = new AdkEventFactory();
  const ops = parseInstruction(message);
  if (ops.length === 0) {
    yield events.text(`I didn't understand "${message.slice(0, 200)}". ${HELP_TEXT} Your draft is unchanged.`);
    return;
  }
  for (const op of ops) yield* execute(ctx, op, events);
}

async function* execute(ctx: TurnContext, op: EditOp, events: AdkEventFactory): AsyncGenerator<AdkEvent> {
  switch (op.op) {
    case 'export': {
      const draft = ctx.session.draft;
      const ready = draft.t.some((track) => track.sg.length > 0);
      yield events.text(
        ready
          ? `${describeDraft(draft)} Click Export to render it as ${op.resolution} ${op.format.toUpperCase()}.`
          : 'There is nothing to export yet: upload footage and ask me to trim the best moments first.',
      );
      return;
    }
    case 'compile_best_moments':
      yield* compile(ctx, op.target_ms, events);
      return;
  }
}

async function* compile(ctx: TurnContext, targetMs: number, events: AdkEventFactory): AsyncGenerator<AdkEvent> {
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
      { path: ctx.store.mediaPath(media), sha256: media.sha256, durationMs: media.durationMs ?? 0, hasVideo: media.hasVideo, hasAudio: media.hasAudio },
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

async function loadMedia(ctx: TurnContext): Promise<MediaRecord[]> {
  const records = await Promise.all(ctx.session.mediaIds.map((id) => ctx.store.media(id)));
  return records.filter((record): record is MediaRecord => record !== undefined);
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
