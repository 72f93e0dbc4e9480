import { FORMAT_LABELS, RESOLUTION_LABELS } from '../../protocol';

/** Where the panel's page gets its script and style, and the nonce its one script tag carries. */
export interface PanelPage {
  /** The origin the webview serves local resources from (CSP source). */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The origin the preview plays from, as the webview reaches it (see previewAddress.ts); none before there is one. */
  mediaOrigin?: string;
}

/**
 * The panel's page. Free of the vscode API, so that scripts/makeReadmePictures.ts renders the very same page in a
 * browser for the README.
 */
export function panelHtml(page: PanelPage): string {
  // The preview plays from the engine, through the address VS Code gives it (a forwarded port when remote): media-src
  // allows that one origin, nothing else.
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
    `img-src ${page.cspSource} data:`,
    `media-src ${page.cspSource}${page.mediaOrigin ? ` ${page.mediaOrigin}` : ''}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${page.styleUri}">
<title>Demo Clip</title>
</head>
<body class="loading">
<header>
  <h1>Demo Clip</h1>
  <span class="badge" id="backend"></span>
  <span class="badge" id="credits"></span>
  <button class="secondary" id="refresh" title="Reload the session">Refresh</button>
</header>
<div class="loading-bar" role="progressbar" aria-label="Loading the session"></div>
<main>
  <section>
    <h2>Media</h2>
    <ul id="media"><li class="empty">Loading the session…</li></ul>
    <button class="secondary" id="upload">Upload…</button>
    <button class="secondary" id="ask">Ask @democlip…</button>
  </section>
  <section>
    <h2>Preview</h2>
    <div id="preview-box">
      <video id="preview" controls hidden aria-label="Preview of the clip"></video>
      <div id="preview-note">Loading the session…</div>
    </div>
  </section>
  <section class="timeline" aria-label="Timeline">
    <div class="timeline-head"><h2>Timeline</h2><span id="duration"></span><span class="keys">Space play/pause · ←/→ step · J/K/L · Delete · Ctrl+Z undo · Shift+Ctrl+Z redo</span></div>
    <div id="ruler" role="slider" tabindex="0" aria-label="Playhead position: click or drag to seek" aria-valuemin="0" aria-valuemax="0" aria-valuenow="0"></div>
    <div id="lanes"></div>
  </section>
</main>
<footer>
  <select id="resolution" aria-label="Resolution">${options(RESOLUTION_LABELS, '1080p')}</select>
  <select id="format" aria-label="Format">${options(FORMAT_LABELS, 'mp4')}</select>
  <button id="export" disabled>Export</button>
  <span class="status" id="status" role="status"></span>
</footer>
<div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>`;
}

/** `<option>`s from a value → label table, with one selected. */
function options<V extends string>(labels: Record<V, string>, selected: V): string {
  return (Object.entries(labels) as [V, string][])
    .map(([value, label]) => `<option value="${value}"${value === selected ? ' selected' : ''}>${label}</option>`)
    .join('');
}
