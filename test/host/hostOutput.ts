// The workbench hands the offline runner the extension host's console and its own log through one channel
// (codeAutomationLog), and its own log is long and, offline, noisy (sign-in, extension gallery, agent host).
// So the suite marks every line the extension host writes, and the runner shows those, the rest only with VERBOSE=1.
export const HOST_LINE_MARK = '\u2063'; // invisible separator: harmless if a marked line is ever shown as is

// Tests ask the runner for what only the browser side can do (click in a webview, take a screenshot) through a
// folder named by the extension host's env RUNNER_ANSWERS_ENV: a request is `<id>.request.json` (a RunnerRequest),
// the answer `<id>.json` (a RunnerAnswer). A folder works the same whether the workbench is code-server's in
// Chromium or a desktop VS Code's window.
export const RUNNER_ANSWERS_ENV = 'DEMOCLIP_HOST_ANSWERS';
export const REQUEST_SUFFIX = '.request.json';

/** webviewClick and webviewText act in the first frame that has the selector: a webview's, or the workbench's own. */
export type RunnerRequest =
  | { id: string; action: 'shot' }
  | { id: string; action: 'webviewClick'; selector: string; select?: { selector: string; value: string } }
  /** Answers with the element's text (detail) once it contains `contains`. */
  | { id: string; action: 'webviewText'; selector: string; contains: string }
  /** Plays the `<video>` (muted) and answers ok once it has played past 0.2 s; detail says where it stopped. */
  | { id: string; action: 'videoPlays'; selector: string }
  /** Focuses the element (a click on it) and presses `keys` in order, Playwright's names ("Delete", "Control+z"). */
  | { id: string; action: 'webviewKeys'; selector: string; keys: string[] }
  /**
   * Drags with the mouse from a point of the element (`from`: 0 its left edge, 1 its right edge, at half its height)
   * by `dx` pixels, in small steps as a hand would.
   */
  | { id: string; action: 'webviewDrag'; selector: string; from: number; dx: number }
  /**
   * Answers with the computed style of every element that matches (detail: a JSON array, in document order, of
   * `properties` and the element's `class`); a property may be a custom property (`--vscode-contrastBorder`), or
   * `backdrop`: the colour the element's background and its ancestors' backgrounds make together (images aside).
   */
  | { id: string; action: 'webviewStyle'; selector: string; properties: string[] }
  /** Screenshots the element into `<SHOT_DIR>/<name>.png` when the runner has SHOT_DIR set (a no-op otherwise). */
  | { id: string; action: 'webviewShot'; selector: string; name: string };

export interface RunnerAnswer {
  ok: boolean;
  detail?: string;
}

// With --installed, the runner installs the packaged .vsix into the extensions folder it gives VS Code and names
// that folder in this env, so the tests can tell an installed extension from one loaded from the repository.
export const INSTALLED_EXTENSIONS_ENV = 'DEMOCLIP_HOST_EXTENSIONS';
