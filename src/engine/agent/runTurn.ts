import type { AdkEvent } from '../../protocol';
import { AdkEventFactory } from './adkEvents';
import { compileBestMoments } from './compileBestMoments';
import { describeDraft } from './describe';
import type { EditOp } from './editOps';
import { parseInstruction } from './parseInstruction';
import type { TurnContext } from './turnContext';


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
      yield* compileBestMoments(ctx, op.target_ms, events);
      return;
  }
}
