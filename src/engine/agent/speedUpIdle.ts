import { type AdkEvent, type ProgressEvent, say, type Lang } from '../../protocol';
import { idleSpeedup, pacedDurationMs } from '../analysis/idleSpeedup';
import { commitDraft } from '../sessions';
import type { AdkEventFactory } from './adkEvents';
import { applyEdit, framedLikeFootage } from './applyEdit';
import { analyzeSessionFootage } from './compileBestMoments';
import { seconds } from './describe';
import type { TurnContext } from './turnContext';

/** "Keep everything but make it faster": every file whole, idle stretches sped up (and muted) instead of cut. */
export async function* speedUpIdle(ctx: TurnContext, factor: number, events: AdkEventFactory, lang: Lang): AsyncGenerator<AdkEvent | ProgressEvent> {
  const analysed = yield* analyzeSessionFootage(ctx, events, lang, { speed_up_idle: factor });
  if (!analysed) return;
  const spans = idleSpeedup(analysed.sources, factor);
  const sourceMs = spans.reduce((sum, s) => sum + s.outMs - s.inMs, 0);
  const idle = spans.filter((s) => s.speed > 1);
  const idleMs = idle.reduce((sum, s) => sum + s.outMs - s.inMs, 0);
  const totalMs = pacedDurationMs(spans);
  yield analysed.respond({ idle_stretches: idle.length, idle_ms: idleMs, total_ms: totalMs });
  if (idle.length === 0) {
    yield events.text(say(lang,
      `I found no idle stretch of 2 s or more in ${seconds(sourceMs)} of footage, so there is nothing to speed up. Your draft is unchanged.`,
      `${seconds(sourceMs, lang)}的素材里没有 2 秒以上的空闲片段，没有可以加速的。草稿没有改动。`));
    return;
  }
  const draft = framedLikeFootage(applyEdit(ctx.session.draft, { kind: 'set_paced_spans', spans }), analysed.footage);
  commitDraft(ctx.session, draft);
  yield events.text(
    say(lang,
      `Kept all ${seconds(sourceMs)} of footage; ${idle.length} idle stretch${idle.length === 1 ? '' : 'es'} (${seconds(idleMs)}) now play at ${factor}x, muted. The clip is ${seconds(totalMs)}.`,
      `保留了全部 ${seconds(sourceMs, lang)}素材；${idle.length} 段空闲片段（${seconds(idleMs, lang)}）现在以 ${factor} 倍速静音播放。视频长 ${seconds(totalMs, lang)}。`),
    draft,
  );
}
