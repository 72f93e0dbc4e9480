import { defaultJob, isExportable, shortSideOf, type AdkEvent, type Draft, type EditOp, type ProgressEvent, replyLanguage, say, type Lang, Words } from '../../protocol';
import { CJK_FONT_HINT, fontFor } from '../render/fonts';
import { commitDraft } from '../sessions';
import { AdkEventFactory } from './adkEvents';
import { applyEdit, EditError, type DraftEditOp, type EditContext } from './applyEdit';
import { autoZoom } from './autoZoom';
import { compileBestMoments } from './compileBestMoments';
import { speedUpIdle } from './speedUpIdle';
import { describeDraft, exportLabel } from './describe';
import { askFirst } from './describePlan';
import { unsureOf } from './doubts';
import { removeDeadAir } from './removeDeadAir';
import { describeEdit, describeTracks } from './describeEdit';
import { notUnderstood } from './language';
import { parseInstruction } from './parseInstruction';
import { musicSegments, textSegments, videoSegments } from './timeline';
import { loadMedia, type TurnContext } from './turnContext';

const ANALYSIS_OPS = new Set<EditOp['op']>(['compile_best_moments', 'remove_dead_air', 'speed_up_idle', 'zoom_at']);
/** "auto zoom" reads the footage's frames (analysis); less, more and off only change the draft's zooms. */
const analyses = (op: EditOp) => ANALYSIS_OPS.has(op.op) || (op.op === 'set_zoom' && op.mode === 'auto');
/** Ops whose own reply already describes the whole timeline. */
const SUMMARISED_OPS = new Set<EditOp['op']>([...ANALYSIS_OPS, 'undo', 'redo', 'start_over', 'show_tracks', 'export']);

/**
 * Runs one user message against the session's draft and yields what happened as ADK events: for every operation a
 * functionCall and a functionResponse, then a reply that says what changed, with the new draft in stateDelta.
 */
export async function* runTurn(ctx: TurnContext, message: string): AsyncGenerator<AdkEvent | ProgressEvent> {
  const events = new AdkEventFactory();
  const media = await loadMedia(ctx);
  const context: EditContext = {
    media: media.map((m) => ({ id: m.mediaId, filename: m.filename, fileType: m.fileType, durationMs: m.durationMs, width: m.width, height: m.height })),
  };
  const draft = ctx.session.draft;
  const lang = replyLanguage(message, ctx.session.language);
  // A yes to the reading asked about last turn makes it; anything else drops it and is read afresh.
  const proposal = ctx.session.proposal;
  delete ctx.session.proposal;
  const accepted = proposal !== undefined && Words.goAhead.test(message.trim());
  const parsed = accepted ? { ops: proposal, unknown: [] } : parseInstruction(message, {
    moments: videoSegments(draft).length, texts: textSegments(draft).length, music: musicSegments(draft).length > 0,
  });
  const { ops, unknown } = parsed;
  const doubts = accepted ? undefined : unsureOf(message, parsed);
  if (doubts) {
    ctx.session.proposal = ops;
    yield events.ask(askFirst(ops, doubts, lang), ops);
    return;
  }
  if (proposal !== undefined && Words.declined.test(message.trim())) {
    yield events.text(say(lang, 'OK, I left it as it was. Say it another way and I\'ll try again.', '好的，没有改动。换个说法我再试一次。'));
    return;
  }
  if (ops.length === 0 && Words.goAhead.test(message.trim())) {
    const example = defaultJob(Number.POSITIVE_INFINITY, lang).prompt;
    yield events.text(say(lang, `Nothing is waiting for a yes: tell me what to change, e.g. "${example}".`, `没有等你确认的改动：告诉我要改什么，比如“${example}”。`));
    return;
  }
  if (ops.length === 0) {
    yield events.text(`${notUnderstood(unknown.length ? unknown : [message], lang)}${say(lang, ' Your draft is unchanged.', '草稿没有改动。')}`);
    return;
  }
  const before = ctx.session.draft;
  const turn = { alone: ops.length === 1, exportAsked: ops.some((asked) => asked.op === 'export') };
  for (const [k, op] of ops.entries()) {
    const callId = `call_${events.invocationId.slice(4, 12)}_${k}`;
    // Analysis ops announce their own tool call (analyze_footage), with the files they read.
    if (!analyses(op)) yield events.call(callId, op.op, op as Record<string, unknown>);
    yield* execute(ctx, op, context, callId, events, lang, turn);
  }
  // One summary of the timeline after all the edits, rather than one per edit.
  if (ctx.session.draft !== before && isExportable(ctx.session.draft) && ops.some((op) => !SUMMARISED_OPS.has(op.op))) yield events.text(describeDraft(ctx.session.draft, lang));
  if (unknown.length > 0) yield events.text(`${notUnderstood(unknown, lang)}${say(lang, ' The rest is done.', '其余的已经完成。')}`);
}

/**
 * `alone`: the turn asks this one edit, so when it cannot be made the draft is as it was (with others, it may not be).
 * `exportAsked`: the turn asks for the file too.
 */
