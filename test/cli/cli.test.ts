import * as assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cliWalkthrough as walkthrough } from '../helpers/footage';
import { ffprobe } from '../helpers/ffprobe';
import { cliFolder, runCli as cli, serveProcess } from '../helpers/runCli';

describe('democlip CLI (the built bundle, as a user runs it)', function () {
  const folder = cliFolder('democlip-cli-');

  it('make: footage + prompts → a 1920x1080 H.264/AAC MP4 of about the asked length, progress on stderr', async () => {
    const source = await walkthrough();
    const out = join(folder.work, 'clip.mp4');
    const run = await cli(['make', source.path, '--prompt', 'trim the best moments and compile them into a 10-second demo clip',
      '--prompt', 'export 1080p MP4', '-o', out, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Connected and ready/);
    assert.match(run.stderr, /Compiled the best/);
    assert.match(run.stderr, /Saved .*clip\.mp4/);
    assert.doesNotMatch(run.stderr, /nmv_usr_/, 'the token never reaches the output');
    const probe = await ffprobe(out);
    assert.equal(probe.video?.codec, 'h264');
    assert.equal(probe.video?.width, 1920);
    assert.equal(probe.video?.height, 1080);
    assert.equal(probe.audio?.codec, 'aac');
    assert.ok(Math.abs(probe.durationSec - 10) <= 1, `duration ${probe.durationSec}`);
  });

  it('make without --prompt does the main job: footage shorter than 60 s is kept whole, and it says so', async function () {
    this.timeout(240_000); // a whole make (analysis, render) on a shared machine
    const source = await walkthrough();
    const out = join(folder.work, 'main-job.mp4');
    const run = await cli(['make', source.path, '-o', out, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /No --prompt given, so doing the main job\. The footage is 24 s, no longer than a 60-second clip: keeping all of it\./);
    assert.doesNotMatch(run.stderr, /nothing to export/i);
    const probe = await ffprobe(out);
    assert.ok(Math.abs(probe.durationSec - source.truth.durationSec) <= 1, `duration ${probe.durationSec}, footage ${source.truth.durationSec}`);
  });

  it('prompts that only ask for the file, in words the engine reads, still get the main job', async () => {
    const source = await walkthrough();
    const run = await cli(['plan', source.path, '--lang', 'en', '--prompt', '导出MP4格式，文件别太大', '--json', '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /The prompts only ask for the file, so doing the main job\./);
    const draft = JSON.parse(run.stdout) as { d: number };
    assert.ok(Math.abs(draft.d / 1000 - source.truth.durationSec) <= 1, `draft ${draft.d} ms, footage ${source.truth.durationSec} s`);
  });

  it('prompts that lay out no clip (a caption, a shape) get the main job under them, not an empty timeline', async () => {
    const source = await walkthrough();
    const run = await cli(['plan', source.path, '--lang', 'en', '--prompt', "add a caption 'Phone clip' at the bottom", '--prompt', 'make it square',
      '--json', '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /The prompts laid out no clip, so doing the main job\./);
    const draft = JSON.parse(run.stdout) as { d: number; t: { tt: number; sg: { text?: string }[] }[]; m: { width: number; height: number } };
    assert.ok(Math.abs(draft.d / 1000 - source.truth.durationSec) <= 1, `draft ${draft.d} ms, footage ${source.truth.durationSec} s`);
    assert.ok(draft.t.some((track) => track.tt === 0 && track.sg.length > 0), 'the footage is on the video track');
    assert.equal(draft.t.find((track) => track.tt === 7)?.sg.length, 1, 'the caption stays');
    assert.deepEqual([draft.m.width, draft.m.height], [1080, 1080], 'the shape asked stays');
  });

  it('make: the file a prompt asks for beside an edit is the one rendered, after the edit', async function () {
    this.timeout(240_000);
    const source = await walkthrough();
    const out = join(folder.work, 'asked.webm');
    const run = await cli(['make', source.path, '--prompt', 'compile the best moments into 6 seconds, mute the original audio and export it as a webm',
      '-o', out, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const probe = await ffprobe(out);
    assert.match(probe.formatName, /webm/);
    assert.ok(Math.abs(probe.durationSec - 6) <= 1, `duration ${probe.durationSec}`);
  });

  it('make stops before exporting, and before the prompts after it, when the engine was unsure of a prompt, and says how to go on; --prompt yes goes ahead', async function () {
    this.timeout(240_000);
    const source = await walkthrough();
    // A figure left over beside a request ("12"): the engine asks before it changes anything.
    const unsure = 'make it vertical 12';
    const out = join(folder.work, 'unsure.mp4');
    const stopped = await cli(['make', source.path, '--prompt', unsure, '-o', out, '--store', folder.store]);
    assert.equal(stopped.code, 1, stopped.stderr);
    assert.match(stopped.stderr, /Stopped before exporting: the engine was not sure of "make it vertical 12"/);
    assert.match(stopped.stderr, /--prompt yes/);
    assert.doesNotMatch(stopped.stderr, /timeline is empty/);
    assert.deepEqual((await readdir(folder.work)).filter((name) => name.startsWith('unsure')), [], 'no file is made');
    // A prompt after it other than a yes or a no would drop the question and build on an edit never made.
    const before = await cli(['make', source.path, '--prompt', unsure, '--prompt', "add title 'Hi' 0-3s", '-o', out, '--store', folder.store]);
    assert.equal(before.code, 1, before.stderr);
    assert.match(before.stderr, /Stopped before the prompts after it: the engine was not sure of "make it vertical 12"/);
    assert.doesNotMatch(before.stdout + before.stderr, /Added the title/);
    assert.doesNotMatch(before.stderr, /timeline is empty/);
    const agreed = await cli(['make', source.path, '--prompt', 'keep everything', '--prompt', unsure, '--prompt', 'yes', '-o', out, '--store', folder.store]);
    assert.equal(agreed.code, 0, agreed.stderr);
    const { video } = await ffprobe(out);
    assert.ok(video !== undefined && video.height > video.width, `the yes made it vertical: ${video?.width}x${video?.height}`);
  });

  it('plan --json prints the draft without rendering', async () => {
    const source = await walkthrough();
    const run = await cli(['plan', source.path, '--prompt', 'compile the best moments into 8 seconds', '--json', '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const draft = JSON.parse(run.stdout) as { d: number; t: { tt: number; sg: { src: string; in: number; d: number }[] }[] };
    assert.ok(Math.abs(draft.d - 8000) <= 1000);
    assert.equal(draft.t[0].tt, 0);
    assert.ok(draft.t[0].sg.length >= 1);
  });

  it('plan applies several prompts in order and prints the final draft', async () => {
    const source = await walkthrough();
    const run = await cli(['plan', source.path, '--prompt', 'compile the best moments into 8 seconds', '--prompt', "add title 'Urban Dreams' 0-3s",
      '--prompt', 'make it 9:16', '--prompt', 'add lo-fi BGM at 35%', '--json', '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const draft = JSON.parse(run.stdout) as { d: number; m: { width: number; height: number }; t: { tt: number; sg: { src?: string; at: number; d: number; m: Record<string, unknown> }[] }[] };
    assert.deepEqual([draft.m.width, draft.m.height], [1080, 1920]);
    const text = draft.t.find((t) => t.tt === 7)?.sg[0];
    assert.deepEqual([text?.at, text?.d, text?.m.text], [0, 3000, 'Urban Dreams']);
    const music = draft.t.find((t) => t.tt === 1)?.sg[0];
    assert.deepEqual([music?.src, music?.d, music?.m.volume], ['bgm:lofi', draft.d, 0.35]);
  });

  it('serve runs the engine standalone, and make uses it with --base-url (and the key from its --store)', async () => {
    const { child: server, url } = await serveProcess(['--store', join(folder.work, 'served')]);
    try {
      const run = await cli(['plan', (await walkthrough()).path, '--prompt', 'best moments in 5 seconds', '--json', '--base-url', url, '--store', join(folder.work, 'served')]);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(JSON.parse(run.stdout).t[0].sg.length >= 1);
    } finally {
      server.kill('SIGINT');
    }
  });

  it('fails with a clear message, not a stack trace, for a missing file or bad usage', async () => {
    const missing = await cli(['make', join(folder.work, 'nope.mp4'), '--prompt', 'x', '-o', join(folder.work, 'o.mp4'), '--store', folder.store]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.mp4/);
    assert.doesNotMatch(missing.stderr, /\n\s+at /);
    const usage = await cli(['make']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Name at least one footage file/);
  });

  it('-o naming a folder: the clip is saved inside it under a dated name, in the format asked', async function () {
    this.timeout(240_000);
    const source = await walkthrough();
    const clips = join(folder.work, 'clips');
    await mkdir(clips, { recursive: true });
    const run = await cli(['make', source.path, '--prompt', 'the best moments in 5 seconds, then export it as a webm', '-o', clips, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    const saved = await readdir(clips);
    assert.equal(saved.length, 1, saved.join(', '));
    assert.match(saved[0], /^demo-clip-\d{4}-\d{2}-\d{2}-\d{4}\.webm$/);
    assert.match(run.stderr, new RegExp(`Saved .*${saved[0].replace(/\./g, '\\.')}`));
    const probe = await ffprobe(join(clips, saved[0]));
    assert.match(probe.formatName, /webm/);
    assert.ok(Math.abs(probe.durationSec - 5) <= 1, `duration ${probe.durationSec}`);
  });

  it('make: every file one prompt asks for is saved, each with its own extension beside -o', async function () {
    this.timeout(240_000);
    const source = await walkthrough();
    const out = join(folder.work, 'both.mp4');
    const run = await cli(['make', source.path, '--prompt', 'the best moments in 5 seconds, then export an mp4 and a gif', '-o', out, '--store', folder.store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Saved .*both\.mp4/);
    assert.match(run.stderr, /Saved .*both\.gif/);
    const [mp4, gif] = [await ffprobe(out), await ffprobe(join(folder.work, 'both.gif'))];
    assert.equal(mp4.video?.codec, 'h264');
    assert.equal(gif.video?.codec, 'gif');
    assert.ok(Math.abs(mp4.durationSec - 5) <= 1 && Math.abs(gif.durationSec - mp4.durationSec) <= 0.5, `mp4 ${mp4.durationSec} s, gif ${gif.durationSec} s`);
  });

  it('-o where nothing can be written fails at once, naming the reason, before any upload', async () => {
    const source = await walkthrough();
    const blocker = join(folder.work, 'not-a-folder');
    await writeFile(blocker, 'x');
    const run = await cli(['make', source.path, '--prompt', 'the best moments in 5 seconds', '-o', join(blocker, 'clip.mp4'), '--store', folder.store]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Could not save the clip as .*not-a-folder.clip\.mp4: (?:a file of that name is in the way|part of the path is a file, not a folder)\./);
    assert.doesNotMatch(run.stderr, /Uploading|not running/);
  });
});
