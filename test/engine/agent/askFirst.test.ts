import * as assert from 'node:assert/strict';
import type { ChatEvent, Draft } from '../../../src/protocol';
import type { DemoClipClient } from '../../../src/client';
import { startTestEngine, type EngineFixture } from '../../helpers/engine';
import { shortWalkthrough } from '../../helpers/footage';

async function say(client: DemoClipClient, sessionId: string, text: string) {
  const events: ChatEvent[] = [];
  for await (const event of client.chat(sessionId, text)) events.push(event);
  return {
    reply: events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('\n'),
    calls: events.flatMap((e) => (e.kind === 'toolCall' ? [e.name] : [])),
    draft: events.flatMap((e) => (e.kind === 'draft' ? [e.draft] : [])).at(-1) as Draft | undefined,
  };
}

const musicVolume = (draft: Draft | null | undefined) => draft?.t.find((t) => t.tt === 1)?.sg[0]?.m?.volume;

describe('edit agent turns: a reading it is unsure of is asked about, and made only on a yes', function () {
  let fx: EngineFixture;
  let client: DemoClipClient;
  let sessionId: string;
  before(async () => {
    fx = await startTestEngine();
    ({ client, sessionId } = await fx.session());
    await client.upload(sessionId, [(await shortWalkthrough()).path]);
    await say(client, sessionId, 'trim the best moments into 6 seconds');
  });
  after(() => fx.close());

  it('a figure left over: says what it would do and changes nothing; "yes" makes it', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const asked = await say(client, sessionId, 'Add music!! the default one is fine, 50% please!!');
    assert.match(asked.reply, /^I'm not sure I read that right, so nothing has changed yet\. I would add lo-fi music at 35 %, but I'm not sure what you meant by "50"\./);
    assert.deepEqual(asked.calls, []);
    assert.equal(asked.draft, undefined);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
    const yes = await say(client, sessionId, 'yes');
    assert.deepEqual(yes.calls, ['add_music']);
    assert.equal(musicVolume(yes.draft), 0.35);
    assert.match(yes.reply, /Added lo-fi music at 35 %/);
  });

  it('anything but a yes drops the question and is read as itself; a later yes makes nothing', async () => {
    await say(client, sessionId, 'remove the music');
    const asked = await say(client, sessionId, 'music on, 30%, and 2 more things');
    assert.match(asked.reply, /not sure/);
    const other = await say(client, sessionId, 'make it square');
    assert.deepEqual(other.calls, ['set_aspect']);
    const late = await say(client, sessionId, 'yes');
    assert.deepEqual(late.calls, []);
    assert.equal(musicVolume((await client.state(sessionId)).state.draft), undefined, 'no music was added');
  });

  it('asks in Chinese for a Chinese message, naming the words it could not read', async () => {
    const before = (await client.state(sessionId)).state.draft;
    const asked = await say(client, sessionId, '原声太小了，放大到150%');
    assert.match(asked.reply, /^我不确定理解得对，所以还没有改动。我打算：.+。但我不确定“原声太小了”、“150”是什么意思。回复“好”就照这样做，或者换个说法。$/);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
    const no = await say(client, sessionId, '不对');
    assert.deepEqual(no.calls, []);
    assert.deepEqual((await client.state(sessionId)).state.draft, before);
  });
});
