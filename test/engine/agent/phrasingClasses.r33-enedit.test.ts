import { notSure, nothing, sure, table } from './phrasingTable';

/**
 * Round 33, English edits beside lengths: the zoom named then switched off as "it", the tracks asked for as "track", the
 * recording's "own volume", a bit named by its place, a tag said last ("yeah", "mate"), an exclamation said first ("eish"), the music's level bumped or cranked to a bare figure, an ordinal typed amiss naming an upload,
 * a speed's figure approved after it ("1.2 is plenty"), and a file exported "the same again" or as "another one" made as
 * the one before it. Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that
 * must stay unread, be asked about, or change nothing.
 */

const zoomOff = [{ op: 'set_zoom' as const, mode: 'off' as const }];
const tracks = [{ op: 'show_tracks' as const }];
const source = (volume: number) => [{ op: 'set_source_volume' as const, volume }];
const musicAt = (volume: number) => [{ op: 'set_music_volume' as const, volume }];

describe('edit agent: round 33, English edits (sound, look, zoom, exports)', () => {
  describe('the zoom named, then switched off as "it" after a comma', () => {
    sure([
      ['the auto zoom is too much, switch it off please', zoomOff],
      ["zoom's annoying, flick it off", zoomOff],
      ['the zoom feels seasick, shut it off', zoomOff],
      ['honestly the zooming is distracting, just turn it off', zoomOff],
    ]);
    // A zoom at one point is not every zoom; the music switched off is no zoom.
    nothing(['the zoom at 0:10, switch it off', 'the music is annoying, switch it off']);
  });

  describe('the tracks asked for as "track", said last', () => {
    sure([
      ['show track', tracks],
      ['just show track.', tracks],
      ['pls show track', tracks],
    ]);
    table([['export webm 720p, then show track', [{ op: 'export', format: 'webm', resolution: '720p' }, ...tracks]]]);
    nothing(['show track 3', 'the track is fine']);
  });

  describe("the recording's own volume", () => {
    sure([
      ["set the video's own volume to 50%", source(0.5)],
      ["the recording's own volume 30 percent", source(0.3)],
      ["make the footage's own volume 60%", source(0.6)],
    ]);
  });

  describe('the music bumped, pushed or cranked to a bare figure', () => {
    sure([
      ['push the music to 25', musicAt(0.25)],
      ['dial the music to 60', musicAt(0.6)],
      ['crank the music to 70', musicAt(0.7)],
      ['bump the music volume to 45', musicAt(0.45)],
    ]);
    // A figure of time, or a place, is no level.
    nothing(['bump the music to 40 seconds', 'push the music to the end', 'nudge the music to 0:30']);
  });

  describe('an ordinal typed amiss names the upload', () => {
    sure([
      ['use only the secnd file', [{ op: 'use_sources', files: ['2'] }]],
      ['use the frist recording, the other one is broken', [{ op: 'use_sources', files: ['1'] }]],
      ['use frst and last video', [{ op: 'use_sources', files: ['1', 'last'] }]],
      ['delete the thrid clip', [{ op: 'remove_moment', index: 3 }]],
    ]);
  });

  describe("a speed's figure said after it, approved as enough, is its factor", () => {
    sure([
      ['speed it up a bit, 1.2 is plenty', [{ op: 'set_speed', factor: 1.2 }]],
      ['slow it down a little, 0.8 is enough', [{ op: 'set_speed', factor: 0.8 }]],
      ['speed up the idle bits, 6 will do', [{ op: 'speed_up_idle', factor: 6 }]],
      ['slow the second clip down, 0.75 is fine', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
    // No factor a speed has, or a figure after no speed: not taken as one.
    notSure(['speed it up, 30 is fine', 'make the music louder, 80 is fine']);
  });

  describe('a bit named by its place, then its speed asked of "it" or "that"', () => {
    sure([
      ['the third bit where I cook, slow it down to 0.5', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['the second bit with the dog, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['the last bit where I wave, slow that down to 0.5', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    // "a bit" is an amount, no moment: the speed is the whole video's.
    table([['a little bit, slow it down to 0.5', [{ op: 'set_speed', factor: 0.5 }]]]);
  });

  describe('a stretch named by its times, then cut as "that", with a tag said last ("yeah", "mate")', () => {
    sure([
      ['the part from 1:02 to 1:10 is me sneezing, remove it mate', [{ op: 'cut_range', start_ms: 62000, end_ms: 70000 }]],
      ['from 0:05 to 0:09 is the doorbell, cut that yep', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['the bit from 0:12 to 0:20 is the cat walking past, cut that out yeah', [{ op: 'cut_range', start_ms: 12000, end_ms: 20000 }]],
      ['add music yeah', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['is that ok yeah', 'cut that out yeah']);
  });

  describe('a South African exclamation opening the request ("eish, …", "yoh, …")', () => {
    sure([
      ['eish, the second clip, take it out', [{ op: 'remove_moment', index: 2 }]],
      ['Yoh, the music is too loud, turn it down', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['haibo, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['eish, the long silences, chop those out', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['eish', 'eish, that looks bad']);
  });

  describe('a file exported "the same again" or as "another one" is made as the one before it', () => {
    table([
      ['export a webm at 720p, then add music and render another one', [{ op: 'export', format: 'webm', resolution: '720p' },
        { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'webm', resolution: '720p' }]],
      ['export mp4 in 4k, remove the title and export the same again', [{ op: 'export', format: 'mp4', resolution: '4k' },
        { op: 'remove_text' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export a mov 1080p, then crank the music to 70 and export another one', [{ op: 'export', format: 'mov', resolution: '1080p' },
        { op: 'set_music_volume', volume: 0.7 }, { op: 'export', format: 'mov', resolution: '1080p' }]],
      // A size or a format said for the second file is its own.
      ['export mp4 1080p, then remove the music and export the same again in 4k', [{ op: 'export', format: 'mp4', resolution: '1080p' },
        { op: 'remove_music' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export 4k mp4, then export the same one as a webm', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'webm' }]],
    ]);
  });
});
