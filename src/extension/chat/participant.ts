import * as vscode from 'vscode';
import { askTurn, describeTimeline, routeMessage, type Route } from '../../client';
import { defaultJob, outputFromText, outputLabel, replyLanguage, toolLabel, type Draft, type Lang, type RenderOutput, Words } from '../../protocol';
import type { Connection, Ready } from '../connection';
import { isCancellation, messageOf, signalOf } from '../errors';
import { exportClip, NothingToExportError } from '../exportClip';
import { recoveriesFor } from '../recovery';
import { translatorFor } from '../l10n';
import { readSettings } from '../settings';
import { textIn, type Translate } from '../text';
import { uploadFiles } from '../uploadFiles';
import type { UploadHistory } from '../uploadHistory';
import { creditsText } from '../statusBar';
import { dropDraftQuestion } from '../confirm';
import { editOpsFromModel } from './lmEdit';

interface ChatResult extends vscode.ChatResult {
  /** `asked`: the engine was unsure of its reading and asked; the follow-up is the yes. */
  metadata: { route: Route['action']; edited: boolean; asked?: boolean; lang: Lang };
}

/** The clickable next steps, as the words the user would type in the reply's language (the engine reads both). */
function followups(t: Translate, lang: Lang): Record<'edited' | 'asked' | 'start' | 'help', vscode.ChatFollowup[]> {
  const exportMp4 = { prompt: t('export 1080p MP4'), label: t('Export 1080p MP4') };
  const title = { prompt: t("add title 'My product' 0-3s"), label: t('Add a title') };
  const music = { prompt: t('add lo-fi BGM at 35%'), label: t('Add lo-fi music') };
  const best = defaultJob(Infinity, lang).prompt;
  return {
    edited: [exportMp4, title, music, { prompt: t('make it 9:16'), label: t('Make it vertical') }],
    asked: [{ prompt: t('yes'), label: t('Yes, go ahead') }],
    start: [{ prompt: best, label: t('Trim the best moments') }],
    help: [{ prompt: best, label: t('Trim the best moments into 60 s') }, { prompt: t('upload'), label: t('Upload footage') }, title, music, exportMp4],
  };
}

export function registerChatParticipant(context: vscode.ExtensionContext, connection: Connection, history: UploadHistory): vscode.Disposable {
  const participant = vscode.chat.createChatParticipant('democlip.chat', (request, chatContext, stream, token) =>
    handle(context, connection, history, request, chatContext, stream, token));
  participant.iconPath = new vscode.ThemeIcon('device-camera-video');
  participant.followupProvider = {
    provideFollowups: (result: ChatResult) => followupsFor(result, context.extensionUri),
  };
  return participant;
}

