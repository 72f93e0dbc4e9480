import { randomUUID } from 'node:crypto';
import type { AdkEvent, AdkPart, Draft } from '../../protocol';

/** Builds the ADK-style events of one invocation (one user message). */
export class AdkEventFactory {
  readonly invocationId = `inv_${randomUUID()}`;

  private event(parts: AdkPart[], draft?: Draft): AdkEvent {
    return {
      id: randomUUID(),
      invocationId: this.invocationId,
      author: 'nemo_agent',
      timestamp: Date.now() / 1000,
      content: { role: 'model', parts },
      ...(draft ? { actions: { stateDelta: { draft } } } : {}),
    };
  }

  text(text: string, draft?: Draft): AdkEvent {
    return this.event([{ text }], draft);
  }

  call(id: string, name: string, args: Record<string, unknown>): AdkEvent {
    return this.event([{ functionCall: { id, name, args } }]);
  }

  response(id: string, name: string, response: unknown): AdkEvent {
    return this.event([{ functionResponse: { id, name, response } }]);
  }
}
