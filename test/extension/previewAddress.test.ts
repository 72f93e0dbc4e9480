import * as assert from 'node:assert/strict';
import { previewAddress } from '../../src/extension/panel/previewAddress';
import { panelHtml } from '../../src/extension/panel/panelHtml';

const PREVIEW = 'http://127.0.0.1:41234/api/preview/ses_1?t=preview_ab12.1767139200000.Zm9v-_x';

describe('the preview address the panel gives its webview', () => {
  it('is the engine URL itself where VS Code maps the engine to itself (a local window)', async () => {
    const asked: string[] = [];
    const address = await previewAddress(PREVIEW, async (url) => (asked.push(url), url));
    assert.deepEqual(asked, ['http://127.0.0.1:41234/'], 'only the origin goes through asExternalUri, not the signed token');
    assert.deepEqual(address, { url: PREVIEW, origin: 'http://127.0.0.1:41234' });
  });

  it('goes through a forwarded port (Remote SSH, WSL) and a proxy path (Codespaces, code-server), token intact', async () => {
    const forwarded = await previewAddress(PREVIEW, async () => 'http://localhost:52001/');
    assert.deepEqual(forwarded, { url: 'http://localhost:52001/api/preview/ses_1?t=preview_ab12.1767139200000.Zm9v-_x', origin: 'http://localhost:52001' });
    const proxied = await previewAddress(PREVIEW, async () => 'https://example-41234.app.github.dev/proxy/41234/');
    assert.equal(proxied.url, 'https://example-41234.app.github.dev/proxy/41234/api/preview/ses_1?t=preview_ab12.1767139200000.Zm9v-_x');
    assert.equal(proxied.origin, 'https://example-41234.app.github.dev');
  });
});

describe("the panel page's CSP", () => {
  it('lets media come from the preview origin alone (none before there is one)', () => {
    const page = { cspSource: 'https://webview.test', nonce: 'n', scriptUri: 's', styleUri: 'c' };
    const mediaSrc = (html: string) => /media-src ([^;"]*)/.exec(html)?.[1];
    assert.equal(mediaSrc(panelHtml(page)), 'https://webview.test');
    assert.equal(mediaSrc(panelHtml({ ...page, mediaOrigin: 'http://localhost:52001' })), 'https://webview.test http://localhost:52001');
  });
});
