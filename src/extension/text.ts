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
  makingClip: (summary: string) => `Making the clip: ${summary}`,
} as const;
