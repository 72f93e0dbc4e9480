import { outputFromText, PlatformWords, TopicWords, withoutQuotes, Words, type RenderOutput } from '../protocol';

/** Where a user's message goes (the seed's routing table): fixed actions skip the chat stream. */
export type Route =
  | { action: 'export'; output: RenderOutput }
  | { action: 'credits' }
  | { action: 'status' }
  | { action: 'upload' }
  | { action: 'help' }
  | { action: 'chat' };

/**
 * An export asked alone ("export 1080p mp4", 导出gif) is the fixed action. Beside an edit ("mute it, then export"), a
 * question ("why is the export so slow?") or a no ("don't export yet") it is the chat's to read: the fixed action
 * would drop the edit, or start an export nobody asked for.
 */
function exportAlone(text: string): boolean {
  return Words.export.test(text) && !Words.not.test(text) && !(Words.question.test(text) && !Words.request.test(text))
    && TopicWords.every((topic) => topic === Words.export || topic === Words.resolution || !topic.test(text));
}

export function routeMessage(message: string): Route {
  // A title's words are no request: "add an end card 'Credits'" is an edit, 结尾加上"扫码下载" no download.
  const text = withoutQuotes(message.toLowerCase());
  if (exportAlone(text)) return { action: 'export', output: outputFromText(text) };
  if (Words.credits.test(text)) return { action: 'credits' };
  if (Words.status.test(text)) return { action: 'status' };
  // "upload it to youtube for me", 上传到B站: posting to a platform, which needs no file picked; the chat answers it.
  if (Words.upload.test(text) && !PlatformWords.some(([platform]) => platform.test(text))) return { action: 'upload' };
  if (Words.help.test(text)) return { action: 'help' };
  return { action: 'chat' };
}
