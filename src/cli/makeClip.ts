import { defaultJob, isExportable, outputFromText, outputLabel, say, toolLabel, videoFootageMs, Words, type Draft, type Lang, type RenderOutput } from '../protocol';
import { askTurn, exportSession, finishRender, MemoryRenderRecords, routeMessage, type DemoClipClient, type ExportProgress, type RenderRecords, type SavedClip } from '../client';
import { clipFiles, type OutputTarget } from './outputTarget';
import { percent, type Progress } from './progress';

export interface MakeOptions {
  footage: string[];
  prompts: string[];
  /** Where the rendered file goes; without it the draft is planned but not rendered. */
  out?: OutputTarget;
  progress: Progress;
  /** The session's language: of the engine's replies and of every line this run prints (cliLanguage). */
  lang: Lang;
  /** The renders not saved yet: kept until the file is, so that a run cut short is finished by the next (default: this run's). */
  records?: RenderRecords;
  signal?: AbortSignal;
}

export interface MakeResult {
  draft: Draft;
  replies: string[];
  /** The files saved, one per clip the prompts asked for (none when only planned). */
  outputs: SavedClip[];
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
  // The files the last prompt that asked for any asked for ("export an mp4 and a gif": both).
  let exportOutputs: RenderOutput[] = [];
  const ask = async (prompt: string) => {
    progress.step(`› ${prompt}`);
    const turn = await askTurn(client, sessionId, prompt, {
      signal,
      lang,
      onToolCall: (name) => progress.step(`  … ${toolLabel(name, lang)}`),
      onProgress: (message) => progress.update(`  … ${message}`),
      onStillWorking: () => progress.step(say(lang, '  … still working', '  … 仍在处理')),
    });
    const reply = turn.texts.length > 0 ? turn.texts.join('\n')
      : turn.change ?? say(lang, 'The backend finished without a reply, and the timeline did not change.', '后端没有回复就结束了，时间线也没有变化。');
    replies.push(reply);
    progress.step(reply);
    // "mute it, then export a gif": the file is the one the message asked for.
    if (turn.exports.length > 0) exportOutputs = turn.exports;
    return turn;
  };
  const mainJob = async (why: string, zh: string) => {
    const footageMs = videoFootageMs(uploaded.files);
    if (footageMs === 0) throw new Error(noFootageText(uploaded.files, lang));
    const job = defaultJob(footageMs, lang);
    progress.step(say(lang, `${why}, so doing the main job. ${job.summary}`, `${zh}，所以做默认的剪辑。${job.summary}`));
    await ask(job.prompt);
  };
  const routes = options.prompts.map((prompt) => [prompt, routeMessage(prompt)] as const);
  // Nothing asked of the clip itself: do the main job rather than export an empty timeline.
  const fileOnly = routes.every(([, route]) => route.action === 'export');
  if (fileOnly) await mainJob('No --prompt given', '没有给出 --prompt');
  let askedOfClip = fileOnly;
  // The prompt the engine was unsure of and asked about, while no later prompt has answered it.
  let unsureOf: string | undefined;
  for (const [prompt, route] of routes) {
    if (route.action === 'export') {
      exportOutputs = [route.output];
      continue;
    }
    // Any prompt but a yes or a no to that question drops it, and the edit with it: the prompts after build on it.
    if (unsureOf !== undefined && !Words.goAhead.test(prompt.trim()) && !Words.declined.test(prompt.trim())) throw unsureStop(unsureOf, lang, 'prompts');
    const turn = await ask(prompt);
    askedOfClip ||= turn.change !== undefined || turn.exports.length === 0;
    unsureOf = turn.proposal !== undefined && turn.change === undefined ? prompt : undefined;
  }
  // Exporting now would make a clip without what that prompt asked (or fail on an empty timeline): stop and say how to go on.
  if (unsureOf !== undefined && options.out) throw unsureStop(unsureOf, lang, 'export');
  const draftNow = async () => (await client.state(sessionId, { signal })).state.draft ?? { t: [] };
  let draft = askedOfClip ? await draftNow() : undefined;
  // "导出MP4格式" read by the engine as the file alone: still nothing asked of the clip.
  if (draft === undefined) await mainJob('The prompts only ask for the file', '提示只要求导出文件');
  // "add a caption 'Phone clip'" alone lays out no clip: the main job makes the one the prompts dress (their texts,
  // music and shape stay), where the export would fail on an empty timeline.
  else if (!isExportable(draft)) await mainJob('The prompts laid out no clip', '提示没有排出短片');
  // The draft asked for is the one drafted, unless a main job has just made it.
  if (draft === undefined || !isExportable(draft)) draft = await draftNow();
  if (!options.out) return { draft, replies, outputs: [] };
  const asked = exportOutputs.length > 0 ? exportOutputs : [outputFromText('')];
  const files = await clipFiles(options.out, asked.map((output) => output.format));
  const outputs: SavedClip[] = [];
  const records = options.records ?? new MemoryRenderRecords();
  for (const [i, output] of asked.entries()) {
    const out = files[i];
    progress.step(say(lang, `Exporting ${outputLabel(output)}…`, `正在导出 ${outputLabel(output)}…`));
    outputs.push(await exportSession(client, sessionId, output, { out, saveAs: async () => out, records, signal, onProgress: showExport(progress, lang) }));
  }
  return { draft, replies, outputs };
}

