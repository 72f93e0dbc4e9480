import { basename } from 'node:path';
import { z } from 'zod';
import { askTurn, type DemoClipClient } from '../client';
import { percent, type Progress } from './progress';
import { ANALYZE_TOOL, say, type Lang } from '../protocol';
import type { Why } from '../engine/analysis/findMoments';

/** The tool result this command reads: what the local engine's `analyze_footage` reports (loose: extra fields pass). */
const AnalyzeFootageResult = z.looseObject({
  total_ms: z.number(),
  moments: z.array(
    z.looseObject({ filename: z.string(), in: z.number(), out: z.number(), score: z.number(), why: z.array(z.string()) }),
  ),
  zooms: z.array(z.looseObject({ filename: z.string(), in: z.number(), out: z.number(), x: z.number(), y: z.number(), w: z.number(), h: z.number() })).default([]),
});

/**
 * What `democlip analyze --json` prints. A contract for scripts: keep its shape. `duration_ms` is the length of the
 * chosen moments together (the clip); `src` is the footage's file name; `zooms` are where auto-zoom would zoom
 * inside those moments (`in`/`out` in source ms, `x`/`y`/`w`/`h` in source pixels).
 */
export interface AnalyzeOutput {
  duration_ms: number;
  moments: { src: string; in: number; out: number; score: number; why: string[] }[];
  zooms: { src: string; in: number; out: number; x: number; y: number; w: number; h: number }[];
}

export interface AnalyzeOptions {
  footage: string[];
  targetSeconds: number;
  progress: Progress;
  lang: Lang;
  signal?: AbortSignal;
}

/**
 * The best moments of the footage at a target length, through the protocol as any client would: token, session,
 * upload, then the compile request in chat, whose `analyze_footage` tool result carries the moments.
 */
export async function analyzeFootage(client: DemoClipClient, options: AnalyzeOptions): Promise<AnalyzeOutput> {
  const { progress, signal, lang } = options;
  await client.ensureToken({ signal });
  const { session_id: sessionId } = await client.createSession(lang, { signal });
  await client.upload(sessionId, options.footage, { signal, onProgress: (sent, total) => progress.update(say(lang, `Uploading… ${percent(sent, total)}`, `正在上传… ${percent(sent, total)}`)) });
  const names = options.footage.map((path) => basename(path));
  progress.step(say(lang, `Analysing ${names.join(', ')}…`, `正在分析 ${names.join('、')}…`));
  let result: unknown;
  const message = say(lang, `trim the best moments and compile them into a ${options.targetSeconds}-second demo clip`, `把精彩片段剪成${options.targetSeconds}秒`);
  await askTurn(client, sessionId, message, {
    signal,
    lang,
    onToolResult: (name, toolResult) => {
      if (name === ANALYZE_TOOL) result = toolResult;
    },
    onText: (text) => progress.step(text),
    onProgress: (text) => progress.update(`  … ${text}`),
  });
  const parsed = AnalyzeFootageResult.safeParse(result);
  if (!parsed.success) throw new Error(say(lang, 'This backend did not report the moments it chose (analyze needs the local engine).', '这个后端没有报告它选出的片段（analyze 需要本地引擎）。'));
  return {
    duration_ms: parsed.data.total_ms,
    moments: parsed.data.moments.map((m) => ({ src: m.filename, in: m.in, out: m.out, score: m.score, why: m.why })),
    zooms: parsed.data.zooms.map((z) => ({ src: z.filename, in: z.in, out: z.out, x: z.x, y: z.y, w: z.w, h: z.h })),
  };
}

/** Why a moment was kept, in Chinese (the English is the engine's own word, as --json prints it). */
const WHY_ZH: Record<Why, string> = { speech: '有人声', 'screen-change': '画面变化', motion: '有动作' };

/** The moments as lines for people: file, in → out, score, reasons. */
export function formatMoments(output: AnalyzeOutput, lang: Lang): string {
  const time = (ms: number) => `${Math.floor(ms / 60_000)}:${((ms % 60_000) / 1000).toFixed(1).padStart(4, '0')}`;
  const lines = output.moments.map((m) => {
    const score = m.score.toFixed(2);
    return say(lang, `${m.src}  ${time(m.in)} → ${time(m.out)}  score ${score}  ${m.why.join(', ')}`,
      `${m.src}  ${time(m.in)} → ${time(m.out)}  得分 ${score}  ${m.why.map((why) => WHY_ZH[why as Why] ?? why).join('、')}`);
  });
  const seconds = (output.duration_ms / 1000).toFixed(1);
  return [...lines, say(lang, `${output.moments.length} moments, ${seconds} s`, `共 ${output.moments.length} 段，${seconds} 秒`)].join('\n');
}
