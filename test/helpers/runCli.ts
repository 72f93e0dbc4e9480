import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The built bundle. */
const CLI = resolve(__dirname, '../../../dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI bundle as a user would, with no NEMO_TOKEN unless given. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NEMO_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** `democlip serve` in its own process, resolved with the URL it prints once it listens. */
export function serveProcess(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args]);
  return new Promise((found, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) found({ child, url: match[0] });
    });
    child.on('exit', (code) => failed(new Error(`democlip serve exited with ${code}`)));
  });
}
