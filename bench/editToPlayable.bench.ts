/**
 * Edit-to-playable: how long after a panel edit the panel has something to play. A 60 s clip with a title and
 * music is cut from 3 minutes of 1080p30 footage; its preview is rendered once (cold). Then each of the panel's
 * gestures is sent as the panel sends it (a JSON list of EditOps through /run_sse), and the time is measured until
 * the engine's new draft is back (what the timeline redraws from) and until the preview of it is ready to play.
 * The machine is shared: run it twice.
 */
import { loadavg } from 'node:os';
import type { DemoClipClient } from '../src/client';
import { editOpsMessage, type EditOp } from '../src/protocol';
import { startTestEngine } from '../test/helpers/engine';
import { benchFootage } from './benchFootage';

const GESTURES: [string, EditOp[]][] = [
  ['drag an edge (trim moment 2 by 1 s)', [{ op: 'set_moment_range', index: 2, in_ms: 0, out_ms: 0 }]],
  ['Delete (remove moment 3)', [{ op: 'remove_moment', index: 3 }]],
  ['drag a title 2 s later', [{ op: 'edit_text', index: 1, start_ms: 2000, end_ms: 5000 }]],
  ['Ctrl+Z (undo: a preview rendered before)', [{ op: 'undo' }]],
];

async function send(client: DemoClipClient, sessionId: string, ops: EditOp[]): Promise<void> {
  for await (const event of client.chat(sessionId, editOpsMessage(ops))) if (event.kind === 'error') throw new Error(event.message);
}

async function main(): Promise<void> {
  const footage = await benchFootage();
  const fx = await startTestEngine({ maxUploadBytes: 500 * 1024 * 1024 });
  try {
    const { client, sessionId } = await fx.session();
    await client.upload(sessionId, [footage]);
    await send(client, sessionId, [
      { op: 'compile_best_moments', target_ms: 60_000 },
      { op: 'add_text', text: 'Acme in 60 seconds', start_ms: 0, end_ms: 3000, style: 'title' },
      { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
    ]);
    let started = Date.now();
    await client.previewUrl(sessionId);
    console.log(`first preview of the 60 s clip (cold): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const [name, template] of GESTURES) {
      const draft = (await client.state(sessionId)).state.draft;
      const second = draft?.t.find((t) => t.tt === 0)?.sg[1];
      // The trim is made from the draft as it is now, as the panel makes it from what it shows.
      const ops = template.map((op) => (op.op === 'set_moment_range' && second ? { ...op, in_ms: second.in ?? 0, out_ms: (second.in ?? 0) + (second.d ?? 0) - 1000 } : op));
      started = Date.now();
      await send(client, sessionId, ops);
      await client.state(sessionId);
      const drawn = Date.now() - started;
      await client.previewUrl(sessionId);
      const playable = Date.now() - started;
      console.log(`${name}: timeline redrawn after ${drawn} ms, preview playable after ${(playable / 1000).toFixed(1)} s`);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await fx.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
