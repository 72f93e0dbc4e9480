/**
 * What each sampled interval's change looks like: typing, a moving cursor, a click, or a broad change (scrolling, a
 * video playing, a new page). Pure: the change meter's per-interval share and box in, one label per interval out.
 * The labels feed both the zoom plan (where to look) and best moments (typing without narration is not idle).
 *
 * Measured on generated walkthroughs at 160x90 and 4 samples/s: a moving cursor changes 2-6 new pixels per sample
 * in a box about 2x3 pixels; typing 2-10 in a box one text line high that starts where the last one ended; a
 * blinking caret returns to a recent state and changes nothing (see screenChange.ts).
 */
import type { Box } from './screenChange';

export type Action = 'typing' | 'cursor' | 'click' | 'broad';

/** A change over this share of the pixels is not a spot: scrolling and video change 5-45 %, a cursor 0.1 %. */
const BROAD_SHARE = 0.01;
/** ...nor one whose box spans this much of the frame (two spots far apart, or a large panel redrawn). */
const BROAD_AREA = 0.12;
/** Typing stays on a text line: its box is at most this high (a 60 px field on 1080 is 0.056)... */
const LINE_HEIGHT = 0.08;
/** ...its centre within this of the last typed box's (vertically)... */
const SAME_LINE = 0.03;
/** ...and it starts at most this far from where the last one ended (a few characters, or the same ones re-typed). */
const NEXT_TO = 0.04;
/** How long a stopped cursor is remembered as "where a click could land", in samples (one second). */
const CLICK_MEMORY = 4;
/** A click's change touches where the cursor stopped, within this margin. */
const CLICK_REACH = 0.03;

export function classifyActions(change: readonly number[], region: readonly (Box | null)[], sceneCut: readonly boolean[]): (Action | null)[] {
  const actions: (Action | null)[] = [];
  let lastSpot: { box: Box; k: number; action: Action } | undefined;
  let cursorStop: { box: Box; k: number } | undefined;
  change.forEach((share, k) => {
    const box = region[k] ?? null;
    if (!box || share <= 0) {
      // The cursor was last seen moving and is now still: where it rests is where a click would land.
      if (lastSpot?.action === 'cursor' && lastSpot.k === k - 1) cursorStop = { box: lastSpot.box, k };
      actions.push(null);
      return;
    }
    if (sceneCut[k] || share >= BROAD_SHARE || box[2] * box[3] >= BROAD_AREA) {
      // A dense change in a compact region under the stopped pointer (a menu opening) is a click; a new page is not.
      const clicked = cursorStop && k - cursorStop.k <= CLICK_MEMORY && touches(box, cursorStop.box) && !sceneCut[k] && area(box) < BROAD_AREA;
      actions.push(clicked ? 'click' : 'broad');
      cursorStop = undefined;
      lastSpot = undefined;
      return;
    }
    const previous = lastSpot && k - lastSpot.k <= 2 ? lastSpot : undefined;
    const typing = box[3] <= LINE_HEIGHT && previous !== undefined && continuesLine(previous.box, box);
    const clicked = !typing && cursorStop !== undefined && k - cursorStop.k <= CLICK_MEMORY && touches(box, cursorStop.box) && box[2] * box[3] > area(cursorStop.box) * 2;
    const action: Action = typing ? 'typing' : clicked ? 'click' : 'cursor';
    // A spot that starts a line of typing was typing too: relabel it, so the first characters are not a "cursor".
    if (typing && previous?.action === 'cursor' && actions[previous.k] === 'cursor') actions[previous.k] = 'typing';
    actions.push(action);
    if (action !== 'cursor') cursorStop = undefined;
    lastSpot = { box, k, action };
  });
  return actions;
}

/** The new box sits on the last one's text line and begins about where that one ended (or inside it: a re-typed character). */
function continuesLine(last: Box, next: Box): boolean {
  const sameLine = Math.abs(last[1] + last[3] / 2 - (next[1] + next[3] / 2)) <= SAME_LINE;
  const lastEnd = last[0] + last[2];
  return sameLine && next[0] >= last[0] - NEXT_TO && next[0] <= lastEnd + NEXT_TO;
}

function touches(box: Box, spot: Box): boolean {
  return box[0] <= spot[0] + spot[2] + CLICK_REACH && spot[0] <= box[0] + box[2] + CLICK_REACH &&
    box[1] <= spot[1] + spot[3] + CLICK_REACH && spot[1] <= box[1] + box[3] + CLICK_REACH;
}

const area = (box: Box) => box[2] * box[3];

/** Interactions: what a person does on screen, as opposed to what the screen does by itself (a video, a page load). */
export const isInteraction = (action: Action | null): boolean => action === 'typing' || action === 'cursor' || action === 'click';
