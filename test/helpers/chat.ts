import type { ChatEvent } from '../../src/protocol';

/** Every event of a chat turn, in order. */
export async function collect(stream: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const events: ChatEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}
