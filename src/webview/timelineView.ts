/// <reference lib="dom" />
import type { EditOp } from '../protocol';
import { filmstripWindow, waveformPath } from './mediaStrips';
import type { ToWebview } from './messages';
import { text } from './strings';
import { deleteOp, dragOp, hitTest, nudgeOp, pxToMs, snappedDelta, snapTargets, trimToPlayheadOp, type DragContext, type Grip, type Scale } from './timelineEdit';
import { clock, type LaidSegment, type Lane, type TimelineLayout } from './timelineLayout';

/** What the timeline asks of the rest of the panel. */
export interface TimelineHost {
  edit(ops: EditOp[]): void;
  seek(ms: number): void;
  playheadMs(): number;
  announce(message: string): void;
  /** A source file's length in ms, by media id, when known (a trim cannot go past it). */
  sourceMs(src: string | undefined): number | undefined;
}

type Visuals = Extract<ToWebview, { type: 'visuals' }>['media'];

interface Drag {
  lane: Lane;
  segment: LaidSegment;
  grip: Grip;
  startX: number;
  scale: Scale;
  block: HTMLElement;
  moved: boolean;
}

/** Builds an element with text only: data from the backend never becomes HTML. */
function el(tag: string, className: string, text = ''): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * The timeline's lanes and ruler, drawn from a layout, and what the mouse and keys do there. Every change is an
 * EditOp handed to the host; the drawing changes only when the engine's new draft arrives.
 */
export class TimelineView {
  private layout: TimelineLayout = { durationMs: 0, lanes: [], ticks: [] };
  private selected: string | undefined;
  private drag: Drag | undefined;
  private visuals: Visuals = {};
  private emptyNote = '';

  constructor(private readonly ruler: HTMLElement, private readonly lanes: HTMLElement, private readonly host: TimelineHost) {
    lanes.addEventListener('pointerdown', (event) => this.pointerDown(event));
    lanes.addEventListener('pointermove', (event) => this.pointerMove(event));
    lanes.addEventListener('pointerup', (event) => this.pointerUp(event));
    lanes.addEventListener('pointercancel', () => this.cancelDrag());
    lanes.addEventListener('dblclick', (event) => this.doubleClick(event));
    lanes.addEventListener('keydown', (event) => this.segmentKey(event));
    this.wireRuler();
  }

  /** The filmstrips and waveforms arrive after the draft (made by the engine on first use): drawn in when they do. */
  setVisuals(visuals: Visuals): void {
    this.visuals = visuals;
    this.render(this.layout, this.emptyNote);
  }

  render(layout: TimelineLayout, emptyNote: string): void {
    this.layout = layout;
    this.emptyNote = emptyNote;
    this.drag = undefined;
    this.ruler.replaceChildren(...layout.ticks.map((tick) => {
      const mark = el('span', 'tick', tick.label);
      mark.style.left = `${tick.left}%`;
      return mark;
    }));
    this.ruler.setAttribute('aria-valuemax', String(Math.round(layout.durationMs / 1000)));
    this.lanes.replaceChildren();
    if (layout.lanes.length === 0) this.lanes.append(el('div', 'empty', emptyNote));
    for (const lane of layout.lanes) this.lanes.append(this.laneRow(lane));
    this.lanes.append(el('div', 'playhead'));
    if (this.selected && !this.blockOf(this.selected)) this.selected = undefined;
    this.updatePlayhead(this.host.playheadMs());
  }

  updatePlayhead(ms: number): void {
    const fraction = this.layout.durationMs ? Math.min(1, ms / this.layout.durationMs) : 0;
    const head = this.lanes.querySelector<HTMLElement>('.playhead');
    if (head) head.style.left = `calc(var(--lane-label) + (100% - var(--lane-label)) * ${fraction})`;
    this.ruler.setAttribute('aria-valuenow', String(Math.round(ms / 1000)));
    this.ruler.setAttribute('aria-valuetext', clock(ms));
  }

  /** The selected segment's lane and layout, if one is selected. */
  selection(): { lane: Lane; segment: LaidSegment } | undefined {
    for (const lane of this.layout.lanes) for (const segment of lane.segments) if (segment.key === this.selected) return { lane, segment };
    return undefined;
  }

  private laneRow(lane: Lane): HTMLElement {
    const row = el('div', `lane ${lane.kind}`);
    const name = el('span', 'lane-name', lane.name);
    // The music's volume sits under its lane's name, so every track keeps the ruler's width.
    const music = lane.kind === 'audio' ? lane.segments[0] : undefined;
    if (music) name.append(this.volumeControl(music));
    row.append(name);
    const track = el('div', 'track');
    track.setAttribute('role', 'listbox');
    track.setAttribute('aria-label', text('trackLabel', lane.name));
    track.dataset.kind = lane.kind;
    for (const segment of lane.segments) track.append(this.segmentBlock(lane, segment));
    row.append(track);
    return row;
  }

