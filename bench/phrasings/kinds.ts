import type { EditOp } from '../../src/protocol';

/**
 * The kind of request a phrasing makes, by the operations it expects: a blind set's misses counted per kind show which
 * kinds of asking the grammar reads worst without printing (or reading) a phrasing of it.
 */
const KIND: Record<EditOp['op'], string> = {
  compile_best_moments: 'length', remove_dead_air: 'length', speed_up_idle: 'length', keep_everything: 'length', use_sources: 'length',
  remove_moment: 'moments', move_moment: 'moments', trim_moment: 'moments', set_moment_range: 'moments', cut_range: 'moments', set_speed: 'moments',
  add_text: 'words', edit_text: 'words', remove_text: 'words', add_card: 'words', remove_card: 'words',
  add_music: 'sound', set_music_volume: 'sound', set_ducking: 'sound', remove_music: 'sound', set_source_volume: 'sound',
  set_aspect: 'look', set_fill: 'look', set_resolution: 'look', set_zoom: 'look', zoom_at: 'look', fade: 'look', crossfade: 'look',
  set_background: 'look', remove_background: 'look',
  undo: 'history', redo: 'history', start_over: 'history', show_tracks: 'history', export: 'export',
};

/** "nothing" for a phrasing that must change nothing, "several" for requests of more than one kind. */
export function kindOf(want: EditOp[]): string {
  const kinds = new Set(want.map((op) => KIND[op.op]));
  return kinds.size === 0 ? 'nothing' : kinds.size === 1 ? [...kinds][0] : 'several';
}
