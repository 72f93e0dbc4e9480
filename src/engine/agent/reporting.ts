import { say, type Lang, type ProgressEvent } from '../../protocol';

/**
 * Runs `work`, yielding what it reports while it runs (a chat turn streams its progress this way), then returns
 * its result, or throws its error.
 */
export async function* reporting<T>(work: (report: (event: ProgressEvent) => void) => Promise<T>): AsyncGenerator<ProgressEvent, T> {
  const queue: ProgressEvent[] = [];
  let wake: (() => void) | undefined;
  let settled = false;
  const result = work((event) => {
    queue.push(event);
    wake?.();
  });
  const finished = result.then(() => void (settled = true), () => void (settled = true));
  for (;;) {
    while (queue.length > 0) yield queue.shift() as ProgressEvent;
    if (settled) return result;
    await Promise.race([finished, new Promise<void>((resolve) => (wake = resolve))]);
    wake = undefined;
  }
}

/** "12:40", or "1:02:05" from an hour on. */
function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

export const analysingEvent = (filename: string, doneMs: number, totalMs: number, lang: Lang): ProgressEvent => ({
  type: 'progress', message: say(lang, `analysing ${filename}: ${clock(doneMs)} of ${clock(totalMs)}`, `正在分析 ${filename}：${clock(doneMs)} / ${clock(totalMs)}`), done_ms: Math.round(doneMs), total_ms: Math.round(totalMs),
});
