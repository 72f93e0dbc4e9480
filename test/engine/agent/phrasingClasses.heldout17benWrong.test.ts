import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 17b (English) read wrong (an edit not asked) or asked about first: each case asserts
 * the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 17b (English) read wrong', () => {
  describe('a WhatsApp status is where the clip goes, no status of the edit asked (nor a shape: it shows any)', () => {
    table([
      ['make it square for my whatsapp status', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['for WA status, 15 seconds', [{ op: 'compile_best_moments', target_ms: 15000 }]],
      ['a 20 second clip for whatsapp status', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ["I'll post it on my status, vertical pls", [{ op: 'set_aspect', aspect: '9:16' }]],
      ['export a gif for my whatsapp status', [{ op: 'export', format: 'gif' }]],
      ['show me the status', [{ op: 'show_tracks' }]],
    ]);
    nothing(['post it on my status']);
  });

  describe('the export put off ("export later", "render tomorrow"): no export now', () => {
    table([
      ['4k please, export later', [{ op: 'set_resolution', resolution: '4k' }]],
      ['set it to 1080p, export it later myself', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['vertical now, render tomorrow', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it square then export', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['we can render it afterwards', 'render it another time']);
  });

  describe('"output" a file of a resolution or format: an export', () => {
    table([
      ['output a 1080p file please', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['output me a 4k version', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['output the final 720p video', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['output an mp4 file', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['the output quality was bad yesterday']);
  });

  describe("the user's own export as a time ('before I export, …', '… before we render it'): no export asked", () => {
    table([
      ['show me the tracks before I export', [{ op: 'show_tracks' }]],
      ['before we render it, make the music quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ["add a title 'Hi' before I send it out", [{ op: 'add_text', text: 'Hi', style: 'title' }]],
      ['before i export: undo', [{ op: 'undo' }]],
      ['before you export, remove clip 1', [{ op: 'remove_moment', index: 1 }, { op: 'export', format: 'mp4' }]],
      ['before exporting, add music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('bars named alone as the fill chosen ("and bars", "go with bars", "square with bars, not blur")', () => {
    table([
      ['make it square with bars, not blur', [{ op: 'set_aspect', aspect: '1:1', fill: 'letterbox' }]],
      ['16:9 and bars rather than the blur', [{ op: 'set_aspect', aspect: '16:9', fill: 'letterbox' }]],
      ['vertical, bars please', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['go with bars', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    table([['make it square, no bars', [{ op: 'set_aspect', aspect: '1:1' }]]]);
    nothing(['the progress bars were slow yesterday']);
  });

  describe('a fill complained of ("the blur on the sides is ugly"), then the fill wished after the comma', () => {
    table([
      ['ugh, the blur on the sides is ugly, black bars better', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['the blur on the sides is too busy, black bars better', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['oh man, blur looks cheap, go with bars', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['the black bars look too thick, blur instead', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['the blur is ugly, blur is fine', 'the black bars are way too thick']);
  });

  describe('a heading before a colon ("Final answer:", "My list:"), then the request it heads', () => {
    table([
      ['idle bits: speed them up 6x', [{ op: 'speed_up_idle', factor: 6 }]],
      ['final call: undo twice', [{ op: 'undo' }, { op: 'undo' }]],
      ['My answer: undo', [{ op: 'undo' }]],
      ['Last thing: redo', [{ op: 'redo' }]],
      ["Okay here's the plan: undo", [{ op: 'undo' }]],
      ['caption: hello there', [{ op: 'add_text', text: 'hello there', style: 'caption' }]],
      ['music: 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
    nothing(['Final answer: no changes']);
  });

  describe('a moment said with where it goes as a participle ("the third clip moved first")', () => {
    table([
      ['clip 3 moved first please', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the last clip put first', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    nothing(['the clip I moved first was fine']);
  });

  describe('a close-up the footage has ("that one has the tofu close up") is no zoom', () => {
    table([
      ['third clip to the start, that one has the close up of the noodles', [{ op: 'move_moment', index: 3, to: 1 }]],
      ["move clip 3 to the start, it's the one with the close-up", [{ op: 'move_moment', index: 3, to: 1 }]],
      ['clip 2 shows the close up of the dough, cut it', [{ op: 'remove_moment', index: 2 }]],
      ['add a close up on the logo', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('what happens in a moment, said after it ("the first clip, where I take off the fabric, …"), asks nothing', () => {
    table([
      ['trim the second clip, where I fumble with the cable, by 2 seconds', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['clip 3, when we cut the cake, should come first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the last scene, where my dog runs off, remove it', [{ op: 'remove_moment', index: 3 }]],
      ['the first clip, where I take off the old cover, is boring, make it 2x', [{ op: 'set_speed', factor: 2, index: 1 }]],
    ]);
    nothing(['the first clip, where I take off the old cover, is boring']);
  });

  describe('a picture the user uploaded, put behind the footage, is the backdrop ("I just upload" too)', () => {
    table([
      ['put the picture I uploaded behind the video', [{ op: 'set_background', background: 'image' }]],
      ['stick my photo behind the footage', [{ op: 'set_background', background: 'image' }]],
      ['a background with the pic I just upload', [{ op: 'set_background', background: 'image' }]],
      ['use the sunset picture behind the video', [{ op: 'set_background', background: 'sunset' }]],
    ]);
    nothing(['put a picture behind it', 'the photo behind me is blurry']);
  });

  describe('"no fades" beside hard cuts: the transitions between clips said again, not the clip\'s ends', () => {
    table([
      ['no fades, just hard cuts', [{ op: 'crossfade', ms: 0 }]],
      ['hard cuts only and no fading please', [{ op: 'crossfade', ms: 0 }]],
      ['straight cuts between the shots, no fadey business', [{ op: 'crossfade', ms: 0 }]],
      ['hard cuts, and no fade at the end', [{ op: 'crossfade', ms: 0 }, { op: 'fade', target: 'clip', out_ms: 0 }]],
      ['no fades anywhere', [{ op: 'fade', target: 'clip', in_ms: 0, out_ms: 0 }]],
    ]);
  });

  describe('a timelapse named as what a part shows ("the timelapse part is slow") asks for no speed-up of idle stretches', () => {
    table([
      ['that timelapse bit drags, clip 2, speed it to 3x', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['timelapse the boring bits', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['the timelapse section is slow', 'my timelapse is slow']);
  });

  describe('a file said alone after the requests ("…, then the MP4"): the export', () => {
    table([
      ['add music, then the MP4.', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
      ['make it square; then the gif', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'gif' }]],
      ['trim clip 2, and then the mov please', [{ op: 'trim_moment', index: 2, by_ms: 2000 }, { op: 'export', format: 'mov' }]],
    ]);
    nothing(['the mp4 was too big', 'I liked the gif']);
  });

  describe('another file at another resolution after an export ("and then another in 1080"): a second export', () => {
    table([
      ['export 720p and another in 1080p', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export a 720p, then another at 4k', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export 1080p, then one more at 720p', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['export at 720p, a second copy in 1080p', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export it, and another in 4k', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export an mp4, 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe('two clock times joined by "up to" ("cut 0:31 up to 0:36")', () => {
    table([
      ['remove 1:10 up to 1:20', [{ op: 'cut_range', start_ms: 70000, end_ms: 80000 }]],
      ['cut from 0:31 up until 0:36', [{ op: 'cut_range', start_ms: 31000, end_ms: 36000 }]],
      ['delete from 12 up to 18 seconds', [{ op: 'cut_range', start_ms: 12000, end_ms: 18000 }]],
      ['make it up to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('which moments show what ("the underwater bits are clip 2 and 3"), beside a request naming one of them', () => {
    table([
      ["the kids' bits are clip 1 & 2, swap clip 1 and clip 2", [{ op: 'move_moment', index: 1, to: 2 }]],
      ['wow, the sunset shots are clips 2 and 3, cut clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['the goal is clip 2, put clip 2 first', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['the sunset shots are clips 2 and 3']);
  });

  describe('a length and a half with its "a" left out ("one minute and half")', () => {
    table([
      ['make it a minute and half', [{ op: 'compile_best_moments', target_ms: 90000 }]],
      ['cut the whole thing to 2 minutes and half', [{ op: 'compile_best_moments', target_ms: 150000 }]],
      ['a minute and half long video', [{ op: 'compile_best_moments', target_ms: 90000 }]],
    ]);
  });

  describe('a length\'s unit in the user\'s other language ("40 segundos", "30 secondes", "1 minuto")', () => {
    table([
      ['make it 30 secondes', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['1 minuto please', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['cut it to 20 Sekunden', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['the segundo clip, remove it', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });
});
