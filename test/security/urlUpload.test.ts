import * as assert from 'node:assert/strict';
import { isPrivateAddress } from '../../src/engine/media/publicAddress';
import { startTestEngine, type EngineFixture } from '../helpers/engine';
import { serveSite } from '../helpers/httpSite';

describe('security: URL uploads reach no private address in any spelling, and say nothing about what answered', function () {
  let fx: EngineFixture;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let port: number;
  let requests = 0;
  before(async () => {
    fx = await startTestEngine();
    site = await serveSite((req, res) => {
      requests++;
      if (req.url === '/missing.mp4') return void res.writeHead(404).end('no');
      if (req.url === '/broken.mp4') return void res.writeHead(500).end('no');
      res.writeHead(200, { 'content-type': 'video/mp4' }).end('not really');
    });
    port = site.port;
  });
  after(async () => {
    site.close();
    await fx.close();
  });

  it('refuses loopback, LAN and link-local written as IPv4-mapped or -compatible IPv6', async () => {
    const { client, sessionId } = await fx.session();
    const hosts = [
      '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]', '[::ffff:192.168.1.10]', '[::ffff:a9fe:a9fe]',
      '[::127.0.0.1]', '[64:ff9b::7f00:1]', '[::ffff:10.0.0.1]',
    ];
    for (const host of hosts) {
      await assert.rejects(client.uploadUrls(sessionId, [`http://${host}:${port}/clip.mp4`]), /this machine or a private network/, host);
    }
    assert.equal(requests, 0, 'the local server was reached');
  });

  it('classifies addresses in every spelling', () => {
    for (const a of ['::ffff:7f00:1', '::ffff:c0a8:10a', '::ffff:a9fe:a9fe', '0:0:0:0:0:ffff:127.0.0.1', '::7f00:1', '64:ff9b::a00:1', 'fe80::1%eth0', 'ff02::1', '224.0.0.1', '255.255.255.255']) {
      assert.ok(isPrivateAddress(a), a);
    }
    for (const a of ['::ffff:808:808', '::ffff:8.8.8.8', '2606:4700::1111', '1.1.1.1']) assert.ok(!isPrivateAddress(a), a);
  });

  it('a refused port, a 404 and a 500 all get the same "could not fetch" answer, with no status code', async () => {
    const open = await startTestEngine({ allowPrivateUrls: true });
    try {
      const { client, sessionId } = await open.session();
      // A port that answered once and is closed now: nothing listens there.
      const closed = await serveSite((_req, res) => res.end());
      const closedPort = closed.port;
      closed.close();
      const messages: string[] = [];
      for (const url of [`http://127.0.0.1:${closedPort}/clip.mp4`, `http://127.0.0.1:${port}/missing.mp4`, `http://127.0.0.1:${port}/broken.mp4`]) {
        const error = await client.uploadUrls(sessionId, [url]).then(() => assert.fail(url), (e: Error) => e);
        messages.push(error.message.replace(/127\.0\.0\.1:\d+\/\w+/, 'URL'));
      }
      assert.doesNotMatch(messages.join('\n'), /404|500|HTTP|refused|did not answer/);
      assert.equal(new Set(messages).size, 1, messages.join('\n'));
      assert.match(messages[0], /Could not fetch/);
    } finally {
      await open.close();
    }
  });
});
