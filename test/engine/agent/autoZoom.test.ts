import * as assert from 'node:assert/strict';
import type { ChatEvent, Draft } from '../../../src/protocol';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { walkthrough90 } from '../analysis/walkthroughs';

describe('chat: auto zoom', function () {
  this.timeout(180_000);
  let fx: EngineFixture;
  before(async () => {
    fx = await startTestEngine();
  });
  after(() => fx.close());

  it('"auto zoom" stores zooms found in the frames, "zoom in … at 0:02 for 3 seconds" adds one, "less zoom" and "不要缩放" change them', async () => {
    const source = await walkthrough90();
    const { client, sessionId } = await fx.session();
    const { files } = await client.upload(sessionId, [source.path]);
    const mediaId = files[0].id as string;
    const say = async (message: string): Promise<{ text: string; draft: Draft }> => {
      const events: ChatEvent[] = [];
      for await (const event of client.chat(sessionId, message)) events.push(event);
      const { state } = await client.state(sessionId);
      return { text: events.filter((e) => e.kind === 'text').map((e) => (e.kind === 'text' ? e.text : '')).join('\n'), draft: state.draft as Draft };
    };
    await say('trim the best moments into 30 seconds');
    const auto = await say('auto zoom');
    const zooms = auto.draft.m?.zooms ?? [];
    assert.equal(auto.draft.m?.zoom, 'auto');
    assert.ok(zooms.length >= 3 && zooms.every((z) => z.src === mediaId && z.w < source.truth.width), JSON.stringify(zooms));
    assert.match(auto.text, /Auto-zoom is on: \d+ zooms? onto typing, the pointer and clicks/);

    const first = auto.draft.t[0].sg[0];
    const at = await say('zoom in on the form at 0:02 for 3 seconds');
    const inMs = (first.in ?? 0) + 2000;
    const added = at.draft.m?.zooms?.find((z) => z.in === inMs);
    assert.ok(added, `a zoom from source ${inMs} ms: ${JSON.stringify(at.draft.m?.zooms)}`);
    assert.equal(added.out, inMs + 3000);
    assert.match(at.text, /Zooming in on the action at 2(\.0)? s for 3(\.0)? s/);

    const less = await say('less zoom');
    assert.ok(less.draft.m!.zooms!.every((z, i) => z.w >= at.draft.m!.zooms![i].w), 'every zoom is as wide or wider');
    const off = await say('不要缩放');
    assert.equal(off.draft.m?.zoom, 'off');
    assert.match(off.text, /不再缩放/);
  });
});
