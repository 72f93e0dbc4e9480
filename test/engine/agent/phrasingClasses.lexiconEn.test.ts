import { nothing, table } from './phrasingTable';

/**
 * Everyday English words for the core requests that no phrasing set happened to hold (issue 13, "Words"): a part
 * left out, dumped or not needed; a stretch lost or chopped out by its times; a clip shoved or dragged, an order
 * flipped; "quicker"; the quiet bits and pauses chopped or tightened up; cuts softened, clips blended; a push-in; the
 * layers; the title swapped for new words; the whole thing used or left in; music cranked or popped on; gimme, lemme, wanna. With their refusals and questions,
 * which change nothing (the everyday verbs refused as the usual ones are: "don't lose the first clip").
 */
const crossfade = [{ op: 'crossfade', ms: 500 } as const];

describe('edit agent: everyday English words for the core requests → exact operations', () => {
  describe('a moment left out, dumped, or said not to be needed is removed', () => {
    table([
      ['leave out the first clip', [{ op: 'remove_moment', index: 1 }]],
      ['dump clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['get shot of the second clip', [{ op: 'remove_moment', index: 2 }]],
      ["i don't need the second clip", [{ op: 'remove_moment', index: 2 }]],
      ["don't want the first part", [{ op: 'remove_moment', index: 1 }]],
      ["we don't need clip 3", [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing([
      "don't leave out the first clip", 'should i leave out clip 2?', "don't lose the first clip", "don't dump clip 3",
      "we won't lose the first clip, right?", "i don't need the second clip to be shorter", "don't get shot of the second clip",
    ]);
  });

  describe('a stretch lost, ditched or chopped out by its times is cut', () => {
    table([
      ['chop out 1:00-1:20', [{ op: 'cut_range', start_ms: 60000, end_ms: 80000 }]],
      ['lose 0:12-0:14', [{ op: 'cut_range', start_ms: 12000, end_ms: 14000 }]],
      ['ditch 0:40 to 0:45', [{ op: 'cut_range', start_ms: 40000, end_ms: 45000 }]],
    ]);
    nothing(["don't lose 0:12-0:14"]);
  });

  describe('a clip shoved, dragged or slid somewhere is moved; an order flipped, swapped', () => {
    table([
      ['shove the third clip to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['drag the second clip to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['slide clip 1 to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['flip the order of clips 1 and 2', [{ op: 'move_moment', index: 1, to: 2 }]],
    ]);
    nothing(["don't drag the second clip to the end", 'never shove clip 1 to the end']);
  });

  describe('"quicker" is faster', () => {
    table([['make it go quicker', [{ op: 'set_speed', factor: 1.5 }]], ['play it quicker', [{ op: 'set_speed', factor: 1.5 }]]]);
    nothing(['why is it quicker?', 'is it quicker to export as gif?']);
  });

  describe('the quiet bits and pauses chopped out or tightened up are dead air', () => {
    table([
      ['tighten up the pauses', [{ op: 'remove_dead_air' }]],
      ['skip the quiet bits', [{ op: 'remove_dead_air' }]],
      ['chop out the silent bits', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['keep the quiet bits', 'the pauses are fine', 'i like the pauses']);
  });

  describe('cuts softened or smoothed out, clips blended, are crossfades', () => {
    table([
      ['soften the cuts', crossfade], ['blend the clips together', crossfade], ['smooth out the cuts', crossfade],
    ]);
    nothing(["don't soften the cuts", 'what does blend do?', "don't crossfade the clips"]);
  });

  describe('a push-in at a time is a zoom there; the layers are the tracks', () => {
    table([
      ['push in at 0:12', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['let me see the layers', [{ op: 'show_tracks' }]],
    ]);
    nothing(['never push in at 0:12', 'never punch in at 0:12']);
  });

  describe('a title swapped or switched for new words is edited, not added', () => {
    table([
      ['swap the title text for "Bye"', [{ op: 'edit_text', text: 'Bye' }]],
      ['switch the caption to "Bye"', [{ op: 'edit_text', text: 'Bye' }]],
    ]);
  });

  describe('the whole thing used is everything kept; music cranked is louder', () => {
    table([
      ['use the whole thing', [{ op: 'keep_everything' }]],
      ['crank the tunes', [{ op: 'set_music_volume', change: 'louder' }]],
      ['crank the tunes down', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(["don't use the whole thing", "don't use the whole video", 'no need to use the whole thing']);
  });

  describe('everything left in is kept; spoken contractions typed as said; "zoom in less" is less', () => {
    table([
      ['leave everything in', [{ op: 'keep_everything' }]],
      ['gimme an mp4', [{ op: 'export', format: 'mp4' }]],
      ['can i get the file', [{ op: 'export', format: 'mp4' }]],
      ['lemme see the tracks', [{ op: 'show_tracks' }]],
      ['i wanna make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['zoom in less', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
    nothing(["don't leave everything in", 'can i get the file shorter']);
  });

  describe('the end of a clip trimmed is its end (its start not guessed at, nor a compilation); a second snipped off', () => {
    table([
      ['trim the end of clip 1', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['trim the end of the second clip', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['snip a second off clip 2', [{ op: 'trim_moment', index: 2, by_ms: 1000 }]],
      ['spit out an mp4', [{ op: 'export', format: 'mp4' }]],
      ['kick out a gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['trim the start of clip 2', "don't trim the end of clip 1"]);
  });

  describe('the original sound brought back is unmuted; refused, nothing', () => {
    table([
      ['bring the original audio back', [{ op: 'set_source_volume', volume: 1 }]],
      ['put my mic audio back', [{ op: 'set_source_volume', volume: 1 }]],
    ]);
    nothing(["don't bring the original audio back", "don't restore the original audio", "don't unmute my voice", 'bring the original audio back in at 0:10']);
  });

  describe('music popped on is music put on, not pop music', () => {
    table([
      ['pop some music on', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['pop music please', [{ op: 'add_music', track: 'upbeat', volume: 0.35, duck: true }]],
    ]);
  });
});
