/**
 * Reads a clip length from loose text, after normalizeNumbers: "60-second", "60 seconds", "1 minute", "1.5 min",
 * "30s", "1:30", "1m30s", "1 min 15 sec", "1 min 30", "a 1 minute 30 video", "1 minute and a half", "0.5 minute", "60秒", "1分钟", "1分30秒", "2分半".
 * Returns milliseconds, or undefined when the text names no length.
 */
export function parseDurationMs(text: string): number | undefined {
  // "1:30", and "1m30" typed as one word (its seconds' unit left out) the same.
  const clock = /(?:^|[^\d:.])(\d{1,2})(?::|m(?=\d\d\b(?!\s*(?:s|secs?|seconds?)\b)))([0-5]\d)(?![\d:])/.exec(text);
  if (clock) return (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
  const minutes = /(\d+(?:\.\d+)?)\s*-?\s*(?:minutes?|mins?|m(?=\s*\d|\b)|分钟|分(?!之))(\s*(?:and )?(?:a )?half|半)?/.exec(text);
  // "1 min 30", "1分30", "a 1 minute 30 video": seconds said without their unit, right after the minutes, ending the
  // phrase, or two of them before the clip's noun or what it is of ("a minute and twenty of the best moments"; "2 minute 3
  // clips" are no seconds).
  const bare = minutes && /^\s*(?:and\s+)?([0-5]?\d)(?=\s*(?:$|[,.;!?，。]|左右|以内|long|max|tops|for (?:me|us|the|my|our)\b|please|pls|thanks)|(?<=\d\d)\s+(?:video|clip|cut|edit|reel|of)\b)/.exec(text.slice(minutes.index + minutes[0].length));
  const seconds = /(\d+(?:\.\d+)?)\s*-?\s*(?:seconds?|secs?|s\b|秒)/.exec(text);
  let total = 0;
  if (minutes) total += (Number(minutes[1]) + (minutes[2] ? 0.5 : 0)) * 60_000;
  // "1 min 15 sec", "1分30秒": seconds right after the minutes add up; "a minute? say 55 seconds" are two lengths, and so
  // are "90 seconds, staff have a minute and a half" (one length said twice, which must not add up).
  const after = minutes ? minutes.index + minutes[0].length : 0;
  const adjacent = seconds && minutes && seconds.index >= after && /^\s*(?:and\s+)?$/.test(text.slice(after, seconds.index));
  // ("make a one minute one": after "a", the "one" said last is the clip, no second.)
  const clipSaidOne = bare?.[1] === '1' && minutes !== null && /\b(?:a|another)\s+$/.test(text.slice(0, minutes.index));
  if (seconds && (!minutes || adjacent)) total += Number(seconds[1]) * 1000;
  else if (bare && minutes && !minutes[2] && !clipSaidOne) total += Number(bare[1]) * 1000;
  return total > 0 ? Math.round(total) : undefined;
}
