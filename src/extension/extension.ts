import type * as vscode from 'vscode';

/** The VS Code layer arrives with the extension issue; until then the extension activates and does nothing. */
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
