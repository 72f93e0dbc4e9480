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
  makingClip: (summary: string) => `Making the clip: ${summary}`,
  /** A render's progress with how long it has run and, between the cloud's polls, when it is checked again. */
  renderProgress: (state: 'pending' | 'running', percent: number, elapsedMs: number, nextCheckMs?: number) =>
    `${state === 'pending' ? 'Waiting for a renderer…' : `Rendering… ${percent}%`} · ${clock(elapsedMs)} elapsed` +
    (nextCheckMs === undefined ? '' : ` · checking again in ${Math.max(1, Math.ceil(nextCheckMs / 1000))} s`),
} as const;

/** 0:07, 1:12, 12:03 */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
