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
    // The edit tool (agent mode) and the chat model
    toolEditing: t('Editing the demo clip…'),
    toolConfirmTitle: t('Edit the demo clip?'),
    toolConfirmBody: t('These edits are applied to your Demo Clip timeline, in this order (say "undo" to @democlip to take the last one back):'),
    toolNeedsLocalEngine: t('The Demo Clip edit tool works with the local engine (democlip.backend: local). On the NemoVideo cloud, ask @democlip in words.'),
    /** Why the user's chat model was not used for this request (a LanguageModelError's code), before the parser's answer. */
    modelNotUsed: (code: string | undefined, detail: string) => {
      const why = code === 'NoPermissions' ? t('Demo Clip may not use it yet (allow it when VS Code asks, or in the chat model access settings)')
        : code === 'Blocked' ? t('it blocked the request (a quota or rate limit)')
          : code === 'NotFound' ? t('the selected model is not available any more')
            : t('it failed ({0})', detail.slice(0, 160));
      return `${t("The chat model was not used: {0}. The engine's own parser read your words instead.", why)}\n\n`;
    },
    // Decisions asked before something is lost or spent
    dropDraft: (segments: number, durationMs: number) =>
      t('Start a new session? The current timeline ({0} segments, {1}) will be gone; undo cannot bring it back.', segments, clock(durationMs)),
    startNewSession: t('Start New Session'),
    cloudExport: (balance?: { available: number; frozen: number }) =>
      t('Render and export this clip on the NemoVideo cloud? It may use credits, or need a paid plan.') +
      (balance ? t(' Your balance: {0} credits available ({1} frozen).', balance.available, balance.frozen) : ''),
    exportOnCloud: t('Export on the Cloud'),
    exportOnCloudAlways: t("Export, Don't Ask Again"),
  } as const;
}

export type Text = ReturnType<typeof textIn>;

/** 0:07, 1:12, 12:03 */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
