import type { EditOp } from './editOps';
import type { Lang } from './language';

/** The tool the local engine calls to choose the best moments before it compiles them. */
export const ANALYZE_TOOL = 'analyze_footage';

/**
 * What each tool a backend announces while it works is called, in both languages: progress in a Chinese session
 * names the step in Chinese, not by its wire name. Keyed by the edit union, so a new operation cannot go unnamed.
 */
const TOOL_LABELS: Record<EditOp['op'] | typeof ANALYZE_TOOL, [en: string, zh: string]> = {
  analyze_footage: ['analysing the footage', '分析素材'],
  compile_best_moments: ['compiling the best moments', '剪辑精彩片段'],
  remove_dead_air: ['removing dead air', '删除空白停顿'],
  speed_up_idle: ['speeding up idle stretches', '加速空闲片段'],
  keep_everything: ['keeping everything', '保留全部素材'],
  use_sources: ['choosing the footage', '选择素材'],
  set_aspect: ['setting the aspect ratio', '设置画面比例'],
  set_fill: ['setting the frame fill', '设置画面填充'],
  set_resolution: ['setting the resolution', '设置分辨率'],
  add_text: ['adding text', '添加文字'],
  edit_text: ['editing text', '修改文字'],
  remove_text: ['removing text', '删除文字'],
  add_card: ['adding a card', '添加卡片'],
  remove_card: ['removing a card', '删除卡片'],
  add_music: ['adding music', '添加音乐'],
  set_music_volume: ['setting the music volume', '调整音乐音量'],
  set_ducking: ['setting music ducking', '设置音乐避让'],
  remove_music: ['removing music', '删除音乐'],
  set_source_volume: ['setting the footage volume', '调整原声音量'],
  fade: ['adding fades', '添加淡入淡出'],
  crossfade: ['adding crossfades', '添加转场'],
  set_zoom: ['setting the zoom', '设置缩放'],
  zoom_at: ['zooming in', '添加放大'],
  set_background: ['setting the background', '设置背景'],
  remove_background: ['removing the background', '删除背景'],
  remove_moment: ['removing a clip', '删除片段'],
  move_moment: ['moving a clip', '移动片段'],
  trim_moment: ['trimming a clip', '修剪片段'],
  set_moment_range: ['setting a clip range', '设置片段范围'],
  cut_range: ['cutting a range', '剪掉一段'],
  set_speed: ['changing the speed', '调整速度'],
  undo: ['undoing', '撤销'],
  redo: ['redoing', '重做'],
  start_over: ['starting over', '重新开始'],
  show_tracks: ['listing the tracks', '列出轨道'],
  export: ['exporting', '导出'],
};

/** A tool's name for people in `lang`; one this build does not know (a newer cloud tool) by its words. */
export function toolLabel(name: string, lang: Lang): string {
  const labels = Object.hasOwn(TOOL_LABELS, name) ? TOOL_LABELS[name as keyof typeof TOOL_LABELS] : undefined;
  return labels?.[lang === 'zh' ? 1 : 0] ?? name.replace(/_/g, ' ');
}