/** The run stopped at a prompt the engine was unsure of and asked about, before what would go on without it. */
function unsureStop(prompt: string, lang: Lang, before: 'prompts' | 'export'): Error {
  const stopped = before === 'export' ? say(lang, 'Stopped before exporting', '导出前停下了') : say(lang, 'Stopped before the prompts after it', '停在这里，后面的提示都没有发送');
  return new Error(say(lang,
    `${stopped}: the engine was not sure of "${prompt}" and changed nothing (its question is above). Say it another way, or add --prompt yes after it to go ahead as it read it.`,
    `${stopped}：引擎对“${prompt}”没有把握，什么都没改（它的问题在上面）。换个说法，或在它后面加 --prompt 好，照它的理解去做。`));
}

/**
 * Renders an earlier run left unfinished (interrupted, or its connection lost): each is finished and saved where
 * that run was asked to save it. One that cannot be is said and forgotten or kept, as the flow decides; this run
 * goes on either way.
 */
export async function finishEarlierExports(client: DemoClipClient, records: RenderRecords, progress: Progress, lang: Lang, signal?: AbortSignal): Promise<void> {
  const unfinished = (await records.list()).filter((record) => record.out);
  if (unfinished.length > 0) await client.ensureToken({ signal });
  for (const record of unfinished) {
    const out = record.out as string;
    progress.step(say(lang, `Finishing an export started earlier (${out})…`, `正在完成之前开始的导出（${out}）…`));
    try {
      const saved = await finishRender(client, record, { records, signal, saveAs: async () => out, onProgress: showExport(progress, lang) });
      progress.step(savedText(saved, lang));
    } catch (error) {
      if (signal?.aborted) throw error;
      progress.step(say(lang, `The export started earlier was not finished: ${(error as Error).message}`, `之前开始的导出没有完成：${(error as Error).message}`));
    }
  }
}

function showExport(progress: Progress, lang: Lang): (event: ExportProgress) => void {
  let downloading = false;
  return (event) => {
    if (event.phase === 'rendering') return progress.update(say(lang, `Rendering… ${event.status.progress}%`, `正在渲染… ${event.status.progress}%`));
    if (!downloading) progress.step(say(lang, 'Rendered. Downloading…', '渲染完成。正在下载…'));
    downloading = true;
    if (event.total) progress.update(say(lang, `Downloading… ${percent(event.received, event.total)}`, `正在下载… ${percent(event.received, event.total)}`));
  };
}

/** "Saved demo.mp4 (12.3 MB)." */
export function savedText(saved: SavedClip, lang: Lang): string {
  const mb = (saved.bytes / 1024 / 1024).toFixed(1);
  return say(lang, `Saved ${saved.path} (${mb} MB).`, `已保存 ${saved.path}（${mb} MB）。`);
}

/** Stills and sound alone make no clip: the main job cuts video footage. */
function noFootageText(files: { filename: string; file_type: string }[], lang: Lang): string {
  const what = files.map((f) => say(lang, `${f.filename} is ${f.file_type === 'image' ? 'a still image' : 'sound only'}`, `${f.filename} ${f.file_type === 'image' ? '是静态图片' : '只有声音'}`));
  return say(lang,
    `There is no video footage to make a clip from (${what.join(', ')}). Name a screen recording or another video to make the clip from.`,
    `没有可以做剪辑的视频素材（${what.join('，')}）。请给出一段录屏或其他视频来做剪辑。`);
}
