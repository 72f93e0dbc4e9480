import { table, nothing } from './phrasingTable';

/**
 * Round 26's wrong English edits, by class (new wordings of each, against a draft of 3 moments and 1 text), and the
 * look-alikes that must not be read so.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 26 wrong English edits → exact operations or nothing', () => {
  describe('the music\'s giving way refused with "it" for it, the speaking said before or after ("when I talk don\'t make it quiet")', () => {
    table([
      ["add some music, and don't lower it when i talk", [{ ...MUSIC, duck: false }]],
      ['put music on, while we chat never let it get softer', [{ ...MUSIC, duck: false }]],
      ["add beat.mp3, whenever i'm speaking, do not make it go quieter", [{ ...MUSIC, track: 'beat.mp3', duck: false }]],
      ["when i'm talking don't make the music quiet", [{ op: 'set_ducking', duck: false }]],
      ["add lofi and don't dip it while i narrate", [{ ...MUSIC, duck: false }]],
      ["when i'm explaining, don't make it quiet", [{ op: 'set_ducking', duck: false }]],
      // The speaking not said: no ducking refused.
      ["add music and don't make it quiet", [MUSIC]],
      ["add music, when i speak don't make it louder", [MUSIC]],
    ]);
    nothing(["don't make the music quiet", 'when i speak, make it quiet']);
  });

  describe('stretches named by what they show and lack ("the parts with the dog asleep and no talk"), or where nothing much happens, sped up', () => {
    table([
      ['the bits with me only scrolling and no talking, speed them up 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      ['the sections with the kids just sitting and no sound, play them 5x faster', [{ op: 'speed_up_idle', factor: 5 }]],
      ['the spots where nothing really happens, 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['the parts where nothing ever moves, speed them up 4 times', [{ op: 'speed_up_idle', factor: 4 }]],
      ['cut the parts with the dog sleeping and no sound', [{ op: 'remove_dead_air' }]],
      // "nothing else" is no idle stretch.
      ['make clip 2 faster, nothing else changes', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
  });

  describe('a length kept of the zoom just asked ("keep it 4 seconds"), or said of each of two cards first ("each 3 seconds")', () => {
    table([
      ['zoom at 0:20, keep it for 2 seconds', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 2000 }]],
      ['zoom in on the screen at 1:05, keep it on 3 secs', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 3000 }]],
      ["add a title 'Hi', keep it on screen for 4 seconds", [{ op: 'add_text', text: 'Hi', style: 'title', duration_ms: 4000 }]],
      ["add an intro card 'Hi' and an outro card 'Bye', both 4 seconds", [
        { op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 4000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 4000 }]],
      ["put an intro card 'Shop' and an outro card 'Thanks', each 2 seconds long", [
        { op: 'add_card', card: 'intro', text: 'Shop', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'Thanks', duration_ms: 2000 }]],
      // Longer than a zoom holds, or said of the clip, it is the clip's length; "for" without "each" is the second card's.
      ['zoom at 0:20, keep it 30 seconds', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 3000 }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['zoom at 0:07, and keep the clip 40 seconds', [{ op: 'zoom_at', start_ms: 7000, duration_ms: 3000 }, { op: 'compile_best_moments', target_ms: 40000 }]],
      ["add an intro card 'Hi' and an outro card 'Bye' for 4 seconds", [
        { op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 4000 }]],
    ]);
  });

  describe('music put on with a particle ("chuck on some music", "bung in some music"), then how it fades', () => {
    table([
      ['bung in some music, the usual, and fade it out at the end', [MUSIC, { op: 'fade', target: 'music', out_ms: 1000 }]],
      ['stick on a song, the default one, fade it in 1 second', [MUSIC, { op: 'fade', target: 'music', in_ms: 1000 }]],
      ['chuck some music on, the default, and fade it in over 3 seconds', [MUSIC, { op: 'fade', target: 'music', in_ms: 3000 }]],
      ['slap on some tunes', [MUSIC]],
      // "chuck the music" throws it out.
      ['chuck the music, fade it in', [{ op: 'remove_music' }, { op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
    nothing(['chuck on a gif']);
  });

  describe('"off", "whole", "don\'t" spelled as Scots and Trinidadian English say them ("zoom aff", "doh")', () => {
    table([
      ['turn the zoom aff', [{ op: 'set_zoom', mode: 'off' }]],
      ['turn the music aff', [{ op: 'remove_music' }]],
      ['add music, doh lower it when i talk', [{ ...MUSIC, duck: false }]],
    ]);
  });

  describe('the text there labelled with its words, or said with them as a spec says it ("the title: \'X\'", "title says \'X\'"), renamed', () => {
    table([
      ["the caption: 'Tap to start'", [{ op: 'edit_text', text: 'Tap to start' }]],
      ['my title: "Spring Sale", at the top', [{ op: 'edit_text', text: 'Spring Sale', position: 'top' }]],
      ["heading reads 'Welcome' and sits at the bottom", [{ op: 'edit_text', text: 'Welcome', position: 'bottom' }]],
      ["the title: 'Big news', show it from 2 s to 6 s", [{ op: 'edit_text', text: 'Big news', start_ms: 2000, end_ms: 6000 }]],
      // A title said with "a" is a new one.
      ["a title: 'Hi'", [{ op: 'add_text', text: 'Hi', style: 'title' }]],
    ]);
    // What the title says now, left as it is.
    nothing(["the title says 'Intro', leave it"]);
  });

  describe('"first" before one thing named alone ("first a webm, then a gif"), and file names with accented letters', () => {
    table([
      ['first a webm, then a gif', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'gif' }]],
      ['firstly a webm, and then a gif', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'gif' }]],
      ['use only the video jalapeño_salsa.mp4', [{ op: 'use_sources', files: ['jalapeño_salsa.mp4'] }]],
      ['add music canción_año.mp3', [{ ...MUSIC, track: 'canción_año.mp3' }]],
      ['use brötchen.png as the background', [{ op: 'set_background', background: 'brötchen.png' }]],
    ]);
    nothing(['first the title']);
  });

  describe('a choice taken, one word then "it is" or "then" ("mov it is, export", "gif then")', () => {
    table([
      ['mov it is, export', [{ op: 'export', format: 'mov' }]],
      ['gif then', [{ op: 'export', format: 'gif' }]],
      ['square it is then', [{ op: 'set_aspect', aspect: '1:1' }]],
      ["4k it's", [{ op: 'set_resolution', resolution: '4k' }]],
      ['lofi it is', [MUSIC]],
    ]);
    nothing(['leave it as it is', 'clip 2 it is', 'what is it', 'fine then']);
  });

  describe('a list numbered with full stops in one line, the message opening with "1. " ("1. mute it 2. export")', () => {
    table([
      ['1. mute the voice 2. export a gif', [{ op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'gif' }]],
      ['1. move the title to the top 2. crossfade 1 second', [{ op: 'edit_text', position: 'top' }, { op: 'crossfade', ms: 1000 }]],
      ["1. caption says 'Open daily' 2. fade out the end", [{ op: 'edit_text', text: 'Open daily' }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      // A number after a clip's noun is the clip's.
      ['1. trim clip 2. 5 seconds off', [{ op: 'trim_moment', index: 2, by_ms: 5000 }]],
    ]);
  });
});
