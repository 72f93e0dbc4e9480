/**
 * The user-visible words the extension composes from parts, in one place so that they are translated together.
 * Pure (no vscode): each takes the translator of its language (vscode.l10n.t for the display language, the chat's
 * for the session's, `english` in tests), and each message is also its own key in l10n/bundle.l10n.<language>.json.
 */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** The message as written, {0}, {1}… filled: what vscode.l10n.t answers with no bundle (VS Code's format2). */
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));

/** The words, in the language `t` translates to. */
export function textIn(t: Translate) {
  return {
    makeClipAndExport: t('Make the Clip and Export'),
    uploadFootage: t('Upload Footage…'),
    makeTheClip: t('Make the clip'),
    nothingToExport: (hasFootage: boolean) => hasFootage
      ? t('There is no clip to export yet. Make one from your footage first?')
      : t('There is no clip to export yet: upload your footage first, then ask @democlip to trim the best moments.'),
    register: t('Register'),
    topUp: t('Top Up'),
    upgrade: t('Upgrade Plan'),
    useLocalEngine: t('Use the Local Engine'),
    retry: t('Retry'),
    uploadAgain: t('Upload Again'),
    sessionExpired: (backend: 'local' | 'nemo', filenames: string[]) => {
      const where = backend === 'nemo' ? t('NemoVideo cloud') : t('local engine');
      return filenames.length
        ? t('Demo Clip: the {0} session expired, so its timeline and uploads are gone ({1}). A new, empty session was started. Upload the footage again to carry on.', where, filenames.join(', '))
        : t('Demo Clip: the {0} session expired, so its timeline and uploads are gone. A new, empty session was started. Upload your footage again to carry on.', where);
    },
    openChat: t('Open Chat'),
    uploaded: (filenames: string[], notes: string[]) => t('Uploaded {0}.', filenames.join(', ')) + notes.map((note) => ` ${note}`).join('') + t(' Ask @democlip what to make of it.'),
    cloudHasNoPreview: t('The NemoVideo cloud renders no preview: export the clip to watch it (Export, below).'),
    help: [
      t('I turn raw footage (a screen recording of a walkthrough) into a short demo clip:'),
      t('1. **Upload** a video: right-click it in the Explorer → *Upload to Demo Clip*, or `/upload` with `#file`.'),
      t('2. **Ask**: "trim the best moments into 60 seconds", then titles, music, "make it 9:16".'),
      t('3. **Export**: "export 1080p MP4" saves it in `demo-clips/`.'),
      t('Click a suggestion below to start.'),
    ].join('\n\n'),
    makingClip: (summary: string) => t('Making the clip: {0}', summary),
    /** A render's progress with how long it has run and, between the cloud's polls, when it is checked again. */
    renderProgress: (state: 'pending' | 'running', percent: number, elapsedMs: number, nextCheckMs?: number) =>
      (state === 'pending' ? t('Waiting for a renderer…') : t('Rendering… {0}%', percent)) + t(' · {0} elapsed', clock(elapsedMs)) +
      (nextCheckMs === undefined ? '' : t(' · checking again in {0} s', Math.max(1, Math.ceil(nextCheckMs / 1000)))),
  } as const;
}

export type Text = ReturnType<typeof textIn>;

/** 0:07, 1:12, 12:03 */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
