import type { Lang } from '../../protocol';
import type { PanelStrings } from '../../webview/strings';

/**
 * The panel's words in English. Each is also its own key in l10n/bundle.l10n.<language>.json (as for vscode.l10n.t),
 * so `panelInit(vscode.l10n.t, …)` gives them in the display language. Pure: the README pictures use it too.
 */
export const PANEL_WORDS: PanelStrings = {
  refresh: 'Refresh',
  refreshTitle: 'Reload the session',
  media: 'Media',
  upload: 'Upload…',
  ask: 'Ask @democlip…',
  preview: 'Preview',
  timeline: 'Timeline',
  resolution: 'Resolution',
  format: 'Format',
  export: 'Export',
  backendLocal: 'Local engine · offline',
  backendCloud: 'NemoVideo cloud',
  noCreditsNeeded: 'no credits needed',
  credits: '{0} credits',
  noFootage: 'No footage yet: right-click a video in the Explorer → Upload to Demo Clip.',
  file: 'file',
  previewEmpty: 'The preview appears here once the timeline has a clip.',
  timelineEmpty: 'The timeline is empty. In Chat: @democlip trim the best moments and compile them into a 60-second demo clip',
  laneVideo: 'Video',
  laneAudio: 'Audio',
  laneText: 'Text',
  laneOther: 'Track',
  clip: 'clip',
  loading: 'Loading the session…',
  previewLabel: 'Preview of the clip',
  keys: 'Space play/pause · ←/→ step · J/K/L · Delete · Ctrl+Z undo · Shift+Ctrl+Z redo',
  rulerLabel: 'Playhead position: click or drag to seek',
  trackLabel: '{0} track',
  musicVolume: 'Music volume',
  editWords: 'Words of the text (Enter to apply, Escape to cancel)',
  segmentHelp: 'Delete removes · [ and ] trim to the playhead · Alt+←/→ moves · Enter edits a text',
  segment: '{0}, {1} to {2}',
  selected: 'Selected {0}.',
  playhead: 'At {0}.',
  playing: 'Playing.',
  playingAt: 'Playing at {0}x.',
  paused: 'Paused.',
  editing: 'Editing…',
};

/** What the host sends the webview first: its words, translated by `translate` (vscode.l10n.t), and their language. */
export function panelInit(translate: (message: string) => string, lang: Lang): { type: 'init'; lang: Lang; strings: PanelStrings } {
  const strings = Object.fromEntries(Object.entries(PANEL_WORDS).map(([key, english]) => [key, translate(english)])) as PanelStrings;
  return { type: 'init', lang, strings };
}
