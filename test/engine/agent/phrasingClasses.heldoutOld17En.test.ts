import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes older held-out sets (11 to 16b, English) still read wrong or asked about, taken in round 17:
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing (or something else).
 */

describe('edit agent: phrasing classes of held-out 11–16b (English) left by earlier rounds', () => {
  describe('"shorten it N seconds" after a moment named: an amount taken off, not the length it ends at', () => {
    table([
      ['clip 2 drags, shorten it 3 secs', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['third clip too slow, shorten that one 4 seconds', [{ op: 'trim_moment', index: 3, by_ms: 4000 }]],
      ['the opening clip is long, shorten it 2s pls', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['the middle clip is so long, can you shorten it 1.5 seconds', [{ op: 'trim_moment', index: 2, by_ms: 1500 }]],
      ['the last clip goes on forever, shorten it by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
    ]);
    // The length it ends at, said with "to": still that length.
    table([
      ['the middle clip so long, shorten it to 3 seconds', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ['the first clip is long, shorten it down to 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
    ]);
    nothing(['clip 2 is long, don\'t shorten it 3 seconds', 'clip 2 is long, should I shorten it 3 seconds?']);
  });

  describe('a file said by its size, then "and a <format>": two files', () => {
    table([
      ['export it in 4k and a gif too', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'gif' }]],
      ['please render in 1080p and also a webm version', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'webm' }]],
      ['export the 4k file and a gif copy for slack', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'gif' }]],
    ]);
    // One file, its format said "as" a gif, or beside its size: one export.
    table([
      ['export in 4k and as a gif', [{ op: 'export', format: 'gif', resolution: '4k' }]],
      ['export it in 4k, as a gif', [{ op: 'export', format: 'gif', resolution: '4k' }]],
      ['export a 4k gif', [{ op: 'export', format: 'gif', resolution: '4k' }]],
    ]);
  });

  describe('the music just added, then set to a bare figure ("set it to fifteen"): its level out of a hundred', () => {
    table([
      ['add the lofi at 20%, then set it to twelve', [{ op: 'add_music', track: 'lofi', volume: 0.12, duck: true }]],
      ['add music. set it to 25', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['put some music on, then make it 10', [{ op: 'add_music', track: 'lofi', volume: 0.1, duck: true }]],
      ['add music at 30 percent, afterwards bring it to twenty', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['set the music to 40', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['make the music 15', [{ op: 'set_music_volume', volume: 0.15 }]],
    ]);
    // A figure with a unit of time or speed is not a level; a word that is no figure sets none.
    table([
      ['add music then set it to 15 seconds', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'compile_best_moments', target_ms: 15000 }]],
      ['add music then set it to 2x', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_speed', factor: 2 }]],
    ]);
    nothing(['set the music to jazz', 'make the music the same']);
  });

  describe('stretches where nothing happens, named, then "speed those (bits) up": the idle stretches sped up', () => {
    table([
      ['the app is loading forever in places, speed those bits up pls', [{ op: 'speed_up_idle', factor: 4 }]],
      ['honestly where nothing moves it\'s boring. speed em up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['when I\'m just waiting, speed the parts up 6x', [{ op: 'speed_up_idle', factor: 6 }]],
      ['nothing happens for ages in the middle, speed those up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['where the screen is static, speed dem up, like 3 times', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
    // A moment named, or a stretch where something happens: no idle stretches.
    table([
      ['the second clip, speed it up', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(['where nothing happens, don\'t speed those up', 'the loading bits, dont speed them up', 'where nothing happens, don\'t speed up']);
  });

  describe('a transition (or fade) asked, how it should feel, then a length: the transition\'s length, no clip\'s', () => {
    table([
      ['crossfades please, nice and slow, 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
      ['add crossfades, make them smooth, 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
      ['dissolves between the shots, really gentle, 1 second', [{ op: 'crossfade', ms: 1000 }]],
      ['add a fade in, nice and slow, 2 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['fade the music in, soft, 2 seconds', [{ op: 'fade', target: 'music', in_ms: 2000 }]],
    ]);
    // A length no transition has, or a clip named: the clip's length.
    table([
      ['add crossfades, then make it slow, 20 seconds', [{ op: 'crossfade', ms: 500 }, { op: 'compile_best_moments', target_ms: 20000 }]],
      ['add a fade in, make it 30 seconds', [{ op: 'fade', target: 'clip', in_ms: 1000 }, { op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('"fade away" is a fade out', () => {
    table([
      ['fade up from black over 2 seconds and fade away over 3 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }]],
      ['fade in 2s, fade away 3s', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }]],
      ['let the picture fade in over 1 second and fade it away over 2', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 2000 }]],
      ['fade the music away over 4 seconds', [{ op: 'fade', target: 'music', out_ms: 4000 }]],
    ]);
    // "the fade away": the fade taken away, both ends.
    table([
      ['take the fades away', [{ op: 'fade', target: 'clip', in_ms: 0, out_ms: 0 }]],
    ]);
  });

  describe('the music just added (a file or a bed), then "use it / put it at N percent": its level', () => {
    table([
      ['I uploaded song.mp3, use it at 30%', [{ op: 'add_music', track: 'song.mp3', volume: 0.3, duck: true }]],
      ['here\'s my track beat.mp3, put it at 20 percent', [{ op: 'add_music', track: 'beat.mp3', volume: 0.2, duck: true }]],
      ['add some lofi, keep it at 15 percent', [{ op: 'add_music', track: 'lofi', volume: 0.15, duck: true }]],
      ['add music, have it at 10%', [{ op: 'add_music', track: 'lofi', volume: 0.1, duck: true }]],
    ]);
    // A speed said of "it" is the video's; a share "of the video" is no level.
    table([
      ['add music, then play it at 2x', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_speed', factor: 2 }]],
    ]);
  });

  describe('a level said as a figure before "gain" or "volume" ("at 0.3 gain", "at 40 volume")', () => {
    table([
      ['put the lofi track in at 40 volume', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
      ['add lofi at .25 gain please', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['set the music to 0.2 gain', [{ op: 'set_music_volume', volume: 0.2 }]],
    ]);
    // A step down, or a figure no level is: no level.
    table([
      ['turn the music down 1 level', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });

  describe('"N seconds at the start / end": a length at that end of the clip (a text shown so long, a stretch cut)', () => {
    table([
      ['add a caption \'Hi\' at the bottom, 4 seconds at the start', [{ op: 'add_text', text: 'Hi', style: 'caption', anchor: 'start', duration_ms: 4000, position: 'bottom' }]],
      ['add title \'Sale\', 3 secs at the beginning', [{ op: 'add_text', text: 'Sale', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['put the text \'Thanks\' up 5 seconds at the very end', [{ op: 'add_text', text: 'Thanks', style: 'title', anchor: 'end', duration_ms: 5000 }]],
      ['cut 3 seconds at the start', [{ op: 'cut_range', start_ms: 0, end_ms: 3000 }]],
      ['remove 2 seconds at the beginning', [{ op: 'cut_range', start_ms: 0, end_ms: 2000 }]],
    ]);
    // A fade's own length at its end stays the fade's; "in 5 seconds" said in a text's words is no length.
    table([
      ['fade in 2 seconds at the start', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['add text that says ready in 5 seconds at the end', [{ op: 'add_text', text: 'ready in 5 seconds', style: 'title', anchor: 'end' }]],
    ]);
  });

  describe('the music said as what stays ("only music", "just the music", "but the music") is no music removed', () => {
    table([
      ['mute the voice, only music', [{ op: 'set_source_volume', volume: 0 }]],
      ['no music, only my voice', [{ op: 'remove_music' }]],
    ]);
    nothing(['no video sound, just the music', 'remove everything but the music', 'delete all audio except the music']);
  });
});
