import * as assert from 'node:assert/strict';
import { readChatEvents } from '../../src/client/sseReader';
import { ProtocolError } from '../../src/client/errors';
import type { ChatEvent } from '../../src/protocol';

/** Feeds captured SSE text in small, uneven chunks, as a network would. */
async function eventsOf(text: string, chunkSize = 7): Promise<ChatEvent[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield Buffer.from(text.slice(i, i + chunkSize));
  }
  const events: ChatEvent[] = [];
  for await (const event of readChatEvents(chunks())) events.push(event);
  return events;
}

describe('SSE event forms (captured text)', () => {
  it('reads an ADK text event with a draft in stateDelta, keeping unknown draft fields', async () => {
    const captured =
      'data: {"id":"e1","invocationId":"inv1","author":"nemo_agent","timestamp":1.5,' +
      '"content":{"role":"model","parts":[{"text":"Added a title."}]},' +
      '"actions":{"stateDelta":{"draft":{"d":3000,"t":[{"tt":7,"sg":[{"at":0,"d":3000,"m":{"text":"Hi"},"cloudOnly":{"x":1}}]}],"vendor":"nemo"}}}}\n\n';
    const events = await eventsOf(captured);
    assert.equal(events.length, 2);
    assert.deepEqual(events[0], { kind: 'text', text: 'Added a title.', partial: false });
    assert.equal(events[1].kind, 'draft');
    const draft = (events[1] as Extract<ChatEvent, { kind: 'draft' }>).draft as Record<string, unknown> & { t: { sg: Record<string, unknown>[] }[] };
    assert.equal(draft.vendor, 'nemo');
    assert.deepEqual(draft.t[0].sg[0].cloudOnly, { x: 1 });
  });

  it('reads a question before an edit: its text, then the operations it would make (the local engine asking first)', async () => {
    const captured = 'data: {"content":{"parts":[{"text":"I\'m not sure…"}]},"actions":{"stateDelta":{"proposal":[{"op":"add_music","track":"lofi","volume":0.35,"duck":true}]}}}\n\n';
    assert.deepEqual(await eventsOf(captured), [
      { kind: 'text', text: "I'm not sure…", partial: false },
      { kind: 'proposal', ops: [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }] },
    ]);
  });

  it('reads ADK functionCall and functionResponse parts, and partial text', async () => {
    const captured =
      'data: {"content":{"parts":[{"functionCall":{"id":"c1","name":"analyze_footage","args":{"target_ms":60000}}}]}}\n\n' +
      'data: {"content":{"parts":[{"functionResponse":{"id":"c1","name":"analyze_footage","response":{"moments":7}}}]}}\n\n' +
      'data: {"partial":true,"content":{"parts":[{"text":"Work"}]}}\n\n';
    const events = await eventsOf(captured, 3);
    assert.deepEqual(events, [
      { kind: 'toolCall', id: 'c1', name: 'analyze_footage', args: { target_ms: 60000 } },
      { kind: 'toolResult', id: 'c1', name: 'analyze_footage', result: { moments: 7 } },
      { kind: 'text', text: 'Work', partial: true },
    ]);
  });

  it('reads the documented simple form: text, tool_call, tool_result, heartbeat', async () => {
    const captured =
      'data: {"type":"text","content":"Hello"}\n\n' +
      'data: {"type":"tool_call","name":"add_bgm","args":{"volume":0.35}}\n\n' +
      'data: {"type":"tool_result","name":"add_bgm","result":"ok"}\n\n' +
      'data: {"type":"heartbeat"}\n\n';
    assert.deepEqual(await eventsOf(captured), [
      { kind: 'text', text: 'Hello', partial: false },
      { kind: 'toolCall', name: 'add_bgm', args: { volume: 0.35 } },
      { kind: 'toolResult', name: 'add_bgm', result: 'ok' },
      { kind: 'heartbeat' },
    ]);
  });

  it('treats comment lines and empty data lines as heartbeats', async () => {
    const events = await eventsOf(': keepalive\n\ndata:\n\n: keepalive\n\n');
    assert.deepEqual(events, [{ kind: 'heartbeat' }, { kind: 'heartbeat' }, { kind: 'heartbeat' }]);
  });

  it('reads error events', async () => {
    assert.deepEqual(await eventsOf('data: {"error":"session expired"}\n\n'), [{ kind: 'error', message: 'session expired' }]);
  });

  it('handles CRLF line endings and multi-line data', async () => {
    const captured = 'data: {"type":"text",\r\ndata: "content":"two lines"}\r\n\r\n';
    assert.deepEqual(await eventsOf(captured), [{ kind: 'text', text: 'two lines', partial: false }]);
  });

  it('skips one unreadable message but fails clearly when the stream is not SSE JSON at all', async () => {
    assert.deepEqual(await eventsOf('data: not json\n\ndata: {"type":"text","content":"ok"}\n\n'), [
      { kind: 'text', text: 'ok', partial: false },
    ]);
    await assert.rejects(eventsOf('data: <html>\n\ndata: oops\n\ndata: {"weird":1}\n\n'), ProtocolError);
  });

  it('keeps an event whose last line arrives without the closing blank line', async () => {
    assert.deepEqual(await eventsOf('data: {"type":"text","content":"tail"}\n'), [{ kind: 'text', text: 'tail', partial: false }]);
  });
});
