import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { askTurn, DemoClipClient } from '../../src/client';
import { cliClientId, FileRenderRecords } from '../../src/cli/cliState';
import { ffprobe } from '../helpers/ffprobe';
import { shortWalkthrough } from '../helpers/footage';
import { cliFolder, runCli, serveProcess } from '../helpers/runCli';

describe('democlip make finishes the export an earlier run left unfinished', function () {
  const dirs = cliFolder('democlip-resume-');

  it('saves the earlier render where that run was asked to, then does its own job', async function () {
    this.timeout(300_000); // two renders and a make on a shared machine
    const { store, work } = dirs;
    const { url, key } = await serveProcess(['--store', store]);
    const footage = (await shortWalkthrough()).path;
    // What a run killed mid-render leaves: as the CLI's install, a render submitted and recorded, no file saved.
    const client = new DemoClipClient({ baseUrl: url, engineKey: key, version: '0.0.0-test', platform: 'cli', clientId: await cliClientId(store) });
    await client.ensureToken();
    const { session_id: sessionId } = await client.createSession();
    await client.upload(sessionId, [footage]);
    await askTurn(client, sessionId, JSON.stringify([{ op: 'keep_everything' }]));
    const { state } = await client.state(sessionId);
    const submitted = await client.submitRender(sessionId, state.draft ?? { t: [] }, { format: 'mp4', quality: 'high', resolution: '540p' });
    const earlier = join(work, 'earlier.mp4');
    const records = new FileRenderRecords(store);
    await records.add({ id: submitted.id, format: 'mp4', startedAt: new Date().toISOString(), out: earlier });

    const now = join(work, 'now.mp4');
    const run = await runCli(['make', footage, '--prompt', 'keep everything', '--prompt', 'export 720p MP4', '-o', now, '--store', store]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Finishing an export started earlier \(.*earlier\.mp4\)/);
    assert.ok(run.stderr.indexOf('Saved') < run.stderr.indexOf('Setting things up'), 'the earlier export is saved before this run starts its own');
    assert.deepEqual(await records.list(), [], 'the record goes once its file is saved');
    const probed = await ffprobe(earlier);
    assert.deepEqual([probed.video?.codec, probed.video?.height], ['h264', 540]);
    assert.equal((await ffprobe(now)).video?.height, 720);
  });
});
