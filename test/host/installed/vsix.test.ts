import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { version } from '../../../package.json';
import type { DemoClipApi } from '../../../src/extension/extension';
import { INSTALLED_EXTENSIONS_ENV } from '../hostOutput';
import { askRunner, EXTENSION_ID, SLOW_MS } from '../kit';

/** What the package may hold besides the manifest: see .vscodeignore. */
const SHIPPED = /^(dist\/(extension|cli|webview)\.js|media\/.+|package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n\.[a-z-]+\.json|readme\.md|changelog\.md|LICENSE\.txt|\.vsixmanifest)$/;

describe('the packaged extension, installed from its .vsix', () => {
  const installed = () => {
    const extension = vscode.extensions.getExtension<DemoClipApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the host's extensions`);
    return extension;
  };

  it('is installed in the extensions folder, not loaded from the repository', () => {
    const extension = installed();
    const folder = process.env[INSTALLED_EXTENSIONS_ENV];
    assert.ok(folder, `${INSTALLED_EXTENSIONS_ENV} is not set: run the runner with --installed`);
    assert.equal(path.dirname(extension.extensionPath), folder);
    assert.equal(path.basename(extension.extensionPath), `${EXTENSION_ID}-${version}`);
    assert.equal(extension.packageJSON.version, version);
  });

  it('holds the bundles (the CLI among them: the engine runs it as its own process), the media, the manifest and its translations: no sources, tests, node_modules or source maps', () => {
    const files = readdirSync(installed().extensionPath, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('/') && f.includes('.'));
    assert.deepEqual(files.filter((f) => !SHIPPED.test(f.split(path.sep).join('/'))), []);
    const needed = ['dist/extension.js', 'dist/cli.js', 'dist/webview.js', 'media/panel.css', 'media/icon.png', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json'];
    for (const file of needed) assert.ok(files.includes(file), `${file} is missing`);
  });

  it('activates, and democlip.openPanel opens the panel, drawn by the shipped webview script', async function () {
    this.timeout(SLOW_MS);
    const api = await installed().activate();
    await vscode.commands.executeCommand('democlip.openPanel');
    assert.ok(api.panel(), 'democlip.openPanel left no panel');
    const backend = await askRunner({ action: 'webviewText', selector: '#backend', contains: 'Local engine' });
    assert.ok(backend.ok, `the panel's backend badge says: ${JSON.stringify(backend.detail)}`);
  });
});
