/**
 * Edit-to-playable: how long after a panel edit the panel has something to play. A 60 s clip with a title and
 * music is cut from 3 minutes of 1080p30 footage; its preview is rendered once (cold). Then each of the panel's
 * gestures is sent as the panel sends it (a JSON list of EditOps through /run_sse), and the time is measured until
 * the engine's new draft is back (what the timeline redraws from) and until the preview of it is ready to play
 * (polled as the panel polls it), with what the engine rendered for it (previewRender.ts re-renders only the parts
 * an edit changed) and the CPU seconds of the engine's ffmpeg runs. One edit is made right after the first preview,
 * while the footage's proxy is still being made (previewProxies.ts), the others once it is there. The machine is
 * shared: run it twice.
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import type { DemoClipClient } from '../src/client';
import { editOpsMessage, type EditOp } from '../src/protocol';
import { startTestEngine } from '../test/helpers/engine';
import { waitForProxies } from '../test/helpers/proxies';
import { takeRenderRuns } from '../test/helpers/renderRuns';
import { benchFootage } from './benchFootage';

const GESTURES: [string, EditOp[]][] = [
  ['drag an edge (trim moment 2 by 1 s)', [{ op: 'set_moment_range', index: 2, in_ms: 0, out_ms: 0 }]],
  ['Delete (remove moment 3)', [{ op: 'remove_moment', index: 3 }]],
  ['drag a moment (moment 1 after moment 2)', [{ op: 'move_moment', index: 1, to: 2 }]],
  ['drag a title 2 s later', [{ op: 'edit_text', index: 1, start_ms: 2000, end_ms: 5000 }]],
  ['Ctrl+Z (undo: a preview rendered before)', [{ op: 'undo' }]],
];

async function send(client: DemoClipClient, sessionId: string, ops: EditOp[]): Promise<void> {
  for await (const event of client.chat(sessionId, editOpsMessage(ops))) if (event.kind === 'error') throw new Error(event.message);
}

/** CPU seconds of this process's finished children (the engine's ffmpeg runs): /proc/self/stat's cutime + cstime. */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function rendered(runs: ReturnType<typeof takeRenderRuns>): string {
  const said = [
    runs.pictures && `${runs.pictures} part(s)`, runs.sound && 'the sound', runs.other && 'the sound again at its measured loudness', runs.join && 'the join',
  ].filter(Boolean);
  return said.length > 0 ? said.join(' + ') : 'nothing';
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
    fx.faults.clear();
    let cpu = childCpuSeconds();
    let started = Date.now();
    await client.previewUrl(sessionId);
    const cold = takeRenderRuns(fx.faults.toolRuns);
    console.log(`first preview of the 60 s clip (cold): ${((Date.now() - started) / 1000).toFixed(1)} s, ${(childCpuSeconds() - cpu).toFixed(1)} CPU s, rendered ${rendered(cold)}`);
    const gesture = async (name: string, template: EditOp[]) => {
      const draft = (await client.state(sessionId)).state.draft;
      const [first, second] = draft?.t.find((t) => t.tt === 0)?.sg ?? [];
      // A trim is made from the draft as it is now, as the panel makes it from what it shows.
      const trimmed = (op: EditOp) => {
        const moment = op.op === 'set_moment_range' ? (op.index === 1 ? first : second) : undefined;
        return moment ? { ...op, in_ms: moment.in ?? 0, out_ms: (moment.in ?? 0) + (moment.d ?? 0) - 1000 } : op;
      };
      [cpu, started] = [childCpuSeconds(), Date.now()];
      await send(client, sessionId, template.map(trimmed));
      await client.state(sessionId);
      const drawn = Date.now() - started;
      await client.previewUrl(sessionId);
      const playable = Date.now() - started;
      const runs = takeRenderRuns(fx.faults.toolRuns);
      console.log(`${name}: timeline redrawn after ${drawn} ms, preview playable after ${(playable / 1000).toFixed(1)} s (${(childCpuSeconds() - cpu).toFixed(1)} CPU s; rendered ${rendered(runs)})`);
    };
    // The footage's proxy is made in the background after the first preview: an edit right away reads the footage
    // itself (and shares the cores with the proxy); the gestures after it read the proxy, as when someone watches the
    // first preview before editing.
    await gesture('before the proxy is made, drag an edge (trim moment 1 by 1 s)', [{ op: 'set_moment_range', index: 1, in_ms: 0, out_ms: 0 }]);
    [cpu, started] = [childCpuSeconds(), Date.now()];
    await waitForProxies(fx.storeDir, 1, 600_000);
    console.log(`proxy of the 3 min footage, made in the background on one core: ready ${((Date.now() - started) / 1000).toFixed(1)} s later, ${(childCpuSeconds() - cpu).toFixed(1)} CPU s`);
    for (const [name, template] of GESTURES) await gesture(name, template);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await fx.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
