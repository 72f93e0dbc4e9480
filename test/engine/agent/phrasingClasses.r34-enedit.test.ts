import { notSure, nothing, sure, table } from './phrasingTable';

/**
 * Round 34, English edits with words of other tongues and dialects: a request opened by "switch" or "flick" after a
 * reason; a bound joined to a length by "and" ("… and no more"); a Vietnamese "no" or "don't" (ko, không, đừng) opening
 * what it refuses, its "first … later" (trước, sau) and its "then" (sau đó); Hindi word order ("clip 3 ko start pe rakh
 * do", "music ko hata do") and its "of" and "own" ("video ka apna sound"); "me" said "meh" or "mi"; a bare factor after a
 * speed asked loosely ("slow it a little, 0.8"); the shape named as the version there is, its fill asked ("for the
 * vertical, fill the sides with blur"); one upload named twice; a size said of every file just listed ("both 1080p");
 * and an upload named as "the footage" before its file. Own wordings (not the bench's lines), against a draft of 3
 * moments and 1 text; and look-alikes that must stay unread, be asked about, or change nothing.
 */

const zoomOff = [{ op: 'set_zoom' as const, mode: 'off' as const }];
const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };
const exported = (format: 'mp4' | 'mov' | 'webm' | 'gif', resolution?: '720p' | '1080p' | '4k') =>
  (resolution === undefined ? { op: 'export' as const, format } : { op: 'export' as const, format, resolution });

describe('edit agent: round 34, English edits (other tongues, bounds, fills, files)', () => {
  describe('a request opened by "switch" or "flick" after a reason', () => {
    sure([
      ["don't want it shaky, switch the zoom off", zoomOff],
      ['I hate the bouncing, switch off the auto zoom', zoomOff],
      ["it's too jittery, flick the zoom off", zoomOff],
      ['not keen on the jitter, switch it to black bars', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    // Refused, asked about, or "it" after a zoom at one point (no zoom of the whole): not switched off.
    nothing(["don't switch the zoom off", 'is there a switch for the zoom?', 'the zoom at 0:10, switch it off']);
  });

  describe('a bound joined to the length by "and" or "but"', () => {
    sure([
      ['the second clip drags, make it 5 seconds and no more', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['cut it to 40 seconds and not a second longer', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['make clip 1 3 seconds but no longer', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
    ]);
  });

  describe('a Vietnamese "no" or "don\'t" opening what it refuses, inside English', () => {
    sure([
      ['vertical, ko blur, black bars', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['square please, không blur, crop it', [{ op: 'set_aspect', aspect: '1:1', fill: 'crop' }]],
    ]);
    // Refused outright: nothing is made.
    nothing(['ko add music', 'đừng cut the intro', 'không export', 'ko remove the title nha', 'hok speed it up']);
    // After a noun, "ko" is Hindi's object marker, never a "no".
    table([['clip 2 ko delete kar do', [{ op: 'remove_moment', index: 2 }]]]);
  });

  describe('Vietnamese "first … later" and "then" around English requests', () => {
    sure([
      ['add music trước, e export sau', [music]],
      ['make it 720p trước, mình export sau', [{ op: 'set_resolution', resolution: '720p' }]],
      ['remove the title trước, export sau', [{ op: 'remove_text', index: 1 }]],
    ]);
    table([
      ['export mp4 sau đó show the tracks', [exported('mp4'), { op: 'show_tracks' }]],
      ['add music, sau đó export a webm', [music, exported('webm')]],
    ]);
  });

  describe('Hindi word order and its "of" and "own" inside English', () => {
    sure([
      ['clip 3 ko start pe rakh do', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['the first clip ko end me bhej do', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['music ko hata do', [{ op: 'remove_music' }]],
      ['title ko nikal do', [{ op: 'remove_text' }]],
      ['music ka volume 30% kar do', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['recording ka apna sound 40% karo', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['clip 2 ki speed 2x kar do', [{ op: 'set_speed', factor: 2, index: 2 }]],
    ]);
    notSure(['clip 2 ko dekho', 'music ka kya scene hai']);
  });

  describe('"me" said "meh" or "mi" after a verb of giving or showing', () => {
    sure([
      ['show mi the tracks', [{ op: 'show_tracks' }]],
      ['give meh a 30 second clip', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['send meh an mp4', [exported('mp4')]],
    ]);
    // "meh" said of a part is a judgement, no request.
    nothing(['the title is meh', 'meh']);
  });

  describe('a bare factor said after a speed asked loosely is its factor', () => {
    sure([
      ['slow it a little, 0.8', [{ op: 'set_speed', factor: 0.8 }]],
      ['the second clip, slow it a bit, 0.6', [{ op: 'set_speed', factor: 0.6, index: 2 }]],
      ['speed the last clip up a touch, 1.2x', [{ op: 'set_speed', factor: 1.2, index: 3 }]],
      ['slow it a touch', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
    // A figure against the way asked, or no factor at all, is not taken.
    notSure(['speed it up, 0.5', 'slow it down, 1.5', 'slow it a little, 30']);
  });

  describe('the shape named as the version there is, its fill asked', () => {
    sure([
      ['for the vertical, fill the sides with blur', [{ op: 'set_fill', fill: 'blur' }]],
      ['on the square version, black bars instead of the blur', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['in the vertical one, blur the sides instead', [{ op: 'set_fill', fill: 'blur' }]],
      ['for the portrait version, black bars on the sides', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    // The shape asked with its fill is still the shape.
    table([['make it vertical with blurred sides', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]]]);
  });

  describe('one upload named twice, or as "the footage" before its file', () => {
    sure([
      ['the good take is the first video, so use just the first one', [{ op: 'use_sources', files: ['1'] }]],
      ['use only the footage harbour.mp4', [{ op: 'use_sources', files: ['harbour.mp4'] }]],
      ['we only want to use the clip dive_02.mov', [{ op: 'use_sources', files: ['dive_02.mov'] }]],
    ]);
    nothing(['the footage harbour.mp4 is broken']);
  });

  describe('a size said of every file just listed', () => {
    table([
      ['export a mov and a webm, both 720p', [exported('mov', '720p'), exported('webm', '720p')]],
      ['export mp4 and webm, 4k for both', [exported('mp4', '4k'), exported('webm', '4k')]],
      ['render an mp4 and a mov, each in 1080p, the client wants options', [exported('mp4', '1080p'), exported('mov', '1080p')]],
    ]);
  });
});
