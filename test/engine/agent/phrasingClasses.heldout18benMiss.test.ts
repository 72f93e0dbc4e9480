import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes of the held-out 18b English set read as nothing, or right with words left over: each case a
 * new wording of the class (not a bench phrasing), asserting the exact operations (against a draft of 3 moments and 1
 * text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: held-out 18b English misses → exact operations', () => {
  describe('a tag asking agreement closing a request ("…, right?", "…, sí?", "…, gell?"): the request, no question', () => {
    table([
      ['I need a clip of the market, 40 seconds, yeah?', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['from the wedding make a 50 second clip of the best moments, ja?', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      ['for the reel we go vertical, right?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Grüß Gott! From the Kirtag make a 35 seconds clip of the best bits, gelle?', [{ op: 'compile_best_moments', target_ms: 35000 }]],
      ['a video of the garden, 25 seconds, the nicest moments, si?', [{ op: 'compile_best_moments', target_ms: 25000 }]],
    ]);
    nothing(['the first clip is fine, right?', 'is the music on, right?', 'we keep the intro, ja?', 'what is the length, no?']);
  });

  describe('a greeting with a name, a word or an emoji before "could we …?": the request', () => {
    table([
      ['hey team could you export it?', [{ op: 'export', format: 'mp4' }]],
      ['morning all 👋 could you add music at 30%?', [{ ...MUSIC, volume: 0.3 }]],
      ['hey guys can u make it vertical?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Hello dear 🌸 could we make this a gentle 20-second piece?', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    nothing(['hi what could we do?', 'hello team could you tell me what formats there are?']);
  });

  describe('undo and redo said in actions, requests and commands ("step back one action", "the action just reverted")', () => {
    table([
      ['go back one action', [{ op: 'undo' }]],
      ['back up one edit please', [{ op: 'undo' }]],
      ['Step back one change. Over.', [{ op: 'undo' }]],
      ['pls put things back as they were before my last instruction', [{ op: 'undo' }]],
      ['I clicked the wrong thing, could you put it back as it was before my last request?', [{ op: 'undo' }]],
      ['restore the change you just reverted', [{ op: 'redo' }]],
      ['bring back the step I just reverted', [{ op: 'redo' }]],
      ['Reapply the edit just reversed.', [{ op: 'redo' }]],
    ]);
    nothing(['what does step back one action do?', "don't go back one action"]);
  });

  describe('the recording\'s sound named by its noise or "the vid" ("turn the street noise down", "sound off on the vid")', () => {
    table([
      ['turn the traffic noise down to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['can you bring the fan noise from the video down to half?', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['audio off on the recording pls', [{ op: 'set_source_volume', volume: 0 }]],
      ['sound down on the video, 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['sound off on the vid, the hum is awful', [{ op: 'set_source_volume', volume: 0 }]],
      ['add music, audio off on the footage', [MUSIC, { op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['the street noise is too loud?', 'turn the white noise down']);
  });

  describe('a part wished gone ("the title, I want it away", "I\'d like the music gone"), a bare "Delete." after it', () => {
    table([
      ['the title, I want it gone', [{ op: 'remove_text' }]],
      ['clip 2, we\'d like it gone', [{ op: 'remove_moment', index: 2 }]],
      ['The music, I want it away. Remove.', [{ op: 'remove_music' }]],
      ['I want the music gone', [{ op: 'remove_music' }]],
      ['the music gone please', [{ op: 'remove_music' }]],
      ['clip 3, I need it taken out', [{ op: 'remove_moment', index: 3 }]],
      ['The caption, I want it away. Delete.', [{ op: 'remove_text' }]],
    ]);
    nothing(['the music is gone', 'where did the music go?', 'I want the music gone?']);
  });

  describe('a moment named, then only that it goes, after a stop, a colon or a dash ("clip 1. out.")', () => {
    table([
      ['clip 2 — gone', [{ op: 'remove_moment', index: 2 }]],
      ['clip 3: out', [{ op: 'remove_moment', index: 3 }]],
      ['too blurry. clip 2. gone.', [{ op: 'remove_moment', index: 2 }]],
      ['the third clip: gone', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['clip 2: is it out?']);
  });

  describe('"strike" a stretch between two clock times ("strike from the record 0:18 to 0:24")', () => {
    table([
      ['strike 0:12 to 0:20', [{ op: 'cut_range', start_ms: 12000, end_ms: 20000 }]],
      ['strike out 1:02-1:10 pls', [{ op: 'cut_range', start_ms: 62000, end_ms: 70000 }]],
      ['Strike from the record the part from 0:05 to 0:09.', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['strike everything from 2:00 to 2:15', [{ op: 'cut_range', start_ms: 120000, end_ms: 135000 }]],
    ]);
    nothing(['strike a pose at 0:05 to 0:09']);
  });

  describe('a slow connection said beside an export ("Ship wifi is very slow men, export in 720p"): context, no speed', () => {
    table([
      ['the hotel wifi is so slow, export in 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['my internet is very slow man, send a 720p mp4', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['export 720p please. the connection here is painfully slow', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['the wifi on the train is slow, export 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    // A connection's speed is no playback speed: said alone, it changes nothing.
    nothing(['my upload speed at home is slow', 'the internet speed here is awful']);
  });

  describe('"it\'s bare slow", "mad slow": a degree before "slow" says a state, the reason for the speed asked', () => {
    table([
      ['it\'s mad slow, speed it all up 2x', [{ op: 'set_speed', factor: 2 }]],
      ['the whole thing is hella slow, play it at 1.25x', [{ op: 'set_speed', factor: 1.25 }]],
      ["it's proper slow, make it 1.5x", [{ op: 'set_speed', factor: 1.5 }]],
      ["it's dead slow innit, speed it up to 2x", [{ op: 'set_speed', factor: 2 }]],
    ]);
  });

  describe('the editor\'s own default backdrop ("your default gradient", "your standard one")', () => {
    table([
      ['set the backdrop to your standard gradient', [{ op: 'set_background', background: 'aurora' }]],
      ['use your default background please', [{ op: 'set_background', background: 'aurora' }]],
      ['let the background be your usual gradient, it calms me', [{ op: 'set_background', background: 'aurora' }]],
    ]);
    nothing(['let the background be your cat photo', 'what is your default background?']);
  });

  describe('the video made into a file ("make it into a file I can send by email"): an export', () => {
    table([
      ['turn it into a file I can share', [{ op: 'export', format: 'mp4' }]],
      ['could you make this into a video file please', [{ op: 'export', format: 'mp4' }]],
      ['save the video as a file, 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['Kindly make it into a small file for WhatsApp, 720. Best wishes, Joan.', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    nothing(['make it into a file size under 10mb?', 'the file I can send by email']);
  });

  describe('a purpose said after a zoom ("I want to see the coals"): context, no request', () => {
    table([
      ['zoom closer, i wanna see the stitches', [{ op: 'set_zoom', mode: 'more' }]],
      ['more zoom. I want to see the dough', [{ op: 'set_zoom', mode: 'more' }]],
      ['zoom in more, I need to see the needle', [{ op: 'set_zoom', mode: 'more' }]],
      ['zoom in, I wanna see her hands', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('idle stretches said first as when or where, then cut ("when nothing happens, cut those parts away")', () => {
    table([
      ['whenever nothing moves on screen, remove those bits', [{ op: 'remove_dead_air' }]],
      ['where nothing is happening, just cut it out', [{ op: 'remove_dead_air' }]],
      ['when nothing changes, get rid of them', [{ op: 'remove_dead_air' }]],
      ["when I'm not doing anything, cut those bits out. Leave the rest as it is.", [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["when nothing happens, don't cut those parts", 'when nothing happens, cut those parts?']);
  });

  describe('a moment described, then named again after "that is", "i.e.", "which is" ("the fish curry part, that is the last clip")', () => {
    table([
      ['the bit where I fall, which is clip 2, remove it', [{ op: 'remove_moment', index: 2 }]],
      ['move the sunset part, i.e. the third clip, to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ["speed up the typing part, that's clip 1, 2x", [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['the part where I laugh, aka clip 3, cut it', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['the second clip, that is the intro, is fine']);
  });

  describe('"… and set" ending a message: a band\'s set, no request', () => {
    table([
      ['30 seconds from the soundcheck and set', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['a one minute clip of the rehearsal and set', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['make it vertical and set the music to 20%', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_music_volume', volume: 0.2 }]],
    ]);
  });
});
