/// <reference lib="dom" />
import { z } from 'zod';

/**
 * The panel's words: only their names live here. The host sends the words themselves in its `init` message, in the
 * display language (src/extension/panel/panelStrings.ts has the English, l10n/bundle.l10n.*.json the translations),
 * so the webview holds no English of its own. A new word: a key here, its English there, its zh-cn in the bundle
 * (test/extension/l10n.test.ts fails without it).
 */
export const PanelStrings = z.object({
  refresh: z.string(),
  refreshTitle: z.string(),
  media: z.string(),
  upload: z.string(),
  ask: z.string(),
  preview: z.string(),
  timeline: z.string(),
  resolution: z.string(),
  format: z.string(),
  export: z.string(),
  backendLocal: z.string(),
  backendCloud: z.string(),
  noCreditsNeeded: z.string(),
  /** {0}: how many */
  credits: z.string(),
  noFootage: z.string(),
  file: z.string(),
  previewEmpty: z.string(),
  timelineEmpty: z.string(),
  laneVideo: z.string(),
  laneAudio: z.string(),
  laneText: z.string(),
  laneOther: z.string(),
  clip: z.string(),
  loading: z.string(),
  previewLabel: z.string(),
  keys: z.string(),
  rulerLabel: z.string(),
  /** {0}: the lane's name */
  trackLabel: z.string(),
  musicVolume: z.string(),
  editWords: z.string(),
  segmentHelp: z.string(),
  /** {0}: the segment's label, {1} and {2}: where it starts and ends */
  segment: z.string(),
  /** {0}: the segment's label */
  selected: z.string(),
  /** {0}: the playhead's time */
  playhead: z.string(),
  playing: z.string(),
  /** {0}: the shuttle rate */
  playingAt: z.string(),
  paused: z.string(),
  editing: z.string(),
});
export type PanelStrings = z.infer<typeof PanelStrings>;
export type PanelWord = keyof PanelStrings;

let table: PanelStrings | undefined;

/** Takes the host's words and puts them on the page's labels: `data-text`, `data-title` and `data-aria-label` name a key. */
export function useStrings(strings: PanelStrings, root: ParentNode = document): void {
  table = strings;
  root.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => (node.textContent = text(node.dataset.text as PanelWord)));
  root.querySelectorAll<HTMLElement>('[data-title]').forEach((node) => (node.title = text(node.dataset.title as PanelWord)));
  root.querySelectorAll<HTMLElement>('[data-aria-label]').forEach((node) => node.setAttribute('aria-label', text(node.dataset.ariaLabel as PanelWord)));
}

/** A word of the panel, with {0}, {1}… filled in (empty until the host has sent the words). */
export function text(key: PanelWord, ...args: (string | number)[]): string {
  return (table?.[key] ?? '').replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}
