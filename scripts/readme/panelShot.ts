import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { panelHtml } from '../../src/extension/panel/panelHtml';
import { panelInit } from '../../src/extension/panel/panelStrings';
import type { ToWebview } from '../../src/webview/messages';

/**
 * VS Code's Dark Modern theme, as the variables a webview gets, and the body style VS Code gives every webview:
 * just what media/panel.css reads.
 */
const DARK_THEME = `:root {
  --vscode-font-family: system-ui, "Ubuntu", "DejaVu Sans", sans-serif; --vscode-font-size: 13px;
  --vscode-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d; --vscode-errorForeground: #f85149;
  --vscode-editor-background: #1f1f1f; --vscode-editorWidget-background: #202020; --vscode-editorCursor-foreground: #aeafad;
  --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff; --vscode-button-hoverBackground: #026ec1;
  --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc;
  --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8;
  --vscode-dropdown-background: #313131; --vscode-dropdown-border: #3c3c3c; --vscode-dropdown-foreground: #cccccc;
  --vscode-panel-border: #2b2b2b; --vscode-list-inactiveSelectionBackground: #37373d;
  --vscode-charts-blue: #3794ff; --vscode-charts-green: #89d185; --vscode-charts-orange: #d18616;
}
html { background: var(--vscode-editor-background); }
body { margin: 0; padding: 0 20px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
`;

const VIEWPORT = { width: 1000, height: 640 };

export interface PanelShot {
  root: string;
  state: Extract<ToWebview, { type: 'state' }>;
  /** Where the preview video is paused for the picture, seconds. */
  previewAt: number;
  out: string;
}

/**
 * Screenshots the panel's real page (panelHtml, dist/webview.js, media/panel.css, its CSP intact) in headless
 * Chromium, served from 127.0.0.1 as a webview serves its resources, after posting it `init` and `state` as the panel host would.
 */
export async function shootPanel(shot: PanelShot): Promise<void> {
  const files: Record<string, [string, string]> = {
    '/webview.js': [join(shot.root, 'dist/webview.js'), 'text/javascript'],
    '/panel.css': [join(shot.root, 'media/panel.css'), 'text/css'],
  };
  let origin = '';
  const server = createServer(async (req, res) => {
    const file = files[req.url ?? ''];
    if (req.url === '/theme.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(DARK_THEME);
    if (file) return void res.writeHead(200, { 'content-type': file[1] }).end(await readFile(file[0]));
    const mediaOrigin = shot.state.previewUrl ? new URL(shot.state.previewUrl).origin : undefined;
    const page = panelHtml({ cspSource: origin, nonce: randomBytes(16).toString('base64'), scriptUri: `${origin}/webview.js`, styleUri: `${origin}/panel.css`, mediaOrigin });
    res.writeHead(200, { 'content-type': 'text/html' }).end(page.replace('</head>', `<link rel="stylesheet" href="${origin}/theme.css">\n</head>`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    // What VS Code injects into every webview; the panel's messages to the host go nowhere here.
    await page.addInitScript(() => {
      (window as unknown as { acquireVsCodeApi: () => object }).acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });
    });
    await page.goto(origin);
    // As the panel host does: its words first (English, for the README), then the state.
    await page.evaluate(([init, state]) => [init, state].forEach((message) => window.postMessage(message, '*')), [panelInit((english) => english, 'en'), shot.state] as const);
    const bottom = await page.evaluate(async (at) => {
      const video = document.getElementById('preview') as HTMLVideoElement;
      if (!video.hidden) {
        const event = (name: string) => new Promise((resolve) => video.addEventListener(name, resolve, { once: true }));
        if (video.readyState < 2) await event('loadeddata');
        video.currentTime = at;
        await event('seeked');
        // While the video is still loading, Chromium draws a spinner over the picture: wait until all of it is in.
        for (let wait = 0; wait < 100 && !(video.buffered.length && video.buffered.end(video.buffered.length - 1) >= video.duration - 0.1); wait++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return document.querySelector('footer')!.getBoundingClientRect().bottom;
    }, shot.previewAt);
    await page.waitForTimeout(1000); // the spinner fades out
    await page.screenshot({ path: shot.out, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(bottom) + 16 } });
  } finally {
    await browser.close();
    server.close();
  }
}
