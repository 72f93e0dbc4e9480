import { z } from 'zod';
import { Draft } from './draft';
import { EditOp } from './editOps';

/** A part of an ADK event's content: text, a tool call, or a tool result. */
const TextPart = z.looseObject({ text: z.string() });
const CallPart = z.looseObject({
  functionCall: z.looseObject({ id: z.string().optional(), name: z.string(), args: z.record(z.string(), z.unknown()).default({}) }),
});
const ResponsePart = z.looseObject({
  functionResponse: z.looseObject({ id: z.string().optional(), name: z.string(), response: z.unknown() }),
});
export const AdkPart = z.union([TextPart, CallPart, ResponsePart]);
export type AdkPart = z.infer<typeof AdkPart>;

/** ADK-style event: what the local engine sends, one per `data:` line. */
export const AdkEvent = z.looseObject({
  id: z.string().optional(),
  invocationId: z.string().optional(),
  author: z.string().optional(),
  timestamp: z.number().optional(),
  partial: z.boolean().optional(),
  content: z.looseObject({ role: z.string().optional(), parts: z.array(AdkPart).default([]) }).optional(),
  actions: z.looseObject({
    stateDelta: z.looseObject({
      draft: Draft.optional(),
      /** The local engine's: operations it read but was unsure of, waiting for the user's yes (nothing changed yet). */
      proposal: z.array(EditOp).optional(),
    }).optional(),
  }).optional(),
});
export type AdkEvent = z.infer<typeof AdkEvent>;

/** The documented simple form. */
const SimpleEvent = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('text'), content: z.string() }),
  z.looseObject({ type: z.literal('tool_call'), name: z.string(), args: z.unknown().optional() }),
  z.looseObject({ type: z.literal('tool_result'), name: z.string(), result: z.unknown().optional() }),
  z.looseObject({ type: z.literal('heartbeat') }),
  /** How far long work has come ("analysing 12:40 of 60:00"); the local engine sends it while it reads footage. */
  z.looseObject({ type: z.literal('progress'), message: z.string(), done_ms: z.number().optional(), total_ms: z.number().optional() }),
]);
export type SimpleEvent = z.infer<typeof SimpleEvent>;
export type ProgressEvent = Extract<SimpleEvent, { type: 'progress' }>;

const ErrorEvent = z.looseObject({ error: z.string() });

/** One thing that happened in a chat turn, whichever wire form carried it. */
export type ChatEvent =
  | { kind: 'text'; text: string; partial: boolean }
  | { kind: 'toolCall'; id?: string; name: string; args: unknown }
  | { kind: 'toolResult'; id?: string; name: string; result: unknown }
  | { kind: 'draft'; draft: Draft }
  | { kind: 'proposal'; ops: EditOp[] }
  | { kind: 'heartbeat' }
  | { kind: 'progress'; message: string; doneMs?: number; totalMs?: number }
  | { kind: 'error'; message: string };

/**
 * Turns the `data:` payload of one SSE message into chat events. Empty data is a heartbeat; text that is not
 * JSON, or JSON of no known form, yields a `malformed` marker so the caller can decide (the cloud's forms vary).
 */
export function toChatEvents(data: string): ChatEvent[] | 'malformed' {
  if (data.trim() === '') return [{ kind: 'heartbeat' }];
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return 'malformed';
  }
  const error = ErrorEvent.safeParse(json);
  if (error.success) return [{ kind: 'error', message: error.data.error }];
  const simple = SimpleEvent.safeParse(json);
  if (simple.success) return fromSimple(simple.data);
  const adk = AdkEvent.safeParse(json);
  if (adk.success && (adk.data.content || adk.data.actions)) return fromAdk(adk.data);
  return 'malformed';
}

function fromSimple(event: SimpleEvent): ChatEvent[] {
  switch (event.type) {
    case 'text': return [{ kind: 'text', text: event.content, partial: false }];
    case 'tool_call': return [{ kind: 'toolCall', name: event.name, args: event.args ?? {} }];
    case 'tool_result': return [{ kind: 'toolResult', name: event.name, result: event.result }];
    case 'heartbeat': return [{ kind: 'heartbeat' }];
    case 'progress': return [{ kind: 'progress', message: event.message, doneMs: event.done_ms, totalMs: event.total_ms }];
  }
}

function fromAdk(event: AdkEvent): ChatEvent[] {
  const events: ChatEvent[] = [];
  for (const part of event.content?.parts ?? []) {
    // Loose objects carry an index signature, so the union is told apart by parsing, not by `in`.
    const text = TextPart.safeParse(part);
    const call = CallPart.safeParse(part);
    const response = ResponsePart.safeParse(part);
    if (text.success) events.push({ kind: 'text', text: text.data.text, partial: event.partial === true });
    else if (call.success) {
      const { id, name, args } = call.data.functionCall;
      events.push({ kind: 'toolCall', id, name, args });
    } else if (response.success) {
      const { id, name, response: result } = response.data.functionResponse;
      events.push({ kind: 'toolResult', id, name, result });
    }
  }
  const draft = event.actions?.stateDelta?.draft;
  if (draft) events.push({ kind: 'draft', draft });
  const proposal = event.actions?.stateDelta?.proposal;
  if (proposal) events.push({ kind: 'proposal', ops: proposal });
  return events.length ? events : [{ kind: 'heartbeat' }];
}
