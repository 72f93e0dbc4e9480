import * as vscode from 'vscode';
import { describeDraftChange, describeTimeline, routeMessage, translateGuiText, type Route, type SuggestedAction } from '../../client';
import { BEST_MOMENTS_PROMPT, defaultJob, outputFromText, outputLabel, type Draft } from '../../protocol';
import type { Connection, Ready } from '../connection';
import { isCancellation, messageOf, signalOf } from '../errors';
import { exportClip, NothingToExportError } from '../exportClip';
import { recoveriesFor } from '../recovery';
import { TEXT } from '../text';
import { uploadFiles } from '../uploadFiles';
import type { UploadHistory } from '../uploadHistory';
import { creditsText } from '../statusBar';
import { dropDraftQuestion } from '../confirm';
import { editOpsFromModel } from './lmEdit';

/** The seed: heartbeats only → say "Still working…" every 2 minutes. */
const STILL_WORKING_MS = 2 * 60_000;

interface ChatResult extends vscode.ChatResult {
  metadata: { route: Route['action']; edited: boolean };
}

const FOLLOWUPS: Record<string, vscode.ChatFollowup[]> = {
  edited: [
    { prompt: 'export 1080p MP4', label: 'Export 1080p MP4' },
    { prompt: "add title 'My product' 0-3s", label: 'Add a title' },
    { prompt: 'add lo-fi BGM at 35%', label: 'Add lo-fi music' },
    { prompt: 'make it 9:16', label: 'Make it vertical' },
  ],
  start: [{ prompt: BEST_MOMENTS_PROMPT, label: 'Trim the best moments' }],
  help: [
    { prompt: BEST_MOMENTS_PROMPT, label: 'Trim the best moments into 60 s' },
    { prompt: 'upload', label: 'Upload footage' },
    { prompt: "add title 'My product' 0-3s", label: 'Add a title' },
    { prompt: 'add lo-fi BGM at 35%', label: 'Add lo-fi music' },
    { prompt: 'export 1080p MP4', label: 'Export 1080p MP4' },
  ],
};

export function registerChatParticipant(context: vscode.ExtensionContext, connection: Connection, history: UploadHistory): vscode.Disposable {
  const participant = vscode.chat.createChatParticipant('democlip.chat', (request, chatContext, stream, token) =>
    handle(context, connection, history, request, chatContext, stream, token));
  participant.iconPath = new vscode.ThemeIcon('device-camera-video');
  participant.followupProvider = {
    provideFollowups: (result: ChatResult) => followupsFor(result),
  };
  return participant;
}

/** The clickable next steps under a reply. */
function followupsFor(result: ChatResult): vscode.ChatFollowup[] {
  if (result.metadata?.edited) return FOLLOWUPS.edited;
  if (result.metadata?.route === 'upload') return FOLLOWUPS.start;
  if (result.metadata?.route === 'help') return FOLLOWUPS.help;
  return [];
}

function routeOf(request: vscode.ChatRequest): Route {
  switch (request.command) {
    case 'export': return { action: 'export', output: outputFromText(request.prompt) };
    case 'credits': return { action: 'credits' };
    case 'status': return { action: 'status' };
    case 'upload': return { action: 'upload' };
    case 'help': return { action: 'help' };
    default: return routeMessage(request.prompt);
  }
}

