import { cliLanguage } from './language';
import { defaultJob, outputFromText, outputLabel, videoFootageMs, type Draft, type RenderOutput } from '../protocol';
import { askTurn, exportSession, finishRender, MemoryRenderRecords, routeMessage, type DemoClipClient, type ExportProgress, type RenderRecords, type SavedClip } from '../client';
import { percent, type Progress } from './progress';

export interface MakeOptions {
  footage: string[];
  prompts: string[];
  /** Where the rendered file goes; without it the draft is planned but not rendered. */
  out?: string;
  progress: Progress;
  /** The renders not saved yet: kept until the file is, so that a run cut short is finished by the next (default: this run's). */
  records?: RenderRecords;
  signal?: AbortSignal;
}

export interface MakeResult {
  draft: Draft;
  replies: string[];
  output?: SavedClip;
}

/** The whole job through the protocol: token, session, upload, each prompt, then export, poll and download. */
export async function makeClip(client: DemoClipClient, options: MakeOptions): Promise<MakeResult> {
  const { progress, signal } = options;
  progress.step('Setting things up…');
  await client.ensureToken({ signal });
  const { session_id: sessionId } = await client.createSession(cliLanguage(), { signal });
  progress.step(`Connected and ready. Uploading ${options.footage.length} file${options.footage.length === 1 ? '' : 's'}…`);
  const uploaded = await client.upload(sessionId, options.footage, {
    signal,
    onProgress: (sent, total) => progress.update(`Uploading… ${percent(sent, total)}`),
  });
  progress.step(`Uploaded ${uploaded.files.map((f) => f.filename).join(', ')}.`);

  const replies: string[] = [];
  let exportOutput: RenderOutput | undefined;
  const prompts = [...options.prompts];
  if (!prompts.some((prompt) => routeMessage(prompt).action !== 'export')) {
    // Nothing asked of the clip itself: do the main job rather than export an empty timeline.
    const footageMs = videoFootageMs(uploaded.files);
    if (footageMs === 0) throw new Error(noFootageText(uploaded.files));
    const job = defaultJob(footageMs);
    progress.step(`No --prompt given, so doing the main job. ${job.summary}`);
    prompts.unshift(job.prompt);
  }
  for (const prompt of prompts) {
    const route = routeMessage(prompt);
    if (route.action === 'export') {
      exportOutput = route.output;
      continue;
    }
    progress.step(`› ${prompt}`);
    const turn = await askTurn(client, sessionId, prompt, {
      signal,
      onToolCall: (name) => progress.step(`  … ${name.replace(/_/g, ' ')}`),
      onProgress: (message) => progress.update(`  … ${message}`),
      onStillWorking: () => progress.step('  … still working'),
    });
    const reply = turn.texts.length > 0 ? turn.texts.join('\n') : turn.change ?? 'The backend finished without a reply, and the timeline did not change.';
    replies.push(reply);
    progress.step(reply);
  }

  const { state } = await client.state(sessionId, { signal });
  const draft = state.draft ?? { t: [] };
  const { out } = options;
  if (!out) return { draft, replies };
  const output = exportOutput ?? outputFromText('');
  progress.step(`Exporting ${outputLabel(output)}…`);
  const saved = await exportSession(client, sessionId, output, { out, saveAs: async () => out, records: options.records ?? new MemoryRenderRecords(), signal, onProgress: showExport(progress) });
  return { draft, replies, output: saved };
}

/**
 * Renders an earlier run left unfinished (interrupted, or its connection lost): each is finished and saved where
 * that run was asked to save it. One that cannot be is said and forgotten or kept, as the flow decides; this run
 * goes on either way.
 */
export async function finishEarlierExports(client: DemoClipClient, records: RenderRecords, progress: Progress, signal?: AbortSignal): Promise<void> {
  const unfinished = (await records.list()).filter((record) => record.out);
  if (unfinished.length > 0) await client.ensureToken({ signal });
  for (const record of unfinished) {
    const out = record.out as string;
    progress.step(`Finishing an export started earlier (${out})…`);
    try {
      const saved = await finishRender(client, record, { records, signal, saveAs: async () => out, onProgress: showExport(progress) });
      progress.step(`Saved ${saved.path} (${(saved.bytes / 1024 / 1024).toFixed(1)} MB).`);
    } catch (error) {
      if (signal?.aborted) throw error;
      progress.step(`The export started earlier was not finished: ${(error as Error).message}`);
    }
  }
}

function showExport(progress: Progress): (event: ExportProgress) => void {
  let downloading = false;
  return (event) => {
    if (event.phase === 'rendering') return progress.update(`Rendering… ${event.status.progress}%`);
    if (!downloading) progress.step('Rendered. Downloading…');
    downloading = true;
    if (event.total) progress.update(`Downloading… ${percent(event.received, event.total)}`);
  };
}

/** Stills and sound alone make no clip: the main job cuts video footage. */
function noFootageText(files: { filename: string; file_type: string }[]): string {
  const what = files.map((f) => `${f.filename} is ${f.file_type === 'image' ? 'a still image' : 'sound only'}`).join(', ');
  return `There is no video footage to make a clip from (${what}). Name a screen recording or another video to make the clip from.`;
}
