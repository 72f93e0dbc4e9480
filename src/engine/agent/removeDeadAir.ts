import { type AdkEvent, type ProgressEvent, type Segment, say, type Lang } from '../../protocol';
import { chooseMoments } from '../analysis/chooseMoments';
import { pacedDurationMs, type PacedSpan } from '../analysis/idleSpeedup';
import { commitDraft } from '../sessions';
import type { AdkEventFactory } from './adkEvents';
import { applyEdit } from './applyEdit';
import { analyzeSessionFootage, compileBestMoments } from './compileBestMoments';
import { seconds } from './describe';
import { sourceSpan, videoSegments } from './timeline';
import type { TurnContext } from './turnContext';

/** Pieces shorter than this left by the cut are dropped: a flash of a frame between two cuts is no moment. */
const SHORTEST_PIECE_MS = 300;

/**
 * "Remove the dead air": with no clip yet, everything worth keeping of the footage; with one ("cut it to 30 s, then
 * take out the dead air"), the same clip without its idle stretches, never the whole footage again.
 */
export async function* removeDeadAir(ctx: TurnContext, events: AdkEventFactory, lang: Lang): AsyncGenerator<AdkEvent | ProgressEvent> {
  const clip = videoSegments(ctx.session.draft);
  if (clip.length === 0) {
    yield* compileBestMoments(ctx, Number.POSITIVE_INFINITY, events, lang);
    return;
  }
  const analysed = yield* analyzeSessionFootage(ctx, events, lang, { remove_dead_air: true });
  if (!analysed) return;
  const worth = chooseMoments(analysed.sources, Number.POSITIVE_INFINITY).moments;
  const spans = clip.flatMap((segment) => keptOf(segment, worth));
  const beforeMs = clip.reduce((sum, s) => sum + (s.d ?? 0), 0);
  const afterMs = pacedDurationMs(spans);
  yield analysed.respond({ before_ms: beforeMs, total_ms: afterMs });
  if (spans.length === 0 || beforeMs - afterMs < SHORTEST_PIECE_MS) {
    yield events.text(spans.length === 0
      ? say(lang, 'Every part of the clip is idle screen; taking it all out would leave nothing. Your draft is unchanged.', '整段视频都是空闲画面，全去掉就什么都不剩了。草稿没有改动。')
      : say(lang, 'The clip has no dead air left: every part of it has narration or on-screen action. Your draft is unchanged.', '视频里已经没有空白片段了：每一段都有人声或画面变化。草稿没有改动。'));
    return;
  }
  const draft = applyEdit(ctx.session.draft, { kind: 'set_paced_spans', spans });
  commitDraft(ctx.session, draft);
  yield events.text(say(lang,
    `Took ${seconds(beforeMs - afterMs)} of dead air out of the clip: ${seconds(beforeMs)} → ${seconds(afterMs)}.`,
    `从视频里去掉了 ${seconds(beforeMs - afterMs, lang)}的空白：${seconds(beforeMs, lang)} → ${seconds(afterMs, lang)}。`), draft);
}

/** The parts of a segment of the clip that fall in stretches worth keeping, at the segment's own speed. */
function keptOf(segment: Segment, worth: { src: string; inMs: number; outMs: number }[]): PacedSpan[] {
  const start = segment.in ?? 0;
  const end = start + sourceSpan(segment);
  const speed = segment.m?.speed ?? 1;
  return worth
    .filter((moment) => moment.src === segment.src)
    .map((moment) => ({ src: moment.src, inMs: Math.max(start, moment.inMs), outMs: Math.min(end, moment.outMs), speed, muted: segment.m?.volume === 0 }))
    .filter((piece) => piece.outMs - piece.inMs >= SHORTEST_PIECE_MS);
}
