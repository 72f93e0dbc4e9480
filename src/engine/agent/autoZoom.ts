import { canvasOf, say, type AdkEvent, type Draft, type EditOp, type Lang, type ProgressEvent, type Zoom } from '../../protocol';
import { MAX_ZOOM, zoomOnto, zoomsOf } from '../analysis/zoomPlan';
import type { SourceSignals } from '../analysis/chooseMoments';
import { commitDraft } from '../sessions';
import type { MediaRecord } from '../store/records';
import type { AdkEventFactory } from './adkEvents';
import { applyEdit } from './applyEdit';
import { plural, seconds } from './describe';
import { analyzeSessionFootage } from './compileBestMoments';
import { videoSegments } from './timeline';
import type { TurnContext } from './turnContext';

/**
 * "auto zoom": the zooms found in every source's frames (the analysis is cached, so this is quick after the best
 * moments); "zoom in on the form at 0:12 for 3 seconds": one zoom onto the action at that time of the clip.
 */
export async function* autoZoom(ctx: TurnContext, op: Extract<EditOp, { op: 'set_zoom' | 'zoom_at' }>, events: AdkEventFactory, lang: Lang): AsyncGenerator<AdkEvent | ProgressEvent> {
  const analysed = yield* analyzeSessionFootage(ctx, events, lang, { zoom: true });
  if (!analysed) return;
  const { footage, sources } = analysed;
  const draft = ctx.session.draft;
  const zooms = op.op === 'set_zoom' ? zoomsOf(sources, footage) : zoomAt(draft, op.start_ms, op.duration_ms, sources, footage);
  yield analysed.respond({ zooms });
  if (!zooms) {
    yield events.text(say(lang, `There is no footage at ${seconds(op.op === 'zoom_at' ? op.start_ms : 0)} of the clip. Your draft is unchanged.`, `剪辑的 ${seconds(op.op === 'zoom_at' ? op.start_ms : 0, 'zh')} 处没有画面。草稿没有改动。`));
    return;
  }
  const after = applyEdit(draft, { kind: 'set_zooms', zooms });
  commitDraft(ctx.session, after);
  const inClip = zooms.filter((z) => videoSegments(after).some((sg) => sg.src === z.src && z.out > (sg.in ?? 0) && z.in < (sg.in ?? 0) + (sg.d ?? 0) * (sg.m?.speed ?? 1))).length;
  const { width, height } = canvasOf(after);
  const follows = width <= height;
  yield events.text(op.op === 'zoom_at'
    ? say(lang, `Zooming in on the action at ${seconds(op.start_ms)} for ${seconds(op.duration_ms)}.`, `已在 ${seconds(op.start_ms, 'zh')} 放大到操作处，持续 ${seconds(op.duration_ms, 'zh')}。`)
    : say(lang,
      `Auto-zoom is on: ${plural(inClip, 'zoom')} onto typing, the pointer and clicks in the clip${follows ? ', and the frame follows the action' : ''}. Say "less zoom" or "no zoom" to change it.`,
      `已开启自动缩放：剪辑里有 ${inClip} 处放大到打字、鼠标和点击的位置${follows ? '，画面跟随操作' : ''}。说“缩放小一点”或“不要缩放”可以调整。`), after);
}

/**
 * One zoom at `startMs` of the clip for `durationMs`: onto the action in that stretch of its source (typing, the
 * pointer, clicks), else onto the middle at the largest zoom. The draft's other zooms of that stretch give way.
 * Undefined when no footage plays at that time.
 */
function zoomAt(draft: Draft, startMs: number, durationMs: number, sources: SourceSignals[], footage: MediaRecord[]): Zoom[] | undefined {
  const segment = videoSegments(draft).find((sg) => (sg.at ?? 0) <= startMs && startMs < (sg.at ?? 0) + (sg.d ?? 0));
  const media = footage.find((m) => m.mediaId === segment?.src);
  const signals = sources.find((s) => s.src === segment?.src)?.signals;
  if (!segment?.src || !media?.width || !media.height || !signals) return undefined;
  const speed = segment.m?.speed ?? 1;
  const inMs = Math.round((segment.in ?? 0) + (startMs - (segment.at ?? 0)) * speed);
  const outMs = Math.round(inMs + durationMs * speed);
  const rect = zoomOnto(signals, inMs, outMs, media.width, media.height) ??
    { x: Math.round((media.width * (1 - 1 / MAX_ZOOM)) / 2), y: Math.round((media.height * (1 - 1 / MAX_ZOOM)) / 2), w: Math.round(media.width / MAX_ZOOM), h: Math.round(media.height / MAX_ZOOM) };
  const others = (draft.m?.zooms ?? []).filter((z) => z.src !== segment.src || z.out <= inMs || z.in >= outMs);
  return [...others, { src: segment.src, in: inMs, out: outMs, ...rect }].sort((a, b) => a.in - b.in);
}
