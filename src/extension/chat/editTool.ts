import * as vscode from 'vscode';
import { EDIT_TOOL_NAME, editOpsMessage, EditToolInput } from '../../protocol';
import type { Connection } from '../connection';
import { signalOf } from '../errors';
import { displayText } from '../l10n';
import { describeOps } from './toolConfirmation';

/**
 * The edit operations as a language model tool, contributed in package.json, so that agent mode (any chat model, not
 * only @democlip's) can edit the clip. Before it runs, VS Code shows what will change and asks; the operations then go
 * to the local engine as one chat turn, and the engine's reply (what changed, the timeline now) is the tool's result.
 */
export function registerEditTool(connection: Connection): vscode.Disposable {
  return vscode.lm.registerTool<EditToolInput>(EDIT_TOOL_NAME, {
    prepareInvocation: ({ input }) => {
      const text = displayText();
      return {
        invocationMessage: text.toolEditing,
        confirmationMessages: { title: text.toolConfirmTitle, message: new vscode.MarkdownString(`${text.toolConfirmBody}\n\n${describeOps(input.ops)}`) },
      };
    },
    invoke: async ({ input }, token) => {
      const { ops } = EditToolInput.parse(input);
      const reply = await connection.inSession(async ({ client, sessionId, backend }) => {
        // The cloud reads words, not operations: there the model should write to @democlip instead.
        if (backend !== 'local') throw new Error(displayText().toolNeedsLocalEngine);
        const said: string[] = [];
        for await (const event of client.chat(sessionId, editOpsMessage(ops), { signal: signalOf(token) })) {
          if (event.kind === 'text' && !event.partial) said.push(event.text);
          if (event.kind === 'error') throw new Error(event.message);
        }
        return said.join('\n\n');
      });
      connection.notifyChanged();
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(reply)]);
    },
  });
}
