import { readdirSync, readFileSync } from 'node:fs';

interface Sample {
  /** Resident memory of the process and its descendants, bytes. */
  rssBytes: number;
  /** CPU seconds of the process and its descendants, with the children they already waited for. */
  cpuSeconds: number;
}

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** One look at a process tree in /proc (Linux). */
function sampleTree(rootPid: number): Sample {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parents.set(pid, Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(pid, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      // After the command name: state is field 0, then utime, stime, cutime, cstime are fields 11-14.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu.set(pid, fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND);
    } catch {
      // the process ended while we looked
    }
  }
  const total: Sample = { rssBytes: 0, cpuSeconds: 0 };
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total.rssBytes += rss.get(pid) ?? 0;
    total.cpuSeconds += cpu.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

/**
 * Samples a process tree every `intervalMs` until stopped; returns its peak memory and the most CPU time it had
 * used. A tree sampled, not waited for, counts a detached child too (the CLI's shared engine, which no one waits for).
 */
export function watchTree(rootPid: number, intervalMs = 100): () => Sample {
  const most: Sample = { rssBytes: 0, cpuSeconds: 0 };
  const look = () => {
    const now = sampleTree(rootPid);
    most.rssBytes = Math.max(most.rssBytes, now.rssBytes);
    most.cpuSeconds = Math.max(most.cpuSeconds, now.cpuSeconds);
  };
  const timer = setInterval(look, intervalMs);
  return () => {
    clearInterval(timer);
    return most;
  };
}

/** The peak memory of a process tree (bytes), sampled every `intervalMs` until stopped. */
export function watchPeak(rootPid: number, intervalMs = 100): () => number {
  const stop = watchTree(rootPid, intervalMs);
  return () => stop().rssBytes;
}
