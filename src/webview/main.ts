/// <reference lib="dom" />
import { isExportable, type Lang } from '../protocol';
import { FromWebview, ToWebview } from './messages';
import { text, useStrings } from './strings';
import { clock, layoutTimeline, type LayoutWords } from './timelineLayout';

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
  $('backend').textContent = text(state.backend === 'local' ? 'backendLocal' : 'backendCloud');
  $('credits').textContent = state.credits ? (state.credits.unlimited ? text('noCreditsNeeded') : text('credits', state.credits.available)) : '';
  renderMedia(state);
  renderPreview(state.previewUrl, state.previewNote ?? null);
  renderTimeline(state);
  ($('export') as HTMLButtonElement).disabled = !state.draft || !isExportable(state.draft);
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
    video.removeAttribute('src');
    video.hidden = true;
    note.hidden = false;
    return;
  }
  if (video.getAttribute('src') !== url) video.src = url;
  video.hidden = false;
  note.hidden = true;
}

function renderTimeline(state: StateMessage): void {
  const names: Record<string, string> = {};
  for (const file of state.media as { id?: string; filename?: string }[]) if (file.id && file.filename) names[file.id] = file.filename;
  const layout = layoutTimeline(state.draft, layoutWords(), names);
  $('duration').textContent = layout.durationMs ? clock(layout.durationMs) : '';
  const ruler = $('ruler');
  ruler.replaceChildren(...layout.ticks.map((tick) => {
    const mark = el('span', 'tick', tick.label);
    mark.style.left = `${tick.left}%`;
    return mark;
  }));
  const lanes = $('lanes');
  lanes.replaceChildren();
  if (layout.lanes.length === 0) lanes.append(el('div', 'empty', text('timelineEmpty')));
  for (const lane of layout.lanes) {
    const row = el('div', `lane ${lane.kind}`);
    row.append(el('span', 'lane-name', lane.name));
    const track = el('div', 'track');
    for (const segment of lane.segments) {
      const block = el('div', 'segment', segment.label);
      block.style.left = `${segment.left}%`;
      block.style.width = `${segment.width}%`;
      block.title = segment.title;
      track.append(block);
    }
    row.append(track);
    lanes.append(row);
  }
  lanes.append(el('div', 'playhead'));
  updatePlayhead(layout.durationMs);
}

function updatePlayhead(durationMs: number): void {
  const video = $('preview') as HTMLVideoElement;
  const head = document.querySelector<HTMLElement>('.playhead');
  if (!head) return;
  const ms = video.hidden ? 0 : video.currentTime * 1000;
  head.style.left = `calc(var(--lane-label) + (100% - var(--lane-label)) * ${durationMs ? Math.min(1, ms / durationMs) : 0})`;
}

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
      $('status').textContent = message.percent === null ? message.message : `${message.message} ${message.percent}%`;
      $('status').className = 'status busy';
      break;
    case 'idle':
      $('status').textContent = '';
      $('status').className = 'status';
      break;
    case 'error':
      $('status').textContent = message.message;
      $('status').className = 'status error';
      break;
  }
});

$('preview').addEventListener('timeupdate', () => updatePlayhead(current ? layoutTimeline(current.draft, layoutWords()).durationMs : 0));
$('export').addEventListener('click', () =>
  post({ type: 'export', format: ($('format') as HTMLSelectElement).value, resolution: ($('resolution') as HTMLSelectElement).value } as FromWebview));
$('upload').addEventListener('click', () => post({ type: 'upload' }));
$('refresh').addEventListener('click', () => post({ type: 'refresh' }));
$('ask').addEventListener('click', () => post({ type: 'openChat' }));

post({ type: 'ready' });
