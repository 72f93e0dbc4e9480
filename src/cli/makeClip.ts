import { cliLanguage } from './language';
import { defaultJob, outputFromText, outputLabel, videoFootageMs, type Draft, type RenderOutput } from '../protocol';
import { describeDraftChange, routeMessage, type DemoClipClient } from '../client';
import { percent, type Progress } from './progress';

export interface MakeOptions {
  footage: string[];
  prompts: string[];
  /** Where the rendered file goes; without it the draft is planned but not rendered. */
  out?: string;
  progress: Progress;
  signal?: AbortSignal;
}

export interface MakeResult {
  draft: Draft;
  replies: string[];
  output?: { path: string; bytes: number; renderId: string };
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
    const reply = await sendChat(client, sessionId, prompt, progress, signal);
    replies.push(reply);
    progress.step(reply);
  }

  const { state } = await client.state(sessionId, { signal });
  const draft = state.draft ?? { t: [] };
  if (!options.out) return { draft, replies };
  const output = await renderToFile(client, sessionId, draft, exportOutput ?? outputFromText(''), options.out, progress, signal);
  return { draft, replies, output };
}

/** Stills and sound alone make no clip: the main job cuts video footage. */
function noFootageText(files: { filename: string; file_type: string }[]): string {
  const what = files.map((f) => `${f.filename} is ${f.file_type === 'image' ? 'a still image' : 'sound only'}`).join(', ');
  return `There is no video footage to make a clip from (${what}). Name a screen recording or another video to make the clip from.`;
}

/** One chat turn; returns what to tell the user, reading state when the stream closed without text. */
async function sendChat(client: DemoClipClient, sessionId: string, text: string, progress: Progress, signal?: AbortSignal): Promise<string> {
  const texts: string[] = [];
  const before = (await client.state(sessionId, { signal })).state.draft;
  for await (const event of client.chat(sessionId, text, { signal })) {
    if (event.kind === 'text' && !event.partial) texts.push(event.text);
    else if (event.kind === 'toolCall') progress.step(`  … ${event.name.replace(/_/g, ' ')}`);
    else if (event.kind === 'progress') progress.update(`  … ${event.message}`);
    else if (event.kind === 'error') throw new Error(event.message);
  }
  if (texts.length > 0) return texts.join('\n');
  // The cloud closes about 30% of edits without a word: read the state and say what changed.
  const after = (await client.state(sessionId, { signal })).state.draft;
  return describeDraftChange(before, after) ?? 'The backend finished without a reply, and the timeline did not change.';
}

async function renderToFile(
  client: DemoClipClient, sessionId: string, draft: Draft, output: RenderOutput, out: string, progress: Progress, signal?: AbortSignal,
) {
  progress.step(`Exporting ${outputLabel(output)}…`);
  const submitted = await client.submitRender(sessionId, draft, output, { signal });
  const onAbort = () => void client.cancelRender(submitted.id).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const done = await client.waitForRender(submitted.id, {
      signal,
      intervalMs: 500,
      onProgress: (status) => progress.update(`Rendering… ${status.progress}%`),
    });
    progress.step('Rendered. Downloading…');
    const bytes = await client.download(done, out, { signal });
    return { path: out, bytes, renderId: submitted.id };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
