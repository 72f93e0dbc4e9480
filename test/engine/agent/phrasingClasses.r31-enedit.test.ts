import { nothing, table } from './phrasingTable';

/**
 * Round 31 (English edits): a stretch named by its noun between "take" and "out", a moment said to go to a position,
 * an undo counted with "time" left singular, a timeline noun typed as a sound-alike, and the fillers and dialect words
 * of approval that open a request in many languages' mouths.
 */

describe('edit agent: round 31, English edits', () => {
  describe('"take the bit from 0:05 to 0:08 out": a stretch named by its noun is cut', () => {
    table([
      ['take the part from 1:02 to 1:10 out', [{ op: 'cut_range', start_ms: 62000, end_ms: 70000 }]],
      ['take the section between 0:30 and 0:40 out', [{ op: 'cut_range', start_ms: 30000, end_ms: 40000 }]],
      ['take the whole chunk from 0:10 till 0:15 out pls', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['get the part from 0:05 to 0:08 out', [{ op: 'cut_range', start_ms: 5000, end_ms: 8000 }]],
      ['pull that boring bit from 0:40-0:52 out', [{ op: 'cut_range', start_ms: 40000, end_ms: 52000 }]],
      ['take that bit between 1:10 and 1:15 out pls', [{ op: 'cut_range', start_ms: 70000, end_ms: 75000 }]],
      ['get the stretch from 0:40 to 0:45 away', [{ op: 'cut_range', start_ms: 40000, end_ms: 45000 }]],
    ]);
    // The music there only, or what a text shows there, is no stretch of the timeline (not guessed at as one).
    nothing(['take the music from 0:05 to 0:08 out']);
  });

  describe('"the third clip go to position 2": a moment said to go to a place by its noun', () => {
    table([
      ['clip 3 goes in position 1', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the first clip should be in spot 3', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['the last clip sit at position 2', [{ op: 'move_moment', index: 3, to: 2 }]],
      ['the 2nd scene go to slot 1 pls', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['clip 1 come to position 3', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['can the 3rd clip go to spot 1', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    // Where a moment is, said, moves nothing; nor does a text put at a place.
    nothing(['clip 3 is in position 2', 'put the text at position 2', 'clip 2 at position 3 looks bad']);
  });

  describe('"undo 2 time": a count of steps with "time" left singular', () => {
    table([
      ['redo 2 time', [{ op: 'redo' }, { op: 'redo' }]],
      ['undo 3 time', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['undo it 2 time pls', [{ op: 'undo' }, { op: 'undo' }]],
      ['undo 2 time and redo', [{ op: 'undo' }, { op: 'undo' }, { op: 'redo' }]],
    ]);
  });

  describe('"the idol parts", "the second clop": a timeline noun typed as a sound-alike', () => {
    table([
      ['speed up idol bits pls', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed up the idol bits 6x', [{ op: 'speed_up_idle', factor: 6 }]],
      ['cut the idol time', [{ op: 'remove_dead_air' }]],
      ['remove clop 2', [{ op: 'remove_moment', index: 2 }]],
      ['the third clop go to position 1', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    nothing(['the idol parts are fine', 'add sound of a horse clop']);
  });

  describe('a filler or a dialect "great" opening the request is read away', () => {
    table([
      ['yalla the cake part, zoom in at 0:12', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['haan the kitchen part, zoom in at 0:05', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['ayy the cat part, zoom in at 0:04 for 2 seconds', [{ op: 'zoom_at', start_ms: 4000, duration_ms: 2000 }]],
      ['haan, export 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['ciò, remove the music', [{ op: 'remove_music' }]],
      ['lush, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['grand so, export it', [{ op: 'export', format: 'mp4' }]],
      ['mint, render 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['che, export gif', [{ op: 'export', format: 'gif' }]],
      ['sound, the music is too loud', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['hold on, undo that', [{ op: 'undo' }]],
      ['pls do the needful and remove clip 2', [{ op: 'remove_moment', index: 2 }]],
    ]);
    // The same words asking for something are still read: "sound off", "tidy up the ending" (not known: left unread).
    table([['sound off', [{ op: 'set_source_volume', volume: 0 }]]]);
    nothing(['tidy up the ending']);
  });

  describe('"remove clip 1, the third clip moved first": moments listed each with what is done to it are edits of their own', () => {
    table([
      ['remove clip 1, the third clip moved first', [{ op: 'remove_moment', index: 1 }, { op: 'move_moment', index: 3, to: 1 }]],
      ['clip 2 out, clip 3 moved first', [{ op: 'remove_moment', index: 2 }, { op: 'move_moment', index: 3, to: 1 }]],
      ['clip 1 shorter, clip 3 out', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'remove_moment', index: 3 }]],
      ['make it square, the second clip 4 seconds long', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'trim_moment', index: 2, to_ms: 4000 }]],
      // (numbered in the draft the user sees: clip 2 is first once clip 1 went to the end, and stays there; round 51)
      ['move clip 1 to the end, clip 2 first', [{ op: 'move_moment', index: 1, to: 3 }, { op: 'move_moment', index: 1, to: 1 }]],
      ['clip 3 out, the first clip moved last', [{ op: 'remove_moment', index: 3 }, { op: 'move_moment', index: 1, to: 3 }]],
      ['the second clip moved after the third', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    nothing(['i moved the first clip last time']);
  });

  describe('"…, jist set the resolution": "just" as it is spelled opens a request after a comma', () => {
    table([
      ["don't export it yet, jist set the resolution to 720p", [{ op: 'set_resolution', resolution: '720p' }]],
      ['dinna export it yet, jist set the resolution tae 720p', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
  });
});
