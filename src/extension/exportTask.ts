import * as vscode from 'vscode';
import { outputFromText, outputLabel, type RenderOutput } from '../protocol';
import type { Connection } from './connection';
import { messageOf } from './errors';
import { exportClip } from './exportClip';
import { display } from './l10n';

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
      vscode.l10n.t('Export {0}', outputLabel(outputOf(definition))),
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
    this.line(vscode.l10n.t('Demo Clip: exporting {0} ({1})', outputLabel(output), this.connection.backend === 'local' ? vscode.l10n.t('local engine') : vscode.l10n.t('NemoVideo cloud')));
    let last = '';
    try {
      const result = await exportClip(this.connection, this.context, output, {
        token: this.cancel.token,
        t: display,
        report: (message) => {
          if (message !== last) this.line(message);
          last = message;
        },
      });
      this.line(vscode.l10n.t('Saved {0} ({1} MB)', result.uri.fsPath, (result.bytes / 1024 / 1024).toFixed(1)));
      this.closer.fire(0);
    } catch (error) {
      this.connection.log.warn(`Export task failed: ${messageOf(error)}`);
      this.line(vscode.l10n.t('Export failed: {0}', messageOf(error)));
      this.closer.fire(1);
    }
  }
}
