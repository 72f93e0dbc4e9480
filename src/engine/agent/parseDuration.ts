/**
 * Reads a clip length from loose text: "60-second", "60 seconds", "1 minute", "1.5 min", "30s", "1:30",
 * "60秒", "1分钟", "一分钟". Returns milliseconds, or undefined when the text names no length.
 */
export function parseDurationMs(text: string): number | undefined {
  const clock = /\b(\d{1,2}):([0-5]\d)\b/.exec(text);
  if (clock) return (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
  const minutes = /(\d+(?:\.\d+)?|一|两|二|三|半)\s*(?:-\s*)?(?:minutes?|mins?|m\b|分钟|分)/.exec(text);
  const seconds = /(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:seconds?|secs?|s\b|秒)/.exec(text);
  let total = 0;
  if (minutes) total += chineseNumber(minutes[1]) * 60_000;
  if (seconds) total += Number(seconds[1]) * 1000;
  return total > 0 ? Math.round(total) : undefined;
}

function chineseNumber(word: string): number {
  const map: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 半: 0.5 };
  return map[word] ?? Number(word);
}
