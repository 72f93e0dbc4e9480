import type { Draft, Zoom } from '../../protocol';
import { MAX_ZOOM } from '../analysis/zoomPlan';
import type { EditContext } from './applyEdit';
import { EditError } from './applyEdit';

/** "less zoom" / "more zoom" change every zoom's factor by this much. */
const STEP = 1.25;
/** "less zoom" never goes below this: closer to 1 the zoom reads as a mistake, "no zoom" is the way out. */
const LEAST_ZOOM = 1.15;

/** Auto-zoom on with these zooms. Fills that are not a chosen crop or bars follow the action in other shapes. */
export function withZooms(draft: Draft, zooms: Zoom[]): Draft {
  const fill = draft.m?.fill === 'letterbox' || draft.m?.fill === 'crop' ? draft.m.fill : 'follow';
  return { ...draft, m: { ...draft.m, zoom: 'auto', zooms, fill } };
}

/** "no zoom", "less zoom", "more zoom" (and "auto zoom" with the zooms already found): pure, on the draft's zooms. */
export function rezoom(draft: Draft, mode: 'auto' | 'less' | 'more' | 'off', context: EditContext): Draft {
  if (mode === 'off') {
    const fill = draft.m?.fill === 'follow' ? 'blur' : draft.m?.fill;
    return { ...draft, m: { ...draft.m, zoom: 'off', ...(fill ? { fill } : {}) } };
  }
  const zooms = draft.m?.zooms ?? [];
  if (zooms.length === 0) {
    throw new EditError('There is no zoom to change yet: say "auto zoom" first.', '还没有缩放可以调整：先说“自动缩放”。');
  }
  if (mode === 'auto') return withZooms(draft, zooms);
  const step = mode === 'less' ? 1 / STEP : STEP;
  return withZooms(draft, zooms.map((zoom) => {
    const source = context.media.find((m) => m.id === zoom.src);
    return source?.width && source.height ? scaled(zoom, step, source.width, source.height) : zoom;
  }));
}

/** The zoom's factor times `step` (between LEAST_ZOOM and MAX_ZOOM), around the same centre, inside the frame. */
function scaled(zoom: Zoom, step: number, width: number, height: number): Zoom {
  const factor = Math.min(MAX_ZOOM, Math.max(LEAST_ZOOM, (width / zoom.w) * step));
  const even = (n: number) => 2 * Math.round(n / 2);
  const [w, h] = [even(width / factor), even(height / factor)];
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)));
  return { ...zoom, w, h, x: clamp(zoom.x + zoom.w / 2 - w / 2, width - w), y: clamp(zoom.y + zoom.h / 2 - h / 2, height - h) };
}
