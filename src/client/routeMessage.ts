import { outputFromText, type RenderOutput } from '../protocol';

/** Where a user's message goes (the seed's routing table): fixed actions skip the chat stream. */
export type Route =
  | { action: 'export'; output: RenderOutput }
  | { action: 'credits' }
  | { action: 'status' }
  | { action: 'upload' }
  | { action: 'help' }
  | { action: 'chat' };

const EXPORT = /\bexport\b|\bdownload\b|send me the (video|clip)|导出|下载/i;
const CREDITS = /\bcredits?\b|\bbalance\b|积分|余额/i;
const STATUS = /^\s*(status|show (the )?tracks|preview in timeline)\b|状态/i;
const UPLOAD = /^\s*(upload)\b|上传/i;
/** "What can you do?", "help", "how does this work": discovery, answered in a few lines. */
const HELP = /^\s*(help|\?|what (else )?can (you|i) do( here)?|what do you do|how (does this|do i use this|do you) work|你能做什么|帮助)\s*[?？!.。]*\s*$/i;
/** "Trim … then export" is an edit first: the edit agent handles it, and the user exports after. */
const EDIT_WORDS = /\b(trim|compile|add|make|cut|remove|title|music|bgm)\b|剪辑|添加|加/i;

export function routeMessage(text: string): Route {
  if (EXPORT.test(text) && !EDIT_WORDS.test(text)) return { action: 'export', output: outputFromText(text) };
  if (CREDITS.test(text)) return { action: 'credits' };
  if (STATUS.test(text)) return { action: 'status' };
  if (UPLOAD.test(text)) return { action: 'upload' };
  if (HELP.test(text)) return { action: 'help' };
  return { action: 'chat' };
}
