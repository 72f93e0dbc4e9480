import * as vscode from 'vscode';
import { outputFromText, outputLabel, type RenderOutput } from '../protocol';
import type { Connection } from './connection';
import { messageOf } from './errors';
import { exportClip } from './exportClip';

interface ExportTaskDefinition extends vscode.TaskDefinition {
  action: 'export';
  resolution?: RenderOutput['resolution'];
  format?: RenderOutput['format'];
}

/** "Tasks: Run Task → Demo Clip: Export": the same export, with its log in a terminal (CustomExecution + Pseudoterminal). */
export function registerExportTask(context: vscode.ExtensionContext, connection: Connection): vscode.Disposable {
  const toTask = (definition: ExportTaskDefinition) =>
    new vscode.Task(
      definition,
      vscode.TaskScope.Workspace,
      `Export ${outputLabel(outputOf(definition))}`,
      'Demo Clip',
      new vscode.CustomExecution(async () => new ExportTerminal(context, connection, definition)),
    );
  return vscode.tasks.registerTaskProvider('democlip', {
    provideTasks: () => [toTask({ type: 'democlip', action: 'export', format: 'mp4' })],
    resolveTask: (task) => (task.definition.action === 'export' ? toTask(task.definition as ExportTaskDefinition) : undefined),
  });
}

function outputOf(definition: ExportTaskDefinition): RenderOutput {
  return {
    ...outputFromText(''),
    ...(definition.resolution ? { resolution: definition.resolution } : {}),
    ...(definition.format ? { format: definition.format } : {}),
  };
}

class ExportTerminal implements vscode.Pseudoterminal {
  private readonly writer = new vscode.EventEmitter<string>();
  private readonly closer = new vscode.EventEmitter<number>();
  private readonly cancel = new vscode.CancellationTokenSource();
  readonly onDidWrite = this.writer.event;
  readonly onDidClose = this.closer.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly connection: Connection, private readonly definition: ExportTaskDefinition) {}

  open(): void {
    void this.run();
  }

  close(): void {
    this.cancel.cancel();
  }

  private line(text: string): void {
    this.writer.fire(`${text}\r\n`);
  }

  private async run(): Promise<void> {
    const output = outputOf(this.definition);
    this.line(`Demo Clip: exporting ${outputLabel(output)} (${this.connection.backend === 'local' ? 'local engine' : 'NemoVideo cloud'})`);
    let last = '';
    try {
      const result = await exportClip(this.connection, this.context, output, {
        token: this.cancel.token,
        report: (message) => {
          if (message !== last) this.line(message);
          last = message;
        },
      });
      this.line(`Saved ${result.uri.fsPath} (${(result.bytes / 1024 / 1024).toFixed(1)} MB)`);
      this.closer.fire(0);
    } catch (error) {
      this.connection.log.warn(`Export task failed: ${messageOf(error)}`);
      this.line(`Export failed: ${messageOf(error)}`);
      this.closer.fire(1);
    }
  }
}