  private segmentBlock(lane: Lane, segment: LaidSegment): HTMLElement {
    const block = el('div', 'segment');
    block.append(el('span', 'label', segment.label));
    block.style.left = `${segment.left}%`;
    block.style.width = `${segment.width}%`;
    block.title = `${segment.title}\n${text('segmentHelp')}`;
    block.dataset.key = segment.key;
    block.tabIndex = 0;
    block.setAttribute('role', 'option');
    block.setAttribute('aria-selected', String(segment.key === this.selected));
    block.setAttribute('aria-label', text('segment', segment.label, clock(segment.atMs), clock(segment.atMs + segment.durationMs)));
    block.setAttribute('aria-description', text('segmentHelp'));
    if (segment.key === this.selected) block.classList.add('selected');
    this.drawMedia(lane, segment, block);
    // The grips are where an edge drag starts; the pointer's position decides (hitTest), they only show where.
    if (lane.kind === 'video' || lane.kind === 'text') block.prepend(el('span', 'grip start'), el('span', 'grip end'));
    return block;
  }

  /** A moment shows its thumbnails and its sound; a music file its sound. */
  private drawMedia(lane: Lane, segment: LaidSegment, block: HTMLElement): void {
    const visuals = segment.src ? this.visuals[segment.src] : undefined;
    const sourceMs = this.host.sourceMs(segment.src);
    if (!visuals || !sourceMs || (lane.kind !== 'video' && lane.kind !== 'audio')) return;
    const spanMs = segment.durationMs * segment.speed;
    if (lane.kind === 'video' && visuals.filmstrip) {
      const window = filmstripWindow(segment.inMs, spanMs, sourceMs);
      block.style.backgroundImage = `url("${visuals.filmstrip}")`;
      block.style.backgroundSize = `${window.sizePct}% 100%`;
      block.style.backgroundPosition = `${window.positionPct}% 0`;
      block.classList.add('filmstrip');
    }
    const wave = waveformPath(visuals.peaks, segment.inMs, spanMs, sourceMs);
    if (!wave.width) return;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'waveform');
    svg.setAttribute('viewBox', `0 0 ${wave.width} 1`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', wave.path);
    svg.append(path);
    block.append(svg);
  }

  private volumeControl(music: LaidSegment): HTMLElement {
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.className = 'volume';
    slider.min = '0';
    slider.max = '200';
    slider.step = '5';
    slider.value = String(Math.round((music.volume ?? 1) * 100));
    slider.setAttribute('aria-label', text('musicVolume'));
    slider.setAttribute('aria-valuetext', `${slider.value}%`);
    slider.title = `${text('musicVolume')}: ${slider.value}%`;
    // On release (change), not while sliding (input): one edit, one undo step.
    slider.addEventListener('input', () => slider.setAttribute('aria-valuetext', `${slider.value}%`));
    slider.addEventListener('change', () => this.host.edit([{ op: 'set_music_volume', volume: Number(slider.value) / 100 }]));
    return slider;
  }

  private blockOf(key: string): HTMLElement | null {
    return this.lanes.querySelector<HTMLElement>(`.segment[data-key="${key}"]`);
  }

  private select(key: string | undefined, focus = false): void {
    this.selected = key;
    for (const block of Array.from(this.lanes.querySelectorAll<HTMLElement>('.segment'))) {
      const on = block.dataset.key === key;
      block.classList.toggle('selected', on);
      block.setAttribute('aria-selected', String(on));
      if (on && focus) block.focus();
    }
    const chosen = this.selection();
    if (chosen) this.host.announce(text('selected', chosen.segment.label));
  }

  private context(segment: LaidSegment): DragContext {
    return { lanes: this.layout.lanes, durationMs: this.layout.durationMs, sourceMs: this.host.sourceMs(segment.src) };
  }

