import { type EditOp, EXPORT_RESOLUTIONS } from '../../protocol';

// The kinds of operation the grammar reasons about when it weighs a clause against the requests around it, kept in
// one place so a new operation is sorted once.

type Kind = ReadonlySet<EditOp['op']>;

/** Ops that take something away: a remove verb said alone after one says it again. */
export const REMOVALS: Kind = new Set(['remove_music', 'remove_background', 'remove_card', 'remove_text', 'remove_moment', 'remove_dead_air']);

/** Ops that add a part: an add verb said alone after the part is named adds it (音乐百分之三十，加上). */
export const ADDITIONS: Kind = new Set(['add_music', 'add_card', 'add_text']);

/** Edits of a text or a card, which take or name it by its words. */
export const WORDED: Kind = new Set(['add_text', 'edit_text', 'remove_text', 'add_card', 'remove_card']);

/** Ops that last a length of their own (a card, a text, a fade, a transition, a zoom at a point). */
export const LASTING: Kind = new Set(['add_card', 'add_text', 'fade', 'crossfade', 'zoom_at']);

/**
 * Ops that put a new value where one was (a text's words, a shape, a speed, a level): "标题改成「…」，给换一下", "replace
 * the old one" beside one says that request again.
 */
export const REPLACEMENTS: Kind = new Set([
  'edit_text', 'set_aspect', 'set_background', 'set_ducking', 'set_fill', 'set_moment_range', 'set_music_volume',
  'set_resolution', 'set_source_volume', 'set_speed', 'set_zoom',
]);

/** Ops that make the video shorter: beside one, "it's too long" only says why. */
export const SHORTENINGS: Kind = new Set(['compile_best_moments', 'trim_moment', 'remove_moment', 'cut_range', 'remove_dead_air', 'speed_up_idle']);

/**
 * Ops that leave the timeline as it is (the frame, the sound): asked between two wordings of the best moments ("60
 * second clip, 16:9. Best parts of the build."), they part no two clips.
 */
export const OFF_TIMELINE: Kind = new Set([
  'set_aspect', 'set_fill', 'set_resolution', 'set_background', 'remove_background', 'set_zoom',
  'add_music', 'set_music_volume', 'set_ducking', 'remove_music', 'set_source_volume',
]);

/** Ops that take a stretch out: its picture and sound go with it, so a flaw of either ("拍糊了", "全是杂音") is why. */
export const STRETCH_REMOVALS: Kind = new Set(['remove_moment', 'cut_range', 'trim_moment']);

/** The recording's own sound turned down: to a level under the one recorded ("原声调到30%"), or a step ("原声小一点"). */
export const sourceLowered = (op: EditOp) => op.op === 'set_source_volume'
  && (op.change === 'quieter' || (op.volume ?? 1) < 1);

/** The removal of what each addition adds: refused with "no" right after a slip ("add music, actually no, no music"), the addition is taken back. */
export const REMOVAL_OF: Partial<Record<EditOp['op'], EditOp['op']>> = { add_music: 'remove_music', add_card: 'remove_card', add_text: 'remove_text' };

/** Whether a file is exported at a size at least as sharp as the one a resolution asks ("导出1080p" gives 高清, 720p). */
export const sharpEnough = (file: EditOp, wished: EditOp) => file.op === 'export' && file.resolution !== undefined
  && wished.op === 'set_resolution'
  && EXPORT_RESOLUTIONS.indexOf(file.resolution) >= EXPORT_RESOLUTIONS.indexOf(wished.resolution);
