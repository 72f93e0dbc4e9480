import * as vscode from 'vscode';
import { describeTimeline } from '../../client';
import { EDIT_TOOL_NAME, editOpsMessage, EditToolInput, editToolInputSchema, type Draft } from '../../protocol';
import { isCancellation, messageOf } from '../errors';

const INSTRUCTIONS =
  'You edit a demo video timeline for the user. Turn the request into edit operations and call the tool ' +
  `${EDIT_TOOL_NAME} once with all of them, in order. Use only operations the tool describes; do not invent fields. ` +
  'If the request is not about editing the clip, do not call the tool.';

/** What the model made of a request: operations for the engine, nothing, or why it could not be used. */
export type ModelOutcome = { kind: 'ops'; message: string } | { kind: 'none' } | { kind: 'unavailable'; code?: string; detail: string };

/** The edit tool as this extension contributes and registers it: the same name, description and schema agent mode sees. */
function editTool(): vscode.LanguageModelChatTool {
  const registered = vscode.lm.tools.find((tool) => tool.name === EDIT_TOOL_NAME);
  return { name: EDIT_TOOL_NAME, description: registered?.description ?? EDIT_TOOL_NAME, inputSchema: registered?.inputSchema ?? editToolInputSchema() };
}

/**
 * With the user's chat model, a free-form request ("make it punchier and add something calm underneath") becomes
 * precise engine operations: the model is offered the edit tool, and its call is sent to the engine as a JSON message
 * through the ordinary chat endpoint. In @democlip the user asked for the edit in so many words, so the call is applied
 * without the confirmation agent mode shows. A LanguageModelError (no consent, quota, blocked, model gone) is not a
 * failure of the request: it comes back with its code, the reply says why, and the engine's own parser reads the words.
 */
export async function editOpsFromModel(model: vscode.LanguageModelChat, prompt: string, draft: Draft | null | undefined, token: vscode.CancellationToken): Promise<ModelOutcome> {
  const messages = [
    vscode.LanguageModelChatMessage.User(`${INSTRUCTIONS}\n\nThe timeline now:\n${describeTimeline(draft)}`),
    vscode.LanguageModelChatMessage.User(prompt),
  ];
  try {
    const response = await model.sendRequest(messages, { tools: [editTool()], toolMode: vscode.LanguageModelChatToolMode.Auto }, token);
    for await (const part of response.stream) {
      if (!(part instanceof vscode.LanguageModelToolCallPart) || part.name !== EDIT_TOOL_NAME) continue;
      const input = EditToolInput.safeParse(part.input);
      if (input.success) return { kind: 'ops', message: editOpsMessage(input.data.ops) };
    }
    return { kind: 'none' };
  } catch (error) {
    if (isCancellation(error) || token.isCancellationRequested) throw error;
    return { kind: 'unavailable', code: error instanceof vscode.LanguageModelError ? error.code : undefined, detail: messageOf(error) };
  }
}