async function* execute(ctx: TurnContext, op: EditOp, context: EditContext, callId: string, events: AdkEventFactory, lang: Lang, { alone, exportAsked }: { alone: boolean; exportAsked: boolean }): AsyncGenerator<AdkEvent | ProgressEvent> {
  const session = ctx.session;
  switch (op.op) {
    case 'compile_best_moments':
      yield* compileBestMoments(ctx, op.target_ms, events, lang, exportAsked);
      return;
    case 'remove_dead_air':
      yield* removeDeadAir(ctx, events, lang);
      return;
    case 'speed_up_idle':
      yield* speedUpIdle(ctx, op.factor, events, lang);
      return;
    case 'zoom_at':
      yield* autoZoom(ctx, op, events, lang);
      return;
    case 'undo':
    case 'redo': {
      const from = op.op === 'undo' ? session.undo : session.redo;
      const to = op.op === 'undo' ? session.redo : session.undo;
      const restored = from.pop();
      if (!restored) {
        yield events.response(callId, op.op, { ok: false });
        yield events.text(op.op === 'undo' ? say(lang, 'There is nothing to undo.', '没有可以撤销的操作。') : say(lang, 'There is nothing to redo.', '没有可以重做的操作。'));
        return;
      }
      to.push(session.draft);
      session.draft = restored;
      yield events.response(callId, op.op, { ok: true });
      const done = op.op === 'undo' ? say(lang, 'Undone.', '已撤销。') : say(lang, 'Redone.', '已重做。');
      yield events.text(`${done} ${describeDraft(restored, lang)}`, restored);
      return;
    }
    case 'start_over': {
      const empty: Draft = { m: { ...session.draft.m, sources: undefined }, d: 0, t: [] };
      commitDraft(session, empty);
      yield events.response(callId, op.op, { ok: true });
      yield events.text(say(lang, 'Started over: the timeline is empty; your uploads are still here. Say "undo" to get it back.', '已重新开始：时间线清空了，上传的素材都还在。说“撤销”可以恢复。'), empty);
      return;
    }
    case 'show_tracks':
      yield events.response(callId, op.op, { ok: true });
      yield events.text(describeTracks(session.draft, lang));
      return;
    case 'export': {
      yield events.response(callId, op.op, { ok: true });
      const ready = isExportable(session.draft);
      const what = exportLabel(op);
      // Beside edits, the turn's own summary says the timeline once, after them.
      const timeline = alone ? `${describeDraft(session.draft, lang)} ` : '';
      yield events.text(ready
        ? say(lang, `${timeline}Export renders it as ${what}.`, `${timeline}导出会把它渲染成 ${what}。`)
        : say(lang, 'There is nothing to export yet: upload footage and ask me to trim the best moments first.', '还没有可以导出的内容：先上传素材，再让我剪出精彩片段。'));
      return;
    }
    default:
      if (op.op === 'set_zoom' && op.mode === 'auto') yield* autoZoom(ctx, op, events, lang);
      else yield* applyAndReply(ctx, op, context, callId, events, lang, alone);
  }
}

async function* applyAndReply(ctx: TurnContext, op: DraftEditOp, context: EditContext, callId: string, events: AdkEventFactory, lang: Lang, alone: boolean): AsyncGenerator<AdkEvent> {
  const before = ctx.session.draft;
  let after: Draft;
  try {
    after = applyEdit(before, op, context);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    yield events.response(callId, op.op, { ok: false, error: error.message });
    yield events.text(alone ? say(lang, `${error.message} Your draft is unchanged.`, `${error.zh}草稿没有改动。`) : say(lang, error.message, error.zh));
    return;
  }
  commitDraft(ctx.session, after);
  const summary = describeEdit(op, before, after, lang);
  yield events.response(callId, op.op, { ok: true, summary });
  yield events.text(`${summary}${upscaleWarning(op, after, context, lang)}${await undrawableWarning(op, lang)}`, after);
}

/** Characters no font on this machine can draw are said out loud (the video leaves them out instead of boxes). */
async function undrawableWarning(op: EditOp, lang: Lang): Promise<string> {
  if ((op.op !== 'add_text' && op.op !== 'edit_text') || !op.text) return '';
  const { missing } = await fontFor(op.text);
  if (missing.length === 0) return '';
  const chars = missing.map((c) => say(lang, `"${c}"`, `“${c}”`)).join(' ');
  return say(lang,
    ` Note: no font on this machine can draw ${chars}, so the video leaves ${missing.length === 1 ? 'it' : 'them'} out. ${CJK_FONT_HINT.en}`,
    ` 注意：这台机器上没有能显示 ${chars} 的字体，视频里会略去这些字。${CJK_FONT_HINT.zh}`);
}

/** "Never upscale silently": a canvas taller than every source is said out loud. */
function upscaleWarning(op: EditOp, draft: Draft, context: EditContext, lang: Lang): string {
  if (op.op !== 'set_resolution') return '';
  const tallest = Math.max(0, ...context.media.filter((m) => m.fileType === 'video').map((m) => m.height ?? 0));
  const short = shortSideOf(draft);
  if (!(tallest > 0 && short > tallest)) return '';
  return say(lang, ` Note: your footage is ${tallest}p, so ${short}p upscales it; it won't add detail.`, ` 注意：素材是 ${tallest}p，${short}p 是放大，不会增加细节。`);
}
