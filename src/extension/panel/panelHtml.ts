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
  /** The page's language (its words come from the host's `init` message: src/webview/strings.ts). */
  lang?: 'en' | 'zh-CN';
}

/**
 * The panel's page, without words: the webview puts the host's on every `data-text` (src/webview/strings.ts).
 * Free of the vscode API, so that scripts/makeReadmePictures.ts renders the very same page in a browser for the README.
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
<html lang="${page.lang ?? 'en'}">
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
  <vscode-badge id="backend" variant="counter"></vscode-badge>
  <vscode-badge id="credits" variant="counter"></vscode-badge>
  <vscode-button secondary id="refresh" data-title="refreshTitle" data-text="refresh"></vscode-button>
</header>
<vscode-progress-bar class="loading-bar" indeterminate data-aria-label="loading"></vscode-progress-bar>
<main>
  <section>
    <h2 data-text="media"></h2>
    <ul id="media"><li class="empty" data-text="loading"></li></ul>
    <vscode-button secondary id="upload" data-text="upload"></vscode-button>
    <vscode-button secondary id="ask" data-text="ask"></vscode-button>
  </section>
  <section>
    <h2 data-text="preview"></h2>
    <div id="preview-box">
      <video id="preview" controls hidden data-aria-label="previewLabel"></video>
      <div id="preview-note" data-text="loading"></div>
    </div>
  </section>
  <section class="timeline" data-aria-label="timeline">
    <div class="timeline-head"><h2 data-text="timeline"></h2><span id="duration"></span><span class="keys" data-text="keys"></span></div>
    <div id="ruler" role="slider" tabindex="0" data-aria-label="rulerLabel" aria-valuemin="0" aria-valuemax="0" aria-valuenow="0"></div>
    <div id="lanes"></div>
  </section>
</main>
<footer>
  <vscode-single-select id="resolution" data-aria-label="resolution">${options(RESOLUTION_LABELS, '1080p')}</vscode-single-select>
  <vscode-single-select id="format" data-aria-label="format">${options(FORMAT_LABELS, 'mp4')}</vscode-single-select>
  <vscode-button id="export" disabled data-text="export"></vscode-button>
  <span class="status" id="status" role="status"></span>
</footer>
<div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>`;
}

/** `<vscode-option>`s from a value → label table, with one selected. */
function options<V extends string>(labels: Record<V, string>, selected: V): string {
  return (Object.entries(labels) as [V, string][])
    .map(([value, label]) => `<vscode-option value="${value}"${value === selected ? ' selected' : ''}>${label}</vscode-option>`)
    .join('');
}
