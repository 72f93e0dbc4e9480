import type { EditOp } from '../../src/protocol';

/**
 * Short builders for the corpus's expected operations, with the defaults a user who names nothing gets:
 * a 60 s clip, lo-fi music at 35 % ducked, 1 s fades, 0.5 s crossfades, 2 s shorter, 4x idle speed-up.
 */
export type Expected = EditOp[];
export interface Phrasing {
  say: string;
  /** The operations it must become; empty: it must change nothing (a question, a negation, chatter). */
  want: Expected;
}

export const best = (seconds: number): Expected => [{ op: 'compile_best_moments', target_ms: Math.round(seconds * 1000) }];
export const deadAir: Expected = [{ op: 'remove_dead_air' }];
export const idle = (factor = 4): Expected => [{ op: 'speed_up_idle', factor }];
export const keepAll: Expected = [{ op: 'keep_everything' }];
export const only = (...files: string[]): Expected => [{ op: 'use_sources', files }];
export const aspect = (a: '16:9' | '9:16' | '1:1' | '4:5', fill?: 'blur' | 'letterbox' | 'crop'): Expected =>
  [fill ? { op: 'set_aspect', aspect: a, fill } : { op: 'set_aspect', aspect: a }];
export const fill = (f: 'blur' | 'letterbox' | 'crop'): Expected => [{ op: 'set_fill', fill: f }];
export const resolution = (r: '720p' | '1080p' | '4k'): Expected => [{ op: 'set_resolution', resolution: r }];
type AddText = Extract<EditOp, { op: 'add_text' }>;
export const text = (words: string, more: Partial<Omit<AddText, 'op' | 'text'>> = {}): Expected =>
  [{ op: 'add_text', text: words, style: 'title', ...more }];
export const editText = (more: Partial<Omit<Extract<EditOp, { op: 'edit_text' }>, 'op'>>): Expected => [{ op: 'edit_text', ...more }];
export const removeText = (index?: number): Expected => [index === undefined ? { op: 'remove_text' } : { op: 'remove_text', index }];
export const music = (track = 'lofi', volume = 0.35): Expected => [{ op: 'add_music', track, volume, duck: true }];
export const musicVolume = (volume: number): Expected => [{ op: 'set_music_volume', volume }];
export const quieter: Expected = [{ op: 'set_music_volume', change: 'quieter' }];
export const louder: Expected = [{ op: 'set_music_volume', change: 'louder' }];
export const ducking = (duck: boolean): Expected => [{ op: 'set_ducking', duck }];
export const noMusic: Expected = [{ op: 'remove_music' }];
export const sourceVolume = (volume: number): Expected => [{ op: 'set_source_volume', volume }];
export const fade = (target: 'clip' | 'music', inMs?: number, outMs?: number): Expected =>
  [{ op: 'fade', target, ...(inMs !== undefined ? { in_ms: inMs } : {}), ...(outMs !== undefined ? { out_ms: outMs } : {}) }];
export const crossfade = (ms = 500): Expected => [{ op: 'crossfade', ms }];
export const removeMoment = (index: number): Expected => [{ op: 'remove_moment', index }];
export const moveMoment = (index: number, to: number): Expected => [{ op: 'move_moment', index, to }];
export const trimBy = (index: number, ms: number): Expected => [{ op: 'trim_moment', index, by_ms: ms }];
export const trimTo = (index: number, ms: number): Expected => [{ op: 'trim_moment', index, to_ms: ms }];
export const cut = (from: number, to: number): Expected => [{ op: 'cut_range', start_ms: from * 1000, end_ms: to * 1000 }];
/** "cut the last 10 seconds": a stretch counted back from the clip's end, which the draft knows. */
export const cutLast = (seconds: number): Expected => [{ op: 'cut_range', start_ms: seconds * 1000, end_ms: 0, from_end: true }];
export const speed = (factor: number, index?: number): Expected => [index === undefined ? { op: 'set_speed', factor } : { op: 'set_speed', factor, index }];
export const undo: Expected = [{ op: 'undo' }];
export const redo: Expected = [{ op: 'redo' }];
export const startOver: Expected = [{ op: 'start_over' }];
export const tracks: Expected = [{ op: 'show_tracks' }];
export const exportAs = (format: 'mp4' | 'mov' | 'webm' | 'gif' = 'mp4', r?: '720p' | '1080p' | '4k'): Expected =>
  [r ? { op: 'export', format, resolution: r } : { op: 'export', format }];
export const nothing: Expected = [];
export const then = (...parts: Expected[]): Expected => parts.flat();
export const zoom = (mode: 'auto' | 'less' | 'more' | 'off'): Expected => [{ op: 'set_zoom', mode }];
export const zoomAt = (seconds: number, holdSeconds = 3): Expected =>
  [{ op: 'zoom_at', start_ms: Math.round(seconds * 1000), duration_ms: Math.round(holdSeconds * 1000) }];
export const background = (name = 'aurora'): Expected => [{ op: 'set_background', background: name }];
export const noBackground: Expected = [{ op: 'remove_background' }];
export const card = (kind: 'intro' | 'outro', words: string, seconds = 2): Expected =>
  [{ op: 'add_card', card: kind, text: words, duration_ms: Math.round(seconds * 1000) }];
export const removeCard = (kind?: 'intro' | 'outro'): Expected => [kind ? { op: 'remove_card', card: kind } : { op: 'remove_card' }];
