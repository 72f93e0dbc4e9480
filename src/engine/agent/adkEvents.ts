import { randomUUID } from 'node:crypto';
import type { AdkEvent, AdkPart, Draft, EditOp } from '../../protocol';

/** Builds the ADK-style events of one invocation (one user message). */
export class AdkEventFactory {
  readonly invocationId = `inv_${randomUUID()}`;

  private event(parts: AdkPart[], stateDelta?: { draft: Draft } | { proposal: EditOp[] }): AdkEvent {
    return {
      id: randomUUID(),
      invocationId: this.invocationId,
      author: 'nemo_agent',
      timestamp: Date.now() / 1000,
      content: { role: 'model', parts },
      ...(stateDelta ? { actions: { stateDelta } } : {}),
    };
  }

  text(text: string, draft?: Draft): AdkEvent {
    return this.event([{ text }], draft ? { draft } : undefined);
  }

  /** A question before an edit: the operations it would make travel with it, so a client can offer the yes. */
  ask(text: string, proposal: EditOp[]): AdkEvent {
    return this.event([{ text }], { proposal });
  }

  call(id: string, name: string, args: Record<string, unknown>): AdkEvent {
    return this.event([{ functionCall: { id, name, args } }]);
  }

  response(id: string, name: string, response: unknown): AdkEvent {
    return this.event([{ functionResponse: { id, name, response } }]);
  }
}
