import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 21, the frame and the file (English): each class a way of asking, read in new wordings of it (against a draft
 * of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const ZOOM_OFF = { op: 'set_zoom', mode: 'off' } as const;
const LETTERBOX = { op: 'set_fill', fill: 'letterbox' } as const;

describe('edit agent: round 21, the frame and the file → exact operations or nothing', () => {
  describe('what the wider picture shows, wished beside a zoom taken off or down (or nothing cropped beside bars), is why', () => {
    table([
      ['zoom off, I want the whole kitchen in the frame', [ZOOM_OFF]],
      ['stop zooming, we need to see the whole whiteboard', [ZOOM_OFF]],
      ['zoom out a bit, I want to see the entire dashboard', [{ op: 'set_zoom', mode: 'less' }]],
      ["turn the zoom off, I'd like the full skyline visible", [ZOOM_OFF]],
      ['no zoom please, need to see my whole desk', [ZOOM_OFF]],
      ['use black bars, I need no part of the slide cut off', [LETTERBOX]],
      ['letterbox it, I want nothing cropped', [LETTERBOX]],
    ]);
    // Alone, the wish asks for nothing; beside a zoom in, or with a change in it, it is no reason.
    nothing(['I want the whole forest', 'I need the whole core tray visible', 'I want no part of the map cropped']);
    it('leaves a change said in the wish unread', () => {
      for (const phrase of ['zoom off, I want the whole title bigger', 'zoom in, I want the whole face', 'crop it, I want nothing cropped']) {
        assert.notDeepEqual(understood(phrase).unknown, [], phrase);
      }
    });
  });

  describe('a picture put behind the recording by its file, "on background", or the default asked after a kind not built in', () => {
    table([
      ['place the beach photo, beach.jpg, behind the video', [{ op: 'set_background', background: 'beach.jpg' }]],
      ['put my logo.png behind the recording please', [{ op: 'set_background', background: 'logo.png' }]],
      ['set our office photo office.jpeg behind the footage', [{ op: 'set_background', background: 'office.jpeg' }]],
      ['stick it on background', [{ op: 'set_background', background: 'aurora' }]],
      ['put it on background, the image I just uploaded', [{ op: 'set_background', background: 'image' }]],
      ['a grey background, the default one', [{ op: 'set_background', background: 'aurora' }]],
    ]);
    nothing(['the photo of me behind the desk is blurry', 'put the title behind the video', 'a white background']);
  });

  describe('an export asked by its format and who it is for, handed over "unto me", or by the verb of another language', () => {
    table([
      ['webm pls for the website', [{ op: 'export', format: 'webm' }]],
      ['mp4 please for the client', [{ op: 'export', format: 'mp4' }]],
      ['deliver it to me as a webm', [{ op: 'export', format: 'webm' }]],
      ['send the movie to us in mp4', [{ op: 'export', format: 'mp4' }]],
      ['exportiere als mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['gif for the intro', 'the file is a gif']);
  });

  describe('a request said as an attempt at it ("have a go at exporting") is the request', () => {
    table([
      ['have a stab at exporting, gif is fine', [{ op: 'export', format: 'gif' }]],
      ['take a crack at exporting it as webm', [{ op: 'export', format: 'webm' }]],
      ['give it a try at removing clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['take a shot at muting the video', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['I had a go at exporting it', 'i had a go at exporting yesterday']);
  });

  describe('a length asked of "it" after a part named (not read alone) is that part\'s, when the part takes a length (no moment)', () => {
    table([
      ['the crossfades feel sluggish, cut them to 250ms', [{ op: 'crossfade', ms: 250 }]],
      ['the dissolves are way too long, cut them to 300ms', [{ op: 'crossfade', ms: 300 }]],
      ['the transitions are too slow, bring them down to 0.3 seconds', [{ op: 'crossfade', ms: 300 }]],
      ['the dissolve is too slow, cut it to 0.2 seconds', [{ op: 'crossfade', ms: 200 }]],
      // The music takes no length: "cut it to 20 seconds" is the clip's, never the music taken out.
      ['the music is too long, cut it to 20 seconds', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    nothing(['the crossfade is too slow']);
  });
  describe('what the user looks over, said beside a step back, forward or the tracks shown ("I need to check the text timings"), is why', () => {
    table([
      ['show me the tracks, I want to check the captions', [{ op: 'show_tracks' }]],
      ['undo, I need to check something', [{ op: 'undo' }]],
      ['redo it, we need to review the changes', [{ op: 'redo' }]],
      ['undo that, I want to check the order first', [{ op: 'undo' }]],
    ]);
    it('leaves a change wished beside them unread', () => {
      assert.notDeepEqual(understood('show the tracks, I want to see the text bigger').unknown, []);
    });
  });

  describe('the pace a change of the timeline is for, by a likeness or kept ("keep it punchy"), is why', () => {
    table([
      ['half second crossfades, quick like the beat', [{ op: 'crossfade', ms: 500 }]],
      ['no transitions, keep it snappy', [{ op: 'crossfade', ms: 0 }]],
      ['speed up clip 2, keep it tight', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    it('leaves it unread beside another part', () => {
      assert.notDeepEqual(understood('add music, keep it punchy').unknown, []);
    });
  });
});
