/// <reference lib="dom" />
import { isExportable, type EditOp, type Lang } from '../protocol';
import './elements';
import { FromWebview, ToWebview } from './messages';
import { text, useStrings } from './strings';
import { deleteOp } from './timelineEdit';
import { clock, layoutTimeline, type LayoutWords } from './timelineLayout';
import { TimelineView } from './timelineView';
import { Transport } from './transport';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
type StateMessage = Extract<ToWebview, { type: 'state' }>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function post(message: FromWebview): void {
  vscode.postMessage(FromWebview.parse(message));
}

/** Builds an element with text only: data from the backend never becomes HTML. */
function el(tag: string, className: string, text = ''): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function render(state: StateMessage): void {
  document.body.classList.remove('loading');
  $('backend').textContent = text(state.backend === 'local' ? 'backendLocal' : 'backendCloud');
  $('credits').textContent = state.credits ? (state.credits.unlimited ? text('noCreditsNeeded') : text('credits', state.credits.available)) : '';
  renderMedia(state);
  renderPreview(state.previewUrl, state.previewNote ?? null);
  shapePreview(state.draft?.m?.width, state.draft?.m?.height);
  renderTimeline(state);
  ($('export') as HTMLElement & { disabled: boolean }).disabled = !state.draft || !isExportable(state.draft);
}

/** The preview box takes the clip's shape: a 9:16 clip is tall, not small inside a 16:9 box. */
function shapePreview(width: number | undefined, height: number | undefined): void {
  $('preview-box').style.aspectRatio = width && height ? `${width} / ${height}` : '16 / 9';
}

function renderMedia(state: StateMessage): void {
  const list = $('media');
  list.replaceChildren();
  if (state.media.length === 0) list.append(el('li', 'empty', text('noFootage')));
  for (const file of state.media as { filename?: string; file_type?: string; duration?: number | null; width?: number | null; height?: number | null }[]) {
    const item = el('li', `media ${file.file_type ?? ''}`);
    item.append(el('span', 'name', file.filename ?? text('file')));
    const facts = [file.file_type, file.duration ? clock(file.duration * 1000) : '', file.width ? `${file.width}x${file.height}` : ''].filter(Boolean);
    item.append(el('span', 'facts', facts.join(' · ')));
    list.append(item);
  }
}

function renderPreview(url: string | null, reason: string | null): void {
  const video = $('preview') as HTMLVideoElement;
  const note = $('preview-note');
  note.textContent = reason ?? text('previewEmpty');
  if (!url) {
    // A new preview is on its way after an edit: the old one stays playable until it arrives.
    if (reason || !current?.draft || !isExportable(current.draft)) {
      video.removeAttribute('src');
      video.hidden = true;
      note.hidden = false;
    }
    return;
  }
  if (video.getAttribute('src') !== url) transport.load(url);
  video.hidden = false;
  note.hidden = true;
}

function renderTimeline(state: StateMessage): void {
  const names: Record<string, string> = {};
  for (const file of state.media as { id?: string; filename?: string }[]) if (file.id && file.filename) names[file.id] = file.filename;
  const layout = layoutTimeline(state.draft, layoutWords(), names);
  $('duration').textContent = layout.durationMs ? clock(layout.durationMs) : '';
  transport.setDuration(layout.durationMs, state.draft?.m?.fps ?? 30);
  timeline.render(layout, text('timelineEmpty'));
}

/** Said once by screen readers (aria-live) and shown in the status line. */
function announce(message: string): void {
  const live = $('announcer');
  live.textContent = '';
  // Cleared then set on the next frame: the same words twice in a row are still read out.
  requestAnimationFrame(() => (live.textContent = message));
}

function sourceMs(src: string | undefined): number | undefined {
  const file = (current?.media as { id?: string; duration?: number | null }[] | undefined)?.find((f) => f.id === src);
  return file?.duration ? Math.floor(file.duration * 1000) : undefined;
}

function edit(ops: EditOp[]): void {
  showStatus(text('editing'), 'busy');
  post({ type: 'edit', ops });
}

const transport = new Transport($('preview') as HTMLVideoElement, (ms) => timeline.updatePlayhead(ms), announce);
const timeline = new TimelineView($('ruler'), $('lanes'), {
  edit,
  seek: (ms) => transport.seek(ms),
  playheadMs: () => transport.positionMs(),
  announce,
  sourceMs,
});

let current: StateMessage | undefined;
/** What the panel showed before a reload (VS Code keeps it for the webview). */
const restored = ToWebview.safeParse(vscode.getState());
let lang: Lang = 'en';

function layoutWords(): LayoutWords {
  return { lanes: { video: text('laneVideo'), audio: text('laneAudio'), text: text('laneText'), other: text('laneOther') }, clip: text('clip'), lang };
}

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = ToWebview.safeParse(event.data);
  if (!parsed.success) return; // only the host talks to us, and only in these shapes
  const message = parsed.data;
  switch (message.type) {
    case 'init':
      lang = message.lang;
      useStrings(message.strings);
      // The state saved before a reload is shown until the fresh one arrives, now that it can be put in words.
      if (restored.success && restored.data.type === 'state' && !current) render(restored.data);
      break;
    case 'state':
      current = message;
      vscode.setState(message);
      render(message);
      break;
    case 'busy':
      showStatus(message.percent === null ? message.message : `${message.message} ${message.percent}%`, 'busy');
      break;
    case 'idle':
      showStatus('');
      break;
    case 'error':
      showStatus(message.message, 'error');
      announce(message.message);
      break;
    case 'visuals':
      timeline.setVisuals(message.media);
      break;
    case 'announce':
      showStatus(message.message);
      announce(message.message);
      break;
  }
});

/** The footer's one line of status: what is going on, or what went wrong. */
function showStatus(words: string, kind?: 'busy' | 'error'): void {
  $('status').textContent = words;
  $('status').className = kind ? `status ${kind}` : 'status';
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, vscode-button, vscode-single-select')) return; // their own keys first
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && (key === 'z' || key === 'y')) {
    edit([{ op: key === 'y' || event.shiftKey ? 'redo' : 'undo' }]);
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && timeline.selection()) {
    const chosen = timeline.selection();
    const op = chosen && deleteOp(chosen.lane.kind, chosen.segment);
    if (op) edit([op]);
  } else if (!mod && !(event.key === ' ' && target instanceof HTMLVideoElement) && transport.key(event.key, event.shiftKey)) {
    // handled by the transport (Space, ←/→, J/K/L, Home/End)
  } else {
    return;
  }
  event.preventDefault();
});

$('export').addEventListener('click', () =>
  post({ type: 'export', format: ($('format') as HTMLElement & { value: string }).value, resolution: ($('resolution') as HTMLElement & { value: string }).value } as FromWebview));
$('upload').addEventListener('click', () => post({ type: 'upload' }));
$('refresh').addEventListener('click', () => post({ type: 'refresh' }));
$('ask').addEventListener('click', () => post({ type: 'openChat' }));

post({ type: 'ready' });
