import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { DemoClipClient, DemoClipError } from '../client';
import { startEngine, type RunningEngine } from '../engine';
import { analyzeFootage, formatMoments } from './analyze';
import { flag, flags, numberFlag, parseArgs, UsageError, type ParsedArgs } from './args';
import { makeClip } from './makeClip';
import { Progress } from './progress';

const USAGE = `democlip — make demo clips from raw footage (local engine, offline)

Usage:
  democlip make <footage...> [--prompt "<text>" ...] -o <out.mp4> [--base-url URL] [--store DIR]
  democlip plan <footage...> --prompt "<text>" [--prompt ...] --json [--base-url URL]
  democlip analyze <footage...> [--target <seconds>] [--json] [--base-url URL] [--store DIR]
  democlip serve [--port N] [--store DIR] [--max-upload-mb N]

Prompts are what you would say in chat (without any, make does the main job: the best moments in 60 seconds,
or all of the footage when it is shorter), e.g.
  --prompt "trim the best moments and compile them into a 60-second demo clip" --prompt "export 1080p MP4"

analyze prints the best moments at the target length (default 60 s), with their score and why; --json prints
{"duration_ms":N,"moments":[{"src":"<file>","in":ms,"out":ms,"score":0..1,"why":["speech",...]}]}.

Without --base-url, make, plan and analyze start the local engine for the duration of the command.
NEMO_TOKEN, if set, is used as the token; otherwise an anonymous one is requested.`;

const defaultStore = () => join(homedir(), '.cache', 'democlip', 'store');

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return args.command ? 0 : 2;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  switch (args.command) {
    case 'serve':
      return serve(args);
    case 'make':
    case 'plan':
      return withBackend(args, (client) => runMake(args, client, abort.signal));
    case 'analyze':
      return withBackend(args, (client) => runAnalyze(args, client, abort.signal));
    default:
      throw new UsageError(`Unknown command "${args.command}". Run democlip --help.`);
  }
}

async function serve(args: ParsedArgs): Promise<number> {
  const maxUploadMb = numberFlag(args, 'max-upload-mb');
  const engine = await startEngine({
    storeDir: resolve(flag(args, 'store') ?? defaultStore()),
    port: numberFlag(args, 'port') ?? 0,
    ...(maxUploadMb !== undefined ? { maxUploadBytes: maxUploadMb * 1024 * 1024 } : {}),
  });
  process.stdout.write(`${engine.url}\n`);
  process.stderr.write(`Demo Clip local engine listening on ${engine.url} (store: ${engine.config.storeDir}). Ctrl+C stops it.\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await engine.close();
  return 0;
}

async function withBackend(args: ParsedArgs, run: (client: DemoClipClient) => Promise<number>): Promise<number> {
  const baseUrl = flag(args, 'base-url');
  let engine: RunningEngine | undefined;
  if (!baseUrl) engine = await startEngine({ storeDir: resolve(flag(args, 'store') ?? defaultStore()) });
  const token = process.env.NEMO_TOKEN || undefined;
  const client = new DemoClipClient({
    baseUrl: baseUrl ?? (engine as RunningEngine).url,
    version,
    platform: 'cli',
    clientId: randomUUID(),
    token,
    renewableToken: !token,
  });
  try {
    return await run(client);
  } finally {
    await engine?.close();
  }
}

async function footagePaths(args: ParsedArgs): Promise<string[]> {
  const footage = args.positionals.map((path) => resolve(path));
  if (footage.length === 0) throw new UsageError('Name at least one footage file.');
  for (const path of footage) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new Error(`Cannot read ${path}: no such file.`);
  }
  return footage;
}

async function runMake(args: ParsedArgs, client: DemoClipClient, signal: AbortSignal): Promise<number> {
  const footage = await footagePaths(args);
  const planOnly = args.command === 'plan';
  const out = flag(args, 'out');
  if (!planOnly && !out) throw new UsageError('make needs -o <out.mp4>.');
  const progress = new Progress(flag(args, 'quiet') === 'true');
  const result = await makeClip(client, { footage, prompts: flags(args, 'prompt'), out: planOnly ? undefined : resolve(out as string), progress, signal });
  if (planOnly) process.stdout.write(`${JSON.stringify(result.draft, null, 2)}\n`);
  if (result.output) progress.step(`Saved ${result.output.path} (${(result.output.bytes / 1024 / 1024).toFixed(1)} MB).`);
  return 0;
}

async function runAnalyze(args: ParsedArgs, client: DemoClipClient, signal: AbortSignal): Promise<number> {
  const footage = await footagePaths(args);
  const targetSeconds = numberFlag(args, 'target') ?? 60;
  if (targetSeconds <= 0) throw new UsageError('--target must be a number of seconds above 0.');
  const json = flag(args, 'json') === 'true';
  const progress = new Progress(json || flag(args, 'quiet') === 'true');
  const output = await analyzeFootage(client, { footage, targetSeconds, progress, signal });
  process.stdout.write(`${json ? JSON.stringify(output) : formatMoments(output)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof DemoClipError) process.stderr.write(`Error: ${error.message}\n`);
    else if ((error as Error).name === 'AbortError') process.stderr.write('Cancelled.\n');
    else process.stderr.write(`Error: ${(error as Error).message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
