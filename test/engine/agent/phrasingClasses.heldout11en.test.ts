import * as assert from 'node:assert/strict';
import { understood, table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 11 (English) missed or misread: each case asserts the exact operations (against a
 * draft of 3 moments and 1 text), and the wordings that must change nothing.
 */

describe('edit agent: phrasing classes of held-out 11 (English)', () => {
  describe('a request, then why after a comma: what it replaces, or what the part shows, is no request', () => {
    table([
      ['use black bars, the blur looks messy', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['add crossfades, the hard cuts feel harsh', [{ op: 'crossfade', ms: 500 }]],
      ['remove the last clip, it\'s all buffering', [{ op: 'remove_moment', index: 3 }]],
      ['crop it to fill, the black bars look dated', [{ op: 'set_fill', fill: 'crop' }]],
    ]);
    nothing(['the blur looks cheap', 'the hard cuts look fine', 'does the blur look cheap?', 'it\'s all buffering']);
  });

  describe('what a request is for, said after it with "so", asks nothing; a figure or a place in it is the result', () => {
    table([
      ['turn the music down to 40% so my voice comes through', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['mute the recording so viewers only hear the track', [{ op: 'set_source_volume', volume: 0 }]],
      ['show me the tracks so I can check the fades', [{ op: 'show_tracks' }]],
      ['add lo-fi at 25 percent so it doesn\'t feel empty', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['move clip 2 so it plays last', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['turn the music down so it\'s 20%', [{ op: 'set_music_volume', volume: 0.2 }]],
    ]);
    nothing(['so I can hear myself', 'so we can export it later', 'so the track sits on top']);
  });

  describe('a moment named by what it shows, then "put it second": the place it goes, no length', () => {
    table([
      ['the demo part is clip 2, put it third', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['clip 1 is the login flow, move it second', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['the pricing clip is the 3rd one, put it second', [{ op: 'move_moment', index: 3, to: 2 }]],
    ]);
    nothing(['the intro is clip 1, should I put it second?', 'the intro is clip 1, don\'t put it second', 'clip 1 is the login flow']);
  });

  describe('a fade in and out, a length after each end: each end its own (a bare number in the first one\'s unit)', () => {
    table([
      ['fade the video in over 1 second and out over 3', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 3000 }]],
      ['fade in 2s and fade out 5s', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 5000 }]],
      ['fade the music in 500ms and out 800', [{ op: 'fade', target: 'music', in_ms: 500, out_ms: 800 }]],
      ['fade in and out over 2 seconds', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
    ]);
    nothing(['don\'t fade in over 1 second and out over 3', 'what would a fade in of 2s and out of 5s look like?']);
  });

  describe('the music complained of, then "put it at 10%": the level of the music there is, no music added', () => {
    table([
      ['the music\'s too quiet, set it at 60%', [{ op: 'set_music_volume', volume: 0.6 }]],
      ['the bgm is way too loud, have it at 15 percent', [{ op: 'set_music_volume', volume: 0.15 }]],
      ['the soundtrack is too loud, put it at 10 percent', [{ op: 'set_music_volume', volume: 0.1 }]],
    ]);
    nothing(['the music is too loud, is it at 10%?', 'the music is too loud, I\'ll put it at 10% myself later']);
  });

  describe('music put "under it" (a bed under the video or the voice) is music added, at the level said', () => {
    table([
      ['music under it at 25%', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['lofi under the voiceover, 20%', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['music under the video at 40%', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }]],
      ['the music under it is too loud', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['is there music under it?', 'don\'t put music under it']);
  });

  describe('terse requests a sentence each: a part named in one word after a request is what the clip comes with', () => {
    table([
      ['square. music. export.', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
      ['30 seconds. music.', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['vertical. crossfades. export.', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'crossfade', ms: 500 }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['music.', 'music?', 'thanks. music?']);
  });

  describe('a resolution by its lines alone, as an item of a list of settings', () => {
    table([
      ['4:5, 720', [{ op: 'set_aspect', aspect: '4:5' }, { op: 'set_resolution', resolution: '720p' }]],
      ['vertical, 30 seconds, 1080', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_resolution', resolution: '1080p' }]],
      ['30 seconds, 2160', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_resolution', resolution: '4k' }]],
    ]);
    nothing(['1080?', 'is it 1080 or 720?', 'the recording is 1080 wide']);
  });

  describe('"the compile" (a build the recording shows, named with "the") is no clip of the best moments', () => {
    table([
      ['trim clip 1 by 2 seconds, that\'s the slow compile', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['remove clip 3, that\'s the compile', [{ op: 'remove_moment', index: 3 }]],
      ['compile it to 20 seconds', [{ op: 'compile_best_moments', target_ms: 20_000 }]],
    ]);
    nothing(['the compile is boring', 'that\'s the long compile']);
  });

  describe('a statement about a text or the music, then a request of "it": the request, of that part', () => {
    table([
      ['the caption is too low, move it to the top', [{ op: 'edit_text', position: 'top' }]],
      ['the heading sits too low, put it at the top', [{ op: 'edit_text', position: 'top' }]],
      ['trim clip 1, and the title looks cramped, move it to the bottom', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'edit_text', position: 'bottom' }]],
      ['the soundtrack is a bit much, could you turn it down?', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['the title sits too high, don\'t move it though', 'the title is fine, leave it', 'the caption is too low, I\'ll move it myself']);
  });

  describe('one long message: "only want to use <file>", "…, and I\'d like …", and a list of what the clip comes with', () => {
    table([
      ['I only want to use demo-final.mov', [{ op: 'use_sources', files: ['demo-final.mov'] }]],
      ['we just need to use take2.mp4, and I\'d like it 30 seconds long', [{ op: 'use_sources', files: ['take2.mp4'] }, { op: 'compile_best_moments', target_ms: 30_000 }]],
      ['trim clip 1 by 2 seconds, and from that I\'d like a 20 second clip', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'compile_best_moments', target_ms: 20_000 }]],
      ['I\'d like a 40 second clip, square, with a caption \'Hello\' at the bottom, upbeat music at 25 percent', [
        { op: 'set_aspect', aspect: '1:1' }, { op: 'compile_best_moments', target_ms: 40_000 },
        { op: 'add_text', text: 'Hello', style: 'caption', position: 'bottom' }, { op: 'add_music', track: 'upbeat', volume: 0.25, duck: true },
      ]],
    ]);
    nothing(['should I only use take2.mp4?', 'I uploaded take2.mp4 and we\'d like to keep it', 'I only want to use take2.mp4 if it\'s the sharper one?']);
  });

  describe('the zoom named, then how it zooms: one zoom, the way said', () => {
    table([
      ['add zoom, less zoom please', [{ op: 'set_zoom', mode: 'less' }]],
      ['add zoom, zoom in more', [{ op: 'set_zoom', mode: 'more' }]],
      ['put zoom on it, more zoom', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
    nothing(['what does more zoom do?', 'the zoom is fine as it is']);
  });

  describe('the recording\'s own sound by its words ("the clip\'s own audio", "the footage volume"); a noise in the filmed background is why', () => {
    table([
      ['set the footage volume to 40%', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['turn the clip\'s own audio off', [{ op: 'set_source_volume', volume: 0 }]],
      ['the wind in the background is annoying, lower the footage volume to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
    ]);
    nothing(['is the recording volume ok?', 'the footage volume is fine', 'the traffic in the background is loud']);
  });

  describe('"take the background music out": a remove verb around the music named with "background"', () => {
    table([
      ['take the background music away', [{ op: 'remove_music' }]],
      ['take the background song off please', [{ op: 'remove_music' }]],
    ]);
    nothing(['don\'t take the background music out', 'should I take the background music out?']);
  });

  describe('"can I see the tracks?": seeing the tracks or the timeline asked for shows them', () => {
    table([
      ['can I see the tracks?', [{ op: 'show_tracks' }]],
      ['let me view the timeline', [{ op: 'show_tracks' }]],
    ]);
    nothing(['I see the music track is quiet']);
  });

  describe('the recording\'s sound complained of, then a level of "it": the recording\'s level', () => {
    table([
      ['my voice is too quiet, boost it to 130%', [{ op: 'set_source_volume', volume: 1.3 }]],
      ['the original sound is too loud, bring it down to 40%', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['my narration is too loud, turn it down to 80%', [{ op: 'set_source_volume', volume: 0.8 }]],
    ]);
    nothing(['the original sound is too loud, I\'ll fix it later', 'my voice is too quiet, is it at 100%?']);
  });

  describe('a moment by its ordinal, then where it goes, with no verb ("2nd clip to the front")', () => {
    table([
      ['the third clip to the start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['3rd clip to the end please', [{ op: 'move_moment', index: 3, to: 3 }]],
      ['first clip last', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    nothing(['the 2nd clip to the front?', 'the 2nd clip to the front is bad']);
  });

  describe('"bin" a request of its own after a comma, like "ditch" or "drop" ("clip 2 is me sneezing, bin it")', () => {
    table([
      ['clip 3 is just me sneezing, bin it', [{ op: 'remove_moment', index: 3 }]],
      ['the last clip is a mess, bin it', [{ op: 'remove_moment', index: 3 }]],
      ['whilst you\'re at it, bin clip 2', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['clip 2 is fine, don\'t bin it', 'bin it', 'should I bin clip 2?']);
  });

  describe('a greeting, a radio sign-off, or how long a noise goes on ("… the whole way through."), around a request, asks nothing', () => {
    table([
      ['Good evening. Trim clip 2 by 3 seconds.', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['crossfade the clips. Over and out.', [{ op: 'crossfade', ms: 500 }]],
      ['There\'s a fan humming the whole time. Mute the recording\'s sound.', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['good morning', 'over.', 'there\'s a fan humming the whole way through.']);
  });

  describe('what the user did, said with the "I" left out ("filmed the app in the shop"), beside a request, asks nothing', () => {
    table([
      ['filmed the booking app at the front desk, make a 40 second clip', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      ['recorded this in the kitchen, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['got a demo of our invoicing tool, cut out the dead air', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['filmed the booking app at the front desk', 'shot this on my phone, juggle the pixels']);
  });

  describe('the video handed over "as an mp4" ("spit it out as an mp4", "send it over as a webm"): an export in that format', () => {
    table([
      ['spit it out as an mp4', [{ op: 'export', format: 'mp4' }]],
      ['give it to me as a gif', [{ op: 'export', format: 'gif' }]],
      ['send it over as a webm', [{ op: 'export', format: 'webm' }]],
    ]);
    nothing(['don\'t put it out as an mp4', 'should I send it over as a gif?']);
  });

  describe('one long message: "the second one" after a moment\'s noun, and a request after "but the …", "so", ", also", "because", "and take the …"', () => {
    table([
      ['the first clip is great but the last one drags so trim it by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['the intro clip is fine, and the second one should come last because it\'s the signup', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['add crossfades, also please mute the recording', [{ op: 'crossfade', ms: 500 }, { op: 'set_source_volume', volume: 0 }]],
      ['fade in and out and take the music down a bit', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }, { op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['the first clip is fine but the second one is fine too', 'the upbeat one is nice', 'the first clip is fine because it\'s short']);
  });

  describe('beside a request: "can you do that?" asks it again, a noise in the recording named is why', () => {
    table([
      ['make it a 20 second clip, could you do that?', [{ op: 'compile_best_moments', target_ms: 20_000 }]],
      ['crossfade the clips, can you manage that please', [{ op: 'crossfade', ms: 500 }]],
      ['traffic noise in the background, turn the recording\'s sound down to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['leaf blower noise everywhere, mute my audio', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['can you do that?', 'traffic noise in the background']);
    it('a noise asked removed stays unread', () => assert.deepEqual(understood('remove the noise in the background, make it vertical'),
      { ops: [{ op: 'set_aspect', aspect: '9:16' }], unknown: ['remove the noise in the background'] }));
  });

  describe('a speed as a share of the recorded one ("to 200%"), and Premiere\'s "rate stretch" as a speed', () => {
    table([
      ['speed the third clip to 200%', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['rate stretch clip 1 to 50%', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['speed clip 3 to 300 percent', [{ op: 'set_speed', factor: 3, index: 3 }]],
    ]);
    nothing(['what does rate stretch do?', 'don\'t speed clip 2 to 200%']);
  });

  describe('an editor\'s "dip to black" is a fade, at the end or ends said', () => {
    table([
      ['dip to black at the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['dip from black at the very start', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['add a 2 second dip to black at the end', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
    ]);
    nothing(['what\'s a dip to black?', 'my phone dips to black when it locks?']);
  });

  describe('"end on a card that says …": an outro card (ending "on" a moment still moves it)', () => {
    table([
      ['end on a card that says \'Thanks for watching\'', [{ op: 'add_card', card: 'outro', text: 'Thanks for watching', duration_ms: 2000 }]],
      ['finish on a slide saying \'Visit acme.io\' for 4 seconds', [{ op: 'add_card', card: 'outro', text: 'Visit acme.io', duration_ms: 4000 }]],
      ['can we close it on a card that says \'Bye\'', [{ op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 2000 }]],
      ['end on clip 2', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    nothing(['should we end on a card?', 'don\'t end on a card']);
  });

  describe('Premiere\'s "keyframe a zoom at 0:30": a zoom at that time (other keyframing stays unread)', () => {
    table([
      ['keyframe a zoom at 0:30 for 3 seconds', [{ op: 'zoom_at', start_ms: 30_000, duration_ms: 3000 }]],
      ['keyframe the zoom in at 1:05', [{ op: 'zoom_at', start_ms: 65_000, duration_ms: 3000 }]],
      ['keyframe a zoom at 0:12', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 3000 }]],
    ]);
    nothing(['keyframe the title', 'add keyframes to the zoom']);
  });

  describe('an audio file by its name, or "my own mix", is music: used, it is the music added', () => {
    table([
      ['use track-01.mp3', [{ op: 'add_music', track: 'track-01.mp3', volume: 0.35, duck: true }]],
      ['play intro-theme.m4a under it', [{ op: 'add_music', track: 'intro-theme.m4a', volume: 0.35, duck: true }]],
      ['use my own mix, calm-loop.wav', [{ op: 'add_music', track: 'calm-loop.wav', volume: 0.35, duck: true }]],
    ]);
    nothing(['is beat.wav too loud?', 'is my own mix ok?']);
  });
});
