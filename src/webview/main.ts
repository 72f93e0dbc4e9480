/// <reference lib="dom" />
import { isExportable } from '../protocol';
import { FromWebview, ToWebview } from './messages';
import { clock, layoutTimeline } from './timelineLayout';

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
  $('backend').textContent = state.backend === 'local' ? 'Local engine · offline' : 'NemoVideo cloud';
  $('credits').textContent = state.credits ? (state.credits.unlimited ? 'no credits needed' : `${state.credits.available} credits`) : '';
  renderMedia(state);
  renderPreview(state.previewUrl);
  renderTimeline(state);
  ($('export') as HTMLButtonElement).disabled = !state.draft || !isExportable(state.draft);
}

function renderMedia(state: StateMessage): void {
  const list = $('media');
  list.replaceChildren();
  if (state.media.length === 0) list.append(el('li', 'empty', 'No footage yet: right-click a video in the Explorer → Upload to Demo Clip.'));
  for (const file of state.media as { filename?: string; file_type?: string; duration?: number | null; width?: number | null; height?: number | null }[]) {
    const item = el('li', `media ${file.file_type ?? ''}`);
    item.append(el('span', 'name', file.filename ?? 'file'));
    const facts = [file.file_type, file.duration ? clock(file.duration * 1000) : '', file.width ? `${file.width}x${file.height}` : ''].filter(Boolean);
    item.append(el('span', 'facts', facts.join(' · ')));
    list.append(item);
  }
}

function renderPreview(url: string | null): void {
  const video = $('preview') as HTMLVideoElement;
  const note = $('preview-note');
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
  const layout = layoutTimeline(state.draft, names);
  $('duration').textContent = layout.durationMs ? clock(layout.durationMs) : '';
  const ruler = $('ruler');
  ruler.replaceChildren(...layout.ticks.map((tick) => {
    const mark = el('span', 'tick', tick.label);
    mark.style.left = `${tick.left}%`;
    return mark;
  }));
  const lanes = $('lanes');
  lanes.replaceChildren();
  if (layout.lanes.length === 0) lanes.append(el('div', 'empty', 'The timeline is empty. In Chat: @democlip trim the best moments and compile them into a 60-second demo clip'));
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

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = ToWebview.safeParse(event.data);
  if (!parsed.success) return; // only the host talks to us, and only in these shapes
  const message = parsed.data;
  switch (message.type) {
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

$('preview').addEventListener('timeupdate', () => updatePlayhead(current ? layoutTimeline(current.draft).durationMs : 0));
$('export').addEventListener('click', () =>
  post({ type: 'export', format: ($('format') as HTMLSelectElement).value, resolution: ($('resolution') as HTMLSelectElement).value } as FromWebview));
$('upload').addEventListener('click', () => post({ type: 'upload' }));
$('refresh').addEventListener('click', () => post({ type: 'refresh' }));
$('ask').addEventListener('click', () => post({ type: 'openChat' }));

const restored = ToWebview.safeParse(vscode.getState());
if (restored.success && restored.data.type === 'state') render(restored.data);
post({ type: 'ready' });
