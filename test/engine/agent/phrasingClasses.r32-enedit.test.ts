import { table, nothing } from './phrasingTable';

/**
 * Round 32's English timeline, speed, history and export classes (own wordings, against a draft of 3 moments and 1
 * text), and the look-alikes that must stay as they were.
 */

describe('edit agent: round 32 English timeline, speed and export classes → exact operations or nothing', () => {
  describe('stretches named first, then "cut them all": all of what was named goes', () => {
    table([
      ['the parts where nothing happens, cut them all', [{ op: 'remove_dead_air' }]],
      ['the bits where nothin is happening, just me waiting for the oven, remove them all', [{ op: 'remove_dead_air' }]],
      ['all the pauses, cut em all out', [{ op: 'remove_dead_air' }]],
      ['the dead air, get rid of it all', [{ op: 'remove_dead_air' }]],
      ['the silent parts, take them all out', [{ op: 'remove_dead_air' }]],
      ['the places where nobody moves, delete them all please', [{ op: 'remove_dead_air' }]],
      ['the loading screens, just cut them all', [{ op: 'remove_dead_air' }]],
      ['where nothing happens, cut them all out', [{ op: 'remove_dead_air' }]],
      // Another part named first stays that part.
      ['the second clip, remove it all', [{ op: 'remove_moment', index: 2 }]],
      ['the music, cut it all out', [{ op: 'remove_music' }]],
      ['the titles, remove them all', [{ op: 'remove_text' }]],
    ]);
  });

  describe('where the work stops ("where my hands stop") is idle: sped up with all kept, or cut', () => {
    table([
      ['keep all of it but make the parts where my hands stop go faster', [{ op: 'speed_up_idle', factor: 4 }]],
      ['keep everything, just make the bits where I pause go quicker', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed up where the brush stops', [{ op: 'speed_up_idle', factor: 4 }]],
      ['make it faster where we pause', [{ op: 'speed_up_idle', factor: 4 }]],
      ['the parts where my hands stop, speed them up 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      ['fast forward the bits where I stop', [{ op: 'speed_up_idle', factor: 4 }]],
      ['where my hands stop, cut those', [{ op: 'remove_dead_air' }]],
      // Where the talking stops is a quiet stretch.
      ['speed up where I stop talking', [{ op: 'speed_up_idle', factor: 4 }]],
      ['cut the parts where I stop talking', [{ op: 'remove_dead_air' }]],
      ['make clip 2 faster', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(['cut the part where I stop the timer']);
  });

  describe('a speed shouted in capitals, its figure said after in words, is that figure', () => {
    table([
      ['UNDERWATER CLIP 2 SLOWER, HALF SPEED', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['CLIP 3 FASTER, DOUBLE SPEED', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['SLOW DOWN CLIP 1 TO HALF SPEED', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['MAKE THE WHOLE THING HALF SPEED', [{ op: 'set_speed', factor: 0.5 }]],
      ['clip 1 slower, half speed pls', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['half speed on the second clip', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ]);
    nothing(['UGH SO SLOW', 'WOW NICE', 'SO ANNOYING']);
  });

  describe('a moment said to be boring is why its speed changes, not the boring stretches', () => {
    table([
      ['clip 3 speed up 2x dat part boring', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['clip 2 speed up 3x its boring', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ["speed up clip 1 it's so boring", [{ op: 'set_speed', factor: 1.5, index: 1 }]],
      ['clip 1 faster 2x this part dull', [{ op: 'set_speed', factor: 2, index: 1 }]],
      // The boring stretches named are the idle ones.
      ['speed up the boring bits', [{ op: 'speed_up_idle', factor: 4 }]],
      ['fast forward the dull parts', [{ op: 'speed_up_idle', factor: 4 }]],
      ['the boring bits, speed them up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed the boring stuff up 3x', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
  });

  describe('two moments, each named then asked of "it", are two requests', () => {
    table([
      ['Clip 1 make it 5 seconds, clip 2 make it 6 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'trim_moment', index: 2, to_ms: 6000 }]],
      ['clip 1 make it 4 sec, clip 3 make it 8 sec', [{ op: 'trim_moment', index: 1, to_ms: 4000 }, { op: 'trim_moment', index: 3, to_ms: 8000 }]],
      ['the first clip cut it to 3 seconds, the second clip make it 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 3000 }, { op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['clip 2 make it shorter, clip 3 make it faster', [{ op: 'trim_moment', index: 2, by_ms: 2000 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['clip 1 make it 5 seconds, and clip 2 make it 6 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'trim_moment', index: 2, to_ms: 6000 }]],
      ['remove clip 1 and clip 2 make it 4 seconds', [{ op: 'remove_moment', index: 1 }, { op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['make clip 1 5 seconds, clip 2 stays', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
    ]);
  });

  describe('after a moment named by its place, a place alone is the next moment', () => {
    table([
      ['speed up clip 1 and delete the second', [{ op: 'set_speed', factor: 1.5, index: 1 }, { op: 'remove_moment', index: 2 }]],
      ['slow down clip 2, and remove the third', [{ op: 'set_speed', factor: 0.75, index: 2 }, { op: 'remove_moment', index: 3 }]],
      ['make clip 1 slower, and the last one faster', [{ op: 'set_speed', factor: 0.75, index: 1 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['speed up clip 3, the second stays', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
    ]);
  });

  describe('"get rid" said last is "get rid of it"', () => {
    table([
      ["don't want the middle clip, get rid", [{ op: 'remove_moment', index: 2 }]],
      ['the second clip, get rid', [{ op: 'remove_moment', index: 2 }]],
      ['the music, get rid', [{ op: 'remove_music' }]],
      ['divvent want the first clip, get rid', [{ op: 'remove_moment', index: 1 }]],
      ['get rid of the music', [{ op: 'remove_music' }]],
    ]);
  });

  describe('one thing in the picture given a pace of its own changes nothing; the video given one does', () => {
    table([
      ['make the video go slower', [{ op: 'set_speed', factor: 0.75 }]],
      ['make the clip go faster', [{ op: 'set_speed', factor: 1.5 }]],
      ['make the whole thing move faster', [{ op: 'set_speed', factor: 1.5 }]],
      ['make the intro go slower', [{ op: 'set_speed', factor: 0.75 }]],
      ['make it move faster', [{ op: 'set_speed', factor: 1.5 }]],
      ['make the demo go faster', [{ op: 'set_speed', factor: 1.5 }]],
      ['make the whole thing go a bit slower', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
    nothing(['can you make the arrow fly slower in the video, only the arrow and not me?', 'make the ball roll faster',
      'make the bird fly slower pls', 'make the car drive faster but not the people',
      'make the bikes go faster but not the marshals', 'make the runners run faster', 'make the horses race faster']);
  });

  describe('an export, then more after it ("and after it show me the tracks", "an export mp4 again")', () => {
    table([
      ['export mp4, and after it show me the tracks please', [{ op: 'export', format: 'mp4' }, { op: 'show_tracks' }]],
      ["export it and once it's done show me the timeline", [{ op: 'export', format: 'mp4' }, { op: 'show_tracks' }]],
      ['render a gif, after which undo the last change', [{ op: 'export', format: 'gif' }, { op: 'undo' }]],
      ['export 1080p, after this show me the tracks thanks', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'show_tracks' }]],
      ["export webm, once that's done export mp4 too", [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mp4' }]],
      ['take the background off an export mp4 again', [{ op: 'remove_background' }, { op: 'export', format: 'mp4' }]],
      ['mute it an export gif', [{ op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'gif' }]],
      ['remove the music an render mp4', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
      ['give me an export mp4', [{ op: 'export', format: 'mp4' }]],
      ['i want an export in 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
    nothing(['put the outro after it', 'move clip 3 after it']);
  });

  describe('"do" before a length or an article is a request, not a question', () => {
    table([
      ['do 25 seconds of the best stuff', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['start over, then do 25 seconds of the best stuff', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 25000 }]],
      ['do 30 seconds of highlights', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['do me a 45 sec cut', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['do the third clip in slow motion', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['Do the second clip at half speed', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ]);
    nothing(['do I need to export?', 'do the clips have sound', 'do you have music', 'do 25 seconds?', 'do the second clip in slow motion?', 'do the clips look ok']);
  });
});