async function handle(
  context: vscode.ExtensionContext, connection: Connection, history: UploadHistory, request: vscode.ChatRequest, chatContext: vscode.ChatContext,
  stream: vscode.ChatResponseStream, token: vscode.CancellationToken,
): Promise<ChatResult> {
  const route = request.command === 'new' ? undefined : routeOf(request);
  const result = (edited = false): ChatResult => ({ metadata: { route: route?.action ?? 'chat', edited } });
  try {
    const firstTime = chatContext.history.length === 0;
    await connection.ready((message) => stream.progress(message));
    if (firstTime) stream.markdown(`Connected to the ${connection.backend === 'local' ? 'local engine (offline, no credits)' : 'NemoVideo cloud'} and ready.\n\n`);
    if (!route) {
      // A timeline the user made is dropped only from the button: the question is asked in the chat.
      const { state } = await connection.inSession(({ client, sessionId }) => client.state(sessionId, { signal: signalOf(token) }));
      const question = dropDraftQuestion(state.draft);
      if (question) {
        stream.markdown(`${question}\n\n`);
        stream.button({ command: 'democlip.newSession', arguments: [{ confirmed: true }], title: TEXT.startNewSession });
        return result();
      }
      await connection.newSession();
      stream.markdown('Started a new session: the timeline is empty. Upload footage to begin.');
      return result();
    }
    switch (route.action) {
      case 'export':
        await chatExport(context, connection, route.output, stream, token);
        return result();
      case 'credits': {
        const credits = await connection.inSession(({ client }) => client.credits({ signal: signalOf(token) }));
        stream.markdown(creditsText(credits));
        return result();
      }
      case 'status': {
        const draft = await connection.inSession(({ client, sessionId }) => client.state(sessionId, { signal: signalOf(token) }));
        stream.markdown(`${describeTimeline(draft.state.draft)}\n`);
        stream.button({ command: 'democlip.openPanel', title: 'Open timeline' });
        return result();
      }
      case 'help':
        stream.markdown(TEXT.help);
        return result();
      case 'upload':
        await chatUpload(connection, history, request, stream);
        return result();
      case 'chat':
        return result(await chatEdit(connection, request, stream, token));
    }
  } catch (error) {
    if (isCancellation(error) || token.isCancellationRequested) stream.markdown('\n\nStopped.');
    else if (error instanceof NothingToExportError) offerMainJob(error, stream);
    else {
      connection.log.warn(`Chat: ${messageOf(error)}`);
      stream.markdown(`\n\n**${messageOf(error)}**\n\n`);
      offerRecoveries(error, request, stream);
    }
    return result();
  }
}

/** The ways out of a cloud dead end (2001, 402) as buttons; retrying asks the same again. */
function offerRecoveries(error: unknown, request: vscode.ChatRequest, stream: vscode.ChatResponseStream): void {
  const again = `@democlip ${request.command ? `/${request.command} ` : ''}${request.prompt}`;
  for (const recovery of recoveriesFor(error)) {
    if (recovery.kind === 'open') stream.button({ command: 'vscode.open', arguments: [vscode.Uri.parse(recovery.url)], title: recovery.label });
    if (recovery.kind === 'useLocal') stream.button({ command: 'democlip.useLocalEngine', arguments: [again], title: recovery.label });
    if (recovery.kind === 'retry') stream.button({ command: 'workbench.action.chat.open', arguments: [{ query: again }], title: recovery.label });
  }
}

/** Export on an empty timeline: the button asks for the main job in chat (or opens the upload). */
function offerMainJob(error: NothingToExportError, stream: vscode.ChatResponseStream): void {
  stream.markdown(`${error.message}\n\n`);
  if (error.footageMs === 0) return stream.button({ command: 'democlip.upload', title: TEXT.uploadFootage });
  const job = defaultJob(error.footageMs);
  stream.markdown(`${job.summary}\n\n`);
  stream.button({ command: 'workbench.action.chat.open', arguments: [{ query: `@democlip ${job.prompt}` }], title: TEXT.makeTheClip });
}

