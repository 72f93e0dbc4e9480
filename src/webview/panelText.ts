import { clock } from './timelineLayout';

/**
 * The editor's words, in one place, so that they move as one to the host's strings table (the l10n work) when it
 * lands.
 */
export const PANEL_TEXT = {
  trackLabel: (name: string) => `${name} track`,
  musicVolume: 'Music volume',
  editWords: 'Words of the text (Enter to apply, Escape to cancel)',
  segmentHelp: 'Delete removes · [ and ] trim to the playhead · Alt+←/→ moves · Enter edits a text',
  segment: (label: string, atMs: number, durationMs: number) => `${label}, ${clock(atMs)} to ${clock(atMs + durationMs)}`,
  selected: (label: string) => `Selected ${label}.`,
  playhead: (ms: number) => `At ${clock(ms)}.`,
  playing: 'Playing.',
  paused: 'Paused.',
  editing: 'Editing…',
} as const;
