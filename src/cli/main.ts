import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { DemoClipClient, MemoryRenderRecords, type RenderRecords } from '../client';
import { findEngine, startEngine, StoreOwnedError, useEngine, type EngineInUse } from '../engine';
import { analyzeFootage, formatMoments } from './analyze';
import { BilingualError, say, type Lang } from '../protocol';
import { flag, flags, numberFlag, parseArgs, UsageError, type ParsedArgs } from './args';
import { cliLanguage } from './language';
import { cliClientId, FileRenderRecords } from './cliState';
import { finishEarlierExports, makeClip, savedText } from './makeClip';
import { outputTarget } from './outputTarget';
import { Progress } from './progress';

/** The command lines themselves: the same in both languages. */
const SYNOPSIS = `  democlip make <footage...> [--prompt "<text>" ...] -o <out.mp4|folder/> [--lang en|zh] [--base-url URL] [--store DIR]
  democlip plan <footage...> --prompt "<text>" [--prompt ...] --json [--base-url URL]
  democlip analyze <footage...> [--target <seconds>] [--json] [--base-url URL] [--store DIR]
  democlip serve [--port N] [--store DIR] [--max-upload-mb N] [--exit-when-idle SECONDS] [--ffmpeg PATH --ffprobe PATH]`;

const ANALYZE_JSON = '{"duration_ms":N,"moments":[{"src":"<file>","in":ms,"out":ms,"score":0..1,"why":["speech",...]}]}';

const usage = (lang: Lang): string => say(lang, `democlip — make demo clips from raw footage (local engine, offline)

Usage:
${SYNOPSIS}

Prompts are what you would say in chat (without any, make does the main job: the best moments in 60 seconds,
or all of the footage when it is shorter), e.g.
  --prompt "trim the best moments and compile them into a 60-second demo clip" --prompt "export 1080p MP4"

analyze prints the best moments at the target length (default 60 s), with their score and why; --json prints
${ANALYZE_JSON}.

Without --base-url, make, plan and analyze use the engine that serves the store (one per store, shared with
VS Code windows and other runs), starting it if none runs; it stops 10 minutes after its last client.
serve --exit-when-idle N stops the engine after N seconds with no client and no render.
NEMO_TOKEN, if set, is used as the token; otherwise an anonymous one is requested.
--lang (else a Chinese prompt, else LC_ALL / LC_MESSAGES / LANG zh_*) makes the replies and progress Chinese.`,
`democlip — 把原始素材剪成演示短片（本地引擎，离线）

用法：
${SYNOPSIS}

提示词就是你在聊天里会说的话（不给提示词时，make 做默认的剪辑：把精彩片段剪成 60 秒，
素材更短时就用全部素材），例如
  --prompt "剪辑精彩片段成60秒" --prompt "导出 1080p"

analyze 按目标时长（默认 60 秒）列出精彩片段，以及每段的得分和原因；--json 输出
${ANALYZE_JSON}。

不给 --base-url 时，make、plan 和 analyze 使用为该存储服务的引擎（每个存储一个，与 VS Code 窗口
和其他运行共用），没有在运行的就启动一个；最后一个客户端离开 10 分钟后它会停止。
serve --exit-when-idle N 让引擎在 N 秒内没有客户端也没有渲染时停止。
设置了 NEMO_TOKEN 时用它作令牌；否则会申请一个匿名令牌。
--lang en|zh 指定回复和进度的语言；不给时，中文提示词用中文，其次看 LC_ALL / LC_MESSAGES / LANG 是否为 zh_*。`);

const defaultStore = () => join(homedir(), '.cache', 'democlip', 'store');

/** The run's language, known once the arguments are read: the closing error line speaks it too. */
let lang: Lang = cliLanguage();

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  lang = cliLanguage({ flag: flag(args, 'lang'), prompts: flags(args, 'prompt') });
  if (!args.command || args.flags.has('help')) {
    process.stdout.write(`${usage(lang)}\n`);
    // Asked for, the usage is an answer; for want of a command, a mistake.
    return args.flags.has('help') ? 0 : 2;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  switch (args.command) {
    case 'serve':
      return serve(args);
    // The footage is checked before any engine is looked for: a typo fails at once.
    case 'make':
    case 'plan': {
      const footage = await footagePaths(args);
      return withBackend(args, (client, records) => runMake(args, footage, client, records, abort.signal));
    }
    case 'analyze': {
      const footage = await footagePaths(args);
      return withBackend(args, (client) => runAnalyze(args, footage, client, abort.signal));
    }
    default:
      throw new UsageError({ en: `Unknown command "${args.command}". Run democlip --help.`, zh: `没有“${args.command}”这个命令。请运行 democlip --help 查看用法。` });
  }
}