async function chatExport(context: vscode.ExtensionContext, connection: Connection, output: ReturnType<typeof outputFromText>, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<void> {
  stream.progress(`Exporting ${outputLabel(output)}…`);
  let lastPercent = -10;
  const exported = await exportClip(connection, context, output, {
    token,
    report: (message, percent) => {
      // A line every 10 % keeps the chat readable on a long render.
      if (percent === undefined || percent >= lastPercent + 10) {
        stream.progress(message);
        if (percent !== undefined) lastPercent = percent;
      }
    },
  });
  stream.markdown(`Saved **${vscode.workspace.asRelativePath(exported.uri)}** (${(exported.bytes / 1024 / 1024).toFixed(1)} MB).\n\n`);
  stream.button({ command: 'vscode.open', arguments: [exported.uri], title: 'Open' });
  stream.button({ command: 'revealInExplorer', arguments: [exported.uri], title: 'Reveal in Explorer' });
  connection.notifyChanged();
}

async function chatUpload(connection: Connection, history: UploadHistory, request: vscode.ChatRequest, stream: vscode.ChatResponseStream): Promise<void> {
  const files = request.references.flatMap((ref) => (ref.value instanceof vscode.Uri ? [ref.value] : ref.value instanceof vscode.Location ? [ref.value.uri] : []));
  if (files.length === 0) {
    stream.markdown('Attach files with `#file`, right-click a video in the Explorer and choose **Upload to Demo Clip**, or pick files:\n\n');
    stream.button({ command: 'democlip.upload', arguments: [undefined, undefined, { fromChat: true }], title: 'Upload files…' });
    return;
  }
  // Straight to the upload, not through the command: its "Open Chat" notification is for users outside the chat.
  const uploaded = await uploadFiles(connection, history, files);
  const notes = uploaded?.files.flatMap((f) => f.notes ?? []) ?? [];
  if (notes.length > 0) stream.markdown(`${notes.join('\n\n')}\n\n`);
  if (uploaded) stream.markdown(`Uploaded ${uploaded.files.map((f) => `**${f.filename}**`).join(', ')}. Now tell me what to make, e.g. "${BEST_MOMENTS_PROMPT}".`);
}

/** An edit through the backend's chat stream; returns whether the timeline changed. */
async function chatEdit(connection: Connection, request: vscode.ChatRequest, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<boolean> {
  return connection.inSession(async (ready) => {
    const signal = signalOf(token);
    const before = (await ready.client.state(ready.sessionId, { signal })).state.draft;
    const message = await messageFor(ready, request, before, stream, token);
    const outcome = await streamTurn(ready, message, stream, signal, connection).finally(() => connection.reportWork(undefined));
    // A turn without a draft event did not say what the draft is now (a turn the engine did not understand, or a
    // cloud edit): read it, rather than compare with nothing and call every such turn an edit.
    const after: Draft | null | undefined = outcome.draft ?? (await ready.client.state(ready.sessionId, { signal })).state.draft;
    if (!outcome.spoke) {
      // About 30% of cloud edits close without a word: say what changed.
      stream.markdown(describeDraftChange(before, after) ?? 'Done, but the timeline did not change. Try saying it more specifically, e.g. "add title \'Launch\' 0-3s".');
    }
    const edited = describeDraftChange(before, after) !== undefined;
    if (edited || outcome.actions.has('export')) stream.button({ command: 'democlip.export', title: 'Export' });
    if (edited || outcome.actions.has('openTimeline') || outcome.actions.has('status')) stream.button({ command: 'democlip.openPanel', title: 'Open timeline' });
    if (edited) connection.notifyChanged();
    return edited;
  });
}

/**
 * With the user's model and the local engine, the model turns words into engine operations; otherwise the words go
 * as they are. A model that could not be used (no consent, quota, gone) is said, then the engine's parser reads them.
 */
async function messageFor(ready: Ready, request: vscode.ChatRequest, draft: Draft | null | undefined, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<string> {
  if (ready.backend !== 'local' || !request.model) return request.prompt;
  const outcome = await editOpsFromModel(request.model, request.prompt, draft, token);
  if (outcome.kind === 'unavailable') stream.markdown(outcome.reason);
  return outcome.kind === 'ops' ? outcome.message : request.prompt;
}

async function streamTurn(ready: Ready, message: string, stream: vscode.ChatResponseStream, signal: AbortSignal, connection: Connection) {
  const actions = new Set<SuggestedAction>();
  let spoke = false;
  let draft: Draft | undefined;
  let lastWord = Date.now();
  for await (const event of ready.client.chat(ready.sessionId, message, { signal })) {
    switch (event.kind) {
      case 'text': {
        if (event.partial) break;
        const translated = translateGuiText(event.text);
        translated.actions.forEach((action) => actions.add(action));
        stream.markdown(`${translated.text}\n\n`);
        spoke = true;
        lastWord = Date.now();
        break;
      }
      case 'toolCall':
        stream.progress(`Working: ${event.name.replace(/_/g, ' ')}…`);
        lastWord = Date.now();
        break;
      case 'draft':
        draft = event.draft;
        break;
      case 'progress':
        // "analysing walkthrough.webm: 12:40 of 60:00", in the chat and in the panel.
        stream.progress(`${event.message[0].toUpperCase()}${event.message.slice(1)}…`);
        connection.reportWork({ message: event.message, percent: event.totalMs ? Math.floor(((event.doneMs ?? 0) / event.totalMs) * 100) : null });
        lastWord = Date.now();
        break;
      case 'heartbeat':
        if (Date.now() - lastWord >= STILL_WORKING_MS) {
          stream.progress('⏳ Still working…');
          lastWord = Date.now();
        }
        break;
      case 'error':
        throw new Error(event.message);
      case 'toolResult':
        break;
    }
  }
  return { spoke, draft, actions };
}
