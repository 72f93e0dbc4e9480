import { RenderOutput, type Draft, type EditOp, type Lang } from '../protocol';
import type { DemoClipClient } from './demoClipClient';
import { describeDraftChange } from './draftChange';
import { translateGuiText, type SuggestedAction } from './guiTranslation';

/** The seed: heartbeats only → say "Still working…" every 2 minutes. */
const STILL_WORKING_MS = 2 * 60_000;

export interface TurnHandlers {
  /** A finished piece of the reply, already translated from the backend's visual-editor words. */
  onText?: (text: string) => void;
  onToolCall?: (name: string) => void;
  onToolResult?: (name: string, result: unknown) => void;
  /** Work the backend reports ("analysing walkthrough.webm: 12:40 of 60:00"), with a percentage when it has one. */
  onProgress?: (message: string, percent: number | undefined) => void;
  /** Nothing but heartbeats for two minutes: the turn is alive, and the user should hear so. */
  onStillWorking?: () => void;
}

export interface TurnOptions extends TurnHandlers {
  signal?: AbortSignal;
  /** The language `change` is said in (the session's). */
  lang?: Lang;
}

export interface ChatTurn {
  /** What the backend said, translated; empty when it closed without a word. */
  texts: string[];
  /** What the reply suggested doing next (its "click Export" became this). */
  actions: Set<SuggestedAction>;
  before: Draft | null | undefined;
  after: Draft | null | undefined;
  /** What changed in the draft, in words; undefined when it did not change. */
  change: string | undefined;
  /** Operations the backend read but was unsure of: it asked, and makes them when the next message says yes. */
  proposal: EditOp[] | undefined;
  /** The files the message asked for ("mute it, then export a gif"): the client renders them after the edits. */
  exports: RenderOutput[];
}

/** The message to send, or how to make it from the draft as it is before the turn (a chat model's edit). */
type TurnMessage = string | ((before: Draft | null | undefined) => Promise<string>);

/**
 * One chat turn, the same for every client: read the draft, send the message once, follow the stream, and learn the
 * draft after it. The cloud closes about 30% of edits without a word and without a draft event: then the state is
 * read, so `change` still says what happened.
 */
export async function askTurn(client: DemoClipClient, sessionId: string, message: TurnMessage, options: TurnOptions = {}): Promise<ChatTurn> {
  const { signal } = options;
  const before = (await client.state(sessionId, { signal })).state.draft;
  const text = typeof message === 'string' ? message : await message(before);
  const texts: string[] = [];
  const actions = new Set<SuggestedAction>();
  let streamed: Draft | undefined;
  let proposal: EditOp[] | undefined;
  const exports: RenderOutput[] = [];
  let lastWord = Date.now();
  for await (const event of client.chat(sessionId, text, { signal })) {
    if (event.kind !== 'heartbeat' && event.kind !== 'draft') lastWord = Date.now();
    switch (event.kind) {
      case 'text': {
        if (event.partial) break;
        const translated = translateGuiText(event.text);
        translated.actions.forEach((action) => actions.add(action));
        texts.push(translated.text);
        options.onText?.(translated.text);
        break;
      }
      case 'toolCall': {
        options.onToolCall?.(event.name);
        const output = event.name === 'export' ? RenderOutput.safeParse(event.args) : undefined;
        if (output?.success) exports.push(output.data);
        break;
      }
      case 'toolResult':
        options.onToolResult?.(event.name, event.result);
        break;
      case 'draft':
        streamed = event.draft;
        break;
      case 'proposal':
        proposal = event.ops;
        break;
      case 'progress':
        options.onProgress?.(event.message, event.totalMs ? Math.floor(((event.doneMs ?? 0) / event.totalMs) * 100) : undefined);
        break;
      case 'heartbeat':
        if (Date.now() - lastWord >= STILL_WORKING_MS) {
          options.onStillWorking?.();
          lastWord = Date.now();
        }
        break;
      case 'error':
        throw new Error(event.message);
    }
  }
  // A turn without a draft event did not say what the draft is now (a turn the engine did not understand, or a
  // cloud edit): read it, rather than compare with nothing and call every such turn an edit.
  const after = streamed ?? (await client.state(sessionId, { signal })).state.draft;
  return { texts, actions, before, after, change: describeDraftChange(before, after, options.lang), proposal, exports };
}
