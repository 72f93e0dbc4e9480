import * as vscode from 'vscode';
import { z } from 'zod';
import { describeTimeline } from '../../client';
import { EditOp, editOpsMessage, type Draft } from '../../protocol';

const TOOL_NAME = 'democlip_edit_timeline';
const ToolInput = z.object({ ops: z.array(EditOp).min(1) });

const INSTRUCTIONS =
  'You edit a demo video timeline for the user. Turn the request into edit operations and call the tool ' +
  `${TOOL_NAME} once with all of them, in order. Use only operations the tool describes; do not invent fields. ` +
  'If the request is not about editing the clip, do not call the tool.';

/**
 * With the user's chat model, a free-form request ("make it punchier and add something calm underneath") becomes
 * precise engine operations: the model sees the operations as one tool, and its call is sent to the engine as a
 * JSON message through the ordinary chat endpoint. Returns undefined when the model made no call (the engine's own
 * parser then reads the words).
 */
export async function editOpsFromModel(model: vscode.LanguageModelChat, prompt: string, draft: Draft | null | undefined, token: vscode.CancellationToken): Promise<string | undefined> {
  const tool: vscode.LanguageModelChatTool = {
    name: TOOL_NAME,
    description: 'Apply edit operations to the demo clip: trim best moments, titles, music, aspect ratio, fades, moments, speed, undo.',
    inputSchema: z.toJSONSchema(ToolInput) as object,
  };
  const messages = [
    vscode.LanguageModelChatMessage.User(`${INSTRUCTIONS}\n\nThe timeline now:\n${describeTimeline(draft)}`),
    vscode.LanguageModelChatMessage.User(prompt),
  ];
  const response = await model.sendRequest(messages, { tools: [tool], toolMode: vscode.LanguageModelChatToolMode.Auto }, token);
  for await (const part of response.stream) {
    if (!(part instanceof vscode.LanguageModelToolCallPart) || part.name !== TOOL_NAME) continue;
    const input = ToolInput.safeParse(part.input);
    if (input.success) return editOpsMessage(input.data.ops);
  }
  return undefined;
}
