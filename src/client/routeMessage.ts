import { outputFromText, PlatformWords, Words, type RenderOutput } from '../protocol';

/** Where a user's message goes (the seed's routing table): fixed actions skip the chat stream. */
export type Route =
  | { action: 'export'; output: RenderOutput }
  | { action: 'credits' }
  | { action: 'status' }
  | { action: 'upload' }
  | { action: 'help' }
  | { action: 'chat' };

export function routeMessage(message: string): Route {
  const text = message.toLowerCase();
  if (Words.export.test(text) && !Words.editVerb.test(text)) return { action: 'export', output: outputFromText(text) };
  if (Words.credits.test(text)) return { action: 'credits' };
  if (Words.status.test(text)) return { action: 'status' };
  // "upload it to youtube for me", 上传到B站: posting to a platform, which needs no file picked; the chat answers it.
  if (Words.upload.test(text) && !PlatformWords.some(([platform]) => platform.test(text))) return { action: 'upload' };
  if (Words.help.test(text)) return { action: 'help' };
  return { action: 'chat' };
}
