/**
 * The words the edit agent understands, English and Chinese side by side, in one place.
 * Each entry is a regular expression tested against the lower-cased message.
 */
export const Vocabulary = {
  compile: [/best moments?|highlights?|compile|trim|demo clip|cut (it )?down|shorten/, /精彩|剪辑|合成|集锦|精华/],
  export: [/\bexport\b|\bdownload\b|send me the video|\brender\b/, /导出|下载/],
} as const;

export const matches = (text: string, patterns: readonly RegExp[]): boolean => patterns.some((p) => p.test(text));
