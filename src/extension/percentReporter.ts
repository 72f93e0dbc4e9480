import type * as vscode from 'vscode';

/** A progress notification takes increments, not percentages: this sends only the forward moves of a percentage. */
export function percentReporter(progress: vscode.Progress<{ message?: string; increment?: number }>): (percent: number, message: string) => void {
  let reported = 0;
  return (percent, message) => {
    if (percent <= reported) return;
    progress.report({ increment: percent - reported, message });
    reported = percent;
  };
}