async function serve(args: ParsedArgs): Promise<number> {
  const maxUploadMb = numberFlag(args, 'max-upload-mb');
  const idleSeconds = numberFlag(args, 'exit-when-idle');
  const ffmpeg = flag(args, 'ffmpeg');
  const ffprobe = flag(args, 'ffprobe');
  let engine;
  try {
    engine = await startEngine({
      storeDir: storeOf(args),
      port: numberFlag(args, 'port') ?? 0,
      ...(maxUploadMb !== undefined ? { maxUploadBytes: maxUploadMb * 1024 * 1024 } : {}),
      ...(idleSeconds !== undefined ? { idleExitMs: idleSeconds * 1000 } : {}),
      ...(ffmpeg ? { ffmpeg } : {}),
      ...(ffprobe ? { ffprobe } : {}),
    });
  } catch (error) {
    if (!(error instanceof StoreOwnedError)) throw error;
    // Not a failure: the store has its engine, and this is where it is.
    process.stdout.write(`${error.owner.url}\n`);
    process.stderr.write(`${error.messageIn(lang)}${say(lang, ' Use that one.', '请使用那一个。')}\n`);
    return 0;
  }
  process.stdout.write(`${engine.url}\n`);
  const stops = idleSeconds
    ? say(lang, `It stops after ${idleSeconds} s with no client and no render; Ctrl+C stops it sooner.`, `${idleSeconds} 秒内没有客户端也没有渲染时它会停止；按 Ctrl+C 可以提前停止。`)
    : say(lang, 'Ctrl+C stops it.', '按 Ctrl+C 停止。');
  process.stderr.write(`${new Date().toISOString()} ${say(lang,
    `Demo Clip local engine (pid ${process.pid}) listening on ${engine.url} (store: ${engine.config.storeDir}). ${stops}`,
    `Demo Clip 本地引擎（pid ${process.pid}）正在 ${engine.url} 上监听（存储：${engine.config.storeDir}）。${stops}`)}\n`);
  const why = await Promise.race([
    new Promise<string>((done) => {
      process.once('SIGINT', () => done(say(lang, 'interrupted', '被中断')));
      process.once('SIGTERM', () => done(say(lang, 'terminated', '被终止')));
    }),
    engine.idle.then(() => say(lang, 'idle', '空闲')),
  ]);
  await engine.close();
  process.stderr.write(`${new Date().toISOString()} ${say(lang, `Demo Clip local engine stopped (${why}).`, `Demo Clip 本地引擎已停止（${why}）。`)}\n`);
  return 0;
}

const storeOf = (args: ParsedArgs) => resolve(flag(args, 'store') ?? defaultStore());

/**
 * The engine for make, plan and analyze: the store's engine, found or started (detached: it is shared and outlives
 * this run). With --base-url, that server; the engine key is sent only when the URL is the store's own engine.
 * With the store's engine, the run is the CLI's install (its id kept beside the store) and its unfinished renders
 * are kept there too, for the next run to finish; another server is this run's alone.
 */
async function withBackend(args: ParsedArgs, run: (client: DemoClipClient, records: RenderRecords) => Promise<number>): Promise<number> {
  const baseUrl = flag(args, 'base-url');
  let engine: EngineInUse | undefined;
  let engineKey: string | undefined;
  if (baseUrl) {
    const owner = await findEngine(storeOf(args));
    if (owner && new URL(owner.url).origin === new URL(baseUrl).origin) engineKey = owner.key;
  } else {
    engine = await useEngine(storeOf(args), { command: process.execPath, args: [__filename] });
    engineKey = engine.key;
  }
  const token = process.env.NEMO_TOKEN || undefined;
  const client = new DemoClipClient({
    baseUrl: baseUrl ?? (engine as EngineInUse).url,
    engineKey,
    version,
    platform: 'cli',
    language: lang,
    clientId: engine ? await cliClientId(storeOf(args)) : randomUUID(),
    token,
    renewableToken: !token,
  });
  try {
    return await run(client, engine ? new FileRenderRecords(storeOf(args)) : new MemoryRenderRecords());
  } finally {
    engine?.attachment.detach();
  }
}

async function footagePaths(args: ParsedArgs): Promise<string[]> {
  const footage = args.positionals.map((path) => resolve(path));
  if (footage.length === 0) throw new UsageError({ en: 'Name at least one footage file.', zh: '请至少给出一个素材文件。' });
  for (const path of footage) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new Error(say(lang, `Cannot read ${path}: no such file.`, `无法读取 ${path}：没有这个文件。`));
  }
  return footage;
}

async function runMake(args: ParsedArgs, footage: string[], client: DemoClipClient, records: RenderRecords, signal: AbortSignal): Promise<number> {
  const planOnly = args.command === 'plan';
  const out = flag(args, 'out');
  if (!planOnly && !out) throw new UsageError({ en: 'make needs -o <out.mp4> (or a folder to save it in).', zh: 'make 需要 -o <out.mp4>（或保存它的文件夹）。' });
  const target = out && !planOnly ? await outputTarget(out, lang) : undefined;
  const progress = new Progress(flag(args, 'quiet') === 'true');
  if (!planOnly) await finishEarlierExports(client, records, progress, lang, signal);
  const result = await makeClip(client, { footage, prompts: flags(args, 'prompt'), out: target, progress, lang, records, signal });
  if (planOnly) process.stdout.write(`${JSON.stringify(result.draft, null, 2)}\n`);
  for (const saved of result.outputs) progress.step(savedText(saved, lang));
  return 0;
}

async function runAnalyze(args: ParsedArgs, footage: string[], client: DemoClipClient, signal: AbortSignal): Promise<number> {
  const targetSeconds = numberFlag(args, 'target') ?? 60;
  if (targetSeconds <= 0) throw new UsageError({ en: '--target must be a number of seconds above 0.', zh: '--target 必须是大于 0 的秒数。' });
  const json = flag(args, 'json') === 'true';
  const progress = new Progress(json || flag(args, 'quiet') === 'true');
  const output = await analyzeFootage(client, { footage, targetSeconds, progress, lang, signal });
  process.stdout.write(`${json ? JSON.stringify(output) : formatMoments(output, lang)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.messageIn(lang)}\n\n${usage(lang)}\n`);
    else if ((error as Error).name === 'AbortError') process.stderr.write(`${say(lang, 'Cancelled: nothing was written.', '已取消：什么都没有写入。')}\n`);
    else process.stderr.write(`${say(lang, 'Error', '错误')}: ${error instanceof BilingualError ? error.messageIn(lang) : (error as Error).message}\n`);
    // 130: the shell's code for a run stopped by Ctrl+C.
    process.exit(error instanceof UsageError ? 2 : (error as Error).name === 'AbortError' ? 130 : 1);
  },
);
