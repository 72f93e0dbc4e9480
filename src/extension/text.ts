/**
 * The user-visible words the extension adds for the papercuts of issue 18, in one place so that they are
 * translated together. Pure (no vscode): unit tests read them, and so do the host tests.
 */
export const TEXT = {
  makeClipAndExport: 'Make the Clip and Export',
  uploadFootage: 'Upload Footage…',
  makeTheClip: 'Make the clip',
  nothingToExport: (hasFootage: boolean) => hasFootage
    ? 'There is no clip to export yet. Make one from your footage first?'
    : 'There is no clip to export yet: upload your footage first, then ask @democlip to trim the best moments.',
  register: 'Register',
  topUp: 'Top Up',
  upgrade: 'Upgrade Plan',
  useLocalEngine: 'Use the Local Engine',
  retry: 'Retry',
  uploadAgain: 'Upload Again',
  sessionExpired: (backend: 'local' | 'nemo', filenames: string[]) =>
    `Demo Clip: the ${backend === 'nemo' ? 'NemoVideo cloud' : 'local engine'} session expired, so its timeline and uploads are gone` +
    (filenames.length ? ` (${filenames.join(', ')})` : '') + '. A new, empty session was started.' +
    (filenames.length ? ' Upload the footage again to carry on.' : ' Upload your footage again to carry on.'),
  openChat: 'Open Chat',
  uploaded: (filenames: string[], notes: string[]) => `Uploaded ${filenames.join(', ')}.${notes.map((note) => ` ${note}`).join('')} Ask @democlip what to make of it.`,
  cloudHasNoPreview: 'The NemoVideo cloud renders no preview: export the clip to watch it (Export, below).',
  help: [
    'I turn raw footage (a screen recording of a walkthrough) into a short demo clip:',
    '1. **Upload** a video: right-click it in the Explorer → *Upload to Demo Clip*, or `/upload` with `#file`.',
    '2. **Ask**: "trim the best moments into 60 seconds", then titles, music, "make it 9:16".',
    '3. **Export**: "export 1080p MP4" saves it in `demo-clips/`.',
    'Click a suggestion below to start.',
  ].join('\n\n'),
  makingClip: (summary: string) => `Making the clip: ${summary}`,
  /** A render's progress with how long it has run and, between the cloud's polls, when it is checked again. */
  renderProgress: (state: 'pending' | 'running', percent: number, elapsedMs: number, nextCheckMs?: number) =>
    `${state === 'pending' ? 'Waiting for a renderer…' : `Rendering… ${percent}%`} · ${clock(elapsedMs)} elapsed` +
    (nextCheckMs === undefined ? '' : ` · checking again in ${Math.max(1, Math.ceil(nextCheckMs / 1000))} s`),
  // The edit tool (agent mode) and the chat model
  toolEditing: 'Editing the demo clip…',
  toolConfirmTitle: 'Edit the demo clip?',
  toolConfirmBody: 'These edits are applied to your Demo Clip timeline, in this order (say "undo" to @democlip to take the last one back):',
  toolNeedsLocalEngine: 'The Demo Clip edit tool works with the local engine (democlip.backend: local). On the NemoVideo cloud, ask @democlip in words.',
  /** Why the user's chat model was not used for this request (a LanguageModelError's code), before the parser's answer. */
  modelNotUsed: (code: string | undefined, detail: string) => {
    const why = code === 'NoPermissions' ? 'Demo Clip may not use it yet (allow it when VS Code asks, or in the chat model access settings)'
      : code === 'Blocked' ? 'it blocked the request (a quota or rate limit)'
        : code === 'NotFound' ? 'the selected model is not available any more'
          : `it failed (${detail.slice(0, 160)})`;
    return `The chat model was not used: ${why}. The engine's own parser read your words instead.\n\n`;
  },
  // Decisions asked before something is lost or spent
  dropDraft: (segments: number, durationMs: number) =>
    `Start a new session? The current timeline (${segments} segment${segments === 1 ? '' : 's'}, ${clock(durationMs)}) will be gone; undo cannot bring it back.`,
  startNewSession: 'Start New Session',
  cloudExport: (balance?: { available: number; frozen: number }) =>
    'Render and export this clip on the NemoVideo cloud? It may use credits, or need a paid plan.' +
    (balance ? ` Your balance: ${balance.available} credits available (${balance.frozen} frozen).` : ''),
  exportOnCloud: 'Export on the Cloud',
  exportOnCloudAlways: "Export, Don't Ask Again",
} as const;

/** 0:07, 1:12, 12:03 */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
