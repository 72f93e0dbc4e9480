/**
 * `npm run pictures`: the README's pictures, made by the current code and committed under media/readme/:
 *   clip-frames.png six frames of a clip that `democlip make` (the CLI, local engine) cuts from a generated walkthrough;
 *   panel.png       the Demo Clip panel showing the same edit, as the extension's panel host would send it.
 * and the walkthrough's step images under media/walkthrough/ (shipped in the .vsix):
 *   upload.png      the panel right after the upload (the footage listed, the timeline empty);
 *   ask.png         the panel after the edit (the same shot as panel.png);
 *   export.png      frames of the exported clip (the same as clip-frames.png).
 * The footage, the engine store and the clip stay in demo-clips/readme/ (gitignored), so a second run is quicker.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { version } from '../package.json';
import { DemoClipClient } from '../src/client';
import { mediaVisualsOf } from '../src/extension/panel/panelVisuals';
import { useEngine } from '../src/engine';
import { generateFootage } from '../test/fixtures/footage/generateFootage';
import { walkthroughScenes } from '../test/fixtures/footage/walkthroughScript';
import { makeClipFrames } from './readme/clipFrames';
import { shootPanel } from './readme/panelShot';

const ROOT = resolve(__dirname, '../..');
const WORK = join(ROOT, 'demo-clips', 'readme');
const PICTURES = join(ROOT, 'media', 'readme');
const WALKTHROUGH = join(ROOT, 'media', 'walkthrough');
const FOOTAGE = join(WORK, 'walkthrough.mp4');
const STORE = join(WORK, 'store');
/** The edit, with the look on: the title moves to 2-7 s when the intro card comes before the footage. */
const EDIT = [
  'trim the best moments and compile them into a 30-second demo clip', "add title 'Reports in one click' 0-5s",
  "add an intro card 'Acme Analytics' for 2 seconds", 'add a background', 'add lo-fi BGM at 35%',
];
const MAX_BYTES = 300 * 1024; // the README loads them all

async function footage(): Promise<string> {
  if (!existsSync(FOOTAGE)) {
    process.stderr.write('Generating 2 minutes of 720p walkthrough footage (once)…\n');
    await generateFootage({ outPath: FOOTAGE, scenes: walkthroughScenes(120), width: 1280, height: 720 });
  }
  return FOOTAGE;
}

/** The clip, made exactly as a user would: the democlip CLI. */
function makeClip(source: string): string {
  const clip = join(WORK, 'clip.mp4');
  const prompts = [...EDIT, 'export 720p MP4'].flatMap((prompt) => ['--prompt', prompt]);
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'make', source, ...prompts, '-o', clip, '--store', STORE], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`democlip make exited with ${run.status}`);
  return clip;
}

/** The panel's state message for the same edit, from the engine of the same store (its analysis is cached). */
async function panelState(source: string) {
  const engine = await useEngine(STORE, { command: process.execPath, args: [join(ROOT, 'dist/cli.js')] });
  try {
    const client = new DemoClipClient({ baseUrl: engine.url, engineKey: engine.key, version, platform: 'vscode', clientId: randomUUID(), renewableToken: true });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession('en');
    await client.upload(sessionId, [source]);
    for (const prompt of EDIT) {
      for await (const event of client.chat(sessionId, prompt)) if (event.kind === 'error') throw new Error(`${prompt}: ${event.message}`);
    }
    const [{ state }, credits] = await Promise.all([client.state(sessionId), client.credits()]);
    const previewUrl = await client.previewUrl(sessionId);
    const edited = { type: 'state', backend: 'local', media: state.video_infos, draft: state.draft ?? null, credits, previewUrl } as const;
    const visuals = { type: 'visuals', media: await mediaVisualsOf(client, state.video_infos.flatMap((file) => (typeof file.id === 'string' ? [file.id] : []))) } as const;
    return { engine, edited, visuals, uploaded: { ...edited, draft: null, previewUrl: null } };
  } catch (error) {
    engine.attachment.detach();
    throw error;
  }
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  mkdirSync(PICTURES, { recursive: true });
  const source = await footage();
  const frames = join(PICTURES, 'clip-frames.png');
  // From 1 s in: the intro card with its words faded in, then the title on the framed recording.
  makeClipFrames(makeClip(source), frames, 1);

  const panel = join(PICTURES, 'panel.png');
  const uploadStep = join(WALKTHROUGH, 'upload.png');
  const { engine, edited, visuals, uploaded } = await panelState(source);
  try {
    // 4 s in: past the intro card and the title's fade-in, the walkthrough's dashboard on screen.
    await shootPanel({ root: ROOT, state: edited, visuals, previewAt: 4, out: panel });
    await shootPanel({ root: ROOT, state: uploaded, previewAt: 0, out: uploadStep });
  } finally {
    engine.attachment.detach();
  }
  copyFileSync(panel, join(WALKTHROUGH, 'ask.png'));
  copyFileSync(frames, join(WALKTHROUGH, 'export.png'));
  for (const file of [frames, panel, uploadStep]) {
    const bytes = statSync(file).size;
    process.stdout.write(`${file}: ${Math.round(bytes / 1024)} KB\n`);
    if (bytes > MAX_BYTES) throw new Error(`${file} is over ${MAX_BYTES / 1024} KB: make it smaller before committing it`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Pictures failed: ${error.message}\n`);
  process.exit(1);
});
