import { outputFromText, Words, type RenderOutput } from '../protocol';

/** Where a user's message goes (the seed's routing table): fixed actions skip the chat stream. */
export type Route =
  | { action: 'export'; output: RenderOutput }
  | { action: 'credits' }
  | { action: 'status' }
  | { action: 'upload' }
  | { action: 'chat' };

export function routeMessage(message: string): Route {
  const text = message.toLowerCase();
  if (Words.export.test(text) && !Words.editVerb.test(text)) return { action: 'export', output: outputFromText(text) };
  if (Words.credits.test(text)) return { action: 'credits' };
  if (Words.status.test(text)) return { action: 'status' };
  if (Words.upload.test(text)) return { action: 'upload' };
  return { action: 'chat' };
}