  private pointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    const track = (event.target as HTMLElement).closest<HTMLElement>('.track');
    const lane = this.layout.lanes.find((l) => l.kind === track?.dataset.kind);
    if (!track || !lane) return;
    const box = track.getBoundingClientRect();
    const scale = { widthPx: box.width, durationMs: this.layout.durationMs };
    const hit = hitTest(lane.segments, event.clientX - box.left, scale);
    if (!hit) return;
    const block = this.blockOf(hit.segment.key);
    if (!block) return;
    this.select(hit.segment.key, true);
    this.drag = { lane, segment: hit.segment, grip: hit.grip, startX: event.clientX, scale, block, moved: false };
    track.setPointerCapture(event.pointerId);
    event.preventDefault();
  }

  /** While dragging, the block is drawn where it would go; the edit is made on release. */
  private pointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag) return;
    const dx = event.clientX - drag.startX;
    if (!drag.moved && Math.abs(dx) < 3) return;
    drag.moved = true;
    const delta = this.snapped(drag, dx);
    const px = (ms: number) => (ms / (this.layout.durationMs || 1)) * 100;
    const { segment } = drag;
    const left = drag.grip === 'end' ? segment.atMs : segment.atMs + delta;
    const width = drag.grip === 'body' ? segment.durationMs : segment.durationMs + (drag.grip === 'end' ? delta : -delta);
    drag.block.style.left = `${px(left)}%`;
    drag.block.style.width = `${Math.max(0.5, px(width))}%`;
    drag.block.classList.add('dragging');
  }

  private pointerUp(event: PointerEvent): void {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag?.moved) return;
    const op = dragOp(drag.lane.kind, drag.segment, drag.grip, this.snapped(drag, event.clientX - drag.startX), this.context(drag.segment));
    if (op) this.host.edit([op]);
    else this.restore(drag);
  }

  private cancelDrag(): void {
    if (this.drag) this.restore(this.drag);
    this.drag = undefined;
  }

  private restore(drag: Drag): void {
    drag.block.style.left = `${drag.segment.left}%`;
    drag.block.style.width = `${drag.segment.width}%`;
    drag.block.classList.remove('dragging');
  }

  private snapped(drag: Drag, dx: number): number {
    const targets = snapTargets(this.layout.lanes, drag.segment, this.layout.durationMs, this.host.playheadMs());
    return snappedDelta(drag.segment, drag.grip, pxToMs(dx, drag.scale), targets, drag.scale);
  }

  private doubleClick(event: MouseEvent): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('.segment')?.dataset.key;
    const chosen = key ? this.selectionFor(key) : undefined;
    if (chosen?.lane.kind === 'text') this.editWords(chosen.segment);
  }

  private selectionFor(key: string): { lane: Lane; segment: LaidSegment } | undefined {
    this.selected = key;
    return this.selection();
  }

  /** A text's words edited in place: Enter applies (one edit_text), Escape or leaving the field cancels. */
  private editWords(segment: LaidSegment): void {
    const block = this.blockOf(segment.key);
    if (!block) return;
    const input = document.createElement('input');
    input.className = 'words';
    input.value = segment.text ?? '';
    input.maxLength = 300;
    input.setAttribute('aria-label', text('editWords'));
    let done = false;
    const finish = (apply: boolean) => {
      if (done) return;
      done = true;
      const text = input.value.trim();
      input.remove();
      block.focus();
      if (apply && text && text !== segment.text) this.host.edit([{ op: 'edit_text', index: segment.index, text }]);
    };
    input.addEventListener('keydown', (event) => {
      event.stopPropagation(); // the field's keys are words, not timeline shortcuts
      if (event.key === 'Enter') finish(true);
      if (event.key === 'Escape') finish(false);
    });
    input.addEventListener('blur', () => finish(false));
    block.append(input);
    input.focus();
    input.select();
  }

  /** The keys of a focused segment: the keyboard's way to every mouse action. */
  private segmentKey(event: KeyboardEvent): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('.segment')?.dataset.key;
    const chosen = key ? this.selectionFor(key) : undefined;
    if (!chosen) return;
    const { lane, segment } = chosen;
    let op: EditOp | undefined;
    let handled = true;
    if (event.key === 'Delete' || event.key === 'Backspace') op = deleteOp(lane.kind, segment);
    else if (event.key === '[' || event.key === ']') op = trimToPlayheadOp(lane.kind, segment, event.key === '[' ? 'start' : 'end', this.host.playheadMs(), this.context(segment));
    else if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) op = nudgeOp(lane.kind, segment, event.key === 'ArrowLeft' ? -1 : 1, this.context(segment));
    else if ((event.key === 'Enter' || event.key === 'F2') && lane.kind === 'text') this.editWords(segment);
    else if (event.key === 'Enter' || event.key === ' ') {
      if (event.key === ' ') handled = false; // Space stays play/pause
      else this.select(segment.key);
    } else handled = false;
    if (!handled) return;
    event.preventDefault();
    event.stopPropagation();
    if (op) this.host.edit([op]);
  }

  /** Click or drag on the ruler seeks; it is also a slider for the keyboard (the transport keys move it). */
  private wireRuler(): void {
    let seeking = false;
    const seekTo = (event: PointerEvent) => {
      const box = this.ruler.getBoundingClientRect();
      const ms = pxToMs(Math.min(box.width, Math.max(0, event.clientX - box.left)), { widthPx: box.width, durationMs: this.layout.durationMs });
      this.host.seek(ms);
    };
    this.ruler.addEventListener('pointerdown', (event) => {
      seeking = true;
      this.ruler.setPointerCapture(event.pointerId);
      seekTo(event);
    });
    this.ruler.addEventListener('pointermove', (event) => seeking && seekTo(event));
    this.ruler.addEventListener('pointerup', () => (seeking = false));
  }
}