/** The clickable next steps under a reply, in its language. */
function followupsFor(result: ChatResult, extensionUri: vscode.Uri): vscode.ChatFollowup[] {
  const lang = result.metadata?.lang ?? 'en';
  const next = followups(translatorFor(lang, extensionUri), lang);
  if (result.metadata?.asked) return next.asked;
  if (result.metadata?.edited) return next.edited;
  if (result.metadata?.route === 'upload') return next.start;
  if (result.metadata?.route === 'help') return next.help;
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
  // The reply's language: the message's own (a Chinese message gets a Chinese reply), else the session's.
  const lang = replyLanguage(request.prompt, readSettings().language);
  const t = translatorFor(lang, context.extensionUri);
  const result = (edited = false, asked = false): ChatResult => ({ metadata: { route: route?.action ?? 'chat', edited, ...(asked ? { asked } : {}), lang } });
  try {
    const firstTime = chatContext.history.length === 0;
    await connection.ready(() => stream.progress(t('Setting things up…')));
    if (firstTime) stream.markdown(`${connection.backend === 'local' ? t('Connected to the local engine (offline, no credits) and ready.') : t('Connected to the NemoVideo cloud and ready.')}\n\n`);
    if (!route) {
      // A timeline the user made is dropped only from the button: the question is asked in the chat.
      const { state } = await connection.inSession(({ client, sessionId }) => client.state(sessionId, { signal: signalOf(token) }));
      const question = dropDraftQuestion(state.draft, t);
      if (question) {
        stream.markdown(`${question}\n\n`);
        stream.button({ command: 'democlip.newSession', arguments: [{ confirmed: true }], title: textIn(t).startNewSession });
        return result();
      }
      await connection.newSession();
      stream.markdown(t('Started a new session: the timeline is empty. Upload footage to begin.'));
      return result();
    }
    switch (route.action) {
      case 'export':
        await chatExport(context, connection, route.output, stream, token, t);
        return result();
      case 'credits': {
        const credits = await connection.inSession(({ client }) => client.credits({ signal: signalOf(token) }));
        stream.markdown(creditsText(credits, t));
        return result();
      }
      case 'status': {
        const draft = await connection.inSession(({ client, sessionId }) => client.state(sessionId, { signal: signalOf(token) }));
        stream.markdown(`${describeTimeline(draft.state.draft, lang)}\n`);
        stream.button({ command: 'democlip.openPanel', title: t('Open timeline') });
        return result();
      }
      case 'help':
        stream.markdown(textIn(t).help);
        return result();
      case 'upload':
        await chatUpload(connection, history, request, stream, t, lang);
        return result();
      case 'chat': {
        const { edited, asked, exports } = await chatEdit(connection, request, stream, token, t, lang);
        // "Mute it, then export a gif": the files asked for are made once the edits are in.
        for (const output of exports) await chatExport(context, connection, output, stream, token, t);
        return result(edited, asked);
      }
    }
  } catch (error) {
    if (isCancellation(error) || token.isCancellationRequested) stream.markdown(`\n\n${t('Stopped.')}`);
    else if (error instanceof NothingToExportError) offerMainJob(error, stream, t, lang);
    else {
      connection.log.warn(`Chat: ${messageOf(error)}`);
      stream.markdown(`\n\n**${messageOf(error, lang)}**\n\n`);
      offerRecoveries(error, request, stream, t);
    }
    return result();
  }
}

/** The ways out of a cloud dead end (2001, 402) as buttons; retrying asks the same again. */
function offerRecoveries(error: unknown, request: vscode.ChatRequest, stream: vscode.ChatResponseStream, t: Translate): void {
  const again = `@democlip ${request.command ? `/${request.command} ` : ''}${request.prompt}`;
  for (const recovery of recoveriesFor(error, textIn(t))) {
    if (recovery.kind === 'open') stream.button({ command: 'vscode.open', arguments: [vscode.Uri.parse(recovery.url)], title: recovery.label });
    if (recovery.kind === 'useLocal') stream.button({ command: 'democlip.useLocalEngine', arguments: [again], title: recovery.label });
    if (recovery.kind === 'retry') stream.button({ command: 'workbench.action.chat.open', arguments: [{ query: again }], title: recovery.label });
  }
}

/** Export on an empty timeline: the button asks for the main job in chat (or opens the upload). */
function offerMainJob(error: NothingToExportError, stream: vscode.ChatResponseStream, t: Translate, lang: Lang): void {
  const text = textIn(t);
  stream.markdown(`${text.nothingToExport(error.footageMs > 0)}\n\n`);
  if (error.footageMs === 0) return stream.button({ command: 'democlip.upload', title: text.uploadFootage });
  const job = defaultJob(error.footageMs, lang);
  stream.markdown(`${job.summary}\n\n`);
  stream.button({ command: 'workbench.action.chat.open', arguments: [{ query: `@democlip ${job.prompt}` }], title: text.makeTheClip });
}

async function chatExport(context: vscode.ExtensionContext, connection: Connection, output: RenderOutput, stream: vscode.ChatResponseStream, token: vscode.CancellationToken, t: Translate): Promise<void> {
  stream.progress(t('Exporting {0}…', outputLabel(output)));
  let lastPercent = -10;
  const exported = await exportClip(connection, context, output, {
    token,
    t,
    report: (message, percent) => {
      // A line every 10 % keeps the chat readable on a long render.
      if (percent === undefined || percent >= lastPercent + 10) {
        stream.progress(message);
        if (percent !== undefined) lastPercent = percent;
      }
    },
  });
  stream.markdown(`${t('Saved **{0}** ({1} MB).', vscode.workspace.asRelativePath(exported.uri), (exported.bytes / 1024 / 1024).toFixed(1))}\n\n`);
  stream.button({ command: 'vscode.open', arguments: [exported.uri], title: t('Open') });
  stream.button({ command: 'revealInExplorer', arguments: [exported.uri], title: t('Reveal in Explorer') });
  connection.notifyChanged();
}

