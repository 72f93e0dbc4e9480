import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { BilingualError, type Bilingual } from '../../protocol';

export interface ToolResult {
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Called with each line of stdout as it arrives (ffmpeg's `-progress pipe:1`). */
  onStdoutLine?: (line: string) => void;
  /** Keep stdout in memory for the result; off for tools whose output is streamed by line. */
  collectStdout?: boolean;
  cwd?: string;
  /**
   * Work nobody is waiting for (a preview proxy): the process runs at the lowest CPU priority, so that a render
   * someone waits for gets the cores whenever both want them.
   */
  background?: boolean;
}

const STDERR_TAIL = 64 * 1024;

/** A failed ffmpeg/ffprobe run, with the tool's last error lines (its own words, in English) rather than a stack trace. */
export class ToolError extends BilingualError {
  constructor(readonly tool: string, readonly exitCode: number | null, readonly stderrTail: string, text: Bilingual = failedText(tool, exitCode, stderrTail)) {
    super(text);
  }
}

function failedText(tool: string, exitCode: number | null, stderrTail: string): Bilingual {
  const said = lastLines(stderrTail, 4);
  return {
    en: `${tool} failed${exitCode === null ? '' : ` (exit ${exitCode})`}: ${said || 'no error output'}`,
    zh: `${tool} 运行失败${exitCode === null ? '' : `（退出码 ${exitCode}）`}：${said || '没有错误输出'}`,
  };
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

/** The output time an ffmpeg `-progress pipe:1` line reports, in ms; undefined for its other lines. */
export function progressMs(line: string): number | undefined {
  const match = /^out_time_us=(\d+)/.exec(line);
  return match ? Number(match[1]) / 1000 : undefined;
}

/** Runs a tool with an argument array (never a shell); rejects with a ToolError or, when aborted, an AbortError. */
export function runTool(command: string, args: string[], options: RunOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal, cwd: options.cwd });
    if (options.background && child.pid !== undefined) lowerPriority(child.pid);
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (options.collectStdout !== false) stdout += chunk;
      if (!options.onStdoutLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach((line) => options.onStdoutLine?.(line));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    // Aborted, the process is sent SIGTERM: the run ends when it has exited ('close'), so that whoever waits for a
    // cancel or a shutdown knows no ffmpeg of it still runs.
    let aborted: Error | undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') aborted = error;
      else if (error.code === 'ENOENT') reject(new ToolError(command, null, '', {
        en: `${command} was not found. Install ffmpeg (Debian/Ubuntu: sudo apt-get install -y ffmpeg).`,
        zh: `找不到 ${command}。请安装 ffmpeg（Debian/Ubuntu：sudo apt-get install -y ffmpeg）。`,
      }));
      else reject(error);
    });
    child.on('close', (code) => {
      if (aborted) reject(aborted);
      else if (code === 0) resolve({ stdout, stderr });
      else reject(new ToolError(command, code, stderr));
    });
  });
}

function lowerPriority(pid: number): void {
  try {
    setPriority(pid, constants.priority.PRIORITY_LOW);
  } catch {
    // The process may have exited already, or the system refuse: it then just runs at normal priority.
  }
}
