import { defaultJob, outputFromText, outputLabel, say, videoFootageMs, type Draft, type Lang, type RenderOutput } from '../protocol';
import { describeDraftChange, routeMessage, type DemoClipClient } from '../client';
import { percent, type Progress } from './progress';

export interface MakeOptions {
  footage: string[];
  prompts: string[];
  /** Where the rendered file goes; without it the draft is planned but not rendered. */
  out?: string;
  progress: Progress;
  /** The session's language: of the engine's replies and of every line this run prints (cliLanguage). */
  lang: Lang;
  signal?: AbortSignal;
}

export interface MakeResult {
  draft: Draft;
  replies: string[];
  output?: { path: string; bytes: number; renderId: string };
}

/** The whole job through the protocol: token, session, upload, each prompt, then export, poll and download. */
export async function makeClip(client: DemoClipClient, options: MakeOptions): Promise<MakeResult> {
  const { progress, signal, lang } = options;
  progress.step(say(lang, 'Setting things up…', '正在准备…'));
  await client.ensureToken({ signal });
  const { session_id: sessionId } = await client.createSession(lang, { signal });
  const count = options.footage.length;
  progress.step(say(lang, `Connected and ready. Uploading ${count} file${count === 1 ? '' : 's'}…`, `已连接。正在上传 ${count} 个文件…`));
  const uploaded = await client.upload(sessionId, options.footage, {
    signal,
    onProgress: (sent, total) => progress.update(say(lang, `Uploading… ${percent(sent, total)}`, `正在上传… ${percent(sent, total)}`)),
  });
  const names = uploaded.files.map((f) => f.filename);
  progress.step(say(lang, `Uploaded ${names.join(', ')}.`, `已上传 ${names.join('、')}。`));

  const replies: string[] = [];
  let exportOutput: RenderOutput | undefined;
  const prompts = [...options.prompts];
  if (!prompts.some((prompt) => routeMessage(prompt).action !== 'export')) {
    // Nothing asked of the clip itself: do the main job rather than export an empty timeline.
    const job = defaultJob(videoFootageMs(uploaded.files), lang);
    progress.step(say(lang, `No --prompt given, so doing the main job. ${job.summary}`, `没有给出 --prompt，所以做默认的剪辑。${job.summary}`));
    prompts.unshift(job.prompt);
  }
  for (const prompt of prompts) {
    const route = routeMessage(prompt);
    if (route.action === 'export') {
      exportOutput = route.output;
      continue;
    }
    progress.step(`› ${prompt}`);
    const reply = await sendChat(client, sessionId, prompt, progress, lang, signal);
    replies.push(reply);
    progress.step(reply);
  }

  const { state } = await client.state(sessionId, { signal });
  const draft = state.draft ?? { t: [] };
  if (!options.out) return { draft, replies };
  const output = await renderToFile(client, sessionId, draft, exportOutput ?? outputFromText(''), options.out, progress, lang, signal);
  return { draft, replies, output };
}

/** One chat turn; returns what to tell the user, reading state when the stream closed without text. */
async function sendChat(client: DemoClipClient, sessionId: string, text: string, progress: Progress, lang: Lang, signal?: AbortSignal): Promise<string> {
  const texts: string[] = [];
  const before = (await client.state(sessionId, { signal })).state.draft;
  for await (const event of client.chat(sessionId, text, { signal })) {
    if (event.kind === 'text' && !event.partial) texts.push(event.text);
    else if (event.kind === 'toolCall') progress.step(say(lang, `  … ${event.name.replace(/_/g, ' ')}`, `  … 工具 ${event.name}`));
    else if (event.kind === 'progress') progress.update(`  … ${event.message}`);
    else if (event.kind === 'error') throw new Error(event.message);
  }
  if (texts.length > 0) return texts.join('\n');
  // The cloud closes about 30% of edits without a word: read the state and say what changed.
  const after = (await client.state(sessionId, { signal })).state.draft;
  return describeDraftChange(before, after, lang) ?? say(lang, 'The backend finished without a reply, and the timeline did not change.', '后端没有回复就结束了，时间线也没有变化。');
}

async function renderToFile(
  client: DemoClipClient, sessionId: string, draft: Draft, output: RenderOutput, out: string, progress: Progress, lang: Lang, signal?: AbortSignal,
) {
  progress.step(say(lang, `Exporting ${outputLabel(output)}…`, `正在导出 ${outputLabel(output)}…`));
  const submitted = await client.submitRender(sessionId, draft, output, { signal });
  const onAbort = () => void client.cancelRender(submitted.id).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const done = await client.waitForRender(submitted.id, {
      signal,
      intervalMs: 500,
      onProgress: (status) => progress.update(say(lang, `Rendering… ${status.progress}%`, `正在渲染… ${status.progress}%`)),
    });
    progress.step(say(lang, 'Rendered. Downloading…', '渲染完成。正在下载…'));
    const bytes = await client.download(done, out, { signal });
    return { path: out, bytes, renderId: submitted.id };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