async function chatUpload(connection: Connection, history: UploadHistory, request: vscode.ChatRequest, stream: vscode.ChatResponseStream, t: Translate, lang: Lang): Promise<void> {
  const files = request.references.flatMap((ref) => (ref.value instanceof vscode.Uri ? [ref.value] : ref.value instanceof vscode.Location ? [ref.value.uri] : []));
  if (files.length === 0) {
    stream.markdown(`${t('Attach files with `#file`, right-click a video in the Explorer and choose **Upload to Demo Clip**, or pick files:')}\n\n`);
    stream.button({ command: 'democlip.upload', arguments: [undefined, undefined, { fromChat: true }], title: t('Upload files…') });
    return;
  }
  // Straight to the upload, not through the command: its "Open Chat" notification is for users outside the chat.
  const uploaded = await uploadFiles(connection, history, files);
  const notes = uploaded?.files.flatMap((f) => f.notes ?? []) ?? [];
  if (notes.length > 0) stream.markdown(`${notes.join('\n\n')}\n\n`);
  if (uploaded) stream.markdown(t('Uploaded {0}. Now tell me what to make, e.g. "{1}".', uploaded.files.map((f) => `**${f.filename}**`).join(', '), defaultJob(Infinity, lang).prompt));
}

/**
 * An edit through the backend's chat stream; returns whether the timeline changed, whether the backend asked first,
 * and the files the message asked for.
 */
async function chatEdit(connection: Connection, request: vscode.ChatRequest, stream: vscode.ChatResponseStream, token: vscode.CancellationToken, t: Translate, lang: Lang): Promise<{ edited: boolean; asked: boolean; exports: RenderOutput[] }> {
  return connection.inSession(async (ready) => {
    const turn = await askTurn(ready.client, ready.sessionId, (before) => messageFor(ready, request, before, stream, token, t), {
      signal: signalOf(token),
      lang,
      onText: (text) => stream.markdown(`${text}\n\n`),
      onToolCall: (name) => stream.progress(t('Working: {0}…', toolLabel(name, lang))),
      onProgress: (message, percent) => {
        // "Analysing walkthrough.webm: 12:40 of 60:00", in the chat and in the panel: a sentence, so a capital.
        const said = `${message[0].toUpperCase()}${message.slice(1)}`;
        stream.progress(`${said}…`);
        connection.reportWork({ message: said, percent: percent ?? null });
      },
      onStillWorking: () => stream.progress(`⏳ ${t('Still working…')}`),
    }).finally(() => connection.reportWork(undefined));
    if (turn.texts.length === 0) {
      // About 30% of cloud edits close without a word: say what changed.
      stream.markdown(turn.change ?? t('Done, but the timeline did not change. Try saying it more specifically, e.g. "add title \'Launch\' 0-3s".'));
    }
    const edited = turn.change !== undefined;
    if ((edited || turn.actions.has('export')) && turn.exports.length === 0) stream.button({ command: 'democlip.export', title: t('Export') });
    if (edited || turn.actions.has('openTimeline') || turn.actions.has('status')) stream.button({ command: 'democlip.openPanel', title: t('Open timeline') });
    if (edited) connection.notifyChanged();
    return { edited, asked: turn.proposal !== undefined, exports: turn.exports };
  });
}

/**
 * With the user's model and the local engine, the model turns words into engine operations; otherwise the words go
 * as they are. A model that could not be used (no consent, quota, gone) is said, then the engine's parser reads them.
 */
async function messageFor(ready: Ready, request: vscode.ChatRequest, draft: Draft | null | undefined, stream: vscode.ChatResponseStream, token: vscode.CancellationToken, t: Translate): Promise<string> {
  // A yes to the engine's question is the engine's to read: it knows what was asked.
  if (ready.backend !== 'local' || !request.model || Words.goAhead.test(request.prompt.trim())) return request.prompt;
  const outcome = await editOpsFromModel(request.model, request.prompt, draft, token);
  if (outcome.kind === 'unavailable') stream.markdown(textIn(t).modelNotUsed(outcome.code, outcome.detail));
  return outcome.kind === 'ops' ? outcome.message : request.prompt;
}
