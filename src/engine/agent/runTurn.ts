import { isExportable, type AdkEvent, type Draft, type EditOp } from '../../protocol';
import { CJK_FONT_HINT, fontFor } from '../render/fonts';
import { commitDraft } from '../sessions';
import { AdkEventFactory } from './adkEvents';
import { applyEdit, EditError, type DraftEditOp, type EditContext } from './applyEdit';
import { compileBestMoments } from './compileBestMoments';
import { speedUpIdle } from './speedUpIdle';
import { describeDraft } from './describe';
import { describeEdit, describeTracks } from './describeEdit';
import { parseInstruction } from './parseInstruction';
import { textSegments, videoSegments } from './timeline';
import { loadMedia, type TurnContext } from './turnContext';

const HELP_TEXT =
  'I can: trim the best moments into a clip ("trim the best moments and compile them into a 60-second demo clip", ' +
  '"剪辑精彩片段成60秒"), remove dead air, speed up idle parts, keep everything; change the frame ("make it 9:16", ' +
  '"square", "竖屏"), resolution ("720p", "4K"); add titles and captions ("add title \'Urban Dreams\' 0-3s", ' +
  '加标题"…"); add music ("add lo-fi BGM at 35%", "添加背景音乐"), make it quieter or louder, mute the footage; ' +
  'fade in / out, crossfade, remove / move / shorten moment N, cut from 0:10 to 0:15, speed 1.5x; ' +
  'use only one file; undo, redo, start over; show tracks; export.';

const ANALYSIS_OPS = new Set<EditOp['op']>(['compile_best_moments', 'remove_dead_air', 'speed_up_idle']);
/** Ops whose own reply already describes the whole timeline. */
const SUMMARISED_OPS = new Set<EditOp['op']>([...ANALYSIS_OPS, 'undo', 'redo', 'start_over', 'show_tracks', 'export']);

/**
 * Runs one user message against the session's draft and yields what happened as ADK events: for every operation a
 * functionCall and a functionResponse, then a reply that says what changed, with the new draft in stateDelta.
 */
export async function* runTurn(ctx: TurnContext, message: string): AsyncGenerator<AdkEvent> {
  const events = new AdkEventFactory();
  const media = await loadMedia(ctx);
  const context: EditContext = {
    media: media.map((m) => ({ id: m.mediaId, filename: m.filename, fileType: m.fileType, durationMs: m.durationMs, height: m.height })),
  };
  const draft = ctx.session.draft;
  const { ops, unknown } = parseInstruction(message, { moments: videoSegments(draft).length, texts: textSegments(draft).length });
  if (ops.length === 0) {
    yield events.text(`I didn't understand "${message.slice(0, 200)}". ${HELP_TEXT} Your draft is unchanged.`);
    return;
  }
  const before = ctx.session.draft;
  for (const [k, op] of ops.entries()) {
    const callId = `call_${events.invocationId.slice(4, 12)}_${k}`;
    // Analysis ops announce their own tool call (analyze_footage), with the files they read.
    if (!ANALYSIS_OPS.has(op.op)) yield events.call(callId, op.op, op as Record<string, unknown>);
    yield* execute(ctx, op, context, callId, events);
  }
  // One summary of the timeline after all the edits, rather than one per edit.
  if (ctx.session.draft !== before && isExportable(ctx.session.draft) && ops.some((op) => !SUMMARISED_OPS.has(op.op))) yield events.text(describeDraft(ctx.session.draft));
  if (unknown.length > 0) {
    yield events.text(`I didn't understand ${unknown.map((u) => `"${u.slice(0, 120)}"`).join(', ')}; the rest is done. ${HELP_TEXT}`);
  }
}

async function* execute(ctx: TurnContext, op: EditOp, context: EditContext, callId: string, events: AdkEventFactory): AsyncGenerator<AdkEvent> {
  const session = ctx.session;
  switch (op.op) {
    case 'compile_best_moments':
    case 'remove_dead_air':
      yield* compileBestMoments(ctx, op.op === 'compile_best_moments' ? op.target_ms : Number.POSITIVE_INFINITY, events);
      return;
    case 'speed_up_idle':
      yield* speedUpIdle(ctx, op.factor, events);
      return;
    case 'undo':
    case 'redo': {
      const from = op.op === 'undo' ? session.undo : session.redo;
      const to = op.op === 'undo' ? session.redo : session.undo;
      const restored = from.pop();
      if (!restored) {
        yield events.response(callId, op.op, { ok: false });
        yield events.text(`There is nothing to ${op.op}.`);
        return;
      }
      to.push(session.draft);
      session.draft = restored;
      yield events.response(callId, op.op, { ok: true });
      yield events.text(`${op.op === 'undo' ? 'Undone' : 'Redone'}. ${describeDraft(restored)}`, restored);
      return;
    }
    case 'start_over': {
      const empty: Draft = { m: { ...session.draft.m, sources: undefined }, d: 0, t: [] };
      commitDraft(session, empty);
      yield events.response(callId, op.op, { ok: true });
      yield events.text('Started over: the timeline is empty; your uploads are still here. Say "undo" to get it back.', empty);
      return;
    }
    case 'show_tracks':
      yield events.response(callId, op.op, { ok: true });
      yield events.text(describeTracks(session.draft));
      return;
    case 'export': {
      yield events.response(callId, op.op, { ok: true });
      const ready = isExportable(session.draft);
      const what = `${op.resolution ?? 'the draft\'s resolution'} ${op.format.toUpperCase()}`;
      yield events.text(ready ? `${describeDraft(session.draft)} Click Export to render it as ${what}.` : 'There is nothing to export yet: upload footage and ask me to trim the best moments first.');
      return;
    }
    default:
      yield* applyAndReply(ctx, op, context, callId, events);
  }
}

async function* applyAndReply(ctx: TurnContext, op: DraftEditOp, context: EditContext, callId: string, events: AdkEventFactory): AsyncGenerator<AdkEvent> {
  const before = ctx.session.draft;
  let after: Draft;
  try {
    after = applyEdit(before, op, context);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    yield events.response(callId, op.op, { ok: false, error: error.message });
    yield events.text(`${error.message} Your draft is unchanged.`);
    return;
  }
  commitDraft(ctx.session, after);
  const summary = describeEdit(op, before, after);
  yield events.response(callId, op.op, { ok: true, summary });
  yield events.text(`${summary}${upscaleWarning(op, after, context)}${await undrawableWarning(op)}`, after);
}

/** Characters no font on this machine can draw are said out loud (the video leaves them out instead of boxes). */
async function undrawableWarning(op: EditOp): Promise<string> {
  if ((op.op !== 'add_text' && op.op !== 'edit_text') || !op.text) return '';
  const { missing } = await fontFor(op.text);
  if (missing.length === 0) return '';
  return ` Note: no font on this machine can draw ${missing.map((c) => `"${c}"`).join(' ')}, so the video leaves ${missing.length === 1 ? 'it' : 'them'} out. ${CJK_FONT_HINT}`;
}

/** "Never upscale silently": a canvas taller than every source is said out loud. */
function upscaleWarning(op: EditOp, draft: Draft, context: EditContext): string {
  if (op.op !== 'set_resolution') return '';
  const tallest = Math.max(0, ...context.media.filter((m) => m.fileType === 'video').map((m) => m.height ?? 0));
  const short = Math.min(draft.m?.width ?? 1920, draft.m?.height ?? 1080);
  return tallest > 0 && short > tallest ? ` Note: your footage is ${tallest}p, so ${short}p upscales it; it won't add detail.` : '';
}
