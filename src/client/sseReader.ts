import { createParser } from 'eventsource-parser';
import { say, toChatEvents, type ChatEvent, type Lang } from '../protocol';
import { ProtocolError } from './errors';

/** How many unreadable messages in a row are tolerated before the stream is declared broken. */
const MAX_MALFORMED = 3;

/**
 * Reads an SSE body into chat events. Comment lines (`: keepalive`) and empty `data:` lines become heartbeats;
 * a message of no known form is skipped, unless several in a row say the stream is not what we think it is.
 */
export async function* readChatEvents(body: AsyncIterable<Buffer | string>, lang: Lang = 'en'): AsyncGenerator<ChatEvent> {
  const queue: ChatEvent[] = [];
  let malformed = 0;
  const parser = createParser({
    onEvent: (message) => {
      const events = toChatEvents(message.data);
      if (events === 'malformed') {
        malformed++;
        return;
      }
      malformed = 0;
      queue.push(...events);
    },
    onComment: () => queue.push({ kind: 'heartbeat' }),
  });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    parser.feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (malformed >= MAX_MALFORMED) {
      throw new ProtocolError(say(lang, 'The server sent a chat stream this version cannot read. Try again, or update the extension.', '服务器发来的聊天数据流这个版本读不了。请重试，或者更新扩展。'), 0);
    }
    while (queue.length > 0) yield queue.shift() as ChatEvent;
  }
  // A stream may close without the blank line that ends its last event; that event still counts.
  parser.feed(`${decoder.decode()}\n\n`);
  while (queue.length > 0) yield queue.shift() as ChatEvent;
}
